// What a clerk noticed after a few weeks with the program: long notes cut in a timeline, forms that
// stayed tall after a message went, overdue counts stuck on the day the file was opened, and contact
// voters and enterprise visits that could not be deleted where they are listed.
#include "GuiTest.h"
#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "editors/AppealForm.h"
#include "editors/EnterpriseLinkForm.h"
#include "editors/ProfileForm.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "lists/DeputyListModel.h"
#include "main/DeputyPanel.h"
#include "main/MainWindow.h"
#include "main/TodayView.h"
#include "rules/AppealWorkflow.h"
#include "safety/RecycleBin.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

namespace {

QTreeWidgetItem *itemWithNote(QTreeWidget *tree, int column, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

bool inRecycleBin(Database &db, RecycleKind kind, qint64 id)
{
    const QList<RecycleBinEntry> entries = RecycleBin(db).entries();
    return std::any_of(entries.begin(), entries.end(), [&](const RecycleBinEntry &e) {
        return e.ref == RecycleRef{kind, id};
    });
}

void showAndWait(QWidget *w)
{
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
}

} // namespace

class TestUiPolish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    // The note of a push is often a paragraph: it must read in full in the timeline, not only in a
    // tooltip, and a narrower window makes its row taller rather than cutting it.
    void aLongTimelineNoteReadsInFullInItsColumn()
    {
        TestDatabase t;
        const QDate today = QDate::currentDate();
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id, today.addDays(-10));
        const QString shortNote = QStringLiteral("当场受理");
        const QString longNote =
            QStringLiteral("电话联系区城管局市政科王科长，告知群众反映的小区北门路灯已损坏两个多月，"
                           "夜间老人和学生出行不便，请其在本周内安排维修并答复联络站；"
                           "王科长表示已列入本周维修计划，材料到货后即派人更换灯头和线路。");
        AppealWorkflow flow(t.db());
        QVERIFY_OK(flow.accept(appeal.id, today.addDays(-9), shortNote));
        QVERIFY_OK(flow.assign(appeal.id, today.addDays(-8), QStringLiteral("department"),
                               QStringLiteral("区城管局"), today.addDays(20)));
        QVERIFY_OK(flow.push(appeal.id, today.addDays(-2), longNote));

        AppealForm form(t.db(), appeal.id, 0);
        showAndWait(&form);
        auto *timeline = form.findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QTreeWidgetItem *pushed = itemWithNote(timeline, 2, longNote);
        QTreeWidgetItem *accepted = itemWithNote(timeline, 2, shortNote);
        QVERIFY(pushed && accepted);
        const QFontMetrics metrics = timeline->fontMetrics();
        const int line = metrics.height();
        auto linesNeeded = [&] {
            const int width = timeline->header()->sectionSize(2) - 6; // the cell's text margins
            return metrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap, longNote).height() / line;
        };
        // As tall as its text at the column's width: not one line, and not a height left over from
        // another width.
        auto fits = [&] {
            const int row = timeline->visualItemRect(pushed).height();
            return row >= (linesNeeded() - 1) * line && row <= (linesNeeded() + 1) * line + 8;
        };
        auto why = [&] {
            return QStringLiteral("row %1 px; %2 lines of %3 px at %4 px")
                .arg(timeline->visualItemRect(pushed).height())
                .arg(linesNeeded())
                .arg(line)
                .arg(timeline->header()->sectionSize(2));
        };
        QTRY_VERIFY2(fits(), qPrintable(why()));
        QVERIFY2(linesNeeded() >= 3, "the note must be too long for one line of its column");
        QVERIFY(timeline->visualItemRect(accepted).height() < 2 * line);

        // The stretched note column narrows when the step column widens.
        const int columnBefore = timeline->header()->sectionSize(2);
        const int linesBefore = linesNeeded();
        timeline->setColumnWidth(1, timeline->columnWidth(1) + columnBefore / 2);
        QTRY_VERIFY(timeline->header()->sectionSize(2) < columnBefore);
        QVERIFY(linesNeeded() > linesBefore);
        QTRY_VERIFY2(fits(), qPrintable(why()));
    }

    // A message under a field makes a window at its smallest grow; once the field is right again the
    // window returns to its height. A window the clerk made taller keeps its height.
    void aFormGivesBackTheHeightOfAFixedMessage_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("a window at its smallest returns to it") << 0;
        QTest::newRow("a window the clerk made taller keeps its height") << 200;
    }

    void aFormGivesBackTheHeightOfAFixedMessage()
    {
        QFETCH(int, extra);
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        AppealForm form(t.db(), 0, deputy.id);
        showAndWait(&form);
        QTRY_VERIFY(form.minimumHeight() > 0);
        form.resize(form.width(), form.minimumHeight() + extra);
        const int chosen = form.minimumHeight() + extra;
        QTRY_COMPARE(form.height(), chosen);

        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("person_phone"));
        auto *error = form.findChild<QLabel *>(QStringLiteral("error_person_phone"));
        QVERIFY(phone && error);
        phone->setText(QStringLiteral("12345"));
        QTRY_VERIFY(error->isVisible());
        if (extra == 0)
            QTRY_VERIFY(form.height() > chosen);
        else
            QCOMPARE(form.height(), chosen);

        phone->setText(QStringLiteral("13912345678"));
        QTRY_VERIFY(!error->isVisible());
        QTRY_COMPARE(form.height(), chosen);

        // Made taller by the clerk while a message shows, the window keeps that height through later
        // layouts and once the message goes.
        phone->setText(QStringLiteral("12345"));
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY(form.height() >= form.minimumHeight() && form.minimumHeight() > 0);
        const int enlarged = qMax(form.height(), chosen) + 120;
        form.resize(form.width(), enlarged);
        QTRY_COMPARE(form.height(), enlarged);
        form.layout()->invalidate(); // anything that makes the layout run again
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(form.height(), enlarged);
        phone->setText(QStringLiteral("13912345678"));
        QTRY_VERIFY(!error->isVisible());
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(form.height(), enlarged);
    }

    // The program stays open for days: the deputies' overdue counts are judged on today's date, not
    // on the date the file was opened.
    void theDeputiesOverdueCountsFollowTheDate()
    {
        TestDatabase t;
        const QDate today = QDate::currentDate();
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        const Appeal appeal = LedgerFixture::addAppeal(t.db(), deputy.id, today.addDays(-30));
        AppealWorkflow flow(t.db());
        QVERIFY_OK(flow.accept(appeal.id, today.addDays(-29)));
        QVERIFY_OK(flow.assign(appeal.id, today.addDays(-28), QStringLiteral("department"),
                               QStringLiteral("区城管局"), today)); // due today: not yet overdue

        DeputyPanel panel(t.db());
        showAndWait(&panel);
        DeputyListModel *model = panel.model();
        auto overdue = [&] {
            return model->index(model->rowOf(deputy.id), DeputyListModel::OverdueColumn).data().toInt();
        };
        QTRY_VERIFY(model->rowOf(deputy.id) >= 0);
        QCOMPARE(overdue(), 0);

        panel.setToday(today.addDays(1)); // the day after, the program still open
        QTRY_COMPARE(overdue(), 1);
        QCOMPARE(model->rowOf(deputy.id) >= 0, true);

        panel.setToday(QDate()); // the system's date again
        QTRY_COMPARE(overdue(), 0);

        // Without any change by the clerk, the counts are reloaded just after midnight.
        auto *midnight = panel.findChild<QTimer *>(QStringLiteral("midnightRefresh"));
        QVERIFY(midnight);
        QVERIFY(midnight->isActive());
        const qint64 toMidnight =
            QDateTime::currentDateTime().msecsTo(QDateTime(today.addDays(1), QTime(0, 0)));
        QVERIFY2(midnight->remainingTime() <= toMidnight + 2000 && midnight->remainingTime() >= 0,
                 qPrintable(QString::number(midnight->remainingTime())));
    }

    // Just after midnight the whole window follows the new date, Today's queues included.
    void aNewDayRefreshesTodaysQueues()
    {
        TestDatabase t;
        const QList<Appeal> appeals = LedgerFixture::addDeskLedger(t.db(), {-5, -5, 3, 30});
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        showAndWait(&window);
        QTRY_COMPARE(window.todayView()->count(DailyQueue::Overdue), 2);

        // What the clock brings: the fifth appeal, assigned while the window was open, falls due.
        const QDate today = QDate::currentDate();
        AppealWorkflow flow(*window.database());
        QVERIFY_OK(flow.accept(appeals.at(4).id, today.addDays(-3)));
        QVERIFY_OK(flow.assign(appeals.at(4).id, today.addDays(-2), QStringLiteral("department"),
                               QStringLiteral("区城管局"), today.addDays(-1)));
        QCOMPARE(window.todayView()->count(DailyQueue::Overdue), 2);

        auto *midnight = window.findChild<QTimer *>(QStringLiteral("midnightRefresh"));
        QVERIFY(midnight);
        midnight->start(0); // midnight now
        QTRY_COMPARE(window.todayView()->count(DailyQueue::Overdue), 3);
        QTRY_VERIFY(midnight->isActive() && midnight->interval() > 1000); // and again tomorrow
    }

    // A contact voter is deleted where the profile lists it: the same question as any record, then
    // the recycle bin at once; the form's other edits stay unsaved; a row never saved just goes.
    void aContactVoterGoesToTheRecycleBinFromTheProfilesList()
    {
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        ConstituencyProfile profile;
        profile.deputyId = deputy.id;
        profile.year = QDate::currentDate().year();
        profile.constituency = QStringLiteral("第七选区");
        profile.updatedOn = QDate::currentDate();
        profile.contactVoters = {{0, {}, 0, QStringLiteral("周明"), QStringLiteral("13912345678"), {}, {}},
                                 {0, {}, 0, QStringLiteral("陈芳"), QStringLiteral("13712345678"), {}, {}}};
        QVERIFY_OK(ConstituencyProfileRepository(t.db()).insert(profile));
        const qint64 zhouId = profile.contactVoters.at(0).id;
        QVERIFY(zhouId > 0);

        ProfileForm form(t.db(), profile.id, 0, 0);
        showAndWait(&form);
        auto *contacts = form.findChild<QTableWidget *>(QStringLiteral("contact_voters"));
        QVERIFY(contacts);
        QCOMPARE(contacts->rowCount(), 2);
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("constituency")), QStringLiteral("北"));
        QVERIFY(form.isDirty());

        // "No" keeps the voter.
        contacts->setCurrentCell(0, 1);
        contacts->setFocus();
        QTRY_VERIFY(contacts->hasFocus());
        MessageBox::setNextAnswer(QMessageBox::No);
        const int asked = MessageBox::count();
        QTest::keyClick(contacts, Qt::Key_Delete);
        QTRY_COMPARE(MessageBox::count(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("周明")), qPrintable(MessageBox::lastText()));
        QCOMPARE(contacts->rowCount(), 2);
        QVERIFY(!inRecycleBin(t.db(), RecycleKind::ContactVoter, zhouId));

        // "Yes" moves it to the recycle bin at once; the unsaved constituency stays unsaved.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("removeVoter")), Qt::LeftButton);
        QTRY_COMPARE(contacts->rowCount(), 1);
        QCOMPARE(contacts->item(0, 0)->text(), QStringLiteral("陈芳"));
        QVERIFY(inRecycleBin(t.db(), RecycleKind::ContactVoter, zhouId));
        QCOMPARE(ConstituencyProfileRepository(t.db()).find(profile.id)->contactVoters.size(), 1);
        QCOMPARE(ConstituencyProfileRepository(t.db()).find(profile.id)->constituency,
                 QStringLiteral("第七选区"));
        QVERIFY(form.isDirty());
        QVERIFY(form.wasSaved());

        // A row typed in and never saved goes without a question.
        form.addVoterRow();
        QCOMPARE(contacts->rowCount(), 2);
        const int before = MessageBox::count();
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("removeVoter")), Qt::LeftButton);
        QTRY_COMPARE(contacts->rowCount(), 1);
        QCOMPARE(MessageBox::count(), before);

        // Saving the profile afterwards keeps the one voter left and the edit.
        QVERIFY(form.save());
        const auto saved = ConstituencyProfileRepository(t.db()).find(profile.id);
        QCOMPARE(saved->contactVoters.size(), 1);
        QCOMPARE(saved->constituency, QStringLiteral("第七选区北"));
    }

    // An enterprise visit is deleted where the link lists it: Delete, the right-click menu or the
    // button, with the same question, into the recycle bin.
    void anEnterpriseVisitGoesToTheRecycleBinFromTheLinksList()
    {
        TestDatabase t;
        const Deputy deputy = LedgerFixture::addDeputy(t.db());
        EnterpriseLink link;
        link.deputyId = deputy.id;
        link.enterprise = QStringLiteral("武汉长江电缆有限公司");
        QVERIFY_OK(EnterpriseLinkRepository(t.db()).insert(link));
        EnterpriseVisit visit;
        visit.linkId = link.id;
        visit.visitedOn = QDate::currentDate().addDays(-3);
        visit.problems = QStringLiteral("招工难");
        QVERIFY_OK(EnterpriseLinkRepository(t.db()).insertVisit(visit));

        EnterpriseLinkForm form(t.db(), link.id, 0);
        showAndWait(&form);
        auto *visits = form.findChild<QTreeWidget *>(QStringLiteral("visits"));
        QVERIFY(visits);
        QCOMPARE(visits->topLevelItemCount(), 1);
        const QList<QAction *> menu = visits->actions();
        QVERIFY(std::any_of(menu.begin(), menu.end(),
                            [](QAction *a) { return a->shortcut() == QKeySequence(QKeySequence::Delete); }));

        visits->setCurrentItem(visits->topLevelItem(0));
        visits->setFocus();
        QTRY_VERIFY(visits->hasFocus());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const int asked = MessageBox::count();
        QTest::keyClick(visits, Qt::Key_Delete);
        QTRY_COMPARE(visits->topLevelItemCount(), 0);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(visit.visitedOn.toString(Qt::ISODate)),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(inRecycleBin(t.db(), RecycleKind::EnterpriseVisit, visit.id));
        QVERIFY(EnterpriseLinkRepository(t.db()).visits(link.id).isEmpty());
        QVERIFY(form.wasSaved());
    }
};

QTEST_MAIN(TestUiPolish)
#include "tst_uipolish.moc"
