#pragma once

#include "common/Status.h"
#include "reports/PdfOutline.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QTextFormat>

#include <memory>
#include <utility>

class QPagedPaintDevice;
class QPainter;
class QSizeF;
class QTextDocument;

/// A printed document made of parts (e.g. a portrait cover, then landscape ledgers), each a
/// QTextDocument laid out once at the text width of A4 with our margins and then cut into pages by
/// our own paginator: cuts fall only between lines of text and between table rows (a row never splits
/// unless it is taller than a page), a table continued on a new page repeats its header rows
/// (QTextTableFormat::headerRowCount), and a block with PageBreak_AlwaysBefore starts a new page.
/// Every page gets the part's running header and "第 N 页 共 M 页" counted over the whole document.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)
public:
    /// Layout resolution of the parts: lengths in formats are in these units (1/96 inch).
    static constexpr qreal kLayoutDpi = 96.0;
    /// Block format properties that make a block (a heading) a bookmark of the PDF: its title and level
    /// (0 = top). DocumentBuilder::bookmark sets them.
    static constexpr int kBookmarkTitleProperty = QTextFormat::UserProperty + 0x100;
    static constexpr int kBookmarkLevelProperty = QTextFormat::UserProperty + 0x101;

    PrintedDocument();
    ~PrintedDocument();
    PrintedDocument(PrintedDocument &&) noexcept;
    PrintedDocument &operator=(PrintedDocument &&) noexcept;

    /// Appends a part; it starts on a new page. `header` is printed at the top of each of its pages.
    void addPart(std::unique_ptr<QTextDocument> document, QPageLayout::Orientation orientation,
                 const QString &header);
    /// Moves the parts of `other` to the end of this document.
    void append(PrintedDocument &&other);
    int partCount() const { return int(m_parts.size()); }
    QTextDocument *part(int index) const;

    /// Text width of a part's pages in layout units (for fixed column widths).
    static qreal textWidth(QPageLayout::Orientation orientation);

    /// Size of a page in layout units.
    static QSizeF pageSize(QPageLayout::Orientation orientation);

    /// Pages of the whole document.
    int pageCount() const;
    /// Orientation of page `index` (0-based); parts may differ (portrait cover, landscape ledgers).
    QPageLayout::Orientation pageOrientation(int index) const;
    /// Paints page `index` (0-based) with its header and page number; `painter` is in layout units
    /// with the page's top left corner at (0, 0) (the screen preview scales it to its zoom).
    void paintPage(QPainter &painter, int index) const;
    /// Paints the pages `first` to `last` (0-based, -1: to the end) on `device` (a QPdfWriter, or a
    /// QPrinter set to full page); page numbers stay those of the whole document.
    void paint(QPagedPaintDevice *device, int first = 0, int last = -1) const;
    /// The bookmarked blocks of every part with the page (0-based) each starts on, in document order.
    QList<PdfOutline::Entry> bookmarks() const;
    /// Writes a PDF (A4, fonts embedded) with `title` as its document title and the bookmarks, if any,
    /// as its outline.
    Status writePdf(const QString &path, const QString &title) const;
    /// Writes the parts as one OpenDocument text (LibreOffice, WPS, Word).
    Status writeOdt(const QString &path) const;
    /// Writes the parts as one HTML file with its pictures inlined.
    Status writeHtml(const QString &path, const QString &title) const;

private:
    /// A page's slice of the laid-out part, and the header rows repeated above it (if any).
    struct Page
    {
        qreal from = 0;
        qreal to = 0;
        qreal repeatFrom = 0;
        qreal repeatTo = 0; ///< equal to repeatFrom when nothing is repeated
    };
    struct Part
    {
        std::unique_ptr<QTextDocument> document;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QString header;
        mutable QList<Page> pages; ///< computed on first use
    };
    static const QList<Page> &pagesOf(const Part &part);
    /// The part holding page `index` and the page's slice of it.
    std::pair<const Part *, const Page *> locate(int index) const;
    void paintDecorations(QPainter &painter, const Part &part, const QSizeF &page, int pageNumber,
                          int pageTotal) const;

    std::vector<Part> m_parts;
};
