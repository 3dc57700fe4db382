#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "ledgers/DailyQueue.h"
#include "ledgers/StationRepository.h"
#include "lists/AppealListModel.h"
#include "lists/DeputyListModel.h"
#include "lists/LedgerYears.h"

#include <QSqlQuery>

#include <limits>
#include <QTest>

namespace {

const QDate kToday(2025, 11, 14);

/// The sort keys of AppealListModel's columns, spelled out independently of the model.
const QStringList kColumnKeys = {
    QStringLiteral("number_year %1, number_seq %1"),
    QStringLiteral("received_on %1"),
    QStringLiteral("(SELECT name FROM deputies WHERE deputies.id = deputy_id) %1"),
    QStringLiteral("channel %1"),
    QStringLiteral("person_name %1"),
    QStringLiteral("person_phone %1"),
    QStringLiteral("category %1"),
    QStringLiteral("status %1"),
    QStringLiteral("handling_unit %1"),
    QStringLiteral("deadline %1"),
    QStringLiteral("content %1"),
};

} // namespace

/// The appeals list gives the same rows in the same order as a plain SELECT of the same filter and sort,
/// for every column in both directions and for each kind of filter (its ids are read through SQLite's
/// own API, its values bound by hand: this proves both).
class TestListOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        m_t = std::make_unique<TestDatabase>();
        DemoOptions options;
        options.deputies = 12;
        options.appeals = 600;
        options.year = 2025;
        options.today = kToday;
        QVERIFY(DemoGenerator(m_t->db()).generate(options));
    }

    void sameRowsInTheSameOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QString>("filterKind");
        for (int column = 0; column < kColumnKeys.size(); ++column) {
            for (const bool ascending : {true, false}) {
                QTest::addRow("column %d %s, whole list", column, ascending ? "ascending" : "descending")
                    << column << ascending << QString();
            }
        }
        for (const QString &kind :
             {QStringLiteral("year"), QStringLiteral("category"), QStringLiteral("status"),
              QStringLiteral("overdue"), QStringLiteral("two characters"), QStringLiteral("three characters"),
              QStringLiteral("one character"), QStringLiteral("deputy")}) {
            QTest::addRow("received, newest first, filtered by %s", qPrintable(kind)) << 1 << false << kind;
            QTest::addRow("deputy's name, filtered by %s", qPrintable(kind)) << 2 << true << kind;
        }
    }

    void sameRowsInTheSameOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        QFETCH(QString, filterKind);
        Database &db = m_t->db();
        ListFilter filter;
        filter.today = kToday;
        QString where = QStringLiteral("deleted_at IS NULL");
        QVariantList values;
        const auto likeAll = [&](const QString &text) {
            const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
            QStringList parts;
            for (const char *c : {"number", "person_name", "person_address", "content", "category",
                                  "handling_unit", "result", "reply_content"}) {
                parts << QString::fromLatin1(c) + QStringLiteral(" LIKE ?");
                values << pattern;
            }
            parts << QStringLiteral("deputy_id IN (SELECT id FROM deputies WHERE name LIKE ?)");
            values << pattern;
            where += QStringLiteral(" AND (") + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        };
        if (filterKind == QLatin1String("year")) {
            filter.year = 2025;
            where += QStringLiteral(" AND number_year = ?");
            values << 2025;
        } else if (filterKind == QLatin1String("category")) {
            filter.category = db.scalar(QStringLiteral("SELECT category FROM appeals GROUP BY category "
                                                       "ORDER BY count(*) DESC LIMIT 1"))
                                  .toString();
            where += QStringLiteral(" AND category = ?");
            values << filter.category;
        } else if (filterKind == QLatin1String("status")) {
            filter.status = QStringLiteral("closed");
            where += QStringLiteral(" AND status = ?");
            values << filter.status;
        } else if (filterKind == QLatin1String("overdue")) {
            filter.overdueOnly = true;
            const SqlCondition c = DailyQueues::condition(DailyQueue::Overdue, kToday);
            where += QStringLiteral(" AND (") + c.sql + QLatin1Char(')');
            values << c.values;
        } else if (filterKind == QLatin1String("two characters")) {
            filter.search = QStringLiteral("小区");
            likeAll(filter.search);
        } else if (filterKind == QLatin1String("three characters")) {
            filter.search = QStringLiteral("充电桩");
            likeAll(filter.search);
        } else if (filterKind == QLatin1String("one character")) {
            filter.search = QStringLiteral("路");
            likeAll(filter.search);
        } else if (filterKind == QLatin1String("deputy")) {
            filter.deputyId = db.scalar(QStringLiteral("SELECT deputy_id FROM appeals GROUP BY deputy_id "
                                                       "ORDER BY count(*) DESC LIMIT 1"))
                                  .toLongLong();
            where += QStringLiteral(" AND deputy_id = ?");
            values << filter.deputyId;
        }
        const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM appeals WHERE ") + where +
                                 QStringLiteral(" ORDER BY ") + kColumnKeys.at(column).arg(direction) +
                                 QStringLiteral(", id ") + direction);
        QVERIFY(db.exec(q, values));
        QList<qint64> expected;
        while (q.next())
            expected << q.value(0).toLongLong();

        AppealListModel model(db);
        model.setFilter(filter);
        model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.idAt(row);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown, expected);
        // And every row's cells come with it (the chunk of the last row too).
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), SqlListModel::IdRole).toLongLong(),
                 expected.constLast());
    }

    void yearsAreThoseOfLiveRecords_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("offered");
        QTest::newRow("the demo's year") << QString() << 2025 << true;
        QTest::newRow("appeals of a year") << QStringLiteral("appeals 2022") << 2022 << true;
        QTest::newRow("a year only in the recycle bin") << QStringLiteral("deleted appeals 2021") << 2021 << false;
        QTest::newRow("a second station's year") << QStringLiteral("second station 2019") << 2019 << true;
        QTest::newRow("suggestions of a year") << QStringLiteral("suggestions 2018") << 2018 << true;
        QTest::newRow("deleted suggestions") << QStringLiteral("deleted suggestions 2016") << 2016 << false;
        QTest::newRow("activities of a year") << QStringLiteral("activities 2017") << 2017 << true;
        QTest::newRow("deleted activities") << QStringLiteral("deleted activities 2015") << 2015 << false;
    }

    void yearsAreThoseOfLiveRecords()
    {
        QFETCH(QString, change);
        QFETCH(int, year);
        QFETCH(bool, offered);
        TestDatabase t;
        Database &db = t.db();
        DemoOptions options;
        options.deputies = 6;
        options.appeals = 120;
        options.year = 2025;
        options.today = kToday;
        QVERIFY(DemoGenerator(db).generate(options));
        const auto run = [&db](const QString &sql, const QVariantList &values = {}) {
            QSqlQuery q = db.prepare(sql);
            QVERIFY2(db.exec(q, values), qPrintable(sql));
        };
        const QString y = QString::number(year);
        if (change.startsWith(QLatin1String("appeals"))) {
            run(QStringLiteral("UPDATE appeals SET number_year = ? WHERE id % 4 = 0"), {year});
        } else if (change.startsWith(QLatin1String("deleted appeals"))) {
            run(QStringLiteral("UPDATE appeals SET number_year = ?, deleted_at = '2025-01-01T00:00:00Z' "
                               "WHERE id % 4 = 0"),
                {year});
        } else if (change.startsWith(QLatin1String("second station"))) {
            Station second;
            second.name = QStringLiteral("第二联络站");
            QVERIFY(StationRepository(db).insert(second));
            run(QStringLiteral("UPDATE appeals SET station_id = ?, number_year = ? WHERE id % 5 = 0"),
                {second.id, year});
        } else if (change.startsWith(QLatin1String("suggestions"))) {
            run(QStringLiteral("UPDATE suggestions SET number_year = ? WHERE id % 2 = 0"), {year});
        } else if (change.startsWith(QLatin1String("deleted suggestions"))) {
            run(QStringLiteral("UPDATE suggestions SET number_year = ?, deleted_at = '2025-01-01T00:00:00Z' "
                               "WHERE id % 2 = 0"),
                {year});
        } else if (change.startsWith(QLatin1String("activities"))) {
            run(QStringLiteral("UPDATE activities SET held_on = ? || substr(held_on, 5) WHERE id % 2 = 0"), {y});
        } else if (change.startsWith(QLatin1String("deleted activities"))) {
            run(QStringLiteral("UPDATE activities SET held_on = ? || substr(held_on, 5), "
                               "deleted_at = '2025-01-01T00:00:00Z' WHERE id % 2 = 0"),
                {y});
        }
        // The plain reading of every live record's year, as the list offered them before.
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT number_year FROM appeals WHERE deleted_at IS NULL "
            "UNION SELECT number_year FROM suggestions WHERE deleted_at IS NULL "
            "UNION SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM activities WHERE deleted_at IS NULL "
            "ORDER BY 1 DESC"));
        QVERIFY(db.exec(q));
        QList<int> expected;
        while (q.next())
            expected << q.value(0).toInt();
        const QList<int> years = LedgerYears::of(db);
        QCOMPARE(years, expected);
        QCOMPARE(years.contains(year), offered);
    }

    void deputyCountsAreEachDeputysOwn()
    {
        // The deputies' Open and Overdue columns count all deputies' appeals at once, grouped: each row
        // must still show that deputy's own numbers, 0 included, in every sort order.
        Database &db = m_t->db();
        const SqlCondition overdue = DailyQueues::condition(DailyQueue::Overdue, QDate::currentDate());
        for (const int column : {int(DeputyListModel::OpenColumn), int(DeputyListModel::OverdueColumn)}) {
            DeputyListModel model(db);
            ListFilter filter;
            filter.includeFormer = true;
            model.setFilter(filter);
            model.sort(column, Qt::DescendingOrder);
            QVERIFY(model.rowCount() > 0);
            int previous = std::numeric_limits<int>::max();
            bool sawZero = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const qint64 deputy = model.idAt(row);
                const QVariant open = db.scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE deputy_id = ? AND "
                                                               "deleted_at IS NULL AND status IN ('registered', "
                                                               "'accepted', 'in_progress')"),
                                                {deputy});
                const QVariant late = db.scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE deputy_id = ? AND ") +
                                                    overdue.sql,
                                                QVariantList{deputy} + overdue.values);
                const QString shownOpen = model.data(model.index(row, DeputyListModel::OpenColumn)).toString();
                const QString shownLate = model.data(model.index(row, DeputyListModel::OverdueColumn)).toString();
                QCOMPARE(shownOpen, open.toString());
                QCOMPARE(shownLate, late.toString());
                const int value = (column == DeputyListModel::OpenColumn ? open : late).toInt();
                QVERIFY(value <= previous);
                previous = value;
                sawZero = sawZero || value == 0;
            }
            QVERIFY(sawZero || column == DeputyListModel::OpenColumn);
        }
    }

    void aFailingQueryLeavesAnEmptyListWithTheReason()
    {
        // The list's statement is refused by SQLite (here: the search index table is gone): no rows, and
        // lastError says why instead of the list silently showing nothing.
        TestDatabase t;
        AppealListModel model(t.db());
        QVERIFY(t.db().exec(QStringLiteral("DROP TABLE appeals_fts_terms")));
        ListFilter filter;
        filter.search = QStringLiteral("小区");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
    }

private:
    std::unique_ptr<TestDatabase> m_t;
};

QTEST_GUILESS_MAIN(TestListOrder)
#include "tst_listorder.moc"
