#include "TestDatabase.h"

#include "common/Codes.h"
#include "safety/AuditActor.h"
#include "stats/Statistics.h"
#include "stats/StatisticsJson.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

/// The real liaison-ledger-cli, run as a user or a script would: help, usage errors, the acceptance
/// scenario of issue 2 (init → demo → stats --json) and check on good and bad files.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString
        m_demo; ///< init + demo --deputies 30 --appeals 2000 --year 2022 --seed 7; read-only for the tests

    static QString runText(const CliRun &run)
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
            .arg(run.exitCode)
            .arg(run.out, run.err);
    }

    /// stderr holds exactly one non-empty line that names the program.
    static bool isOneLine(const QString &err)
    {
        const QString trimmed = err.trimmed();
        return !trimmed.isEmpty() && !trimmed.contains(QLatin1Char('\n')) &&
               trimmed.startsWith(QLatin1String("liaison-ledger-cli"));
    }

    /// A copy of the demo file that a test may change.
    QString demoCopy(const QTemporaryDir &dir) const
    {
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo file");
        return path;
    }

    static QJsonObject statsJson(const QString &db, const QStringList &extra = {})
    {
        const CliRun run = runCli(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")} +
            extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(runText(run)));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static int sum(const QJsonObject &counts)
    {
        int total = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            total += it.value().toInt();
        return total;
    }

    static int sum(const QJsonArray &values)
    {
        int total = 0;
        for (const QJsonValue &v : values)
            total += v.toInt();
        return total;
    }

    /// The figures without the deputies' uuids, which differ between two runs of the same seed.
    static QJsonObject withoutUuids(QJsonObject o)
    {
        QJsonArray deputies = o.value(QLatin1String("by_deputy")).toArray();
        for (qsizetype i = 0; i < deputies.size(); ++i) {
            QJsonObject d = deputies.at(i).toObject();
            d.remove(QLatin1String("uuid"));
            deputies.replace(i, d);
        }
        o.insert(QLatin1String("by_deputy"), deputies);
        return o;
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        CliRun run = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, qPrintable(runText(run)));
        run = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("demo"), QStringLiteral("--deputies"),
                      QStringLiteral("30"), QStringLiteral("--appeals"), QStringLiteral("2000"),
                      QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--seed"),
                      QStringLiteral("7")});
        QVERIFY2(run.exitCode == 0, qPrintable(runText(run)));
        QVERIFY2(run.out.contains(QLatin1String("2000 appeals")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(
            !QFile::exists(m_demo + QStringLiteral("-wal"))); // closed cleanly: the file alone is the ledger
    }

    void everyCommandHasHelp()
    {
        const CliRun usage = runCli({QStringLiteral("--help")});
        QVERIFY2(usage.exitCode == 0, qPrintable(runText(usage)));
        // The command list: "  name   summary" lines of the usage text.
        QStringList commands;
        static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) +\\S"));
        for (const QString &l : usage.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = line.match(l);
            if (m.hasMatch())
                commands << m.captured(1);
        }
        for (const char *expected : {"init", "demo", "stats", "check"})
            QVERIFY2(commands.contains(QLatin1String(expected)), qPrintable(usage.out));
        for (const QString &command : std::as_const(commands)) {
            const CliRun run = runCli({command, QStringLiteral("--help")});
            QVERIFY2(run.exitCode == 0, qPrintable(command + QLatin1Char('\n') + runText(run)));
            QVERIFY2(run.out.contains(QLatin1String("--db")),
                     qPrintable(command + QLatin1Char('\n') + run.out));
            QVERIFY2(run.err.isEmpty(), qPrintable(command + QLatin1Char('\n') + run.err));
        }
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("liaison-ledger-cli ")));
    }

    void helpNamesEachCommandsOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("init names the station options")
            << QStringLiteral("init") << QStringList{QStringLiteral("--station"), QStringLiteral("--street")};
        QTest::newRow("demo names its sizes and seed")
            << QStringLiteral("demo")
            << QStringList{QStringLiteral("--deputies"), QStringLiteral("--appeals"),
                           QStringLiteral("--year"), QStringLiteral("--seed")};
        QTest::newRow("stats names year, json and as-of")
            << QStringLiteral("stats")
            << QStringList{QStringLiteral("--year"), QStringLiteral("--json"), QStringLiteral("--as-of")};
        QTest::newRow("check has only the common options")
            << QStringLiteral("check") << QStringList{QStringLiteral("--db")};
    }

    void helpNamesEachCommandsOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const CliRun run = runCli({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : std::as_const(options))
            QVERIFY2(run.out.contains(option), qPrintable(run.out));
    }

    void badArgumentsGiveOneLineAndExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedWords");
        const QString nextYear = QString::number(QDate::currentDate().year() + 1);
        QTest::newRow("an unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("an unknown global option")
            << QStringList{QStringLiteral("--frob"), QStringLiteral("stats")} << QStringLiteral("--frob");
        QTest::newRow("--db without a file name")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
        QTest::newRow("stats without --year")
            << QStringList{QStringLiteral("stats")} << QStringLiteral("--year");
        QTest::newRow("stats with a year that is not a number")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("twenty")}
            << QStringLiteral("twenty");
        QTest::newRow("stats with a year out of range")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("99999")}
            << QStringLiteral("99999");
        QTest::newRow("stats with an --as-of that is not a date")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2022"),
                           QStringLiteral("--as-of"), QStringLiteral("yesterday")}
            << QStringLiteral("yesterday");
        QTest::newRow("stats with an impossible --as-of date")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2022"),
                           QStringLiteral("--as-of"), QStringLiteral("2022-02-30")}
            << QStringLiteral("2022-02-30");
        QTest::newRow("stats with an unknown option")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2022"),
                           QStringLiteral("--csv")}
            << QStringLiteral("csv");
        QTest::newRow("stats with a stray argument")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2022"),
                           QStringLiteral("extra")}
            << QStringLiteral("extra");
        QTest::newRow("demo with a negative number of deputies")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--deputies"), QStringLiteral("-3")}
            << QStringLiteral("--deputies");
        QTest::newRow("demo with no deputies")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--deputies"), QStringLiteral("0")}
            << QStringLiteral("--deputies");
        QTest::newRow("demo with appeals that are not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--appeals"), QStringLiteral("lots")}
            << QStringLiteral("lots");
        QTest::newRow("demo for a future year")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--year"), nextYear}
            << QStringLiteral("--year");
        QTest::newRow("demo with a seed that is not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc")}
            << QStringLiteral("--seed");
        QTest::newRow("demo with an option missing its value")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--appeals")} << QStringLiteral("appeals");
        QTest::newRow("init with an unknown option")
            << QStringList{QStringLiteral("init"), QStringLiteral("--force")} << QStringLiteral("force");
        QTest::newRow("check with a stray argument")
            << QStringList{QStringLiteral("check"), QStringLiteral("now")} << QStringLiteral("now");
    }

    /// A usage error is caught before the file is touched: an existing ledger stays byte for byte the
    /// same, and no file appears where there was none.
    void badArgumentsGiveOneLineAndExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString existing = demoCopy(dir);
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        const QByteArray before = fileBytes(existing);
        for (const QString &db : {existing, missing}) {
            const CliRun run = runCli(arguments.first() == QLatin1String("--db") ||
                                              arguments.first() == QLatin1String("--frob")
                                          ? arguments
                                          : QStringList{QStringLiteral("--db"), db} + arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(runText(run)));
            QVERIFY2(isOneLine(run.err), qPrintable(runText(run)));
            QVERIFY2(run.err.contains(expectedWords), qPrintable(runText(run)));
            QVERIFY2(run.out.isEmpty(), qPrintable(runText(run)));
        }
        QCOMPARE(fileBytes(existing), before);
        QVERIFY(!QFile::exists(missing));
    }

    void noCommandPrintsTheUsageAndExits2()
    {
        const CliRun run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Usage:")), qPrintable(runText(run)));
        QVERIFY(run.out.isEmpty());
    }

    /// Issue 2, "Done when": 2000 appeals received in 2022, categories summing to 2000, every key there.
    void statsJsonHasEveryKeyAndConsistentFigures()
    {
        const QJsonObject s = statsJson(m_demo, {QStringLiteral("--year"), QStringLiteral("2022")});
        QVERIFY2(!s.isEmpty(), "stats --json printed no JSON object");
        QCOMPARE(s.value(QLatin1String("year")).toInt(), 2022);

        const QJsonObject deputies = s.value(QLatin1String("deputies")).toObject();
        const QJsonObject appeals = s.value(QLatin1String("appeals")).toObject();
        const QJsonObject suggestions = s.value(QLatin1String("suggestions")).toObject();
        const QJsonObject visits = s.value(QLatin1String("visits")).toObject();
        const QJsonObject activities = s.value(QLatin1String("activities")).toObject();
        const QJsonObject rates = s.value(QLatin1String("rates")).toObject();
        const QJsonArray byDeputy = s.value(QLatin1String("by_deputy")).toArray();

        // The keys issue 2 names, with the right JSON types.
        QVERIFY(deputies.value(QLatin1String("total")).isDouble());
        for (const char *key :
             {"received", "accepted", "redirected", "resolved", "answered", "visited", "overdue"})
            QVERIFY2(appeals.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(appeals.value(QLatin1String("by_category")).isObject());
        QVERIFY(appeals.value(QLatin1String("by_channel")).isObject());
        QVERIFY(suggestions.value(QLatin1String("submitted")).isDouble());
        QVERIFY(suggestions.value(QLatin1String("replied")).isDouble());
        QVERIFY(suggestions.value(QLatin1String("by_grade")).isObject());
        QVERIFY(visits.value(QLatin1String("total")).isDouble());
        QVERIFY(activities.value(QLatin1String("total")).isDouble());
        QVERIFY(activities.value(QLatin1String("by_type")).isObject());
        for (const char *key : {"reply", "follow_up", "satisfaction"})
            QVERIFY2(rates.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(!byDeputy.isEmpty());

        // Appeals: the demo's 2000, each counted once by category, channel and month.
        const int received = appeals.value(QLatin1String("received")).toInt();
        QCOMPARE(received, 2000);
        QCOMPARE(sum(appeals.value(QLatin1String("by_category")).toObject()), 2000);
        QCOMPARE(sum(appeals.value(QLatin1String("by_channel")).toObject()), 2000);
        QCOMPARE(appeals.value(QLatin1String("by_month")).toArray().size(), 12);
        QCOMPARE(sum(appeals.value(QLatin1String("by_month")).toArray()), 2000);
        const int accepted = appeals.value(QLatin1String("accepted")).toInt();
        const int resolved = appeals.value(QLatin1String("resolved")).toInt();
        QVERIFY(accepted > 0);
        QVERIFY(resolved <= accepted);
        QVERIFY(accepted <= received);
        QVERIFY(accepted + appeals.value(QLatin1String("redirected")).toInt() +
                    appeals.value(QLatin1String("merged")).toInt() <=
                received);
        QVERIFY(appeals.value(QLatin1String("answered")).toInt() <= received);
        QVERIFY(appeals.value(QLatin1String("visited")).toInt() <= received);
        QVERIFY(appeals.value(QLatin1String("closed")).toInt() <=
                appeals.value(QLatin1String("visited")).toInt());
        QVERIFY(appeals.value(QLatin1String("overdue")).toInt() <= accepted);
        QVERIFY(sum(appeals.value(QLatin1String("resolved_by_month")).toArray()) <= resolved);
        for (const QString &channel : Codes::codes(Codes::Channel))
            QVERIFY2(appeals.value(QLatin1String("by_channel")).toObject().contains(channel),
                     qPrintable(channel));

        // Suggestions: grades A..D, all four present; only replied suggestions carry a grade.
        const QJsonObject grades = suggestions.value(QLatin1String("by_grade")).toObject();
        QCOMPARE(grades.keys(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                             QStringLiteral("D")}));
        QVERIFY(suggestions.value(QLatin1String("replied")).toInt() <=
                suggestions.value(QLatin1String("submitted")).toInt());
        QVERIFY(sum(grades) <= suggestions.value(QLatin1String("replied")).toInt());
        QVERIFY(suggestions.value(QLatin1String("submitted")).toInt() > 0);

        // Visits and activities.
        QVERIFY(visits.value(QLatin1String("total")).toInt() > 0);
        QVERIFY(sum(visits.value(QLatin1String("by_satisfaction")).toObject()) <=
                visits.value(QLatin1String("total")).toInt());
        const QJsonObject types = activities.value(QLatin1String("by_type")).toObject();
        QCOMPARE(types.keys().size(), Codes::codes(Codes::ActivityType).size());
        QCOMPARE(sum(types), activities.value(QLatin1String("total")).toInt());
        for (const QString &type : Codes::codes(Codes::ActivityType))
            QVERIFY2(types.value(type).toInt() > 0,
                     qPrintable(type + QStringLiteral(": the demo makes activities of every type")));
        QCOMPARE(activities.value(QLatin1String("constituency_visits")).toInt(),
                 types.value(QLatin1String("visit_constituency")).toInt() +
                     types.value(QLatin1String("condolence")).toInt());
        QCOMPARE(activities.value(QLatin1String("joint_group")).toInt(),
                 types.value(QLatin1String("joint_group")).toInt());
        QCOMPARE(activities.value(QLatin1String("group_or_plenary")).toInt(),
                 types.value(QLatin1String("group")).toInt() + types.value(QLatin1String("plenary")).toInt());
        QVERIFY(activities.value(QLatin1String("three_visits_with_municipal_deputies")).toInt() <=
                types.value(QLatin1String("visit_station")).toInt() +
                    types.value(QLatin1String("visit_enterprise")).toInt() +
                    types.value(QLatin1String("visit_constituency")).toInt());

        // Rates are fractions.
        for (auto it = rates.constBegin(); it != rates.constEnd(); ++it) {
            const double rate = it.value().toDouble(-1);
            QVERIFY2(rate >= 0.0 && rate <= 1.0, qPrintable(it.key()));
        }

        // Deputies: the demo's 30, one row each with id, name, level and counts.
        QCOMPARE(deputies.value(QLatin1String("total")).toInt(), 30);
        QCOMPARE(sum(deputies.value(QLatin1String("by_level")).toObject()), 30);
        QCOMPARE(byDeputy.size(), 30);
        int deputyAppeals = 0;
        QSet<qint64> ids;
        for (const QJsonValue &v : byDeputy) {
            const QJsonObject d = v.toObject();
            QVERIFY(d.value(QLatin1String("id")).toInteger() > 0);
            ids.insert(d.value(QLatin1String("id")).toInteger());
            QVERIFY(!d.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY2(Codes::isValid(Codes::DeputyLevel, d.value(QLatin1String("level")).toString()),
                     qPrintable(d.value(QLatin1String("level")).toString()));
            for (const char *key :
                 {"appeals_received", "appeals_resolved", "appeals_answered", "suggestions_led",
                  "suggestions_cosigned", "activities", "visits", "enterprise_links", "enterprise_visits"})
                QVERIFY2(d.value(QLatin1String(key)).isDouble(), key);
            QVERIFY(d.value(QLatin1String("appeals_resolved")).toInt() <=
                    d.value(QLatin1String("appeals_received")).toInt());
            QCOMPARE(d.value(QLatin1String("enterprise_links")).toInt(), 2); // 一包二
            deputyAppeals += d.value(QLatin1String("appeals_received")).toInt();
        }
        QCOMPARE(ids.size(), 30);
        QVERIFY(deputyAppeals <= received);
    }

    void statsJsonIsExactlyTheCoreFigures_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("asOf");
        QTest::newRow("the demo year, overdue judged on 31 December") << 2022 << QString();
        QTest::newRow("the demo year, overdue judged in mid-year") << 2022 << QStringLiteral("2022-06-30");
        QTest::newRow("a year without records gives zeros, not errors") << 2021 << QString();
    }

    /// The CLI prints what Statistics computes, nothing lost or rounded on the way.
    void statsJsonIsExactlyTheCoreFigures()
    {
        QFETCH(int, year);
        QFETCH(QString, asOf);
        QStringList extra{QStringLiteral("--year"), QString::number(year)};
        if (!asOf.isEmpty())
            extra << QStringLiteral("--as-of") << asOf;
        const QJsonObject printed = statsJson(m_demo, extra);
        QVERIFY(!printed.isEmpty());
        auto opened = Database::open(m_demo, Database::Mode::ReadOnly);
        QVERIFY2(opened.status, qPrintable(opened.status.message()));
        const QJsonObject computed = StatisticsJson::toJson(
            Statistics(*opened.database)
                .compute(year, asOf.isEmpty() ? QDate() : QDate::fromString(asOf, Qt::ISODate)));
        QCOMPARE(printed, computed);
        if (year == 2021) {
            QCOMPARE(
                printed.value(QLatin1String("appeals")).toObject().value(QLatin1String("received")).toInt(),
                0);
            QCOMPARE(
                printed.value(QLatin1String("rates")).toObject().value(QLatin1String("reply")).toDouble(),
                0.0);
        }
    }

    void overdueDependsOnTheDayItIsJudged()
    {
        const auto overdue = [this](const QString &asOf) {
            return statsJson(m_demo, {QStringLiteral("--year"), QStringLiteral("2022"),
                                      QStringLiteral("--as-of"), asOf})
                .value(QLatin1String("appeals"))
                .toObject()
                .value(QLatin1String("overdue"))
                .toInt(-1);
        };
        // Before anything was received nothing can be overdue; by the year's end the demo has overdue cases.
        QCOMPARE(overdue(QStringLiteral("2022-01-01")), 0);
        QVERIFY(overdue(QStringLiteral("2022-12-31")) > 0);
    }

    void statsTableIsReadable()
    {
        const CliRun run = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("stats"),
                                   QStringLiteral("--year"), QStringLiteral("2022")});
        QVERIFY2(run.exitCode == 0, qPrintable(runText(run)));
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.contains(QLatin1String("Appeals received: 2000")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Reply rate: ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QString::fromUtf8("三进")), qPrintable(run.out));
        QVERIFY(!run.out.trimmed().startsWith(QLatin1Char('{')));
    }

    void theSameSeedGivesTheSameFigures()
    {
        QTemporaryDir dir;
        const auto make = [&dir](const QString &name, const QString &seed) {
            const QString db = dir.filePath(name);
            const CliRun init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
            const CliRun demo =
                runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--deputies"),
                        QStringLiteral("6"), QStringLiteral("--appeals"), QStringLiteral("300"),
                        QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--seed"), seed});
            if (init.exitCode != 0 || demo.exitCode != 0)
                qWarning("%s\n%s", qPrintable(runText(init)), qPrintable(runText(demo)));
            return withoutUuids(statsJson(db, {QStringLiteral("--year"), QStringLiteral("2021")}));
        };
        const QJsonObject first = make(QStringLiteral("a.sqlite"), QStringLiteral("11"));
        const QJsonObject again = make(QStringLiteral("b.sqlite"), QStringLiteral("11"));
        const QJsonObject other = make(QStringLiteral("c.sqlite"), QStringLiteral("12"));
        QCOMPARE(first.value(QLatin1String("appeals")).toObject().value(QLatin1String("received")).toInt(),
                 300);
        QCOMPARE(again, first);
        QVERIFY2(other != first, "another seed should give other data");
    }

    void demoNeedsALedgerFile()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,电话\n张三,13800001111\n");
        f.close();
        const QByteArray before = fileBytes(text);
        const CliRun run =
            runCli({QStringLiteral("--db"), text, QStringLiteral("demo"), QStringLiteral("--appeals"),
                    QStringLiteral("10"), QStringLiteral("--year"), QStringLiteral("2022")});
        QVERIFY2(run.exitCode == 1, qPrintable(runText(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(runText(run)));
        QCOMPARE(fileBytes(text), before);
    }

    void initRefusesAFileThatHoldsALedger()
    {
        QTemporaryDir dir;
        const QString db = demoCopy(dir);
        const QByteArray before = fileBytes(db);
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY2(run.exitCode == 1, qPrintable(runText(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(runText(run)));
        QVERIFY2(run.err.contains(QLatin1String("already holds a ledger")), qPrintable(run.err));
        QCOMPARE(fileBytes(db), before);
    }

    void checkPassesOnDemoData()
    {
        const CliRun run = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(runText(run)));
        QVERIFY2(run.out.contains(QLatin1String("no problems")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void checkFailsClearly_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("a text file") << QByteArray("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("an empty file") << QByteArray("empty") << QStringLiteral("empty");
        QTest::newRow("a file that does not exist")
            << QByteArray("missing") << QStringLiteral("does not exist");
        QTest::newRow("an SQLite database of another program")
            << QByteArray("foreign") << QStringLiteral("another program");
        QTest::newRow("an answered appeal without its reply date")
            << QByteArray("no-reply-date") << QStringLiteral("without a reply date");
        QTest::newRow("an appeal without a timeline")
            << QByteArray("no-timeline") << QStringLiteral("without a timeline entry");
        QTest::newRow("an appeal resolved before it was received")
            << QByteArray("resolved-early") << QStringLiteral("dated before their receipt");
        QTest::newRow("an appeal whose number does not match its year")
            << QByteArray("bad-number") << QStringLiteral("do not match their year");
        QTest::newRow("a follow-up visit of an appeal that does not exist")
            << QByteArray("dangling-visit") << QStringLiteral("(in follow_up_visits)");
        QTest::newRow("a search index out of step with the appeals")
            << QByteArray("stale-index") << QStringLiteral("search index");
    }

    /// check exits 1 with one line on stderr naming the first problem; it never repairs or creates a file.
    void checkFailsClearly()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("file.sqlite"));
        if (kind == "text" || kind == "empty") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == "text")
                f.write(QByteArray("姓名,电话\n张三,13800001111\n").repeated(20));
        } else if (kind == "foreign") {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QCOMPARE(
                sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(raw);
        } else if (kind != "missing") {
            path = demoCopy(dir);
            // Damage the copy directly, the way a faulty tool or a hand edit would, bypassing the rules.
            // Such a tool must define the audit trail's functions, or SQLite refuses any change
            // (docs/AUDIT.md).
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
            QVERIFY(AuditActor::registerFunctions(raw));
            const char *sql = nullptr;
            if (kind == "no-reply-date")
                sql = "UPDATE appeals SET reply_on = NULL WHERE id = (SELECT min(id) FROM appeals WHERE "
                      "status = 'closed')";
            else if (kind == "no-timeline")
                sql = "DELETE FROM appeal_events WHERE appeal_id = (SELECT min(id) FROM appeals)";
            else if (kind == "resolved-early")
                sql = "UPDATE appeals SET resolved_on = '2021-01-01' WHERE id = (SELECT min(id) FROM appeals "
                      "WHERE resolved_on "
                      "IS NOT NULL)";
            else if (kind == "bad-number")
                sql = "UPDATE appeals SET number_year = 1999 WHERE id = (SELECT min(id) FROM appeals)";
            else if (kind == "dangling-visit")
                sql =
                    "PRAGMA foreign_keys = OFF; UPDATE follow_up_visits SET appeal_id = 99999999 WHERE id = "
                    "(SELECT min(id) FROM follow_up_visits WHERE appeal_id IS NOT NULL)";
            else if (kind == "stale-index")
                sql = "DROP TRIGGER appeals_fts_update; UPDATE appeals SET content = 'changed behind the "
                      "index' WHERE id = "
                      "(SELECT min(id) FROM appeals)";
            QVERIFY(sql);
            char *error = nullptr;
            const int rc = sqlite3_exec(raw, sql, nullptr, nullptr, &error);
            QVERIFY2(rc == SQLITE_OK, error);
            QVERIFY(sqlite3_changes(raw) >= 1); // the damage really happened
            sqlite3_close(raw);
        }
        const QByteArray before = fileBytes(path);
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(run.exitCode == 1, qPrintable(runText(run)));
        QVERIFY2(isOneLine(run.err), qPrintable(runText(run)));
        QVERIFY2(run.err.contains(expectedWords), qPrintable(runText(run)));
        QVERIFY2(!run.err.contains(QLatin1String("(s)")),
                 qPrintable(run.err)); // English plurals come from liaison_en.ts
        if (kind == "missing")
            QVERIFY(!QFile::exists(path));
        else if (kind == "text" || kind == "empty" || kind == "foreign")
            QCOMPARE(fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
