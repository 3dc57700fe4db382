#pragma once

#include "reports/ChartData.h"

#include <QList>
#include <QPageLayout>
#include <QStringList>
#include <QTextCursor>

#include <memory>

class QTextDocument;
class QTextTable;

/// Writes a printed document in the typography of Chinese official papers: centred serif title,
/// 黑体-like headings, serif body with a two-character first-line indent, ruled tables whose header
/// row repeats on each page. Lengths are in PrintedDocument layout units.
class DocumentBuilder
{
public:
    /// How charts are embedded: vector objects (PDF, printer, preview) or pictures (ODT, HTML).
    enum class Charts { Vector, Pictures };

    explicit DocumentBuilder(QPageLayout::Orientation orientation = QPageLayout::Portrait,
                             Charts charts = Charts::Vector);
    ~DocumentBuilder();

    QPageLayout::Orientation orientation() const { return m_orientation; }
    /// Width available to text on a page.
    qreal textWidth() const;
    /// Hands the document over; the builder must not be used afterwards.
    std::unique_ptr<QTextDocument> take();
    QTextCursor &cursor() { return m_cursor; }

    void title(const QString &text, qreal pointSize = 20);
    /// A centred line under the title (e.g. the station and the date).
    void subtitle(const QString &text);
    /// 一、… level heading (sans, bold).
    void heading(const QString &text);
    /// （一）… level heading (serif, bold).
    void subheading(const QString &text);
    /// Body paragraph with a two-character indent; an empty line is skipped.
    void paragraph(const QString &text, bool indent = true);
    /// A grey note (e.g. "not written yet").
    void note(const QString &text);
    /// Vertical space in layout units.
    void space(qreal height);
    void pageBreak();
    /// Makes the block written last (a title or heading) a bookmark of the PDF, at `level` (0 = top),
    /// titled with its own text or with `title`.
    void bookmark(int level);
    void bookmark(const QString &title, int level);

    /// A ruled table: `widths` are percentages of the text width (one per column), the first
    /// `headerRows` rows of `rows` are headers (bold, shaded, repeated on every page). Returns it for
    /// further formatting.
    QTextTable *table(const QList<QStringList> &rows, const QList<qreal> &widths, int headerRows = 1,
                      qreal pointSize = 10.5, const QList<Qt::Alignment> &alignments = {});
    /// A chart `height` units tall across the text width.
    void chart(const ChartData &data, qreal height);

    static QTextCharFormat serifFormat(qreal pointSize, bool bold = false);
    static QTextCharFormat sansFormat(qreal pointSize, bool bold = false);
    /// Writes `text` into a table cell with `format`, centred or left-aligned.
    static void setCell(QTextTable *table, int row, int column, const QString &text,
                        const QTextCharFormat &format, Qt::Alignment alignment = Qt::AlignLeft);

private:
    void block(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat, const QString &text);

    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    QPageLayout::Orientation m_orientation;
    Charts m_charts;
    bool m_empty = true;
    int m_pictures = 0;
};
