#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "GuiTest.h"
#include "dialogs/AuditTrailDialog.h"
#include "lists/SqlListModel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "ledgers/AppealRepository.h"
#include "safety/AuditActor.h"
#include "safety/AuditTrail.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

/// The audit trail in the desktop program: a record's history and the whole file's trail, with the
/// since-date filter, paging and the CSV export.
class TestAuditTrailDialog : public QObject
{
    Q_OBJECT

private:
    /// The rows of the dialog's table as "action|field|old|new".
    static QStringList rows(QDialog &dialog)
    {
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QStringList list;
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int c : {2, 4, 5, 6})
                cells << table->item(r, c)->text();
            list << cells.join(QLatin1Char('|'));
        }
        return list;
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void aRecordsHistoryShowsEachChangedField_data()
    {
        QTest::addColumn<QString>("expectedRow");
        QTest::newRow("the content's old and new words") << QStringLiteral("Changed|Content|路灯不亮|路灯坏了三天");
        QTest::newRow("moving to the recycle bin") << QStringLiteral("Moved to the recycle bin|In the recycle bin since||");
        QTest::newRow("a code shown as its label") << QStringLiteral("Changed|Channel|On-site reception|Phone");
    }

    void aRecordsHistoryShowsEachChangedField()
    {
        QFETCH(QString, expectedRow);
        TestDatabase t;
        AuditActor::setClerk(QStringLiteral("王芳"));
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id);
        QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET content = '路灯不亮', channel = 'onsite' WHERE id = %1")
                                   .arg(appeal.id)));
        QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET content = '路灯坏了三天', channel = 'phone' WHERE id = %1")
                                   .arg(appeal.id)));
        QVERIFY_OK(t.db().exec(QStringLiteral("UPDATE appeals SET deleted_at = '2022-07-01T08:00:00.000Z' WHERE id = %1")
                                   .arg(appeal.id)));
        AuditTrailDialog dialog(t.db(), AuditTrail(t.db()).recordRef(QStringLiteral("appeals"), appeal.id));
        dialog.show();
        QVERIFY(dialog.windowTitle().contains(appeal.number));
        const QStringList shown = rows(dialog);
        QStringList matching;
        for (const QString &row : shown) {
            // The soft delete's new value is a local time: compare the start of the row.
            if (row.startsWith(expectedRow))
                matching << row;
        }
        QVERIFY2(!matching.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QCOMPARE(table->item(0, 1)->text().left(2), QStringLiteral("王芳"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Created"));
    }

    void theWholeFileIsFilteredBySinceDateAndPaged()
    {
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        for (int i = 0; i < 6; ++i)
            LedgerFixture::addAppeal(t.db(), deputy.id);
        const qint64 total = AuditTrail(t.db()).count(AuditQuery{});
        QVERIFY(total > 6);
        AuditTrailDialog dialog(t.db());
        dialog.show();
        QCOMPARE(dialog.loadedEntries(), int(qMin<qint64>(total, AuditTrailDialog::kPageSize)));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("auditSummary"));
        QVERIFY2(summary->text().contains(QString::number(total)), qPrintable(summary->text()));

        auto *since = dialog.findChild<QDateEdit *>(QStringLiteral("auditSince"));
        since->setDate(QDate::currentDate().addDays(2));
        dialog.findChild<QCheckBox *>(QStringLiteral("auditUseSince"))->setChecked(true);
        QTRY_COMPARE(dialog.loadedEntries(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("auditExport"))->isEnabled());
        since->setDate(QDate::currentDate().addDays(-2));
        QTRY_COMPARE(dialog.loadedEntries(), int(total));

        const QString csv = t.dir() + QStringLiteral("/audit.csv");
        QVERIFY_OK(dialog.exportCsv(csv));
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.count("\r\n") > total);   // a header and at least one row per entry
    }

    void manyEntriesArePagedWithShowOlder()
    {
        TestDatabase t;
        QString values;
        for (int i = 0; i < AuditTrailDialog::kPageSize + 20; ++i)
            values += QStringLiteral("%1('category', '分类%2', %2)").arg(i ? QStringLiteral(", ") : QString()).arg(i + 100);
        QVERIFY_OK(t.db().exec(QStringLiteral("INSERT INTO vocabulary(kind, value, sort_order) VALUES ") + values));
        AuditTrailDialog dialog(t.db());
        dialog.show();
        QCOMPARE(dialog.loadedEntries(), AuditTrailDialog::kPageSize);
        auto *more = dialog.findChild<QPushButton *>(QStringLiteral("auditMore"));
        QVERIFY(more->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(dialog.loadedEntries() > AuditTrailDialog::kPageSize);
        QVERIFY(!more->isVisible());
    }

    /// Records ▸ History of the selected record (Ctrl+H) opens the selected appeal's history.
    void theRecordsMenuOpensTheSelectedRecordsHistory()
    {
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id);
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        window.show();
        auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
        window.tabs()->setCurrentWidget(appeals);
        QTRY_COMPARE(appeals->model()->rowCount(), 1);
        appeals->table()->selectRow(0);
        QTRY_VERIFY(appeals->currentId() > 0);
        QString title;
        int rows = 0;
        GuiTest::onNextDialog(QStringLiteral("auditHistoryDialog"), [&](QDialog *dialog) {
            title = dialog->windowTitle();
            rows = dialog->findChild<QTableWidget *>(QStringLiteral("auditTable"))->rowCount();
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        QVERIFY2(title.contains(appeal.number), qPrintable(title));
        QVERIFY(rows > 5);   // the appeal's values as registered, and its progress entry
    }
};

QTEST_MAIN(TestAuditTrailDialog)
#include "tst_audittrail.moc"
