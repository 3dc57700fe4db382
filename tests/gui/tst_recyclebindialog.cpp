#include "GuiTest.h"
#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "dialogs/RecycleBinDialog.h"
#include "ledgers/DailyQueueCounter.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "lists/SqlListModel.h"
#include "main/DeputyPanel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "main/TodayView.h"
#include "safety/RecycleBin.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

namespace {

/// Two deputies, five appeals (two overdue), a follow-up visit of the first appeal
/// (LedgerFixture::addDeskLedger).
struct Filled
{
    QList<Appeal> appeals;
    qint64 visitId = 0;
};

Filled fillLedger(Database &db)
{
    Filled f;
    f.appeals = LedgerFixture::addDeskLedger(db, {-5, -5});
    f.visitId = LedgerFixture::addVisit(db, f.appeals.first().id, QDate::currentDate().addDays(-2)).id;
    return f;
}

QTreeWidget *listOf(QWidget *dialog)
{
    return dialog->findChild<QTreeWidget *>(QStringLiteral("recycleList"));
}

int shownRows(QTreeWidget *list)
{
    int n = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        n += list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

QTreeWidgetItem *rowLabelled(QTreeWidget *list, const QString &kind, const QString &label)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(0) == kind && item->text(1) == label)
            return item;
    }
    return nullptr;
}

} // namespace

/// The Recycle Bin dialog and the main window's "Move to the Recycle Bin".
class TestRecycleBinDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    void anEmptyBinSaysSoInsteadOfAnEmptyGrid()
    {
        TestDatabase t;
        RecycleBinDialog dialog(t.db());
        dialog.show();
        auto *empty = dialog.findChild<QLabel *>(QStringLiteral("recycleEmptyState"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!listOf(&dialog)->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("empty")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("emptyBinButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
    }

    void kindAndSearchFilterTheList()
    {
        TestDatabase t;
        const Filled f = fillLedger(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, f.appeals.at(1).id}));
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, f.appeals.at(2).id}));
        QVERIFY_OK(bin.moveToBin({RecycleKind::FollowUpVisit, f.visitId}));
        RecycleBinDialog dialog(t.db());
        dialog.show();
        QTreeWidget *list = listOf(&dialog);
        QCOMPARE(shownRows(list), 3);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("recycleKindFilter"));
        kind->setCurrentIndex(kind->findData(int(RecycleKind::FollowUpVisit)));
        QCOMPARE(shownRows(list), 1);
        kind->setCurrentIndex(0);
        GuiTest::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("recycleSearch")),
                          QStringLiteral("路灯"));
        QCOMPARE(shownRows(list), 1);
        GuiTest::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("recycleSearch")),
                          QStringLiteral("地铁"));
        QCOMPARE(shownRows(list), 0);
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("recycleEmptyState"))->isVisible());
    }

    void deletingPermanentlyAsksWithTheExactNumber()
    {
        TestDatabase t;
        const Filled f = fillLedger(t.db());
        RecycleBin bin(t.db());
        // The first appeal has a follow-up visit outside the bin: it goes along, and the question says so.
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, f.appeals.at(0).id}));
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, f.appeals.at(3).id}));
        RecycleBinDialog dialog(t.db());
        dialog.show();
        QSignalSpy changed(&dialog, &RecycleBinDialog::binChanged);
        QTreeWidget *list = listOf(&dialog);
        QTreeWidgetItem *item =
            rowLabelled(list, RecycleBin::kindName(RecycleKind::Appeal), f.appeals.at(0).number);
        QVERIFY(item);
        item->setSelected(true);

        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog.purgeSelected());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 record")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 record")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(RecycleBin::kindName(RecycleKind::FollowUpVisit)),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(bin.count(), 2);
        QCOMPARE(changed.count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.purgeSelected());
        QCOMPARE(bin.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(shownRows(list), 1);
        QVERIFY(!FollowUpVisitRepository(t.db()).find(f.visitId));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.emptyBin());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 record")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(bin.count(), 0);
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("recycleEmptyState"))->isVisible());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("recycleResult"))->text().contains(QLatin1Char('1')));
    }

    void aChildWithoutItsOwnerIsRefusedWithAMessage()
    {
        TestDatabase t;
        const Filled f = fillLedger(t.db());
        RecycleBin bin(t.db());
        QVERIFY_OK(bin.moveToBin({RecycleKind::FollowUpVisit, f.visitId}));
        QVERIFY_OK(bin.moveToBin({RecycleKind::Appeal, f.appeals.at(0).id}));
        RecycleBinDialog dialog(t.db());
        dialog.show();
        QTreeWidget *list = listOf(&dialog);
        QTreeWidgetItem *visit =
            rowLabelled(list, RecycleBin::kindName(RecycleKind::FollowUpVisit), f.appeals.at(0).number);
        QVERIFY(visit);
        visit->setSelected(true);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.restoreSelected());
        QVERIFY2(MessageBox::lastText().contains(f.appeals.at(0).number), qPrintable(MessageBox::lastText()));
        QCOMPARE(bin.count(), 2);
        list->selectAll();
        QVERIFY(dialog.restoreSelected());
        QCOMPARE(bin.count(), 0);
    }

    void deleteAmongTheDeputiesMeansTheDeputy()
    {
        TestDatabase t;
        fillLedger(t.db());
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        window.show();
        auto *deputies = window.findChild<QTableView *>(QStringLiteral("deputyTable"));
        QTRY_COMPARE(deputies->model()->rowCount(), 2);
        deputies->selectRow(1);
        QTRY_VERIFY(window.deputyPanel()->currentDeputy() > 0);
        const QString name = deputies->model()->index(1, 0).data().toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.findChild<QAction *>(QStringLiteral("actionMoveDeputyToRecycleBin"))->trigger();
        QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
        QTRY_COMPARE(deputies->model()->rowCount(), 1);
        QCOMPARE(RecycleBin(*window.database()).entries().first().label, name);
    }

    void readOnlyFileOnlyShowsTheBin()
    {
        TestDatabase t;
        const Filled f = fillLedger(t.db());
        QVERIFY_OK(RecycleBin(t.db()).moveToBin({RecycleKind::Appeal, f.appeals.at(4).id}));
        t.close();
        Database::OpenResult opened = Database::open(t.path(), Database::Mode::ReadOnly);
        QVERIFY(opened.database);
        RecycleBinDialog dialog(*opened.database);
        dialog.show();
        QCOMPARE(shownRows(listOf(&dialog)), 1);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("recycleReadOnly")));
        listOf(&dialog)->selectAll();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("purgeButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("emptyBinButton"))->isEnabled());
    }

    void mainWindowMovesToTheBinAndRefreshesAfterRestore()
    {
        TestDatabase t;
        fillLedger(t.db());
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        window.show();
        QCOMPARE(window.todayView()->count(DailyQueue::Overdue), 2);
        auto *appeals = window.findChild<LedgerListView *>(QStringLiteral("appealsList"));
        window.tabs()->setCurrentWidget(appeals);
        QTRY_COMPARE(appeals->model()->rowCount(), 5);
        appeals->showQueue(DailyQueue::Overdue);
        QTRY_COMPARE(appeals->model()->rowCount(), 2);
        appeals->table()->selectRow(0);
        QVERIFY(appeals->currentId() > 0);
        const QString number = appeals->table()->model()->index(0, 0).data().toString();
        QVERIFY(number.startsWith(QString::number(QDate::currentDate().addDays(-40).year())));

        auto *toBin = window.findChild<QAction *>(QStringLiteral("actionMoveToRecycleBin"));
        QVERIFY2(appeals->table()->actions().contains(toBin), "right-click on a record offers it too");
        MessageBox::setNextAnswer(QMessageBox::Yes);
        toBin->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("recycle bin")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(number), qPrintable(MessageBox::lastText()));
        QTRY_COMPARE(appeals->model()->rowCount(), 1);
        QCOMPARE(window.todayView()->count(DailyQueue::Overdue), 1);

        bool restored = false;
        GuiTest::onNextDialog(QStringLiteral("recycleBinDialog"), [&restored](QDialog *dialog) {
            QTreeWidget *list = listOf(dialog);
            if (list->topLevelItemCount() == 1) {
                list->topLevelItem(0)->setSelected(true);
                dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
                restored = list->topLevelItemCount() == 0;
            }
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionRecycleBin"))->trigger();
        QVERIFY(restored);
        QTRY_COMPARE(appeals->model()->rowCount(), 2);
        QCOMPARE(window.todayView()->count(DailyQueue::Overdue), 2);
    }
};

QTEST_MAIN(TestRecycleBinDialog)
#include "tst_recyclebindialog.moc"
