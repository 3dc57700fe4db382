#include "reports/ReportPreviewDialog.h"

#include "reports/PageView.h"
#include "reports/PdfTextRepair.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const char *const kFolderKey = "reports/exportFolder";
QString g_nextSavePath;
bool g_nextSavePathSet = false;

// A file name every file system accepts, from a document's title.
QString fileNameFrom(const QString &title)
{
    QString name = title.simplified();
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &ch : name)
        if (bad.contains(ch) || ch.unicode() < 32)
            ch = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("report") : name;
}
} // namespace

ReportPreviewDialog::ReportPreviewDialog(const QString &title, Builder builder, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_builder(std::move(builder))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWindowTitle(tr("%1 — Print preview").arg(title));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("previewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *print = m_toolBar->addAction(tr("&Print…"), this, &ReportPreviewDialog::printWithDialog);
    print->setObjectName(QStringLiteral("previewPrint"));
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print on a printer of this computer (Ctrl+P)"));
    QAction *pdf = m_toolBar->addAction(tr("Export as P&DF…"), this, [this] {
        exportAs(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    });
    pdf->setObjectName(QStringLiteral("previewExportPdf"));
    m_exportOdt = m_toolBar->addAction(tr("Export as &ODT…"), this, [this] {
        exportAs(QStringLiteral("odt"), tr("OpenDocument text, opens in WPS and Word (*.odt)"));
    });
    m_exportOdt->setObjectName(QStringLiteral("previewExportOdt"));
    m_exportOdt->setToolTip(tr("An editable document to finish in WPS, Word or LibreOffice"));
    m_exportOdt->setVisible(false);
    m_exportHtml = m_toolBar->addAction(
        tr("Export as &HTML…"), this, [this] { exportAs(QStringLiteral("html"), tr("Web pages (*.html)")); });
    m_exportHtml->setObjectName(QStringLiteral("previewExportHtml"));
    m_exportHtml->setVisible(false);
    m_toolBar->addSeparator();
    m_editTexts = m_toolBar->addAction(QString());
    m_editTexts->setObjectName(QStringLiteral("previewEditTexts"));
    m_editTexts->setVisible(false);
    m_toolBar->addSeparator();
    QAction *zoomOut = m_toolBar->addAction(tr("Zoom out"));
    zoomOut->setObjectName(QStringLiteral("previewZoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomIn = m_toolBar->addAction(tr("Zoom in"));
    zoomIn->setObjectName(QStringLiteral("previewZoomIn"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *fit = m_toolBar->addAction(tr("Fit width"));
    fit->setObjectName(QStringLiteral("previewFitWidth"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("previewZoom"));
    m_zoomLabel->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_zoomLabel);
    m_toolBar->addSeparator();
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("previewPage"));
    m_pageLabel->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_pageLabel);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    QAction *close = m_toolBar->addAction(tr("&Close"), this, &QDialog::reject);
    close->setObjectName(QStringLiteral("previewClose"));
    layout->addWidget(m_toolBar);

    m_view = new PageView;
    layout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setContentsMargins(8, 4, 8, 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(zoomOut, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(zoomIn, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(fit, &QAction::triggered, m_view, &PageView::fitWidth);
    connect(m_view, &PageView::currentPageChanged, this, &ReportPreviewDialog::updatePageLabel);
    connect(m_view, &PageView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });

    resize(1100, 900);
    rebuild();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    // The view shows the document this dialog owns: detach it before either goes.
    m_view->setDocument(nullptr);
}

void ReportPreviewDialog::setOdtWriter(Writer writer)
{
    m_odt = std::move(writer);
    m_exportOdt->setVisible(bool(m_odt));
}

void ReportPreviewDialog::setHtmlWriter(Writer writer)
{
    m_html = std::move(writer);
    m_exportHtml->setVisible(bool(m_html));
}

void ReportPreviewDialog::setTextEditor(const QString &label, Editor editor)
{
    m_editTexts->setText(label);
    m_editTexts->setVisible(true);
    connect(m_editTexts, &QAction::triggered, this, [this, editor] {
        if (editor(this))
            rebuild();
    });
}

void ReportPreviewDialog::rebuild()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int page = m_view->currentPage();
    m_view->setDocument(nullptr);
    m_document = m_builder();
    m_document.pageCount(); // paginate now, under the wait cursor
    m_view->setDocument(&m_document);
    m_view->showPage(page);
    QApplication::restoreOverrideCursor();
}

void ReportPreviewDialog::updatePageLabel(int index, int count)
{
    m_pageLabel->setText(count == 0 ? QString() : tr("Page %1 of %2").arg(index + 1).arg(count));
}

QString ReportPreviewDialog::suggestedPath(const QString &suffix) const
{
    QString folder = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(fileNameFrom(m_title) + QLatin1Char('.') + suffix);
}

void ReportPreviewDialog::setNextSavePath(const QString &path)
{
    g_nextSavePath = path;
    g_nextSavePathSet = true;
}

QString ReportPreviewDialog::askSavePath(const QString &caption, const QString &suggested,
                                         const QString &filter)
{
    if (g_nextSavePathSet) {
        g_nextSavePathSet = false;
        return g_nextSavePath;
    }
    return QFileDialog::getSaveFileName(this, caption, suggested, filter);
}

Status ReportPreviewDialog::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status status;
    if (suffix == QLatin1String("pdf"))
        status = m_document.writePdf(path, m_title);
    else if (suffix == QLatin1String("odt") && m_odt)
        status = m_odt(path);
    else if ((suffix == QLatin1String("html") || suffix == QLatin1String("htm")) && m_html)
        status = m_html(path);
    else
        status = Status::failure(tr("This document can be exported as %1 only; \"%2\" has another ending.")
                                     .arg(m_odt ? QStringLiteral("PDF, ODT, HTML") : QStringLiteral("PDF"),
                                          QDir::toNativeSeparators(path)));
    QApplication::restoreOverrideCursor();
    return status;
}

void ReportPreviewDialog::exportAs(const QString &suffix, const QString &filter)
{
    QString path = askSavePath(tr("Export \"%1\"").arg(m_title), suggestedPath(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    const Status status = exportTo(path);
    if (!status) {
        MessageBox::critical(this, tr("Export failed"), status.message());
        return;
    }
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    m_status->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void ReportPreviewDialog::print(QPrinter *printer) const
{
    int first = 0;
    int last = -1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = printer->fromPage() - 1;
        last = printer->toPage() > 0 ? printer->toPage() - 1 : -1;
    }
    m_document.paint(printer, first, last);
    // Printed to a PDF file: its text must copy as the ideographs, as in an exported PDF.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty())
        PdfTextRepair::repairFile(printer->outputFileName());
}

void ReportPreviewDialog::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (printer.outputFormat() == QPrinter::PdfFormat && printer.outputFileName().isEmpty())
        printer.setOutputFileName(suggestedPath(QStringLiteral("pdf"))); // no printer here: print to a file
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print \"%1\"").arg(m_title));
    dialog.setMinMax(1, m_document.pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    print(&printer);
    QApplication::restoreOverrideCursor();
    m_status->setText(printer.outputFormat() == QPrinter::PdfFormat
                          ? tr("Printed to %1").arg(QDir::toNativeSeparators(printer.outputFileName()))
                          : tr("Sent to the printer %1.").arg(printer.printerName()));
}
