// A clerk's day through the real editors: a deputy is added, an appeal registered and carried through
// accept → assign → push → resolve → answer → follow-up visit; 不满意 reopens it.
#include "GuiTest.h"
#include "TestDatabase.h"

#include "editors/AppealForm.h"
#include "editors/DeputyForm.h"
#include "editors/FollowUpVisitForm.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/MessageBox.h"
#include "widgets/VocabularyCombo.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
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

} // namespace

class TestClerksDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

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
