#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// The bookmarks (PDF outline) a reader shows beside the pages: a tree of titles, each opening a page.
class PdfOutline
{
public:
    struct Entry
    {
        QString title;
        int level =
            0; ///< 0 for the top level; an entry of level n + 1 belongs to the entry of level n above it
        int page = 0; ///< 0-based page index
    };

    /// Returns `pdf` with `entries` as its outline, opened beside the pages; on any failure (`error` says
    /// why) an empty array. Written with qpdf (libqpdf), which rewrites the file's cross-reference table.
    static QByteArray add(const QByteArray &pdf, const QList<Entry> &entries, QString *error = nullptr);
    /// The outline of `pdf` as entries (for tests and checks); empty when it has none or cannot be read.
    static QList<Entry> read(const QByteArray &pdf);
};
