// A clerk's day through the real editors: a deputy is added, an appeal registered and carried through
// accept → assign → push → resolve → answer → follow-up visit; 不满意 reopens it.
#include "GuiTest.h"
#include "TestDatabase.h"

#include "LedgerFixture.h"

#include "common/Codes.h"
#include "editors/AppealForm.h"
#include "editors/DeputyForm.h"
#include "editors/FollowUpVisitForm.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "lists/DeputyListModel.h"
#include "main/DeputyPanel.h"
#include "main/LedgerListView.h"
#include "main/MainWindow.h"
#include "main/TodayView.h"
#include "widgets/DateField.h"
#include "widgets/CodeCombo.h"
#include "widgets/MessageBox.h"
#include "widgets/VocabularyCombo.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

namespace {

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

QStringList timelineKinds(QWidget *form)
{
    QStringList kinds;
    auto *tree = form->findChild<QTreeWidget *>(QStringLiteral("timeline"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        kinds << tree->topLevelItem(i)->data(1, Qt::UserRole).toString();
    return kinds;
}

// Clicks the action button and fills the dialog it opens with `fill`, then presses OK.
void act(QWidget *form, const QString &action, const QString &dialog, std::function<void(QDialog *)> fill)
{
    GuiTest::onNextDialog(dialog, [fill](QDialog *d) {
        fill(d);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    });
    QPushButton *b = button(form, QStringLiteral("action_") + action);
    QVERIFY2(b, qPrintable(action));
    QTest::mouseClick(b, Qt::LeftButton);
}

void setDate(QDialog *d, const QString &field, const QDate &date)
{
    d->findChild<DateField *>(field)->setValue(date);
}

/// How far the appeal registered through the main window is carried.
enum class Step { Register, Accept, Assign, Resolve, Answer, VisitSatisfied, VisitUnsatisfied };

/// Carries the open appeal form's appeal from registration to `last`. Dates lie in the past so that a
/// deadline can be; every step goes through its button and dialog as the clerk's would.
void carryAppeal(QDialog *form, Step last, const QDate &deadline)
{
    const QDate today = QDate::currentDate();
    form->findChild<DateField *>(QStringLiteral("received_on"))->setValue(today.addDays(-20));
    GuiTest::typeText(form->findChild<QLineEdit *>(QStringLiteral("person_name")), QStringLiteral("张桂兰"));
    GuiTest::typeText(form->findChild<QPlainTextEdit *>(QStringLiteral("content")),
                      QStringLiteral("小区电动车充电难，晚上下班回来排队到十点还充不上，希望增设充电桩并规范收费"));
    GuiTest::typeText(form->findChild<VocabularyCombo *>(QStringLiteral("category"))->lineEdit(),
                      QStringLiteral("城市建设"));
    QTRY_VERIFY(button(form, QStringLiteral("saveButton"))->isEnabled());
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(button(form, QStringLiteral("action_accept")));
    if (last >= Step::Accept)
        act(form, QStringLiteral("accept"), QStringLiteral("acceptDialog"),
            [today](QDialog *d) { setDate(d, QStringLiteral("accepted_on"), today.addDays(-15)); });
    if (last >= Step::Assign)
        act(form, QStringLiteral("assign"), QStringLiteral("assignDialog"), [today, deadline](QDialog *d) {
            setDate(d, QStringLiteral("assigned_on"), today.addDays(-14));
            GuiTest::typeText(d->findChild<VocabularyCombo *>(QStringLiteral("handling_unit"))->lineEdit(),
                              QStringLiteral("区城管局"));
            setDate(d, QStringLiteral("deadline"), deadline);
        });
    if (last >= Step::Resolve) {
        // Confirmed with Ctrl+Enter from the note field, where Enter starts a new line.
        GuiTest::onNextDialog(QStringLiteral("resolveDialog"), [](QDialog *d) {
            auto *result = d->findChild<QPlainTextEdit *>(QStringLiteral("result"));
            GuiTest::typeText(result, QStringLiteral("新增充电桩二十个"));
            QTest::keyClick(result, Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::mouseClick(button(form, QStringLiteral("action_resolve")), Qt::LeftButton);
    }
    if (last >= Step::Answer)
        act(form, QStringLiteral("answer"), QStringLiteral("answerDialog"), [](QDialog *) {});
    if (last >= Step::VisitSatisfied) {
        const bool unsatisfied = last == Step::VisitUnsatisfied;
        GuiTest::onNextDialog(QStringLiteral("followUpVisitForm"), [unsatisfied](QDialog *d) {
            // The new visit starts filled in (today, by phone, the constituent, satisfied): it can be
            // saved as it stands.
            if (unsatisfied)
                d->findChild<CodeCombo *>(QStringLiteral("satisfaction"))->setCode(QStringLiteral("unsatisfied"));
            QTRY_VERIFY(button(d, QStringLiteral("saveButton"))->isEnabled());
            QTest::mouseClick(button(d, QStringLiteral("saveButton")), Qt::LeftButton);
            d->reject();
        });
        QTest::mouseClick(button(form, QStringLiteral("action_visit")), Qt::LeftButton);
    }
}

int deputyCount(MainWindow &window, qint64 deputyId, int column)
{
    DeputyListModel *model = window.deputyPanel()->model();
    return model->data(model->index(model->rowOf(deputyId), column)).toInt();
}

} // namespace

Q_DECLARE_METATYPE(Step)

class TestClerksDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    // After each step the window the clerk returns to shows it: the deputy's open and overdue counts,
    // Today's queues and the appeals list, without a reload.
    void countsFollowTheAppealInTheMainWindow_data()
    {
        QTest::addColumn<Step>("last");
        QTest::addColumn<int>("deadlineInDays");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<QList<int>>("queues"); // overdue, due soon, resolved not answered, answered not visited
        QTest::newRow("a registered appeal is open for its deputy")
            << Step::Register << 30 << QStringLiteral("registered") << 1 << 0 << QList<int>{0, 0, 0, 0};
        QTest::newRow("assigned past its deadline it is overdue")
            << Step::Assign << -1 << QStringLiteral("in_progress") << 1 << 1 << QList<int>{1, 0, 0, 0};
        QTest::newRow("assigned with three days left it is due soon")
            << Step::Assign << 3 << QStringLiteral("in_progress") << 1 << 0 << QList<int>{0, 1, 0, 0};
        QTest::newRow("resolved it is no longer open and waits for its reply")
            << Step::Resolve << -1 << QStringLiteral("resolved") << 0 << 0 << QList<int>{0, 0, 1, 0};
        QTest::newRow("answered it waits for the follow-up visit")
            << Step::Answer << -1 << QStringLiteral("answered") << 0 << 0 << QList<int>{0, 0, 0, 1};
        QTest::newRow("a satisfied visit closes it")
            << Step::VisitSatisfied << 30 << QStringLiteral("closed") << 0 << 0 << QList<int>{0, 0, 0, 0};
        QTest::newRow("an unsatisfied visit reopens it, overdue again")
            << Step::VisitUnsatisfied << -1 << QStringLiteral("in_progress") << 1 << 1 << QList<int>{1, 0, 0, 0};
    }

    void countsFollowTheAppealInTheMainWindow()
    {
        QFETCH(Step, last);
        QFETCH(int, deadlineInDays);
        QFETCH(QString, status);
        QFETCH(int, open);
        QFETCH(int, overdue);
        QFETCH(QList<int>, queues);
        TestDatabase t;
        const qint64 deputyId = LedgerFixture::addDeputy(t.db(), QStringLiteral("王建国")).id;
        t.close();
        MainWindow window;
        QVERIFY(window.openFile(t.path()));
        window.resize(1500, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.deputyPanel()->selectDeputy(deputyId);
        window.tabs()->setCurrentIndex(MainWindow::AppealsTab);
        LedgerListView *appeals = window.list(MainWindow::AppealsTab);
        QCOMPARE(appeals->model()->rowCount(), 0);
        QCOMPARE(deputyCount(window, deputyId, DeputyListModel::OpenColumn), 0);

        const QDate deadline = QDate::currentDate().addDays(deadlineInDays);
        bool carried = false;
        GuiTest::onNextDialog(QStringLiteral("appealForm"), [&carried, last, deadline](QDialog *form) {
            carryAppeal(form, last, deadline);
            carried = true;
            form->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionNewRecord"))->trigger();
        QVERIFY(carried);

        QCOMPARE(appeals->model()->rowCount(), 1);
        const qint64 id = appeals->model()->idAt(0);
        QCOMPARE(AppealRepository(*window.database()).find(id)->status, status);
        QCOMPARE(appeals->model()->data(appeals->model()->index(0, 7)).toString(),
                 Codes::label(Codes::AppealStatus, status));
        QCOMPARE(deputyCount(window, deputyId, DeputyListModel::OpenColumn), open);
        QCOMPARE(deputyCount(window, deputyId, DeputyListModel::OverdueColumn), overdue);
        QCOMPARE(window.todayView()->count(DailyQueue::Overdue), queues.at(0));
        QCOMPARE(window.todayView()->count(DailyQueue::DueSoon), queues.at(1));
        QCOMPARE(window.todayView()->count(DailyQueue::ResolvedNotAnswered), queues.at(2));
        QCOMPARE(window.todayView()->count(DailyQueue::AnsweredNotVisited), queues.at(3));
        // The long content is cut at the window's edge, not pushed behind a horizontal scroll bar.
        QTableView *table = appeals->table();
        QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // The queue's button says the same number the clerk will find behind it.
        auto *overdueButton = window.findChild<QPushButton *>(QStringLiteral("queue_overdue"));
        QVERIFY(overdueButton->text().endsWith(QStringLiteral(": %1").arg(queues.at(0))));
    }

    void appealThroughItsLoopAndReopenedOnDissatisfaction()
    {
        TestDatabase t;

        // Morning: a new deputy joins the station.
        qint64 deputyId = 0;
        {
            DeputyForm form(t.db(), 0);
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("王建国"));
            form.findChild<CodeCombo *>(QStringLiteral("level"))->setCode(QStringLiteral("municipal"));
            QTRY_VERIFY(button(&form, QStringLiteral("saveButton"))->isEnabled());
            QTest::mouseClick(button(&form, QStringLiteral("saveButton")), Qt::LeftButton);
            QTRY_VERIFY(form.wasSaved());
            deputyId = form.deputy().id;
        }
        QVERIFY(deputyId > 0);

        // A resident comes to the station: the appeal is registered with a category typed anew.
        AppealForm form(t.db(), 0, deputyId);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(!form.findChild<QWidget *>(QStringLiteral("handling"))->isVisible());
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("person_name")),
                          QStringLiteral("张桂兰"));
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("person_phone")),
                         QStringLiteral("13900001111"));
        GuiTest::typeText(form.findChild<QPlainTextEdit *>(QStringLiteral("content")),
                          QStringLiteral("小区电动车充电难，晚上排队到十点"));
        auto *category = form.findChild<VocabularyCombo *>(QStringLiteral("category"));
        GuiTest::typeText(category->lineEdit(), QStringLiteral("电动车管理"));
        QTRY_VERIFY(button(&form, QStringLiteral("saveButton"))->isEnabled());
        QTest::mouseClick(button(&form, QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(form.appeal().id > 0);
        const qint64 id = form.appeal().id;
        AppealRepository appeals(t.db());
        QCOMPARE(appeals.find(id)->status, QStringLiteral("registered"));
        QCOMPARE(appeals.find(id)->deputyId, deputyId);
        QCOMPARE(appeals.find(id)->personPhone, QStringLiteral("13900001111"));
        QVERIFY(VocabularyRepository(t.db()).contains(VocabularyRepository::category(),
                                                      QStringLiteral("电动车管理")));
        QTRY_VERIFY(form.findChild<QWidget *>(QStringLiteral("handling"))->isVisible());
        QCOMPARE(timelineKinds(&form), QStringList{QStringLiteral("registered")});
        // Only what a registered appeal allows is offered.
        QVERIFY(button(&form, QStringLiteral("action_accept")));
        QVERIFY(!button(&form, QStringLiteral("action_resolve")));
        QVERIFY(!button(&form, QStringLiteral("action_answer")));

        act(&form, QStringLiteral("accept"), QStringLiteral("acceptDialog"), [](QDialog *) {});
        QTRY_COMPARE(appeals.find(id)->status, QStringLiteral("accepted"));

        act(&form, QStringLiteral("assign"), QStringLiteral("assignDialog"), [](QDialog *d) {
            auto *unit = d->findChild<VocabularyCombo *>(QStringLiteral("handling_unit"));
            GuiTest::typeText(unit->lineEdit(), QStringLiteral("积玉桥社区居委会"));
        });
        QTRY_COMPARE(appeals.find(id)->status, QStringLiteral("in_progress"));
        QCOMPARE(appeals.find(id)->handlingUnit, QStringLiteral("积玉桥社区居委会"));
        QVERIFY(appeals.find(id)->deadline > appeals.find(id)->receivedOn);
        QVERIFY(VocabularyRepository(t.db()).contains(VocabularyRepository::unit(),
                                                      QStringLiteral("积玉桥社区居委会")));

        // A push without a note is refused by the core, shown at the field, and the dialog stays open.
        bool refusedShown = false;
        GuiTest::onNextDialog(QStringLiteral("pushDialog"), [&refusedShown](QDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
            auto *error = d->findChild<QLabel *>(QStringLiteral("error_note"));
            refusedShown = d->isVisible() && error->isVisible() && !error->text().isEmpty();
            GuiTest::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("note")),
                              QStringLiteral("电话督办社区"));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button(&form, QStringLiteral("action_push")), Qt::LeftButton);
        QVERIFY(refusedShown);
        QTRY_COMPARE(timelineKinds(&form).last(), QStringLiteral("push"));

        act(&form, QStringLiteral("resolve"), QStringLiteral("resolveDialog"), [](QDialog *d) {
            GuiTest::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("result")),
                              QStringLiteral("新增充电桩二十个"));
        });
        QTRY_COMPARE(appeals.find(id)->status, QStringLiteral("resolved"));

        act(&form, QStringLiteral("answer"), QStringLiteral("answerDialog"), [](QDialog *) {});
        QTRY_COMPARE(appeals.find(id)->status, QStringLiteral("answered"));
        QCOMPARE(appeals.find(id)->replyContent, QStringLiteral("新增充电桩二十个"));

        // The follow-up visit: the resident is not satisfied, and the appeal goes back to handling.
        GuiTest::onNextDialog(QStringLiteral("followUpVisitForm"), [](QDialog *d) {
            d->findChild<CodeCombo *>(QStringLiteral("satisfaction"))->setCode(QStringLiteral("unsatisfied"));
            GuiTest::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("feedback")),
                              QStringLiteral("晚上还是排队"));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("consequence"))->text().size() > 0);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            d->reject();
        });
        QTest::mouseClick(button(&form, QStringLiteral("action_visit")), Qt::LeftButton);
        QTRY_COMPARE(appeals.find(id)->status, QStringLiteral("in_progress"));
        QCOMPARE(appeals.find(id)->reopenCount, 1);
        const QStringList kinds = timelineKinds(&form);
        QCOMPARE(kinds, (QStringList{QStringLiteral("registered"), QStringLiteral("accepted"),
                                     QStringLiteral("assigned"), QStringLiteral("push"),
                                     QStringLiteral("resolved"), QStringLiteral("answered"),
                                     QStringLiteral("visited"), QStringLiteral("reopened")}));
        QVERIFY(button(&form, QStringLiteral("action_push")));
        QVERIFY(button(&form, QStringLiteral("action_resolve")));
        QVERIFY(!button(&form, QStringLiteral("action_answer")));
        QVERIFY(form.wasSaved());
    }
};

QTEST_MAIN(TestClerksDay)
#include "tst_clerksday.moc"
