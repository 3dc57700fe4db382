#include "GuiTest.h"
#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/ReportNarrativeRepository.h"
#include "lists/SqlListModel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "reports/LedgerBook.h"
#include "reports/NarrativeDialog.h"
#include "reports/PageView.h"
#include "reports/ReportPreviewDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text as poppler extracts it, without layout whitespace.
QString pdfText(const QString &path)
{
    QString text = runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

int pdfPages(const QString &path)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(runTool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

/// The Report menu: the annual report, ledger books and forms previewed, printed and exported from the
/// desktop program, and the report's written sections edited per year.
class TestReportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-deps.sh installs it.");
    }

    void theMenuExportsTheYearsFiguresAndTheTextsTypedInThePreview();
    void textsAreSavedAndShownAgain();
    void closingWithUnsavedTextsAsks_data();
    void closingWithUnsavedTextsAsks();
    void aReadOnlyFileRefusesTheTexts();
    void aLedgerBookMixesPortraitAndLandscapeAndPrintsToPdf();
    void theSelectedAppealPrintsAsItsForm();
    void cancellingThePrintDialogPrintsNothing();
};

void TestReportMenu::theMenuExportsTheYearsFiguresAndTheTextsTypedInThePreview()
{
    TestDatabase t;
    LedgerFixture::addReportYear2022(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    const QString pdf = t.dir() + QStringLiteral("/report.pdf");
    const QString html = t.dir() + QStringLiteral("/report.html");
    const QString shortcomings = u("回访覆盖面还不够广");
    const QString plan = u("推动二〇二三年诉求办结率再提高");
    bool previewSeen = false;
    int pagesBefore = 0;
    int pagesAfter = 0;

    GuiTest::onNextDialog(QStringLiteral("reportChoiceDialog"), [](QDialog *d) {
        d->findChild<QSpinBox *>(QStringLiteral("reportYear"))->setValue(2022);
        d->accept();
    });
    GuiTest::onNextDialog(QStringLiteral("reportPreview"), [&](QDialog *d) {
        auto *preview = qobject_cast<ReportPreviewDialog *>(d);
        previewSeen = true;
        pagesBefore = preview->pageView()->pageCount();
        // Edit the texts from the preview; the pages are rebuilt with them.
        GuiTest::onNextDialog(QStringLiteral("narrativeDialog"), [&](QDialog *n) {
            QVERIFY(!n->findChild<QSpinBox *>(QStringLiteral("narrativeYear"))->isEnabled());
            GuiTest::typeText(n->findChild<QPlainTextEdit *>(QStringLiteral("narrativeShortcomings")),
                              shortcomings);
            GuiTest::typeText(n->findChild<QPlainTextEdit *>(QStringLiteral("narrativePlan")), plan);
            QTest::mouseClick(n->findChild<QPushButton *>(QStringLiteral("narrativeSave")), Qt::LeftButton);
            n->reject();
        });
        preview->findChild<QAction *>(QStringLiteral("previewEditTexts"))->trigger();
        pagesAfter = preview->pageView()->pageCount();
        ReportPreviewDialog::setNextSavePath(pdf);
        preview->findChild<QAction *>(QStringLiteral("previewExportPdf"))->trigger();
        ReportPreviewDialog::setNextSavePath(html);
        preview->findChild<QAction *>(QStringLiteral("previewExportHtml"))->trigger();
        d->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionAnnualReport"))->trigger();

    QVERIFY(previewSeen);
    QVERIFY(pagesBefore >= 2);
    QVERIFY(pagesAfter >= pagesBefore);
    QVERIFY2(QFile::exists(pdf), "the PDF was not written");
    const QString text = pdfText(pdf);
    for (const QString &expected :
         {u("2022年度工作总结"), u("全年共收集群众诉求3件"), u("受理2件"), u("不予受理并转交有关方面1件"),
          u("已办结1件"), u("李建国"), u("王秀兰"), shortcomings, plan})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
    QVERIFY(!text.contains(u("尚未填写")));
    const QString page = QString::fromUtf8(fileBytes(html));
    QVERIFY(page.contains(shortcomings));
    QVERIFY(page.contains(plan));
}

void TestReportMenu::textsAreSavedAndShownAgain()
{
    TestDatabase t;
    const QString written = u("一、群众诉求答复还不够及时\n二、代表联系选民的频次不均衡");
    {
        NarrativeDialog dialog(t.db(), 2022, false);
        dialog.show();
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("narrativeShortcomings"))->setPlainText(written);
        QVERIFY(dialog.isDirty());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("narrativeSave"))->isEnabled());
        QVERIFY(dialog.save());
        QVERIFY(!dialog.isDirty());
        QVERIFY(dialog.wasSaved());
    }
    const auto stored = ReportNarrativeRepository(t.db()).find(2022);
    QVERIFY(stored);
    QCOMPARE(stored->shortcomings, written);
    QVERIFY(stored->nextYearPlan.isEmpty());
    // Reopened: the text is there; another year has its own (none).
    NarrativeDialog again(t.db(), 2022, false);
    auto *edit = again.findChild<QPlainTextEdit *>(QStringLiteral("narrativeShortcomings"));
    QCOMPARE(edit->toPlainText(), written);
    again.findChild<QSpinBox *>(QStringLiteral("narrativeYear"))->setValue(2021);
    QVERIFY(edit->toPlainText().isEmpty());
    QCOMPARE(again.year(), 2021);
}

void TestReportMenu::closingWithUnsavedTextsAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("stored");
    QTest::newRow("Save keeps the text and closes") << int(QMessageBox::Save) << true << true;
    QTest::newRow("Discard closes without saving") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("Cancel stays open with the text") << int(QMessageBox::Cancel) << false << false;
}

void TestReportMenu::closingWithUnsavedTextsAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, stored);
    TestDatabase t;
    NarrativeDialog dialog(t.db(), 2022, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTest::typeText(dialog.findChild<QPlainTextEdit *>(QStringLiteral("narrativePlan")),
                      u("明年多开展联组活动"));
    const int asked = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    dialog.reject();
    QCOMPARE(MessageBox::count(), asked + 1);
    QCOMPARE(dialog.isVisible(), !closed);
    QCOMPARE(bool(ReportNarrativeRepository(t.db()).find(2022)), stored);
}

void TestReportMenu::aReadOnlyFileRefusesTheTexts()
{
    TestDatabase t;
    t.close();
    Database::OpenResult opened = Database::open(t.path(), Database::Mode::ReadOnly);
    QVERIFY2(opened.status, qPrintable(opened.status.message()));
    NarrativeDialog dialog(*opened.database, 2022, false);
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("narrativeReadOnly"))->isVisible());
    auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("narrativeShortcomings"));
    QVERIFY(edit->isReadOnly());
    edit->setPlainText(u("不应写入"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("narrativeSave"))->isEnabled());
    // Even asked directly, the file refuses and the clerk is told.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.save());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("read-only")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!ReportNarrativeRepository(*opened.database).find(2022));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
}

void TestReportMenu::aLedgerBookMixesPortraitAndLandscapeAndPrintsToPdf()
{
    TestDatabase t;
    LedgerFixture::addReportYear2022(t.db());
    const Deputy li = DeputyRepository(t.db()).all().first();
    LedgerBook book(t.db());
    ReportPreviewDialog preview(u("李建国 人大代表履职台账 2022"), [&] { return book.build(li, 2022); });
    preview.show();
    const int pages = preview.document().pageCount();
    QVERIFY(pages >= 4);
    QCOMPARE(preview.pageView()->pageCount(), pages);
    QCOMPARE(preview.document().pageOrientation(0), QPageLayout::Portrait);
    QCOMPARE(preview.document().pageOrientation(pages - 1), QPageLayout::Landscape);
    QTRY_VERIFY(
        preview.findChild<QLabel *>(QStringLiteral("previewPage"))->text().contains(QString::number(pages)));

    // Printing needs no printer: a PDF printer gets the same pages.
    const QString path = t.dir() + QStringLiteral("/printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setFullPage(true);
    preview.print(&printer);
    QCOMPARE(pdfPages(path), pages);
    const QString text = pdfText(path);
    QVERIFY(text.contains(u("诉求记录台账")));
    QVERIFY(text.contains(u("区信访局")));
    QVERIFY2(text.contains(u("人大代表履职台账")), qPrintable(text)); // 人 大 are not copied as radicals

    // A page range prints only those pages.
    const QString two = t.dir() + QStringLiteral("/two.pdf");
    QPrinter rangePrinter(QPrinter::HighResolution);
    rangePrinter.setOutputFormat(QPrinter::PdfFormat);
    rangePrinter.setOutputFileName(two);
    rangePrinter.setFullPage(true);
    rangePrinter.setPrintRange(QPrinter::PageRange);
    rangePrinter.setFromTo(2, 3);
    preview.print(&rangePrinter);
    QCOMPARE(pdfPages(two), 2);
}

void TestReportMenu::theSelectedAppealPrintsAsItsForm()
{
    TestDatabase t;
    LedgerFixture::addReportYear2022(t.db());
    const QString number = AppealRepository(t.db()).findByNumber(QStringLiteral("2022-0002"))
                               ? QStringLiteral("2022-0002")
                               : QString();
    QVERIFY(!number.isEmpty());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    auto *form = window.findChild<QAction *>(QStringLiteral("actionRecordForm"));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportMenu"));
    QVERIFY(form && menu);
    // Nothing selected: the action is off and says why.
    emit menu->aboutToShow();
    QVERIFY(!form->isEnabled());

    LedgerListView *appeals = window.list(MainWindow::AppealsTab);
    window.tabs()->setCurrentWidget(appeals);
    QTRY_COMPARE(appeals->model()->rowCount(), 3);
    QTableView *table = appeals->table();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == number)
            table->setCurrentIndex(table->model()->index(row, 0));
    emit menu->aboutToShow();
    QVERIFY(form->isEnabled());

    const QString path = t.dir() + QStringLiteral("/form.pdf");
    GuiTest::onNextDialog(QStringLiteral("reportPreview"), [&](QDialog *d) {
        ReportPreviewDialog::setNextSavePath(path);
        d->findChild<QAction *>(QStringLiteral("previewExportPdf"))->trigger();
        d->reject();
    });
    form->trigger();
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u("人大代表接待选民记录表")), qPrintable(text));
    QVERIFY(text.contains(number));
    QVERIFY(text.contains(u("区信访局")));
    QCOMPARE(pdfPages(path), 1);
}

void TestReportMenu::cancellingThePrintDialogPrintsNothing()
{
    TestDatabase t;
    LedgerFixture::addReportYear2022(t.db());
    t.close();
    MainWindow window;
    QVERIFY(window.openFile(t.path()));
    window.show();
    bool printDialogSeen = false;
    QString status = QStringLiteral("unset");
    GuiTest::onNextDialog(QStringLiteral("reportPreview"), [&](QDialog *d) {
        GuiTest::onNextDialog(QStringLiteral("printDialog"), [&](QDialog *p) {
            printDialogSeen = true;
            p->reject();
        });
        d->findChild<QAction *>(QStringLiteral("previewPrint"))->trigger();
        status = d->findChild<QLabel *>(QStringLiteral("previewStatus"))->text();
        d->reject();
    });
    window.findChild<QAction *>(QStringLiteral("actionBlankAppealForm"))->trigger();
    QVERIFY(printDialogSeen);
    QVERIFY(status.isEmpty());
}

QTEST_MAIN(TestReportMenu)
#include "tst_reportmenu.moc"
