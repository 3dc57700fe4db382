#pragma once

#include "common/Status.h"
#include "reports/PrintedDocument.h"

#include <QDialog>

#include <functional>

class PageView;
class QAction;
class QLabel;
class QPrinter;
class QToolBar;

/// A printed document on screen before it leaves the station: its pages as they will print (PageView),
/// Print… through the system's print dialog, export as PDF (and ODT / HTML when the document offers
/// them), zoom, and for the annual report "Edit texts…", after which the pages are rebuilt.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// Builds the document; called at once and again after the texts behind it changed.
    using Builder = std::function<PrintedDocument()>;
    /// Writes the document to a file in another format (ODT, HTML).
    using Writer = std::function<Status(const QString &path)>;
    /// Edits what the document is made from; returns whether anything was saved.
    using Editor = std::function<bool(QWidget *parent)>;

    /// `title` names the window, the PDF's title and the suggested file name.
    ReportPreviewDialog(const QString &title, Builder builder, QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    /// Offers "Export as ODT…" / "Export as HTML…", written by `writer`.
    void setOdtWriter(Writer writer);
    void setHtmlWriter(Writer writer);
    /// Offers "Edit texts…" (the annual report's written sections).
    void setTextEditor(const QString &label, Editor editor);

    const PrintedDocument &document() const { return m_document; }
    PageView *pageView() const { return m_view; }
    QString title() const { return m_title; }

    /// Writes the document to `path` as PDF, ODT or HTML, chosen by its extension.
    Status exportTo(const QString &path);
    /// Paints the document on `printer` (the page range it asks for, whole pages); a PDF file printed
    /// to gets its text map repaired as an exported one.
    void print(QPrinter *printer) const;
    /// Builds the document again and shows it (after the texts behind it changed).
    void rebuild();

    /// Tests: the next file dialog returns `path` at once (empty: cancelled) instead of being shown.
    static void setNextSavePath(const QString &path);

private:
    void exportAs(const QString &suffix, const QString &filter);
    void printWithDialog();
    void updatePageLabel(int index, int count);
    QString suggestedPath(const QString &suffix) const;
    QString askSavePath(const QString &caption, const QString &suggested, const QString &filter);

    QString m_title;
    Builder m_builder;
    Writer m_odt;
    Writer m_html;
    PrintedDocument m_document;
    PageView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_exportOdt = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_editTexts = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_status = nullptr;
};
