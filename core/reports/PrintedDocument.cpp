#include "reports/PrintedDocument.h"

#include "reports/PdfTextRepair.h"
#include "reports/ReportFonts.h"
#include "reports/ZipArchive.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace {

// Margins in millimetres: wider at the top for the running header, left for binding.
constexpr qreal kMarginTopMm = 28;
constexpr qreal kMarginBottomMm = 25;
constexpr qreal kMarginLeftMm = 26;
constexpr qreal kMarginRightMm = 22;

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * PrintedDocument::kLayoutDpi;
}

// Fonts drawn straight on the scaled painter are sized in layout units, not in the device's points.
QFont decorationFont()
{
    QFont f = ReportFonts::font(ReportFonts::serifFamilies(), 9);
    f.setPixelSize(qRound(9 * PrintedDocument::kLayoutDpi / 72));
    return f;
}

// A device with a fixed resolution, so the layout (and the page count) does not depend on the screen.
QPaintDevice *layoutDevice()
{
    static QImage image = [] {
        QImage i(8, 8, QImage::Format_RGB32);
        const int dpm = qRound(PrintedDocument::kLayoutDpi / 0.0254);
        i.setDotsPerMeterX(dpm);
        i.setDotsPerMeterY(dpm);
        return i;
    }();
    return &image;
}

qreal bodyHeight(QPageLayout::Orientation orientation)
{
    return PrintedDocument::pageSize(orientation).height() - mm(kMarginTopMm) - mm(kMarginBottomMm);
}

void prepare(QTextDocument *doc, QPageLayout::Orientation orientation)
{
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    // One long unpaginated layout; PrintedDocument cuts it into pages itself.
    doc->setTextWidth(PrintedDocument::textWidth(orientation));
}

/// Something the paginator must not cut through: a line of text or a table row.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    bool breakBefore = false; ///< starts a new page
    qreal repeatTop = 0;      ///< the table's header rows, repeated when a page starts inside it
    qreal repeatBottom = 0;
    bool keepWithNext = false; ///< a heading or a table's header row: never last on a page
};

void collectBlock(const QTextBlock &block, QAbstractTextDocumentLayout *layout, QList<Unit> &units)
{
    const QTextLayout *tl = block.layout();
    const QRectF rect = layout->blockBoundingRect(block);
    const bool breakBefore = block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    if (tl->lineCount() == 0) {
        units.push_back({rect.top(), rect.bottom(), breakBefore, 0, 0});
        return;
    }
    for (int i = 0; i < tl->lineCount(); ++i) {
        const QTextLine line = tl->lineAt(i);
        Unit u;
        u.top = i == 0 ? rect.top() : tl->position().y() + line.y();
        u.bottom = i == tl->lineCount() - 1 ? rect.bottom() : tl->position().y() + line.y() + line.height();
        u.breakBefore = i == 0 && breakBefore;
        // Headings (bold sans, no indent) stay with what follows them.
        u.keepWithNext =
            (block.blockFormat().topMargin() >= 10 && tl->lineCount() == 1) || block.text().isEmpty();
        units.push_back(u);
    }
}

void collectTable(QTextTable *table, QAbstractTextDocumentLayout *layout, QList<Unit> &units)
{
    const QTextTableFormat format = table->format();
    const qreal edge = format.cellPadding() + format.border();
    QList<QPair<qreal, qreal>> rows;
    for (int r = 0; r < table->rows(); ++r) {
        qreal top = 1e12;
        qreal bottom = -1e12;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue; // covered by a merged cell
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            top = qMin(top, first.top() - edge);
            if (cell.rowSpan() == 1)
                bottom = qMax(bottom, last.bottom() + edge);
        }
        if (top > bottom)
            bottom = top;
        rows.push_back({top, bottom});
    }
    // The last row ends where Qt draws the table's outer border, below the cells' own padding and
    // borders: without it that border would be cut off here and drawn at the top of the next page.
    if (!rows.isEmpty())
        rows.last().second =
            qMax(rows.last().second, layout->frameBoundingRect(table).bottom() - format.bottomMargin());
    const int headerRows = qMin(format.headerRowCount(), int(rows.size()));
    const qreal repeatTop = headerRows > 0 ? rows.first().first : 0;
    for (int r = 0; r < rows.size(); ++r) {
        Unit u;
        u.top = rows.at(r).first;
        // A row ends where the next begins (borders are shared).
        u.bottom = r + 1 < rows.size() ? qMax(rows.at(r + 1).first, rows.at(r).second) : rows.at(r).second;
        u.keepWithNext = r < headerRows;
        if (r >= headerRows && headerRows > 0) {
            u.repeatTop = repeatTop;
            u.repeatBottom = rows.at(headerRows).first;
        }
        units.push_back(u);
    }
}

} // namespace

const QList<PrintedDocument::Page> &PrintedDocument::pagesOf(const Part &part)
{
    if (!part.pages.isEmpty())
        return part.pages;
    QTextDocument *doc = part.document.get();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QList<Unit> units;
    QTextFrame *root = doc->rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                collectTable(table, layout, units);
            } else {
                const QRectF r = layout->frameBoundingRect(frame);
                units.push_back({r.top(), r.bottom(), false, 0, 0});
            }
        } else {
            collectBlock(it.currentBlock(), layout, units);
        }
    }
    // Units in document order never overlap: Qt reports odd geometry for the empty block after a table.
    qreal lastBottom = 0;
    for (Unit &u : units) {
        u.top = qMax(u.top, lastBottom);
        u.bottom = qMax(u.bottom, u.top);
        lastBottom = u.bottom;
    }
    // The empty block Qt keeps after a final table takes no room of its own.
    while (units.size() > 1 && units.last().bottom - units.last().top < 30 && units.last().keepWithNext)
        units.removeLast();
    const qreal body = bodyHeight(part.orientation);
    QList<Page> pages;
    Page page;
    bool empty = true;
    int firstOnPage = 0;
    for (int i = 0; i < units.size(); ++i) {
        const Unit &u = units.at(i);
        const qreal repeat = page.repeatTo - page.repeatFrom;
        const bool overflows = u.bottom - page.from + repeat > body;
        if (!empty && (u.breakBefore || overflows)) {
            // Take a heading or header row that would end the page along to the next one.
            int cut = i;
            if (!u.breakBefore)
                while (cut - 1 > firstOnPage && units.at(cut - 1).keepWithNext)
                    --cut;
            const Unit &c = units.at(cut);
            page.to = c.top;
            pages.push_back(page);
            page =
                Page{c.top, c.top, c.repeatTop, c.repeatTop < c.repeatBottom ? c.repeatBottom : c.repeatTop};
            firstOnPage = cut;
            empty = true;
            if (cut != i) {
                i = cut - 1; // lay the moved units out again on the new page
                continue;
            }
        }
        // A unit taller than a page (a huge cell) is cut where the page ends.
        while (u.bottom - page.from + (page.repeatTo - page.repeatFrom) > body &&
               u.bottom - u.top > body / 2 && empty) {
            const qreal cut = page.from + body - (page.repeatTo - page.repeatFrom);
            if (cut >= u.bottom)
                break;
            page.to = cut;
            pages.push_back(page);
            page.from = cut;
        }
        empty = false;
        page.to = u.bottom;
    }
    if (!empty || pages.isEmpty()) {
        page.to = qMax(page.to, layout->documentSize().height());
        pages.push_back(page);
    }
    part.pages = pages;
    return part.pages;
}

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            PrintedDocument::tr("Could not write \"%1\": %2. Choose a folder you can write to.")
                .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

// Qt's ODF writer (6.4) writes a table's percentage width as points ("100pt" for 100 %) and its columns'
// percentage widths as "30%", which ODF does not allow: LibreOffice then shows every table 100 points wide,
// with "300" broken over two lines. Every table we build has percentage widths (DocumentBuilder::table and
// its callers), so they are rewritten as ODF's relative widths over the text width of the A4 page.
QByteArray fixOdtTableWidths(const QByteArray &content)
{
    const double textWidthMm = 210.0 - kMarginLeftMm - kMarginRightMm;
    QString xml = QString::fromUtf8(content);
    static const QRegularExpression tableWidth(
        QStringLiteral("(<style:table-properties [^>]*?)style:width=\"([0-9.]+)pt\""));
    static const QRegularExpression columnWidth(QStringLiteral("style:column-width=\"([0-9.]+)%\""));
    QString out;
    out.reserve(xml.size() + 4096);
    qsizetype done = 0;
    for (auto it = tableWidth.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double percent = qBound(1.0, m.captured(2).toDouble(), 100.0);
        out += QStringView(xml).mid(done, m.capturedStart() - done);
        out += m.captured(1);
        out += QStringLiteral("style:width=\"%1mm\" style:rel-width=\"%2%\"")
                   .arg(textWidthMm * percent / 100.0, 0, 'f', 1)
                   .arg(percent, 0, 'g', 4);
        done = m.capturedEnd();
    }
    out += QStringView(xml).mid(done);
    xml = out;
    out.clear();
    done = 0;
    for (auto it = columnWidth.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(xml).mid(done, m.capturedStart() - done);
        // Relative column widths are integers in proportion to each other: hundredths of a percent.
        out += QStringLiteral("style:rel-column-width=\"%1*\"").arg(qRound(m.captured(1).toDouble() * 100));
        done = m.capturedEnd();
    }
    out += QStringView(xml).mid(done);
    return out.toUtf8();
}

// Qt's ODF writer leaves out the page style: no paper size, no running header, no page numbers.
// This adds styles.xml with an A4 page of the PDF's margins, the header over a rule and
// "第 N 页 共 M 页" under the text, as the default master page every paragraph uses.
QByteArray addOdtPageStyle(const QByteArray &odt, const QString &header)
{
    auto entries = ZipArchive::read(odt);
    if (!entries)
        return {};
    const QString styles =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            "office:version=\"1.2\">\n"
            "<office:styles>\n"
            "<style:style style:name=\"Header\" style:family=\"paragraph\">"
            "<style:paragraph-properties fo:text-align=\"center\" fo:border-bottom=\"0.75pt solid #5a5a5a\" "
            "fo:padding-bottom=\"1mm\"/><style:text-properties fo:font-size=\"9pt\" "
            "style:font-size-asian=\"9pt\" fo:color=\"#5a5a5a\"/></style:style>\n"
            "<style:style style:name=\"Footer\" style:family=\"paragraph\">"
            "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties "
            "fo:font-size=\"9pt\" "
            "style:font-size-asian=\"9pt\" fo:color=\"#5a5a5a\"/></style:style>\n"
            "</office:styles>\n"
            "<office:automatic-styles>\n"
            "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"210mm\" "
            "fo:page-height=\"297mm\" style:print-orientation=\"portrait\" fo:margin-top=\"%1mm\" "
            "fo:margin-bottom=\"%2mm\" fo:margin-left=\"%3mm\" fo:margin-right=\"%4mm\"/>"
            "<style:header-style><style:header-footer-properties fo:min-height=\"0mm\" "
            "fo:margin-bottom=\"7mm\"/></style:header-style>"
            "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" "
            "fo:margin-top=\"7mm\"/></style:footer-style></style:page-layout>\n"
            "</office:automatic-styles>\n"
            "<office:master-styles>\n"
            "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
            "<style:header><text:p text:style-name=\"Header\">%5</text:p></style:header>"
            "<style:footer><text:p text:style-name=\"Footer\">第 <text:page-number "
            "text:select-page=\"current\">1"
            "</text:page-number> 页  共 <text:page-count>1</text:page-count> 页</text:p></style:footer>"
            "</style:master-page>\n"
            "</office:master-styles>\n"
            "</office:document-styles>\n")
            .arg(kMarginTopMm - 13)
            .arg(kMarginBottomMm - 13)
            .arg(kMarginLeftMm)
            .arg(kMarginRightMm)
            .arg(header.toHtmlEscaped());
    bool manifestFound = false;
    for (ZipArchive::Entry &e : *entries) {
        if (e.name == "styles.xml")
            return {}; // Qt writes none; one that is there is not ours to replace
        if (e.name == "META-INF/manifest.xml") {
            const qsizetype end = e.data.lastIndexOf("</manifest:manifest>");
            if (end < 0)
                return {};
            e.data.insert(end, " <manifest:file-entry manifest:media-type=\"text/xml\" "
                               "manifest:full-path=\"styles.xml\"/>\n");
            manifestFound = true;
        }
        if (e.name == "content.xml")
            e.data = fixOdtTableWidths(e.data);
        // The package's type must come first and uncompressed, so that it can be recognised.
        e.compressed = e.name != "mimetype";
    }
    if (!manifestFound)
        return {};
    entries->append({QByteArrayLiteral("styles.xml"), styles.toUtf8(), true});
    return ZipArchive::write(*entries);
}

} // namespace

PrintedDocument::PrintedDocument() = default;
PrintedDocument::~PrintedDocument() = default;
PrintedDocument::PrintedDocument(PrintedDocument &&) noexcept = default;
PrintedDocument &PrintedDocument::operator=(PrintedDocument &&) noexcept = default;

void PrintedDocument::addPart(std::unique_ptr<QTextDocument> document, QPageLayout::Orientation orientation,
                              const QString &header)
{
    prepare(document.get(), orientation);
    Part part;
    part.document = std::move(document);
    part.orientation = orientation;
    part.header = header;
    m_parts.push_back(std::move(part));
}

void PrintedDocument::append(PrintedDocument &&other)
{
    for (Part &p : other.m_parts)
        m_parts.push_back(std::move(p));
    other.m_parts.clear();
}

QTextDocument *PrintedDocument::part(int index) const
{
    return m_parts.at(size_t(index)).document.get();
}

QSizeF PrintedDocument::pageSize(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Inch) * kLayoutDpi;
    return orientation == QPageLayout::Portrait ? a4 : a4.transposed();
}

qreal PrintedDocument::textWidth(QPageLayout::Orientation orientation)
{
    return pageSize(orientation).width() - mm(kMarginLeftMm) - mm(kMarginRightMm);
}

int PrintedDocument::pageCount() const
{
    int pages = 0;
    for (const Part &p : m_parts)
        pages += int(pagesOf(p).size());
    return pages;
}

void PrintedDocument::paintDecorations(QPainter &painter, const Part &part, const QSizeF &page,
                                       int pageNumber, int pageTotal) const
{
    painter.save();
    const qreal left = mm(kMarginLeftMm);
    const qreal right = page.width() - mm(kMarginRightMm);
    const QColor grey(90, 90, 90);
    painter.setPen(grey);
    if (!part.header.isEmpty()) {
        painter.setFont(decorationFont());
        const qreal baseline = mm(kMarginTopMm) - mm(9);
        const QRectF box(left, baseline - mm(6), right - left, mm(6));
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, part.header);
        painter.setPen(QPen(grey, 0.75));
        painter.drawLine(QPointF(left, baseline + mm(1)), QPointF(right, baseline + mm(1)));
    }
    painter.setPen(grey);
    painter.setFont(decorationFont());
    const qreal top = page.height() - mm(kMarginBottomMm) + mm(7);
    painter.drawText(QRectF(left, top, right - left, mm(6)), Qt::AlignHCenter | Qt::AlignTop,
                     QStringLiteral("第 %1 页  共 %2 页").arg(pageNumber).arg(pageTotal));
    painter.restore();
}

std::pair<const PrintedDocument::Part *, const PrintedDocument::Page *>
PrintedDocument::locate(int index) const
{
    if (index < 0)
        return {nullptr, nullptr};
    for (const Part &part : m_parts) {
        const QList<Page> &pages = pagesOf(part);
        if (index < pages.size())
            return {&part, &pages.at(index)};
        index -= int(pages.size());
    }
    return {nullptr, nullptr};
}

QPageLayout::Orientation PrintedDocument::pageOrientation(int index) const
{
    const auto [part, page] = locate(index);
    return part ? part->orientation : QPageLayout::Portrait;
}

void PrintedDocument::paintPage(QPainter &painter, int index) const
{
    const auto [part, slice] = locate(index);
    if (!part)
        return;
    QTextDocument *doc = part->document.get();
    const QSizeF page = pageSize(part->orientation);
    const qreal left = mm(kMarginLeftMm);
    const qreal top = mm(kMarginTopMm);
    const qreal width = textWidth(part->orientation);
    paintDecorations(painter, *part, page, index + 1, pageCount());
    const auto drawSlice = [&](qreal from, qreal to, qreal y) {
        painter.save();
        painter.translate(left, y - from);
        // A little room at the sides and the ends for borders drawn on the edge.
        const QRectF clip(-4, from - 0.6, width + 8, to - from + 1.2);
        painter.setClipRect(clip, Qt::IntersectClip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, ctx);
        painter.restore();
    };
    const qreal repeat = slice->repeatTo - slice->repeatFrom;
    if (repeat > 0)
        drawSlice(slice->repeatFrom, slice->repeatTo, top);
    drawSlice(slice->from, slice->to, top + repeat);
}

void PrintedDocument::paint(QPagedPaintDevice *device, int first, int last) const
{
    const int total = pageCount();
    first = qMax(0, first);
    last = last < 0 ? total - 1 : qMin(last, total - 1);
    if (first > last)
        return;
    const auto layoutFor = [](QPageLayout::Orientation o) {
        return QPageLayout(QPageSize(QPageSize::A4), o, QMarginsF(0, 0, 0, 0));
    };
    device->setPageLayout(layoutFor(pageOrientation(first)));
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = first; i <= last; ++i) {
        const QPageLayout::Orientation orientation = pageOrientation(i);
        if (i > first) {
            device->setPageLayout(layoutFor(orientation));
            device->newPage();
        }
        painter.save();
        const QRect full = device->pageLayout().fullRectPixels(device->logicalDpiX());
        const qreal scale = qreal(full.width()) / pageSize(orientation).width();
        painter.scale(scale, scale);
        paintPage(painter, i);
        painter.restore();
    }
}

Status PrintedDocument::writePdf(const QString &path, const QString &title) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Liaison Ledger"));
        paint(&writer);
    }
    // Copied and extracted text must read 大, not the radical ⼤ Qt's ToUnicode map gives it.
    QByteArray repaired = PdfTextRepair::repair(bytes);
    const QList<PdfOutline::Entry> outline = bookmarks();
    if (!outline.isEmpty()) {
        QString why;
        QByteArray withOutline = PdfOutline::add(repaired, outline, &why);
        if (withOutline.isEmpty())
            // The pages matter more than the bookmarks: the document is written without them.
            qWarning("PDF bookmarks left out of %s: %s", qUtf8Printable(path), qUtf8Printable(why));
        else
            repaired = std::move(withOutline);
    }
    return writeFile(path, repaired);
}

QList<PdfOutline::Entry> PrintedDocument::bookmarks() const
{
    QList<PdfOutline::Entry> entries;
    int firstPage = 0;
    for (const Part &part : m_parts) {
        const QList<Page> &pages = pagesOf(part);
        QAbstractTextDocumentLayout *layout = part.document->documentLayout();
        for (QTextBlock b = part.document->begin(); b.isValid(); b = b.next()) {
            const QTextBlockFormat f = b.blockFormat();
            if (!f.hasProperty(kBookmarkTitleProperty))
                continue;
            // The page whose slice holds the block's first line (a page ends where the next begins).
            const qreal top = layout->blockBoundingRect(b).top() + 1;
            int page = 0;
            while (page + 1 < pages.size() && pages.at(page).to <= top)
                ++page;
            entries.append({f.stringProperty(kBookmarkTitleProperty), f.intProperty(kBookmarkLevelProperty),
                            firstPage + page});
        }
        firstPage += int(pages.size());
    }
    return entries;
}

Status PrintedDocument::writeOdt(const QString &path) const
{
    QTextDocument combined;
    QTextCursor cursor(&combined);
    bool first = true;
    for (const Part &part : m_parts) {
        // Copy the resources (pictures) along with the text.
        const QString html = part.document->toHtml();
        const QRegularExpression src(QStringLiteral("src=\"([^\"]+)\""));
        for (auto it = src.globalMatch(html); it.hasNext();) {
            const QString name = it.next().captured(1);
            const QVariant image = part.document->resource(QTextDocument::ImageResource, QUrl(name));
            if (image.isValid())
                combined.addResource(QTextDocument::ImageResource, QUrl(name), image);
        }
        if (!first) {
            QTextBlockFormat breakFormat;
            breakFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(breakFormat);
        }
        first = false;
        cursor.insertFragment(QTextDocumentFragment(part.document.get()));
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&combined))
            return Status::failure(tr("Could not produce the OpenDocument file \"%1\".").arg(path));
    }
    const QByteArray withPageStyle =
        addOdtPageStyle(bytes, m_parts.empty() ? QString() : m_parts.front().header);
    if (withPageStyle.isEmpty())
        return Status::failure(tr("Could not produce the OpenDocument file \"%1\".").arg(path));
    return writeFile(path, withPageStyle);
}

Status PrintedDocument::writeHtml(const QString &path, const QString &title) const
{
    QString body;
    for (const Part &part : m_parts) {
        QString html = part.document->toHtml();
        const qsizetype start = html.indexOf(QLatin1String("<body"));
        const qsizetype open = html.indexOf(QLatin1Char('>'), start) + 1;
        const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
        html = html.mid(open, end - open);
        // Inline the pictures, so the file stands alone.
        const QRegularExpression src(QStringLiteral("src=\"([^\"]+)\""));
        QString out;
        qsizetype last = 0;
        for (auto it = src.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            out += html.mid(last, m.capturedStart() - last);
            const QVariant v = part.document->resource(QTextDocument::ImageResource, QUrl(m.captured(1)));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            v.value<QImage>().save(&buffer, "PNG");
            out += QLatin1String("src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64()) +
                   QLatin1Char('"');
            last = m.capturedEnd();
        }
        out += html.mid(last);
        body += QLatin1String("<section>") +
                (part.header.isEmpty() ? QString()
                                       : QLatin1String("<header class=\"running\">") +
                                             part.header.toHtmlEscaped() + QLatin1String("</header>")) +
                out + QLatin1String("</section>\n");
    }
    // On screen each part shows its running header; printed from a browser, the page's margin boxes
    // carry the header and "第 N 页 共 M 页" as in the PDF.
    // A CSS string: backslash, quote and "<" (which could close the style element) escaped.
    QString cssHeader = m_parts.empty() ? QString() : m_parts.front().header;
    cssHeader.replace(QLatin1Char('\\'), QLatin1String("\\5C "))
        .replace(QLatin1Char('"'), QLatin1String("\\22 "))
        .replace(QLatin1Char('<'), QLatin1String("\\3C "));
    const QString css =
        QStringLiteral("body{max-width:60em;margin:2em auto;font-family:'Noto Serif CJK SC','SimSun',serif;}"
                       "table{border-collapse:collapse;} td,th{border:1px solid #444;}"
                       "section{page-break-after:always;}"
                       "header.running{text-align:center;color:#5a5a5a;font-size:9pt;"
                       "border-bottom:1px solid #5a5a5a;padding-bottom:2px;margin-bottom:2em;}"
                       "@page{size:A4;margin:28mm 22mm 25mm 26mm;@top-center{content:\"") +
        cssHeader +
        QStringLiteral("\";font-size:9pt;color:#5a5a5a;border-bottom:0.75pt solid #5a5a5a;}"
                       "@bottom-center{content:\"第 \" counter(page) \" 页  共 \" counter(pages) \" 页\";"
                       "font-size:9pt;color:#5a5a5a;}}"
                       "@media print{body{max-width:none;margin:0;} header.running{display:none;}}");
    const QString page =
        QLatin1String("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>") +
        title.toHtmlEscaped() + QLatin1String("</title><style>") + css +
        QLatin1String("</style></head><body>\n") + body + QLatin1String("</body></html>\n");
    return writeFile(path, page.toUtf8());
}
