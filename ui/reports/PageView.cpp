#include "reports/PageView.h"

#include "reports/PrintedDocument.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

namespace {
constexpr int kGap = 16; // pixels around and between pages
constexpr qreal kMinZoom = 0.2;
constexpr qreal kMaxZoom = 4.0;
constexpr int kKeepAround = 3; // painted pages kept beyond those in view
} // namespace

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

PageView::~PageView() = default;

void PageView::setDocument(const PrintedDocument *document)
{
    m_document = document;
    m_lastReportedPage = -1;
    reload();
    verticalScrollBar()->setValue(0);
}

void PageView::reload()
{
    m_cache.clear();
    relayout();
}

qreal PageView::pixelsPerUnit() const
{
    return m_zoom * logicalDpiX() / PrintedDocument::kLayoutDpi;
}

void PageView::setZoom(qreal zoom)
{
    m_fitWidth = false;
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const int page = currentPage();
    m_zoom = zoom;
    m_cache.clear();
    relayout();
    showPage(page);
    emit zoomChanged(m_zoom);
}

void PageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void PageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PageView::fitWidth()
{
    m_fitWidth = true;
    relayout();
}

int PageView::currentPage() const
{
    const int y = verticalScrollBar()->value() + kGap;
    for (int i = 0; i < m_pageRects.size(); ++i)
        if (m_pageRects.at(i).bottom() >= y)
            return i;
    return qMax(0, int(m_pageRects.size()) - 1);
}

void PageView::showPage(int index)
{
    if (index < 0 || index >= m_pageRects.size())
        return;
    verticalScrollBar()->setValue(qRound(m_pageRects.at(index).top()) - kGap);
}

void PageView::relayout()
{
    m_pageRects.clear();
    const int count = m_document ? m_document->pageCount() : 0;
    QList<QSizeF> sizes;
    qreal widest = 0;
    for (int i = 0; i < count; ++i) {
        sizes << PrintedDocument::pageSize(m_document->pageOrientation(i));
        widest = qMax(widest, sizes.last().width());
    }
    if (m_fitWidth && widest > 0) {
        // Leave room for the vertical scroll bar so that fitting does not make it appear and disappear.
        const int available =
            viewport()->width() - 2 * kGap -
            (verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        const qreal zoom =
            qBound(kMinZoom, available / (widest * logicalDpiX() / PrintedDocument::kLayoutDpi), kMaxZoom);
        if (!qFuzzyCompare(zoom, m_zoom)) {
            m_zoom = zoom;
            m_cache.clear();
            emit zoomChanged(m_zoom);
        }
    }
    const qreal ppu = pixelsPerUnit();
    const qreal contentWidth = qMax<qreal>(viewport()->width(), widest * ppu + 2 * kGap);
    qreal y = kGap;
    for (const QSizeF &size : std::as_const(sizes)) {
        const QSizeF pixels(qRound(size.width() * ppu), qRound(size.height() * ppu));
        m_pageRects << QRectF(QPointF(qRound((contentWidth - pixels.width()) / 2), y), pixels);
        y += pixels.height() + kGap;
    }
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, qMax(0, int(y) - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, qMax(0, int(contentWidth) - viewport()->width()));
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastReportedPage || count == 0) {
        m_lastReportedPage = page;
        emit currentPageChanged(page, count);
    }
}

QPixmap PageView::pagePixmap(int index)
{
    const auto it = m_cache.constFind(index);
    if (it != m_cache.constEnd())
        return *it;
    const qreal dpr = devicePixelRatioF();
    const QSizeF size = m_pageRects.at(index).size();
    QPixmap pixmap((size * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::white);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(pixelsPerUnit(), pixelsPerUnit());
        m_document->paintPage(painter, index);
    }
    m_cache.insert(index, pixmap);
    return pixmap;
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible(QPointF(0, 0), viewport()->size());
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_pageRects.size(); ++i) {
        const QRectF rect = m_pageRects.at(i).translated(offset);
        if (!rect.intersects(visible))
            continue;
        if (first < 0)
            first = i;
        last = i;
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 70)); // shadow
        painter.drawPixmap(rect.topLeft(), pagePixmap(i));
    }
    // Keep the pictures of the pages in view and a few around them; forget the rest.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (first < 0 || it.key() < first - kKeepAround || it.key() > last + kKeepAround)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = currentPage();
    relayout();
    if (m_fitWidth)
        showPage(page);
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastReportedPage) {
        m_lastReportedPage = page;
        emit currentPageChanged(page, pageCount());
    }
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    // Page Up / Page Down move by whole pages, as in a PDF viewer.
    if (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp) {
        const int page = currentPage() + (event->key() == Qt::Key_PageDown ? 1 : -1);
        showPage(qBound(0, page, pageCount() - 1));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}
