// The other editors through their widgets: a suggestion through its rounds, an activity with its
// participants, an enterprise link with a visit, a constituency profile with its contact voters.
#include "GuiTest.h"
#include "TestDatabase.h"

#include "editors/ActivityForm.h"
#include "editors/AppealForm.h"
#include "editors/DeputyForm.h"
#include "editors/EnterpriseLinkForm.h"
#include "editors/ProfileForm.h"
#include "editors/SuggestionForm.h"
#include "ledgers/ActivityRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/DeputyChecklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

qint64 addDeputy(Database &db, const QString &name, const QString &level)
{
    Deputy d;
    d.name = name;
    d.level = level;
    d.termStart = QDate(2021, 1, 1);
    if (!DeputyRepository(db).insert(d))
        return 0;
    return d.id;
}

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

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

void save(QWidget *form)
{
    QPushButton *b = button(form, QStringLiteral("saveButton"));
    QTRY_VERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class TestEditorForms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    // A clerk opens a form and starts typing: the cursor must already be in the first field (Qt would
    // start on the Close button, created before the fields).
    void newFormsStartInTheirFirstField_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("field");
        QTest::newRow("deputy: name") << QStringLiteral("deputy") << QStringLiteral("name");
        QTest::newRow("appeal: date received") << QStringLiteral("appeal") << QStringLiteral("received_on");
        QTest::newRow("suggestion: title") << QStringLiteral("suggestion") << QStringLiteral("title");
        QTest::newRow("activity: type") << QStringLiteral("activity") << QStringLiteral("type");
    }

    void newFormsStartInTheirFirstField()
    {
        QFETCH(QString, form);
        QFETCH(QString, field);
        TestDatabase t;
        const qint64 deputy = addDeputy(t.db(), QStringLiteral("刘洋"), QStringLiteral("municipal"));
        std::unique_ptr<QDialog> dialog;
        if (form == QLatin1String("deputy"))
            dialog = std::make_unique<DeputyForm>(t.db(), 0);
        else if (form == QLatin1String("appeal"))
            dialog = std::make_unique<AppealForm>(t.db(), 0, deputy);
        else if (form == QLatin1String("suggestion"))
            dialog = std::make_unique<SuggestionForm>(t.db(), 0, deputy);
        else
            dialog = std::make_unique<ActivityForm>(t.db(), 0, deputy);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QWidget *expected = dialog->findChild<QWidget *>(field);
        QVERIFY(expected);
        QTRY_VERIFY(dialog->focusWidget() == expected || expected->isAncestorOf(dialog->focusWidget()));
    }

    void suggestionRepliedRatedDissatisfiedAndReHandled()
    {
        TestDatabase t;
        const qint64 lead = addDeputy(t.db(), QStringLiteral("刘洋"), QStringLiteral("municipal"));
        const qint64 cosigner = addDeputy(t.db(), QStringLiteral("陈静"), QStringLiteral("district"));
        SuggestionForm form(t.db(), 0, lead);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("title")),
                          QStringLiteral("关于增设电动车充电桩的建议"));
        auto *cosigners = form.findChild<DeputyChecklist *>(QStringLiteral("cosigners"));
        QCOMPARE(cosigners->count(), 1); // the lead deputy is not offered as a co-signer
        cosigners->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(button(&form, QStringLiteral("addUnit")), Qt::LeftButton);
        auto *units = form.findChild<QTableWidget *>(QStringLiteral("unitsTable"));
        units->item(0, 0)->setText(QStringLiteral("区发改局"));
        save(&form);
        QTRY_VERIFY(form.suggestion().id > 0);
        const qint64 id = form.suggestion().id;
        SuggestionRepository repo(t.db());
        QCOMPARE(repo.find(id)->cosignerIds, QList<qint64>{cosigner});
        QCOMPARE(repo.find(id)->units.size(), 1);

        act(&form, QStringLiteral("submit"), QStringLiteral("submitDialog"), [](QDialog *) {});
        QTRY_COMPARE(repo.find(id)->status, QStringLiteral("submitted"));
        act(&form, QStringLiteral("reply"), QStringLiteral("replyDialog"), [](QDialog *d) {
            d->findChild<CodeCombo *>(QStringLiteral("grade"))->setCode(QStringLiteral("C"));
            GuiTest::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("reply_summary")),
                              QStringLiteral("列入明年计划"));
        });
        QTRY_COMPARE(repo.find(id)->status, QStringLiteral("replied"));
        QCOMPARE(repo.find(id)->grade, QStringLiteral("C"));
        act(&form, QStringLiteral("rate"), QStringLiteral("rateDialog"), [](QDialog *d) {
            d->findChild<CodeCombo *>(QStringLiteral("satisfaction"))->setCode(QStringLiteral("unsatisfied"));
        });
        QTRY_COMPARE(repo.find(id)->status, QStringLiteral("dissatisfied"));
        act(&form, QStringLiteral("rehandle"), QStringLiteral("rehandleDialog"), [](QDialog *) {});
        QTRY_COMPARE(repo.find(id)->status, QStringLiteral("submitted"));
        QCOMPARE(repo.find(id)->round, 2);
        QTRY_COMPARE(form.findChild<QTreeWidget *>(QStringLiteral("rounds"))->topLevelItemCount(), 1);
        QVERIFY(button(&form, QStringLiteral("action_reply")));
        QVERIFY(!button(&form, QStringLiteral("action_rehandle")));
    }

    void activityKeepsItsParticipants()
    {
        TestDatabase t;
        const qint64 first = addDeputy(t.db(), QStringLiteral("刘洋"), QStringLiteral("municipal"));
        addDeputy(t.db(), QStringLiteral("陈静"), QStringLiteral("district"));
        ActivityForm form(t.db(), 0, first);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.findChild<CodeCombo *>(QStringLiteral("type"))->setCode(QStringLiteral("joint_group"));
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("title")),
                          QStringLiteral("联组活动：老旧小区改造"));
        auto *participants = form.findChild<DeputyChecklist *>(QStringLiteral("participants"));
        for (int i = 0; i < participants->count(); ++i)
            participants->item(i)->setCheckState(Qt::Checked);
        save(&form);
        QTRY_VERIFY(form.activity().id > 0);
        const auto saved = ActivityRepository(t.db()).find(form.activity().id);
        QCOMPARE(saved->type, QStringLiteral("joint_group"));
        QCOMPARE(saved->participantIds.size(), 2);
    }

    void enterpriseLinkWithAVisit()
    {
        TestDatabase t;
        const qint64 deputy = addDeputy(t.db(), QStringLiteral("刘洋"), QStringLiteral("municipal"));
        EnterpriseLinkForm form(t.db(), 0, deputy);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("enterprise")),
                          QStringLiteral("武汉长江电缆有限公司"));
        // Adding a visit saves the new link first, then records the visit.
        GuiTest::onNextDialog(QStringLiteral("enterpriseVisitDialog"), [](QDialog *d) {
            GuiTest::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("problems")),
                              QStringLiteral("招工难"));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button(&form, QStringLiteral("addVisit")), Qt::LeftButton);
        QTRY_VERIFY(form.link().id > 0);
        const QList<EnterpriseVisit> visits = EnterpriseLinkRepository(t.db()).visits(form.link().id);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().problems, QStringLiteral("招工难"));
        QCOMPARE(form.findChild<QTreeWidget *>(QStringLiteral("visits"))->topLevelItemCount(), 1);
    }

    // A new year's profile starts from what the station already knows and can be saved as it stands.
    void newProfileStartsFilledIn_data()
    {
        QTest::addColumn<bool>("lastYear");
        QTest::addColumn<QString>("constituency");
        QTest::addColumn<int>("voters");
        QTest::newRow("last year's profile is copied, its voters as new records")
            << true << QStringLiteral("积玉桥社区选区") << 1;
        QTest::newRow("without one the deputy's constituency is filled in")
            << false << QStringLiteral("第三选区") << 0;
    }

    void newProfileStartsFilledIn()
    {
        QFETCH(bool, lastYear);
        QFETCH(QString, constituency);
        QFETCH(int, voters);
        TestDatabase t;
        Deputy d;
        d.name = QStringLiteral("刘洋");
        d.level = QStringLiteral("district");
        d.constituency = QStringLiteral("第三选区");
        d.termStart = QDate(2021, 1, 1);
        QVERIFY(DeputyRepository(t.db()).insert(d));
        const int year = QDate::currentDate().year();
        ConstituencyProfileRepository repo(t.db());
        if (lastYear) {
            ConstituencyProfile last;
            last.deputyId = d.id;
            last.year = year - 1;
            last.constituency = QStringLiteral("积玉桥社区选区");
            last.households = 1200;
            last.updatedOn = QDate(year - 1, 3, 1);
            ContactVoter voter;
            voter.name = QStringLiteral("周明");
            voter.phone = QStringLiteral("13912345678");
            last.contactVoters << voter;
            QVERIFY(repo.insert(last));
        }
        ProfileForm form(t.db(), 0, d.id, year);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("constituency"))->text(), constituency);
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("startedFrom")) != nullptr, lastYear);
        save(&form);
        QTRY_VERIFY(form.profile().id > 0);
        const auto saved = repo.findFor(d.id, year);
        QVERIFY(saved);
        QCOMPARE(saved->constituency, constituency);
        QCOMPARE(saved->contactVoters.size(), voters);
        if (lastYear) {
            QCOMPARE(saved->households, 1200);
            // Last year's profile keeps its own voter; this year's is a new record.
            const auto previous = repo.findFor(d.id, year - 1);
            QCOMPARE(previous->contactVoters.size(), 1);
            QVERIFY(previous->contactVoters.first().id != saved->contactVoters.first().id);
        }
    }

    void profileSavesContactVotersAndShowsAWrongPhoneAtTheTable()
    {
        TestDatabase t;
        const qint64 deputy = addDeputy(t.db(), QStringLiteral("刘洋"), QStringLiteral("municipal"));
        const int year = QDate::currentDate().year();
        ProfileForm form(t.db(), 0, deputy, year);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("constituency")),
                          QStringLiteral("第七选区"));
        auto *contacts = form.findChild<QTableWidget *>(QStringLiteral("contact_voters"));
        form.addVoterRow();
        contacts->item(0, 0)->setText(QStringLiteral("周明"));
        contacts->item(0, 1)->setText(QStringLiteral("12345"));
        auto *error = form.findChild<QLabel *>(QStringLiteral("error_contact_voters"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!button(&form, QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!form.save());
        QVERIFY(!ConstituencyProfileRepository(t.db()).findFor(deputy, year));
        contacts->item(0, 1)->setText(QStringLiteral("13912345678"));
        QTRY_VERIFY(!error->isVisible());
        save(&form);
        QTRY_VERIFY(form.profile().id > 0);
        const auto saved = ConstituencyProfileRepository(t.db()).findFor(deputy, year);
        QVERIFY(saved);
        QCOMPARE(saved->constituency, QStringLiteral("第七选区"));
        QCOMPARE(saved->contactVoters.size(), 1);
        QCOMPARE(saved->contactVoters.first().phone, QStringLiteral("13912345678"));
    }
};

QTEST_MAIN(TestEditorForms)
#include "tst_editorforms.moc"
