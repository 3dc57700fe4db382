#include "GuiTest.h"
#include "LedgerFiles.h"
#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "io/ImportWizard.h"
#include "io/LedgerExport.h"
#include "lists/SqlListModel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "widgets/MessageBox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStringConverter>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

/// The Import wizard driven as a clerk would: a hand-made GB18030 ledger with a column the synonyms do
/// not know and a bad row, through every page to the reject file; leaving after the trial run; and a
/// file opened read-only.
///
/// Screenshots: with LL_SCREENSHOT_DIR set, every page is saved there as PNG (with LL_EXTRA_QM, a .qm
/// file of strings not yet in the program's translations is loaded as well).
class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    /// 序号 is ignored, 群众诉求 is no synonym of the content (the clerk maps it), row 3's date does not
    /// exist, and one column is kept in the notes.
    static QString handMadeFile(const QString &dir)
    {
        const QString text = QStringLiteral("序号,接待时间,接待代表,反映人,联系电话,群众诉求,办理情况\r\n"
                                            "1,2022/3/5,李建国,张三,13812345678,小区路灯不亮,已转社区\r\n"
                                            "2,2022年3月8日,李建国,李四,,垃圾清运不及时,\r\n"
                                            "3,2022-02-30,李建国,赵六,,夜间施工噪音扰民,\r\n");
        const QString path = QDir(dir).filePath(QStringLiteral("手工台账.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the test file");
        f.write(QStringEncoder("GB18030").encode(text));
        return path;
    }

    static qint64 appeals(Database &db)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM appeals")).toLongLong();
    }

    static void snapshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LL_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static QComboBox *mapCombo(ImportWizard &wizard, int column)
    {
        return wizard.findChild<QComboBox *>(QStringLiteral("importMapColumn%1").arg(column));
    }

    /// Opens the wizard on `file` and goes to the column page with 群众诉求 mapped to the content.
    static void toMappingPage(ImportWizard &wizard, const QString &file)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(file);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        snapshot(&wizard, QStringLiteral("1-file"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        // Nothing holds the content yet: Next waits, and the page says what is missing.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("importMappingInfo"))->text().isEmpty());
        QCOMPARE(mapCombo(wizard, 0)->currentData().toString(), QString()); // 序号: ignored
        QCOMPARE(mapCombo(wizard, 1)->currentData().toString(), QStringLiteral("received_on"));
        QCOMPARE(mapCombo(wizard, 5)->currentData().toString(), LedgerImport::keepInNotes());
        QComboBox *content = mapCombo(wizard, 5);
        content->setCurrentIndex(content->findData(QStringLiteral("content")));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        if (!qEnvironmentVariableIsEmpty("LL_SCREENSHOT_DIR")) {
            Translations::install(*qApp);
            auto *extra = new QTranslator(qApp);
            if (extra->load(qEnvironmentVariable("LL_EXTRA_QM")))
                QCoreApplication::installTranslator(extra);
        }
    }

    void aFolderSaysWhetherItIsABundle_data()
    {
        QTest::addColumn<bool>("bundle");
        QTest::newRow("a bundle (with its manifest)") << true;
        QTest::newRow("a plain folder of CSV files") << false;
    }

    /// The first page says what a chosen folder is: a bundle, checked against its manifest, or plain
    /// CSV files, for which nothing can tell that one is missing or changed.
    void aFolderSaysWhetherItIsABundle()
    {
        QFETCH(bool, bundle);
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        LedgerFixture::addAppeal(t.db(), deputy.id);
        const QString folder = QDir(t.dir()).filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerFiles::writeFullBundle(t.db(), folder));
        if (!bundle)
            QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("manifest.json"))));
        ImportWizard wizard(t.db());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(folder);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const QString info = wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"))->text();
        QVERIFY2(info.contains(QStringLiteral("appeals.csv")), qPrintable(info));
        QCOMPARE(info.contains(QStringLiteral("checked against their manifest")), bundle);
        QCOMPARE(info.contains(QStringLiteral("not a bundle")), !bundle);
    }

    void handMadeGb18030LedgerWithARemappedColumnAndABadRow()
    {
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        const QString file = handMadeFile(t.dir());
        ImportWizard wizard(t.db());
        toMappingPage(wizard, file);
        if (QTest::currentTestFailed())
            return;

        // The encoding was detected; reading the file as UTF-8 instead is explained and stops the way on.
        auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("importEncoding"));
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("GB18030"));
        QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("importMapping"))->item(5, 1)->text(),
                 QStringLiteral("小区路灯不亮"));
        snapshot(&wizard, QStringLiteral("2-columns"));
        encoding->setCurrentIndex(0);
        emit encoding->activated(0);
        QTRY_VERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importEncodingInfo"))
                    ->text()
                    .contains(QStringLiteral("UTF-8")));
        encoding->setCurrentIndex(1);
        emit encoding->activated(1);
        QComboBox *content = mapCombo(wizard, 5);
        content->setCurrentIndex(content->findData(QStringLiteral("content")));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // The trial run: two rows to add, one rejected with its row, column and reason; nothing written.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(wizard.result().inserted, 2);
        QCOMPARE(wizard.result().rejected, 1);
        QCOMPARE(appeals(t.db()), 0);
        auto *problems = wizard.findChild<QTableWidget *>(QStringLiteral("importProblems"));
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("4"));
        QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("接待时间"));
        QVERIFY(problems->item(0, 3)->text().contains(QStringLiteral("2022-02-30")));
        QVERIFY(
            wizard.findChild<QLabel *>(QStringLiteral("importCounts"))->text().contains(QStringLiteral("2")));
        const QString rejectFile = QDir(t.dir()).filePath(QStringLiteral("未导入.csv"));
        wizard.findChild<QLineEdit *>(QStringLiteral("importRejectPath"))->setText(rejectFile);
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("importKeepValid"))->isChecked());
        snapshot(&wizard, QStringLiteral("3-preview"));

        // Import: the valid rows are in, the rejected one is in the reject file with its reason.
        QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QVERIFY(wizard.imported());
        QCOMPARE(appeals(t.db()), 2);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT content FROM appeals WHERE person_name = '张三'"))
                     .toString(),
                 QStringLiteral("小区路灯不亮"));
        QCOMPARE(
            t.db().scalar(QStringLiteral("SELECT notes FROM appeals WHERE person_name = '张三'")).toString(),
            QStringLiteral("办理情况：已转社区"));
        QVERIFY(QFile::exists(rejectFile));
        const QString rejected = QString::fromUtf8(fileBytes(rejectFile));
        QVERIFY(rejected.contains(QStringLiteral("赵六")));
        QVERIFY(rejected.contains(QStringLiteral("2022-02-30")));
        QVERIFY(!rejected.contains(QStringLiteral("张三")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importRejectInfo"))
                    ->text()
                    .contains(QStringLiteral("未导入.csv")));
        QVERIFY(wizard.findChild<QAbstractButton *>(QStringLiteral("importOpenRejectFolder"))->isVisible());
        snapshot(&wizard, QStringLiteral("4-result"));
    }

    void missingDeputiesAreOnlyCreatedAfterConfirmation()
    {
        TestDatabase t;
        const QString file = handMadeFile(t.dir()); // 李建国 is not in this ledger file
        ImportWizard wizard(t.db());
        toMappingPage(wizard, file);
        if (QTest::currentTestFailed())
            return;
        wizard.next();
        QCOMPARE(wizard.result().inserted, 0);
        QCOMPARE(wizard.result().rejected, 3);
        auto *create = wizard.findChild<QCheckBox *>(QStringLiteral("importCreateDeputies"));
        QVERIFY(create->isVisible());
        snapshot(&wizard, QStringLiteral("3b-missing-deputies"));
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::No);
        create->click();
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("李建国")));
        QVERIFY(!create->isChecked());
        QCOMPARE(wizard.result().inserted, 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        create->click();
        QVERIFY(create->isChecked());
        QCOMPARE(wizard.result().inserted, 2);
        QCOMPARE(wizard.result().rejected, 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM deputies")).toInt(), 0); // a trial only

        // All or nothing with a rejected row writes nothing, not even the deputy.
        wizard.findChild<QRadioButton *>(QStringLiteral("importAllOrNothing"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        QVERIFY(!wizard.imported());
        QCOMPARE(appeals(t.db()), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM deputies")).toInt(), 0);
        QVERIFY(!wizard.findChild<QAbstractButton *>(QStringLiteral("importOpenRejectFolder"))->isVisible());
    }

    void ourBundleSkipsTheColumnsAndOurFileIsCheckedAgainstItsLedger()
    {
        TestDatabase source;
        DemoOptions demo;
        demo.deputies = 3;
        demo.appeals = 20;
        demo.year = 2022;
        QVERIFY_OK(DemoGenerator(source.db()).generate(demo));
        ExportOptions o;
        o.year = 2022;
        o.fullPersonalData = true;
        const QString bundle = QDir(source.dir()).filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerExport(source.db()).writeBundle(o, bundle, QStringLiteral("csv")));

        TestDatabase target(false);
        ImportWizard wizard(target.db());
        wizard.show();
        wizard.findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(bundle);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("importLedger"))->isEnabled());
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importFileInfo"))
                    ->text()
                    .contains(QStringLiteral("appeals.csv")));
        snapshot(&wizard, QStringLiteral("1b-bundle"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(wizard.result().inserted >= 20);
        QCOMPARE(wizard.result().rejected, 0);
        QVERIFY(!wizard.findChild<QRadioButton *>(QStringLiteral("importAllOrNothing"))->isEnabled());
        const qint64 expected = wizard.result().inserted;
        QTRY_VERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.next();
        QVERIFY(wizard.imported());
        QCOMPARE(wizard.result().inserted, expected);
        QCOMPARE(appeals(target.db()), 20);

        // One exported ledger: recognised, read by its own columns; naming another ledger is refused
        // by the trial run with the reason, and Import stays off.
        const QString file = QDir(source.dir()).filePath(QStringLiteral("deputies.csv"));
        QVERIFY_OK(LedgerExport(source.db()).writeCsv(Ledger::Deputies, o, file));
        ImportWizard single(target.db());
        single.show();
        single.findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(file);
        QTRY_VERIFY(single.button(QWizard::NextButton)->isEnabled());
        auto *ledger = single.findChild<QComboBox *>(QStringLiteral("importLedger"));
        QVERIFY(ledger->isEnabled());
        QCOMPARE(ledger->currentData().toString(), QStringLiteral("deputies"));
        single.next();
        QCOMPARE(single.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(!mapCombo(single, 0)->isEnabled());
        snapshot(&single, QStringLiteral("2b-own-export"));
        single.back();
        ledger->setCurrentIndex(ledger->findData(QStringLiteral("appeals")));
        single.next();
        single.next();
        QCOMPARE(single.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(single.findChild<QLabel *>(QStringLiteral("importCounts"))
                    ->text()
                    .contains(QStringLiteral("deputies")));
        QVERIFY(!single.button(QWizard::CommitButton)->isEnabled());
        single.back();
        single.back();
        ledger->setCurrentIndex(ledger->findData(QStringLiteral("deputies")));
        single.next();
        single.next();
        QTRY_VERIFY(single.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(single.result().inserted, 0); // the bundle brought them already
        QVERIFY(single.result().unchanged >= 3);
    }

    void theMainWindowShowsWhatWasImported()
    {
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        const QString file = handMadeFile(t.dir());
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        window.show();
        auto *list = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
        QVERIFY(list);
        window.tabs()->setCurrentWidget(list);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        bool driven = false;
        GuiTest::onNextDialog(QStringLiteral("importWizard"), [&](QDialog *dialog) {
            auto *wizard = static_cast<ImportWizard *>(dialog);
            toMappingPage(*wizard, file);
            wizard->next(); // the trial run
            wizard->next(); // import, with the proposed reject file next to the source
            driven = wizard->currentId() == ImportWizard::ResultPage && wizard->imported();
            wizard->accept();
        });
        window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
        QVERIFY(driven);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        // The source and the reject file proposed next to it.
        QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.csv")}, QDir::Files).size(), 2);
    }

    void leavingAfterTheTrialRunChangesNothing()
    {
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        const QString file = handMadeFile(t.dir());
        const QStringList filesBefore = QDir(t.dir()).entryList(QDir::Files);
        ImportWizard wizard(t.db());
        toMappingPage(wizard, file);
        if (QTest::currentTestFailed())
            return;
        wizard.next();
        QCOMPARE(wizard.result().inserted, 2);
        wizard.reject();
        QVERIFY(!wizard.imported());
        QCOMPARE(appeals(t.db()), 0);
        QCOMPARE(QDir(t.dir()).entryList(QDir::Files), filesBefore); // no reject file either
    }

    void aFileOpenedReadOnlyIsRefused()
    {
        TestDatabase t;
        const QString file = t.path();
        t.close();
        Database::OpenResult opened = Database::open(file, Database::Mode::ReadOnly);
        QVERIFY_OK(opened.status);
        QVERIFY(!ImportWizard::refusal(*opened.database).isEmpty());
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!ImportWizard::run(*opened.database, nullptr));
        QCOMPARE(MessageBox::count(), asked + 1);
        QCOMPARE(MessageBox::lastText(), ImportWizard::refusal(*opened.database));
        QVERIFY(!QApplication::activeModalWidget());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
