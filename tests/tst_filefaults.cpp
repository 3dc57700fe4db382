#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace {

Status addStation(Database &db, const QString &name)
{
    Station s;
    s.name = name;
    return StationRepository(db).insert(s);
}

QStringList stationNames(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened.status)
        return {QStringLiteral("cannot open: ") + opened.status.message()};
    QStringList names;
    const QList<Station> stations = StationRepository(*opened.database).all();
    for (const Station &s : stations)
        names << s.name;
    if (opened.database->scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
        names << QStringLiteral("integrity check failed");
    return names;
}

} // namespace

/// What happens to a ledger file behind the program's back — deleted, moved or replaced while open, made
/// read-only, or kept in a folder where nothing may be created: a clear message, and no further damage.
class TestFileFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
    }

    void fileTakenAwayWhileOpenRefusesWritesAndLeavesOthersAlone_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("deleted: nothing is written, nothing reappears") << QStringLiteral("delete");
        QTest::newRow("moved to another folder: the moved file keeps its records") << QStringLiteral("move");
        QTest::newRow("replaced by another ledger: the other ledger is left whole")
            << QStringLiteral("replace");
    }

    void fileTakenAwayWhileOpenRefusesWritesAndLeavesOthersAlone()
    {
        QFETCH(QString, action);
        TestDatabase t; // holds the station 汉街代表联络站
        // Records that are still only in the write-ahead log when the file goes away.
        QVERIFY(addStation(t.db(), QStringLiteral("已保存的站")));
        QTemporaryDir elsewhere;
        const QString moved = elsewhere.filePath(QStringLiteral("moved.sqlite"));
        if (action == QLatin1String("delete")) {
            QVERIFY(QFile::remove(t.path()));
        } else if (action == QLatin1String("move")) {
            QVERIFY(std::rename(QFile::encodeName(t.path()).constData(),
                                QFile::encodeName(moved).constData()) == 0);
        } else {
            const QString other = elsewhere.filePath(QStringLiteral("other.sqlite"));
            {
                auto opened = Database::open(other);
                QVERIFY(opened.status);
                QVERIFY(addStation(*opened.database, QStringLiteral("另一个联络站")));
            }
            QVERIFY(std::rename(QFile::encodeName(other).constData(),
                                QFile::encodeName(t.path()).constData()) == 0);
        }

        QVERIFY(t.db().fileHasMoved());
        const Status s = addStation(t.db(), QStringLiteral("不应保存"));
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("deleted, moved or replaced")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("Save a copy")), qPrintable(s.message()));
        QCOMPARE(t.db().transactionDepth(), 0);
        // What is open can still be saved elsewhere, as the message says.
        const QString rescue = elsewhere.filePath(QStringLiteral("rescued.sqlite"));
        QVERIFY2(DatabaseCopy::write(t.db(), rescue), "Save a copy failed");
        t.close();
        QCOMPARE(stationNames(rescue),
                 (QStringList{QStringLiteral("汉街代表联络站"), QStringLiteral("已保存的站")}));

        // No log with our pages is left under the old name, where a ledger put there later would read it.
        QCOMPARE(QFileInfo(t.path() + QStringLiteral("-wal")).size(), 0);
        if (action == QLatin1String("delete")) {
            QVERIFY(!QFile::exists(t.path()));
        } else if (action == QLatin1String("move")) {
            QVERIFY(!QFile::exists(t.path()));
            QCOMPARE(stationNames(moved),
                     (QStringList{QStringLiteral("汉街代表联络站"), QStringLiteral("已保存的站")}));
        } else {
            QCOMPARE(stationNames(t.path()), QStringList{QStringLiteral("另一个联络站")});
        }
    }

    void readOnlyFileOrFolderIsExplained_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("expected");
        QTest::newRow("read-only file: writing refused, reading works")
            << false << QStringLiteral("is read-only");
        QTest::newRow("read-only folder: the working files are explained")
            << true << QStringLiteral("does not allow creating files");
    }

    void readOnlyFileOrFolderIsExplained()
    {
        QFETCH(bool, folder);
        QFETCH(QString, expected);
        // Root may write anything; the program then runs as the unprivileged user "nobody" (setpriv).
        QStringList prefix;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: file permissions cannot be tried");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral(LL_CLI_PATH)};
            QProcess probe;
            probe.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral("--version")});
            if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
                probe.exitCode() != 0)
                QSKIP("the command-line program cannot be run as another user from this build folder");
        }
        TestDatabase t;
        t.close();
        const QString dir = QFileInfo(t.path()).absolutePath();
        const QFileDevice::Permissions readable =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions traversable =
            readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(
            t.path(), folder ? readable | QFileDevice::WriteOwner | QFileDevice::WriteOther : readable));
        QVERIFY(QFile::setPermissions(
            dir, folder ? traversable : traversable | QFileDevice::WriteOwner | QFileDevice::WriteOther));
        const QByteArray before = fileBytes(t.path());
        const auto run = [&](const QStringList &arguments) {
            if (prefix.isEmpty())
                return runCli(arguments);
            QProcess process;
            process.start(prefix.first(), prefix.mid(1) + arguments);
            CliRun r;
            if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
                r.exitCode = process.exitCode();
            r.out = QString::fromUtf8(process.readAllStandardOutput());
            r.err = QString::fromUtf8(process.readAllStandardError());
            return r;
        };
        // A write: refused with the reason, exit 1.
        const CliRun write = run({QStringLiteral("check"), QStringLiteral("--db"), t.path()});
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(expected), qPrintable(write.err));
        // A read: works on a read-only file; in a read-only folder it is refused with the same reason.
        const CliRun read = run({QStringLiteral("stats"), QStringLiteral("--db"), t.path(),
                                 QStringLiteral("--year"), QStringLiteral("2022")});
        if (folder) {
            QCOMPARE(read.exitCode, 1);
            QVERIFY2(read.err.contains(expected), qPrintable(read.err));
        } else {
            QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        }
        QVERIFY(QFile::setPermissions(dir, traversable | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(t.path(), readable | QFileDevice::WriteOwner));
        QCOMPARE(fileBytes(t.path()), before);
        // Nothing left beside the file but, after a read, SQLite's empty log and its index (a reader may
        // not remove them).
        QStringList left = QDir(dir).entryList(QDir::Files);
        left.removeAll(QStringLiteral("ledger.sqlite"));
        left.removeAll(QStringLiteral("ledger.sqlite-shm"));
        QVERIFY2(QFileInfo(t.path() + QStringLiteral("-wal")).size() == 0, "a log with pages was left");
        left.removeAll(QStringLiteral("ledger.sqlite-wal"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
