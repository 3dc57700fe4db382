#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

/// The hostile values every option is tried with. 100,000 characters is below the operating system's
/// limit for one argument (128 KiB); longer texts come through files.
QList<QPair<QString, QString>> hostileValues()
{
    return {
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("100,000 characters"), QString(100000, QLatin1Char('x'))},
        {QStringLiteral("SQL text"), QStringLiteral("'); DROP TABLE appeals;--")},
        {QStringLiteral("control characters, right-to-left marks and emoji"),
         QStringLiteral("a\x01\x1b[31mb\x7f\u202E联络站😀\u200F")},
    };
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// Runs the CLI in `dir` (relative file names land there).
Run cli(const QStringList &arguments, const QString &dir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral(LL_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Every row of every table and the schema: equal fingerprints mean nothing was stored or dropped.
QByteArray fingerprint(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened.status)
        return "cannot open: " + opened.status.message().toUtf8();
    Database &db = *opened.database;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables.exec())
        return "cannot list tables";
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
        hash.addData(tables.value(1).toString().toUtf8());
    }
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!rows.exec())
            continue; // virtual tables' shadow tables are covered by their own rows
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
    }
    hash.addData(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString().toUtf8());
    return hash.result().toHex();
}

} // namespace

/// Every command-line argument tried with empty, huge, malformed and malicious values: a clear message
/// (exit 2 for usage errors), never a crash, and nothing stored wrongly.
class TestHostileCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    QString m_template;
    QByteArray m_templateFingerprint;

    /// The commands liaison-ledger-cli offers (from its --help), so a new command is covered too.
    static QStringList commands()
    {
        const Run help = cli({QStringLiteral("--help")}, QDir::tempPath());
        QStringList names;
        bool listing = false;
        static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) "));
        for (const QString &l : help.out.split(QLatin1Char('\n'))) {
            if (l.startsWith(QLatin1String("Commands:")))
                listing = true;
            else if (listing) {
                const QRegularExpressionMatch m = line.match(l);
                if (m.hasMatch())
                    names << m.captured(1);
            }
        }
        return names;
    }

    /// The options of `command` that take a value (from its --help), --db excepted.
    static QStringList valueOptions(const QString &command)
    {
        const Run help = cli({command, QStringLiteral("--help")}, QDir::tempPath());
        QStringList options;
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*) <"));
        QRegularExpressionMatchIterator it = option.globalMatch(help.out);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (name != QLatin1String("db"))
                options << name;
        }
        return options;
    }

    /// Valid arguments for each command that reach its real work; a hostile value replaces one of them.
    /// Commands that would write are given --dry-run or a target that stays outside the ledger.
    static QStringList validArguments(const QString &command)
    {
        static const QHash<QString, QStringList> table = {
            {QStringLiteral("backup"), {QStringLiteral("--out"), QStringLiteral("copy.sqlite")}},
            {QStringLiteral("restore"), {QStringLiteral("--from"), QStringLiteral("copy.sqlite")}},
            {QStringLiteral("demo"),
             {QStringLiteral("--deputies"), QStringLiteral("2"), QStringLiteral("--appeals"),
              QStringLiteral("3"), QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--seed"),
              QStringLiteral("1")}},
            {QStringLiteral("export"),
             {QStringLiteral("--ledger"), QStringLiteral("appeals"), QStringLiteral("--year"),
              QStringLiteral("2022"), QStringLiteral("--out"), QStringLiteral("out.csv"),
              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--deputy"),
              QStringLiteral("李建国")}},
            {QStringLiteral("export-bundle"),
             {QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--out"),
              QStringLiteral("bundle"), QStringLiteral("--format"), QStringLiteral("csv")}},
            {QStringLiteral("form"),
             {QStringLiteral("--appeal"), QStringLiteral("2022-0001"), QStringLiteral("--out"),
              QStringLiteral("f.pdf")}},
            {QStringLiteral("import"),
             {QStringLiteral("--in"), QStringLiteral("in.csv"), QStringLiteral("--ledger"),
              QStringLiteral("appeals"), QStringLiteral("--reject-file"), QStringLiteral("rejected.csv"),
              QStringLiteral("--dry-run")}},
            {QStringLiteral("ledger-book"),
             {QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--deputy"),
              QStringLiteral("李建国"), QStringLiteral("--out"), QStringLiteral("book.pdf")}},
            {QStringLiteral("narrative"),
             {QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--plan-file"),
              QStringLiteral("missing.txt")}},
            {QStringLiteral("report"),
             {QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--out"),
              QStringLiteral("r.html")}},
            {QStringLiteral("stats"),
             {QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--as-of"),
              QStringLiteral("2022-12-31")}},
        };
        return table.value(command);
    }

    /// A ledger with a deputy and an appeal, and the files the valid arguments name.
    static void prepare(TestDatabase &t)
    {
        const Deputy d = LedgerFixture::addDeputy(t.db());
        LedgerFixture::addAppeal(t.db(), d.id);
        QFile in(QDir(t.dir()).filePath(QStringLiteral("in.csv")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(QStringLiteral("日期,代表,姓名,内容\r\n2022-03-05,李建国,张三,路灯\r\n").toUtf8());
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
        m_fixture = std::make_unique<TestDatabase>();
        prepare(*m_fixture);
        m_fixture->close();
        m_template = m_fixture->path();
        m_templateFingerprint = fingerprint(m_template);
    }

    void everyOptionWithHostileValuesFailsCleanlyAndStoresNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        const QStringList all = commands();
        QVERIFY2(all.size() >= 10, qPrintable(all.join(QLatin1Char(' '))));
        for (const QString &command : all) {
            if (command == QLatin1String("init"))
                continue; // creates a file: see initStoresTheStationAsTypedOrNamesTheField
            const QStringList options = valueOptions(command);
            for (const QString &option : options)
                QTest::addRow("%s --%s", qPrintable(command), qPrintable(option)) << command << option;
        }
        // --db is common to all: tried with a reading and a writing command.
        QTest::addRow("stats --db") << QStringLiteral("stats") << QStringLiteral("db");
        QTest::addRow("check --db") << QStringLiteral("check") << QStringLiteral("db");
        QTest::addRow("import --db") << QStringLiteral("import") << QStringLiteral("db");
    }

    void everyOptionWithHostileValuesFailsCleanlyAndStoresNothing()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const QStringList valid = validArguments(command);
        // Every value on its own copy of the ledger, the runs side by side.
        struct Attempt
        {
            QString kind;
            std::unique_ptr<QTemporaryDir> dir;
            std::unique_ptr<QProcess> process;
        };
        std::vector<Attempt> attempts;
        for (const auto &[kind, value] : hostileValues()) {
            Attempt a{kind, std::make_unique<QTemporaryDir>(), std::make_unique<QProcess>()};
            const QString db = a.dir->filePath(QStringLiteral("ledger.sqlite"));
            QVERIFY(QFile::copy(m_template, db));
            QVERIFY(QFile::copy(QDir(QFileInfo(m_template).absolutePath()).filePath(QStringLiteral("in.csv")),
                                a.dir->filePath(QStringLiteral("in.csv"))));
            QStringList arguments{command};
            const QString flag = QStringLiteral("--") + option;
            bool replaced = false;
            for (qsizetype i = 0; i < valid.size(); ++i) {
                if (valid.at(i) == flag && i + 1 < valid.size()) {
                    arguments << flag << value;
                    ++i;
                    replaced = true;
                } else {
                    arguments << valid.at(i);
                }
            }
            if (!replaced)
                arguments << flag << value;
            if (option != QLatin1String("db"))
                arguments << QStringLiteral("--db") << db;
            a.process->setWorkingDirectory(a.dir->path());
            a.process->start(QStringLiteral(LL_CLI_PATH), arguments);
            attempts.push_back(std::move(a));
        }
        for (Attempt &a : attempts) {
            const QByteArray which = QByteArray(a.kind.toUtf8() + ": ");
            QVERIFY2(a.process->waitForFinished(120000), which.constData());
            const QString err = QString::fromUtf8(a.process->readAllStandardError());
            const QByteArray said = QByteArray(which + err.right(1500).toUtf8());
            QVERIFY2(a.process->exitStatus() == QProcess::NormalExit, said.constData());
            const int exitCode = a.process->exitCode();
            QVERIFY2(exitCode >= 0 && exitCode <= 3, said.constData());
            if (exitCode != 0) {
                // One clear line naming the command (notices may come before it).
                const QString last = err.trimmed().split(QLatin1Char('\n')).last();
                QVERIFY2(
                    last.startsWith(QStringLiteral("liaison-ledger-cli ") + command + QStringLiteral(": ")),
                    said.constData());
                QVERIFY2(last.size() > QStringLiteral("liaison-ledger-cli ").size() + command.size() + 10,
                         said.constData());
            }
            // Qt's own SQL warnings mean a query was misused.
            QVERIFY2(!err.contains(QStringLiteral("QSql")), said.constData());
            QVERIFY2(fingerprint(a.dir->filePath(QStringLiteral("ledger.sqlite"))) == m_templateFingerprint,
                     QByteArray(which + "the ledger changed").constData());
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an empty --db is not the default file")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QString(),
                           QStringLiteral("--year"), QStringLiteral("2022")}
            << QStringLiteral("--db needs a file name");
        QTest::newRow("an empty --db= before the command")
            << QStringList{QStringLiteral("--db="), QStringLiteral("check")}
            << QStringLiteral("--db needs a file name");
        QTest::newRow("SQL text as a year")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("{db}"),
                           QStringLiteral("--year"), QStringLiteral("2022; DROP TABLE appeals")}
            << QStringLiteral("--year must be a whole number");
        QTest::newRow("a year beyond 32 bits")
            << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("{db}"),
                           QStringLiteral("--year"), QStringLiteral("99999999999999999999")}
            << QStringLiteral("--year must be a whole number");
        QTest::newRow("SQL text as a ledger name")
            << QStringList{QStringLiteral("export"),
                           QStringLiteral("--db"),
                           QStringLiteral("{db}"),
                           QStringLiteral("--year"),
                           QStringLiteral("2022"),
                           QStringLiteral("--out"),
                           QStringLiteral("x.csv"),
                           QStringLiteral("--ledger"),
                           QStringLiteral("appeals'); DROP TABLE appeals;--")}
            << QStringLiteral("Unknown ledger");
        QTest::newRow("a date that does not exist")
            << QStringList{QStringLiteral("stats"),     QStringLiteral("--db"), QStringLiteral("{db}"),
                           QStringLiteral("--year"),    QStringLiteral("2022"), QStringLiteral("--as-of"),
                           QStringLiteral("2022-02-30")}
            << QStringLiteral("--as-of must be a date");
        QTest::newRow("an unknown option with a control character") << QStringList{QStringLiteral("stats"),
                                                                                   QStringLiteral("--ye\x01"
                                                                                                  "ar"),
                                                                                   QStringLiteral("2022")}
                                                                    << QStringLiteral("Unknown option");
        QTest::newRow("an unknown command that looks like SQL")
            << QStringList{QStringLiteral("'; DROP TABLE appeals;--")} << QStringLiteral("Unknown command");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        TestDatabase t;
        prepare(t);
        t.close();
        arguments.replaceInStrings(QStringLiteral("{db}"), t.path());
        const QByteArray before = fingerprint(t.path());
        const QByteArray defaultBefore = fileBytes(qEnvironmentVariable("LIAISON_LEDGER_DB"));
        const Run run = cli(arguments, t.dir());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(fingerprint(t.path()), before);
        QCOMPARE(fileBytes(qEnvironmentVariable("LIAISON_LEDGER_DB")), defaultBefore);
    }

    void initStoresTheStationAsTypedOrNamesTheField_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("refusal"); // empty: stored exactly as typed
        QTest::newRow("SQL text is stored as typed")
            << QStringLiteral("station") << QStringLiteral("联络站'); DROP TABLE appeals;--") << QString();
        QTest::newRow("right-to-left marks and emoji are stored as typed")
            << QStringLiteral("station") << QStringLiteral("\u202B汉街😀联络站\u202C\u200F") << QString();
        QTest::newRow("quotes and backslashes are stored as typed")
            << QStringLiteral("street") << QStringLiteral("积玉桥\"街道\\' OR '1'='1") << QString();
        QTest::newRow("control characters are refused naming the field")
            << QStringLiteral("station") << QStringLiteral("汉街\x07联络站")
            << QStringLiteral("Station name:");
        QTest::newRow("an escape sequence in the address is refused naming the field")
            << QStringLiteral("address") << QStringLiteral("\x1b[2J和平路1号") << QStringLiteral("Address:");
        QTest::newRow("100,000 characters are refused naming the field")
            << QStringLiteral("station") << QString(100000, QLatin1Char('x'))
            << QStringLiteral("Station name: at most");
        QTest::newRow("a blank name is refused naming the field")
            << QStringLiteral("station") << QStringLiteral("   ") << QStringLiteral("Station name:");
    }

    void initStoresTheStationAsTypedOrNamesTheField()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const Run run =
            cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--") + option, value},
                dir.path());
        QVERIFY(!run.crashed);
        if (refusal.isEmpty()) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY(opened.status);
            const std::optional<Station> station = StationRepository(*opened.database).local();
            QVERIFY(station);
            const QString stored = option == QLatin1String("station")  ? station->name
                                   : option == QLatin1String("street") ? station->street
                                                                       : station->address;
            QCOMPARE(stored, value);
            QCOMPARE(opened.database->scalar(QStringLiteral("SELECT count(*) FROM appeals")).toInt(), 0);
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(refusal), qPrintable(run.err.left(500)));
            QVERIFY2(run.err.size() < 1000, "the message must not repeat the whole value");
            if (QFile::exists(path)) {
                auto opened = Database::open(path, Database::Mode::ReadOnly);
                QVERIFY(opened.status);
                QVERIFY(!StationRepository(*opened.database).local());
            }
        }
    }

    void narrativeFromAFileIsStoredAsTypedOrRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("refusal"); // empty: stored exactly as in the file
        QTest::newRow("SQL text, emoji and right-to-left marks are stored as written")
            << QStringLiteral("一、加强'); DROP TABLE report_narratives;--\n二、\u202E😀回访\u202C群众")
                   .toUtf8()
            << QString();
        QTest::newRow("a NUL byte is refused naming the field")
            << QByteArray("plan\0more", 9) << QStringLiteral("Plans for next year:");
        QTest::newRow("an escape sequence is refused naming the field")
            << QByteArray("plan \x1b[31m red") << QStringLiteral("Plans for next year:");
        QTest::newRow("text that is not UTF-8 is refused")
            << QByteArray("\xbc\xd3\xc7\xbf\xbb\xd8\xb7\xc3") /* GB18030 */
            << QStringLiteral("is not UTF-8 text");
        QTest::newRow("a million characters are refused naming the field")
            << QString(1000000, QChar(0x8BBF)).toUtf8() << QStringLiteral("Plans for next year: at most");
    }

    void narrativeFromAFileIsStoredAsTypedOrRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, refusal);
        TestDatabase t;
        t.close();
        const QString file = QDir(t.dir()).filePath(QStringLiteral("plan.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = fingerprint(t.path());
        const Run run =
            cli({QStringLiteral("narrative"), QStringLiteral("--db"), t.path(), QStringLiteral("--year"),
                 QStringLiteral("2022"), QStringLiteral("--plan-file"), file},
                t.dir());
        QVERIFY(!run.crashed);
        if (refusal.isEmpty()) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            t.reopen();
            QCOMPARE(
                t.db()
                    .scalar(QStringLiteral("SELECT next_year_plan FROM report_narratives WHERE year = 2022"))
                    .toString(),
                QString::fromUtf8(bytes));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(refusal), qPrintable(run.err.left(500)));
            QVERIFY2(run.err.size() < 1000, "the message must not repeat the whole text");
            QCOMPARE(fingerprint(t.path()), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
