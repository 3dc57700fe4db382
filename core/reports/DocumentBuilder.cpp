#include "reports/DocumentBuilder.h"

#include "reports/ChartObject.h"
#include "reports/PrintedDocument.h"
#include "reports/ReportFonts.h"

#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace {
constexpr qreal kBodyPoint = 12; // 小四
}

DocumentBuilder::DocumentBuilder(QPageLayout::Orientation orientation, Charts charts)
    : m_doc(std::make_unique<QTextDocument>())
    , m_cursor(m_doc.get())
    , m_orientation(orientation)
    , m_charts(charts)
{
    m_doc->setDefaultFont(ReportFonts::font(ReportFonts::serifFamilies(), kBodyPoint));
    m_doc->setDocumentMargin(0);
    // No layout yet: creating it now would re-lay the document out after every insertion.
}

DocumentBuilder::~DocumentBuilder() = default;

qreal DocumentBuilder::textWidth() const
{
    return PrintedDocument::textWidth(m_orientation);
}

std::unique_ptr<QTextDocument> DocumentBuilder::take()
{
    ChartObject::install(m_doc.get());
    return std::move(m_doc);
}

QTextCharFormat DocumentBuilder::serifFormat(qreal pointSize, bool bold)
{
    QTextCharFormat f;
    f.setFontFamilies(ReportFonts::serifFamilies());
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

QTextCharFormat DocumentBuilder::sansFormat(qreal pointSize, bool bold)
{
    QTextCharFormat f;
    f.setFontFamilies(ReportFonts::sansFamilies());
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void DocumentBuilder::block(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat,
                            const QString &text)
{
    if (m_empty) {
        m_cursor.setBlockFormat(blockFormat);
        m_cursor.setBlockCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.insertBlock(blockFormat, charFormat);
    }
    m_cursor.insertText(text, charFormat);
}

void DocumentBuilder::title(const QString &text, qreal pointSize)
{
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(6);
    b.setBottomMargin(10);
    b.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    block(b, serifFormat(pointSize, true), text);
}

void DocumentBuilder::bookmark(int level)
{
    bookmark(m_cursor.block().text(), level);
}

void DocumentBuilder::bookmark(const QString &title, int level)
{
    QTextBlockFormat f = m_cursor.blockFormat();
    f.setProperty(PrintedDocument::kBookmarkTitleProperty, title);
    f.setProperty(PrintedDocument::kBookmarkLevelProperty, level);
    m_cursor.setBlockFormat(f);
}

void DocumentBuilder::subtitle(const QString &text)
{
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setBottomMargin(16);
    block(b, serifFormat(13), text);
}

void DocumentBuilder::heading(const QString &text)
{
    QTextBlockFormat b;
    b.setTopMargin(16);
    b.setBottomMargin(8);
    b.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    block(b, sansFormat(14, true), text);
}

void DocumentBuilder::subheading(const QString &text)
{
    QTextBlockFormat b;
    b.setTopMargin(10);
    b.setBottomMargin(4);
    b.setTextIndent(2 * kBodyPoint * PrintedDocument::kLayoutDpi / 72);
    block(b, serifFormat(kBodyPoint, true), text);
}

void DocumentBuilder::paragraph(const QString &text, bool indent)
{
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignJustify);
    b.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    b.setBottomMargin(4);
    if (indent)
        b.setTextIndent(2 * kBodyPoint * PrintedDocument::kLayoutDpi / 72);
    block(b, serifFormat(kBodyPoint), text);
}

void DocumentBuilder::note(const QString &text)
{
    QTextBlockFormat b;
    b.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    b.setTextIndent(2 * kBodyPoint * PrintedDocument::kLayoutDpi / 72);
    QTextCharFormat c = serifFormat(kBodyPoint);
    c.setForeground(QColor(110, 110, 110));
    block(b, c, text);
}

void DocumentBuilder::space(qreal height)
{
    QTextBlockFormat b;
    b.setTopMargin(height);
    QTextCharFormat c = serifFormat(2);
    block(b, c, QString());
}

void DocumentBuilder::pageBreak()
{
    QTextBlockFormat b;
    b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    block(b, serifFormat(kBodyPoint), QString());
}

void DocumentBuilder::setCell(QTextTable *table, int row, int column, const QString &text,
                              const QTextCharFormat &format, Qt::Alignment alignment)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat b;
    b.setAlignment(alignment);
    b.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    c.setBlockFormat(b);
    // Not setBlockCharFormat(): the first block's char format holds the cell's own format (shading).
    c.insertText(text, format);
}

QTextTable *DocumentBuilder::table(const QList<QStringList> &rows, const QList<qreal> &widths, int headerRows,
                                   qreal pointSize, const QList<Qt::Alignment> &alignments)
{
    // A table needs a paragraph before it to follow: make sure the cursor is on a fresh block.
    if (m_empty) {
        m_empty = false;
    } else {
        QTextBlockFormat b;
        b.setTopMargin(2);
        m_cursor.insertBlock(b, serifFormat(4));
    }
    const int columns = int(widths.size());
    QTextTableFormat tf;
    tf.setBorder(0.75);
    tf.setBorderBrush(QBrush(Qt::black));
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setCellSpacing(0);
    tf.setCellPadding(3);
    tf.setHeaderRowCount(headerRows);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setAlignment(Qt::AlignHCenter);
    tf.setBottomMargin(6);
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    tf.setColumnWidthConstraints(constraints);
    QTextTable *t = m_cursor.insertTable(int(rows.size()), columns, tf);
    const QTextCharFormat header = sansFormat(pointSize, true);
    const QTextCharFormat body = serifFormat(pointSize);
    for (int r = 0; r < rows.size(); ++r) {
        for (int col = 0; col < columns; ++col) {
            const bool isHeader = r < headerRows;
            if (isHeader) {
                QTextTableCellFormat cf;
                cf.setBackground(QColor(0xe8, 0xe8, 0xe8));
                t->cellAt(r, col).setFormat(cf);
            }
            const Qt::Alignment align = isHeader ? Qt::AlignHCenter : alignments.value(col, Qt::AlignLeft);
            setCell(t, r, col, rows.at(r).value(col), isHeader ? header : body, align);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    return t;
}

void DocumentBuilder::chart(const ChartData &data, qreal height)
{
    const QSizeF size(textWidth() * 0.96, height);
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setTopMargin(6);
    b.setBottomMargin(6);
    block(b, serifFormat(kBodyPoint), QString());
    if (m_charts == Charts::Vector) {
        QTextCharFormat f;
        f.setObjectType(ChartObject::kObjectType);
        f.setProperty(ChartObject::kDataProperty, QVariant::fromValue(data));
        f.setProperty(ChartObject::kSizeProperty, size);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
        return;
    }
    // 300 dpi: the picture prints as crisply as the text around it.
    const qreal scale = 300.0 / PrintedDocument::kLayoutDpi;
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        data.paint(p, QRectF(QPointF(0, 0), size * scale));
    }
    const QUrl name(QStringLiteral("chart%1.png").arg(++m_pictures));
    m_doc->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat f;
    f.setName(name.toString());
    f.setWidth(size.width());
    f.setHeight(size.height());
    m_cursor.insertImage(f);
}
