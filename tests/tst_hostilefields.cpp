#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/StationRepository.h"
#include "rules/Validation.h"

#include <QTest>

#include <functional>

namespace {

/// One text field of one kind of record: how to put a value in and read it back after saving.
struct FieldAccess
{
    QString record;
    QString field;
    QString name; ///< how the message names it
};

QList<FieldAccess> fields()
{
    return {
        {QStringLiteral("appeal"), QStringLiteral("content"), QStringLiteral("Content")},
        {QStringLiteral("appeal"), QStringLiteral("person_name"), QStringLiteral("Constituent's name")},
        {QStringLiteral("appeal"), QStringLiteral("person_address"), QStringLiteral("Constituent's address")},
        {QStringLiteral("appeal"), QStringLiteral("category"), QStringLiteral("Category")},
        {QStringLiteral("appeal"), QStringLiteral("notes"), QStringLiteral("Notes")},
        {QStringLiteral("deputy"), QStringLiteral("name"), QStringLiteral("Deputy's name")},
        {QStringLiteral("deputy"), QStringLiteral("employer"), QStringLiteral("Employer")},
        {QStringLiteral("deputy"), QStringLiteral("notes"), QStringLiteral("Notes")},
        {QStringLiteral("station"), QStringLiteral("name"), QStringLiteral("Station name")},
        {QStringLiteral("station"), QStringLiteral("street"), QStringLiteral("Street")},
        {QStringLiteral("station"), QStringLiteral("address"), QStringLiteral("Address")},
    };
}

QString &appealField(Appeal &a, const QString &field)
{
    if (field == QLatin1String("content"))
        return a.content;
    if (field == QLatin1String("person_name"))
        return a.personName;
    if (field == QLatin1String("person_address"))
        return a.personAddress;
    if (field == QLatin1String("category"))
        return a.category;
    return a.notes;
}

QString &deputyField(Deputy &d, const QString &field)
{
    if (field == QLatin1String("name"))
        return d.name;
    if (field == QLatin1String("employer"))
        return d.employer;
    return d.notes;
}

QString &stationField(Station &s, const QString &field)
{
    if (field == QLatin1String("name"))
        return s.name;
    if (field == QLatin1String("street"))
        return s.street;
    return s.address;
}

/// Saves a new record of `access.record` with `value` in the field; on success returns the value read
/// back from the file through `stored`.
Status saveWith(TestDatabase &t, const FieldAccess &access, const QString &value, QString *stored)
{
    Database &db = t.db();
    if (access.record == QLatin1String("appeal")) {
        Appeal a = LedgerFixture::appealInput(LedgerFixture::addDeputy(db).id);
        appealField(a, access.field) = value;
        const Status s = AppealRepository(db).insert(a);
        if (s) {
            Appeal back = *AppealRepository(db).find(a.id);
            *stored = appealField(back, access.field);
        }
        return s;
    }
    if (access.record == QLatin1String("deputy")) {
        Deputy d;
        d.name = QStringLiteral("李建国");
        d.level = QStringLiteral("municipal");
        deputyField(d, access.field) = value;
        const Status s = DeputyRepository(db).insert(d);
        if (s) {
            Deputy back = *DeputyRepository(db).find(d.id);
            *stored = deputyField(back, access.field);
        }
        return s;
    }
    Station st;
    st.name = QStringLiteral("另一个联络站");
    stationField(st, access.field) = value;
    const Status s = StationRepository(db).insert(st);
    if (s) {
        const QList<Station> all = StationRepository(db).all();
        for (Station back : all)
            if (back.id == st.id)
                *stored = stationField(back, access.field);
    }
    return s;
}

qint64 records(Database &db)
{
    return db
        .scalar(QStringLiteral("SELECT (SELECT count(*) FROM appeals) + (SELECT count(*) FROM deputies) + "
                               "(SELECT count(*) FROM stations)"))
        .toLongLong();
}

} // namespace

/// Every text field of the records a clerk types in, through the core's validation (the same rules the
/// forms and the importer use): SQL-looking text, emoji and right-to-left marks are stored exactly as
/// typed; control characters, broken characters and over-long text are refused with a message naming the
/// field, and nothing is saved.
class TestHostileFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void storedExactlyAsTyped_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("value");
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("SQL text"), QStringLiteral("路灯'); DROP TABLE appeals;--")},
            {QStringLiteral("quotes, backslash and percent"), QStringLiteral("\"张\\三\" 100% ' OR '1'='1")},
            {QStringLiteral("emoji"), QStringLiteral("😀👍🏽 家门口的路灯🚦")},
            {QStringLiteral("right-to-left marks"), QStringLiteral("\u202E和平路\u202C\u200F\u061C")},
            {QStringLiteral("a tab"), QStringLiteral("和平路\t3栋")},
        };
        const QList<FieldAccess> all = fields();
        for (int i = 0; i < all.size(); ++i)
            for (const auto &[kind, value] : values)
                QTest::addRow("%s %s: %s", qPrintable(all.at(i).record), qPrintable(all.at(i).field),
                              qPrintable(kind))
                    << i << value;
    }

    void storedExactlyAsTyped()
    {
        QFETCH(int, which);
        QFETCH(QString, value);
        TestDatabase t;
        QString stored;
        const Status s = saveWith(t, fields().at(which), value, &stored);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(stored, value);
    }

    void refusedNamingTheField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("value");
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("a NUL character"), QStringLiteral("路灯") + QChar(0) + QStringLiteral("不亮")},
            {QStringLiteral("a bell"), QStringLiteral("路灯\a不亮")},
            {QStringLiteral("a terminal escape sequence"), QStringLiteral("\x1b[2J路灯")},
            {QStringLiteral("a C1 control character"), QStringLiteral("路灯") + QChar(0x85)},
            {QStringLiteral("a broken character (lone surrogate)"), QStringLiteral("路灯") + QChar(0xD83D)},
            {QStringLiteral("100,000 characters"), QString(100000, QChar(0x8DEF))},
        };
        const QList<FieldAccess> all = fields();
        for (int i = 0; i < all.size(); ++i)
            for (const auto &[kind, value] : values)
                QTest::addRow("%s %s: %s", qPrintable(all.at(i).record), qPrintable(all.at(i).field),
                              qPrintable(kind))
                    << i << value;
    }

    void refusedNamingTheField()
    {
        QFETCH(int, which);
        QFETCH(QString, value);
        const FieldAccess access = fields().at(which);
        TestDatabase t;
        const qint64 before = records(t.db()) + (access.record == QLatin1String("appeal") ? 1 : 0);
        QString stored;
        const Status s = saveWith(t, access, value, &stored);
        QVERIFY2(!s, qPrintable(stored.left(50)));
        const QString message = s.fieldMessage(access.field);
        QVERIFY2(message.startsWith(access.name + QLatin1Char(':')), qPrintable(s.message().left(300)));
        QVERIFY2(message.size() < 300, "the message must not repeat the value");
        QCOMPARE(records(t.db()), before); // the appeal's deputy was added by the test itself
    }
};

QTEST_GUILESS_MAIN(TestHostileFields)
#include "tst_hostilefields.moc"
