#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPixmap>

class PrintedDocument;

/// The pages of a PrintedDocument on screen, one under the other, each in its own orientation (a
/// ledger book mixes a portrait cover with landscape ledgers, which QPrintPreviewWidget cannot show:
/// it gives every page the size of the last one). Pages are painted by PrintedDocument::paintPage, the
/// same code that prints them, and kept as pictures at the current zoom while they are near the view.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    /// Shows `document` (not owned; it must outlive the view or be replaced first). Null shows nothing.
    void setDocument(const PrintedDocument *document);
    /// Forgets the painted pages (after the document changed in place).
    void reload();

    /// Zoom factor: 1 shows a page at its real size on the screen.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Zooms so that the widest page fills the width of the view, also after the view is resized.
    void fitWidth();
    bool isFittingWidth() const { return m_fitWidth; }

    int pageCount() const { return int(m_pageRects.size()); }
    /// The page at the top of the view (0-based).
    int currentPage() const;
    /// Scrolls page `index` (0-based) to the top of the view.
    void showPage(int index);

signals:
    /// The page at the top of the view changed, or the document did.
    void currentPageChanged(int index, int count);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    qreal pixelsPerUnit() const;
    QPixmap pagePixmap(int index);

    const PrintedDocument *m_document = nullptr;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    QList<QRectF> m_pageRects; ///< in content pixels at the current zoom
    QHash<int, QPixmap> m_cache;
    int m_lastReportedPage = -1;
};
