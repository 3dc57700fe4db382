#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/ActivityRepository.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "ledgers/VocabularyRepository.h"
#include "rules/Validation.h"
#include "rules/Validator.h"

#include <QTest>

#include <functional>

using AppealChange = std::function<void(Appeal &, qint64 deputyId)>;
Q_DECLARE_METATYPE(AppealChange)
using DeputyChange = std::function<void(Deputy &)>;
Q_DECLARE_METATYPE(DeputyChange)

/// Fixture ids a record rule may refer to.
struct Ids3
{
    qint64 deputy = 0;
    qint64 deputy2 = 0;
    qint64 appeal = 0;
};
using RecordCheck = std::function<Status(Database &, const Ids3 &)>;
Q_DECLARE_METATYPE(RecordCheck)

namespace {

Suggestion validSuggestion(const Ids3 &ids)
{
    Suggestion s;
    s.title = QStringLiteral("关于增设充电桩的建议");
    s.leadDeputyId = ids.deputy;
    s.cosignerIds = {ids.deputy2};
    s.sourceAppealIds = {ids.appeal};
    s.units = {HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("main")}};
    s.contactPhone = QStringLiteral("027-88886666");
    return s;
}

FollowUpVisit validVisit(const Ids3 &ids)
{
    FollowUpVisit v;
    v.appealId = ids.appeal;
    v.visitedOn = QDate(2022, 4, 1);
    v.method = QStringLiteral("home");
    v.visitorDeputyId = ids.deputy;
    v.satisfaction = QStringLiteral("basic");
    return v;
}

ConstituencyProfile validProfile(const Ids3 &ids)
{
    ConstituencyProfile p;
    p.deputyId = ids.deputy;
    p.year = 2022;
    p.population = 100;
    p.voters = 80;
    ContactVoter c;
    c.name = QStringLiteral("选民");
    c.phone = QStringLiteral("13912345678");
    p.contactVoters << c;
    return p;
}

EnterpriseLink validLink(const Ids3 &ids)
{
    EnterpriseLink l;
    l.deputyId = ids.deputy;
    l.enterprise = QStringLiteral("长江机械");
    l.phone = QStringLiteral("13912345678");
    l.since = QDate(2022, 1, 1);
    return l;
}

} // namespace

/// The validation rules: phone numbers, text, dates, deputies in office, and each record's required fields.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("mobile");
        QTest::addColumn<bool>("landline");
        QTest::newRow("a plain mobile number") << QStringLiteral("13812345678") << true << false;
        QTest::newRow("a mobile number in groups with spaces")
            << QStringLiteral("138 1234 5678") << true << false;
        QTest::newRow("a mobile number with dashes") << QStringLiteral("138-1234-5678") << true << false;
        QTest::newRow("a mobile number with +86") << QStringLiteral("+86 13912345678") << true << false;
        QTest::newRow("a mobile number with 86 and dashes")
            << QStringLiteral("86-199-1234-5678") << true << false;
        QTest::newRow("a mobile number with 0086") << QStringLiteral("0086 13912345678") << true << false;
        QTest::newRow("full-width digits from a Chinese input method")
            << QStringLiteral("１３８１２３４５６７８") << true << false;
        QTest::newRow("a full-width landline with parentheses and dash")
            << QStringLiteral("（０２７）８８８８－６６６６") << false << true;
        QTest::newRow("surrounding spaces are ignored") << QStringLiteral(" 15012345678 ") << true << false;
        QTest::newRow("mobile numbers start 13 to 19, not 12")
            << QStringLiteral("12812345678") << false << false;
        QTest::newRow("mobile numbers have 11 digits, not 10")
            << QStringLiteral("1381234567") << false << false;
        QTest::newRow("mobile numbers have 11 digits, not 12")
            << QStringLiteral("138123456789") << false << false;
        QTest::newRow("letters are not a number") << QStringLiteral("138abcd5678") << false << false;
        QTest::newRow("a dash may not start the number") << QStringLiteral("-13812345678") << false << false;
        QTest::newRow("two separators in a row") << QStringLiteral("138--1234-5678") << false << false;
        QTest::newRow("a Wuhan landline with a dash") << QStringLiteral("027-88886666") << false << true;
        QTest::newRow("a Beijing landline") << QStringLiteral("010-62345678") << false << true;
        QTest::newRow("a four-digit area code and seven digits")
            << QStringLiteral("0755-2345678") << false << true;
        QTest::newRow("an area code in parentheses") << QStringLiteral("(027) 8888-6666") << false << true;
        QTest::newRow("an area code with a space") << QStringLiteral("027 88886666") << false << true;
        QTest::newRow("a landline with an extension 转")
            << QStringLiteral("027-88886666转123") << false << true;
        QTest::newRow("a landline with ext.") << QStringLiteral("027-88886666 ext. 12") << false << true;
        QTest::newRow("a landline without its area code") << QStringLiteral("88886666") << false << false;
        QTest::newRow("an area code must start with 0") << QStringLiteral("127-88886666") << false << false;
        QTest::newRow("local numbers do not start with 0 or 1")
            << QStringLiteral("027-08886666") << false << false;
        QTest::newRow("a local number too short") << QStringLiteral("027-888666") << false << false;
        QTest::newRow("an empty string is no number") << QString() << false << false;
        QTest::newRow("spaces are no number") << QStringLiteral("   ") << false << false;
    }

    void phoneNumbers()
    {
        QFETCH(QString, phone);
        QFETCH(bool, mobile);
        QFETCH(bool, landline);
        QCOMPARE(Validation::isMobilePhone(phone), mobile);
        QCOMPARE(Validation::isLandlinePhone(phone), landline);
        QCOMPARE(Validation::isPhone(phone), mobile || landline);
    }

    void controlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("multiline");
        QTest::addColumn<bool>("bad");
        QTest::newRow("plain Chinese text") << QStringLiteral("道路破损，希望修复。") << false << false;
        QTest::newRow("a tab is allowed") << QStringLiteral("a\tb") << false << false;
        QTest::newRow("newlines in multi-line text") << QStringLiteral("第一行\n第二行\r\n") << true << false;
        QTest::newRow("a newline in one-line text") << QStringLiteral("第一行\n第二行") << false << true;
        QTest::newRow("a NUL character") << QString(QChar(0)) << true << true;
        QTest::newRow("a bell character") << QStringLiteral("a\x07") << true << true;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << true << true;
        QTest::newRow("a C1 control character") << QString(QChar(0x85)) << true << true;
    }

    void controlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(bool, multiline);
        QFETCH(bool, bad);
        QCOMPARE(Validation::hasControlCharacters(text, multiline), bad);
    }

    void datesAndMessagesNameTheField()
    {
        Validator v(QDate(2022, 6, 15));
        v.date(QStringLiteral("received_on"), QStringLiteral("Date received"), QDate(2022, 6, 16), true);
        v.date(QStringLiteral("old"), QStringLiteral("Old date"), QDate(1989, 12, 31), true);
        v.date(QStringLiteral("missing"), QStringLiteral("Missing date"), QDate(), true);
        v.date(QStringLiteral("optional"), QStringLiteral("Optional date"), QDate(), false);
        v.date(QStringLiteral("today"), QStringLiteral("Today"), QDate(2022, 6, 15), true);
        v.date(QStringLiteral("planned"), QStringLiteral("Planned"), QDate(2023, 1, 1), true, false);
        v.notBefore(QStringLiteral("deadline"), QStringLiteral("Deadline"), QDate(2022, 1, 1),
                    QDate(2022, 1, 2), QStringLiteral("the date received"));
        const Status s = v.status();
        QCOMPARE(s.fieldMessage(QStringLiteral("received_on")),
                 QStringLiteral("Date received: cannot be after today."));
        QVERIFY(s.fieldMessage(QStringLiteral("old"))
                    .startsWith(QStringLiteral("Old date: cannot be before 1990-01-01")));
        QVERIFY(
            s.fieldMessage(QStringLiteral("missing")).startsWith(QStringLiteral("Missing date: required")));
        QVERIFY(s.fieldMessage(QStringLiteral("optional")).isEmpty());
        QVERIFY(s.fieldMessage(QStringLiteral("today")).isEmpty());
        QVERIFY(s.fieldMessage(QStringLiteral("planned")).isEmpty());
        QCOMPARE(s.fieldMessage(QStringLiteral("deadline")),
                 QStringLiteral("Deadline: cannot be before the date received (2022-01-02)."));
        QCOMPARE(s.fieldErrors().size(), 4);
    }

    void appealRules_data()
    {
        QTest::addColumn<AppealChange>("change");
        QTest::addColumn<QString>("field");
        const QDate future = QDate::currentDate().addDays(1);
        QTest::newRow("a valid appeal passes") << AppealChange([](Appeal &, qint64) {}) << QString();
        QTest::newRow("no deputy is fine: the clerk received it alone")
            << AppealChange([](Appeal &a, qint64) { a.deputyId = 0; }) << QString();
        QTest::newRow("a phone without a name is enough")
            << AppealChange([](Appeal &a, qint64) { a.personName.clear(); }) << QString();
        QTest::newRow("a landline is a phone")
            << AppealChange([](Appeal &a, qint64) { a.personPhone = QStringLiteral("027-88886666"); })
            << QString();
        QTest::newRow("received today passes") << AppealChange([](Appeal &a, qint64) {
            a.receivedOn = QDate::currentDate();
            a.deputyId = 0;
        }) << QString();
        QTest::newRow("content of exactly 20,000 characters passes")
            << AppealChange([](Appeal &a, qint64) { a.content = QString(20000, QLatin1Char('x')); })
            << QString();
        QTest::newRow("a group of two passes") << AppealChange([](Appeal &a, qint64) {
            a.isGroup = true;
            a.groupSize = 2;
        }) << QString();
        QTest::newRow("no date received") << AppealChange([](Appeal &a, qint64) { a.receivedOn = QDate(); })
                                          << QStringLiteral("received_on");
        QTest::newRow("received in the future")
            << AppealChange([future](Appeal &a, qint64) { a.receivedOn = future; })
            << QStringLiteral("received_on");
        QTest::newRow("received before 1990") << AppealChange([](Appeal &a, qint64) {
            a.receivedOn = QDate(1989, 12, 31);
            a.deputyId = 0;
        }) << QStringLiteral("received_on");
        QTest::newRow("no channel") << AppealChange([](Appeal &a, qint64) { a.channel.clear(); })
                                    << QStringLiteral("channel");
        QTest::newRow("an unknown channel")
            << AppealChange([](Appeal &a, qint64) { a.channel = QStringLiteral("fax"); })
            << QStringLiteral("channel");
        QTest::newRow("an unknown urgency")
            << AppealChange([](Appeal &a, qint64) { a.urgency = QStringLiteral("whenever"); })
            << QStringLiteral("urgency");
        QTest::newRow("neither name nor phone") << AppealChange([](Appeal &a, qint64) {
            a.personName.clear();
            a.personPhone.clear();
        }) << QStringLiteral("person_name");
        QTest::newRow("a phone that is not a phone")
            << AppealChange([](Appeal &a, qint64) { a.personPhone = QStringLiteral("12345"); })
            << QStringLiteral("person_phone");
        QTest::newRow("a group of one") << AppealChange([](Appeal &a, qint64) {
            a.isGroup = true;
            a.groupSize = 1;
        }) << QStringLiteral("group_size");
        QTest::newRow("a group without a size") << AppealChange([](Appeal &a, qint64) {
            a.isGroup = true;
            a.groupSize = 0;
        }) << QStringLiteral("group_size");
        QTest::newRow("no content") << AppealChange([](Appeal &a, qint64) {
            a.content = QStringLiteral(" \n ");
        }) << QStringLiteral("content");
        QTest::newRow("content over 20,000 characters")
            << AppealChange([](Appeal &a, qint64) { a.content = QString(20001, QLatin1Char('x')); })
            << QStringLiteral("content");
        QTest::newRow("content with a control character")
            << AppealChange([](Appeal &a, qint64) { a.content += QChar(0x1b); }) << QStringLiteral("content");
        QTest::newRow("a name with a line break")
            << AppealChange([](Appeal &a, qint64) { a.personName = QStringLiteral("王\n芳"); })
            << QStringLiteral("person_name");
        QTest::newRow("no category") << AppealChange([](Appeal &a, qint64) { a.category.clear(); })
                                     << QStringLiteral("category");
        QTest::newRow("a deputy that does not exist")
            << AppealChange([](Appeal &a, qint64) { a.deputyId = 9999; }) << QStringLiteral("deputy_id");
        QTest::newRow("a deputy not yet in office that day")
            << AppealChange([](Appeal &a, qint64) { a.receivedOn = QDate(2020, 12, 31); })
            << QStringLiteral("deputy_id");
        QTest::newRow("a deputy whose mandate had ended") << AppealChange([](Appeal &a, qint64 id) {
            a.deputyId = id + 1; // the second fixture deputy, who left at the end of 2021
        }) << QStringLiteral("deputy_id");
        QTest::newRow("a deputy in the recycle bin")
            << AppealChange([](Appeal &a, qint64 id) { a.deputyId = id + 2; }) << QStringLiteral("deputy_id");
        QTest::newRow("an activity that does not exist")
            << AppealChange([](Appeal &a, qint64) { a.activityId = 42; }) << QStringLiteral("activity_id");
    }

    void appealRules()
    {
        QFETCH(AppealChange, change);
        QFETCH(QString, field);
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        Deputy left = LedgerFixture::addDeputy(t.db(), QStringLiteral("已离任"));
        left.termEnd = QDate(2021, 12, 31);
        QVERIFY_OK(DeputyRepository(t.db()).update(left));
        const Deputy binned = LedgerFixture::addDeputy(t.db(), QStringLiteral("误录"));
        QVERIFY_OK(DeputyRepository(t.db()).remove(binned.id));
        QCOMPARE(left.id, d.id + 1);
        QCOMPARE(binned.id, d.id + 2);

        Appeal a = LedgerFixture::appealInput(d.id);
        change(a, d.id);
        AppealRepository repo(t.db());
        const Status s = repo.validate(a);
        if (field.isEmpty()) {
            QVERIFY2(s, qPrintable(s.message()));
            QVERIFY_OK(repo.insert(a));
            return;
        }
        QVERIFY(!s);
        QVERIFY2(!s.fieldMessage(field).isEmpty(), qPrintable(s.message()));
        QCOMPARE(s.fieldErrors().size(), 1);
        QVERIFY2(!repo.insert(a), "insert refuses what validate refuses");
        QCOMPARE(repo.forYear(a.receivedOn.isValid() ? a.receivedOn.year() : 2022).size(), 0);
    }

    void deputyRules_data()
    {
        QTest::addColumn<DeputyChange>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("a valid deputy passes") << DeputyChange([](Deputy &) {}) << QString();
        QTest::newRow("a mandate that starts in the future passes")
            << DeputyChange([](Deputy &d) { d.termStart = QDate::currentDate().addYears(1); }) << QString();
        QTest::newRow("no name") << DeputyChange([](Deputy &d) { d.name.clear(); }) << QStringLiteral("name");
        QTest::newRow("a name over 50 characters")
            << DeputyChange([](Deputy &d) { d.name = QString(51, QChar(0x674e)); }) << QStringLiteral("name");
        QTest::newRow("no level") << DeputyChange([](Deputy &d) { d.level.clear(); })
                                  << QStringLiteral("level");
        QTest::newRow("an unknown level")
            << DeputyChange([](Deputy &d) { d.level = QStringLiteral("village"); })
            << QStringLiteral("level");
        QTest::newRow("an unknown gender")
            << DeputyChange([](Deputy &d) { d.gender = QStringLiteral("x"); }) << QStringLiteral("gender");
        QTest::newRow("a term of 31")
            << DeputyChange([](Deputy &d) { d.term = 31; }) << QStringLiteral("term");
        QTest::newRow("a bad phone") << DeputyChange([](Deputy &d) { d.phone = QStringLiteral("138"); })
                                     << QStringLiteral("phone");
        QTest::newRow("a mandate ending before it starts")
            << DeputyChange([](Deputy &d) { d.termEnd = QDate(2020, 1, 1); }) << QStringLiteral("term_end");
        QTest::newRow("a mandate starting before 1990")
            << DeputyChange([](Deputy &d) { d.termStart = QDate(1980, 1, 1); })
            << QStringLiteral("term_start");
    }

    void deputyRules()
    {
        QFETCH(DeputyChange, change);
        QFETCH(QString, field);
        TestDatabase t;
        Deputy d;
        d.name = QStringLiteral("李建国");
        d.level = QStringLiteral("district");
        d.gender = QStringLiteral("female");
        d.term = 18;
        d.phone = QStringLiteral("027-88886666");
        d.termStart = QDate(2021, 1, 1);
        change(d);
        const Status s = DeputyRepository(t.db()).insert(d);
        if (field.isEmpty()) {
            QVERIFY2(s, qPrintable(s.message()));
        } else {
            QVERIFY(!s);
            QVERIFY2(!s.fieldMessage(field).isEmpty(), qPrintable(s.message()));
            QCOMPARE(DeputyRepository(t.db()).all().size(), 0);
        }
    }

    void recordRules_data()
    {
        QTest::addColumn<RecordCheck>("check");
        QTest::addColumn<QString>("field");
        auto suggestion = [](std::function<void(Suggestion &, const Ids3 &)> change) {
            return RecordCheck([change](Database &db, const Ids3 &ids) {
                Suggestion s = validSuggestion(ids);
                change(s, ids);
                return SuggestionRepository(db).validate(s);
            });
        };
        auto visit = [](std::function<void(FollowUpVisit &, const Ids3 &)> change) {
            return RecordCheck([change](Database &db, const Ids3 &ids) {
                FollowUpVisit v = validVisit(ids);
                change(v, ids);
                return FollowUpVisitRepository(db).validate(v);
            });
        };
        auto profile = [](std::function<void(ConstituencyProfile &, const Ids3 &)> change) {
            return RecordCheck([change](Database &db, const Ids3 &ids) {
                ConstituencyProfile p = validProfile(ids);
                change(p, ids);
                return ConstituencyProfileRepository(db).validate(p);
            });
        };
        auto link = [](std::function<void(EnterpriseLink &, const Ids3 &)> change) {
            return RecordCheck([change](Database &db, const Ids3 &ids) {
                EnterpriseLink l = validLink(ids);
                change(l, ids);
                return EnterpriseLinkRepository(db).validate(l);
            });
        };
        QTest::newRow("suggestion: a valid one passes")
            << suggestion([](Suggestion &, const Ids3 &) {}) << QString();
        QTest::newRow("suggestion: no title")
            << suggestion([](Suggestion &s, const Ids3 &) { s.title.clear(); }) << QStringLiteral("title");
        QTest::newRow("suggestion: no lead deputy")
            << suggestion([](Suggestion &s, const Ids3 &) { s.leadDeputyId = 0; })
            << QStringLiteral("lead_deputy_id");
        QTest::newRow("suggestion: the lead also co-signs")
            << suggestion([](Suggestion &s, const Ids3 &ids) { s.cosignerIds << ids.deputy; })
            << QStringLiteral("cosigners");
        QTest::newRow("suggestion: a co-signer twice")
            << suggestion([](Suggestion &s, const Ids3 &ids) { s.cosignerIds << ids.deputy2; })
            << QStringLiteral("cosigners");
        QTest::newRow("suggestion: a co-signer who does not exist")
            << suggestion([](Suggestion &s, const Ids3 &) { s.cosignerIds = {777}; })
            << QStringLiteral("cosigners");
        QTest::newRow("suggestion: a source appeal that does not exist")
            << suggestion([](Suggestion &s, const Ids3 &) { s.sourceAppealIds = {777}; })
            << QStringLiteral("source_appeals");
        QTest::newRow("suggestion: a unit without a name") << suggestion([](Suggestion &s, const Ids3 &) {
            s.units = {HandlingUnit{QString(), QStringLiteral("main")}};
        }) << QStringLiteral("units");
        QTest::newRow("suggestion: a unit with an unknown role")
            << suggestion([](Suggestion &s, const Ids3 &) {
                   s.units = {HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("boss")}};
               })
            << QStringLiteral("units");
        QTest::newRow("suggestion: the same unit twice") << suggestion([](Suggestion &s, const Ids3 &) {
            s.units << HandlingUnit{QStringLiteral("区住建局"), QStringLiteral("assist")};
        }) << QStringLiteral("units");
        QTest::newRow("suggestion: an unknown kind")
            << suggestion([](Suggestion &s, const Ids3 &) { s.kind = QStringLiteral("wish"); })
            << QStringLiteral("kind");
        QTest::newRow("suggestion: a bad contact phone")
            << suggestion([](Suggestion &s, const Ids3 &) { s.contactPhone = QStringLiteral("0000"); })
            << QStringLiteral("contact_phone");
        QTest::newRow("suggestion: a lead deputy not yet in office on the submission date")
            << suggestion([](Suggestion &s, const Ids3 &) { s.submittedOn = QDate(2020, 5, 1); })
            << QStringLiteral("lead_deputy_id");

        QTest::newRow("visit: a valid one passes")
            << visit([](FollowUpVisit &, const Ids3 &) {}) << QString();
        QTest::newRow("visit: a clerk alone is enough") << visit([](FollowUpVisit &v, const Ids3 &) {
            v.visitorDeputyId = 0;
            v.visitorClerk = QStringLiteral("小张");
        }) << QString();
        QTest::newRow("visit: neither appeal nor suggestion")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.appealId = 0; }) << QStringLiteral("appeal_id");
        QTest::newRow("visit: both an appeal and a suggestion")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.suggestionId = 5; })
            << QStringLiteral("appeal_id");
        QTest::newRow("visit: before the appeal was received")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.visitedOn = QDate(2022, 3, 1); })
            << QStringLiteral("visited_on");
        QTest::newRow("visit: in the future")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.visitedOn = QDate::currentDate().addDays(3); })
            << QStringLiteral("visited_on");
        QTest::newRow("visit: no method")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.method.clear(); }) << QStringLiteral("method");
        QTest::newRow("visit: nobody visited")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.visitorDeputyId = 0; })
            << QStringLiteral("visitor_clerk");
        QTest::newRow("visit: an unknown satisfaction")
            << visit([](FollowUpVisit &v, const Ids3 &) { v.satisfaction = QStringLiteral("ok"); })
            << QStringLiteral("satisfaction");

        QTest::newRow("profile: a valid one passes")
            << profile([](ConstituencyProfile &, const Ids3 &) {}) << QString();
        QTest::newRow("profile: a year before 1990")
            << profile([](ConstituencyProfile &p, const Ids3 &) { p.year = 1989; }) << QStringLiteral("year");
        QTest::newRow("profile: a year when the deputy was not in office")
            << profile([](ConstituencyProfile &p, const Ids3 &) { p.year = 2020; })
            << QStringLiteral("deputy_id");
        QTest::newRow("profile: negative households")
            << profile([](ConstituencyProfile &p, const Ids3 &) { p.households = -5; })
            << QStringLiteral("households");
        QTest::newRow("profile: more voters than people")
            << profile([](ConstituencyProfile &p, const Ids3 &) { p.voters = 101; })
            << QStringLiteral("voters");
        QTest::newRow("profile: a contact voter without a name")
            << profile([](ConstituencyProfile &p, const Ids3 &) { p.contactVoters[0].name.clear(); })
            << QStringLiteral("contact_voters.0");
        QTest::newRow("profile: a contact voter with a bad phone")
            << profile([](ConstituencyProfile &p, const Ids3 &) {
                   p.contactVoters[0].phone = QStringLiteral("110");
               })
            << QStringLiteral("contact_voters.0");

        QTest::newRow("enterprise link: a valid one passes")
            << link([](EnterpriseLink &, const Ids3 &) {}) << QString();
        QTest::newRow("enterprise link: no enterprise")
            << link([](EnterpriseLink &l, const Ids3 &) { l.enterprise.clear(); })
            << QStringLiteral("enterprise");
        QTest::newRow("enterprise link: no deputy")
            << link([](EnterpriseLink &l, const Ids3 &) { l.deputyId = 0; }) << QStringLiteral("deputy_id");
        QTest::newRow("enterprise link: a bad phone")
            << link([](EnterpriseLink &l, const Ids3 &) { l.phone = QStringLiteral("1381234567"); })
            << QStringLiteral("phone");
        QTest::newRow("enterprise link: linked since a future date")
            << link([](EnterpriseLink &l, const Ids3 &) { l.since = QDate::currentDate().addMonths(1); })
            << QStringLiteral("since");

        QTest::newRow("vocabulary: a category over 50 characters")
            << RecordCheck([](Database &db, const Ids3 &) {
                   return VocabularyRepository(db).validate(VocabularyRepository::category(),
                                                            QString(51, QLatin1Char('x')));
               })
            << QStringLiteral("value");
        QTest::newRow("vocabulary: a unit on two lines") << RecordCheck([](Database &db, const Ids3 &) {
            return VocabularyRepository(db).validate(VocabularyRepository::unit(),
                                                     QStringLiteral("区\n城管局"));
        }) << QStringLiteral("value");
    }

    void recordRules()
    {
        QFETCH(RecordCheck, check);
        QFETCH(QString, field);
        TestDatabase t;
        Ids3 ids;
        ids.deputy = LedgerFixture::addDeputy(t.db()).id;
        ids.deputy2 = LedgerFixture::addDeputy(t.db(), QStringLiteral("陈静")).id;
        ids.appeal = LedgerFixture::addAppeal(t.db(), ids.deputy).id;
        const Status s = check(t.db(), ids);
        if (field.isEmpty()) {
            QVERIFY2(s, qPrintable(s.message()));
        } else {
            QVERIFY(!s);
            QVERIFY2(!s.fieldMessage(field).isEmpty(), qPrintable(s.message()));
        }
    }

    void activityParticipantsMustHaveBeenInOffice()
    {
        TestDatabase t;
        const Deputy d = LedgerFixture::addDeputy(t.db());
        Activity a;
        a.type = QStringLiteral("research");
        a.title = QStringLiteral("调研");
        a.heldOn = QDate(2020, 6, 1);
        a.participantIds = {d.id};
        const Status s = ActivityRepository(t.db()).insert(a);
        QVERIFY(!s);
        QVERIFY(s.fieldMessage(QStringLiteral("participants")).contains(QStringLiteral("2021-01-01")));
        a.heldOn = QDate(2021, 6, 1);
        a.participantIds = {d.id, d.id};
        QVERIFY(!ActivityRepository(t.db()).insert(a));
        a.participantIds = {d.id};
        a.type = QStringLiteral("party");
        QVERIFY(!ActivityRepository(t.db()).validate(a).fieldMessage(QStringLiteral("type")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
