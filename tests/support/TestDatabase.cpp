#include "TestDatabase.h"

#include "ledgers/StationRepository.h"
#include "storage/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

TestDatabase::TestDatabase(bool withStation)
{
    reopen();
    if (withStation) {
        Station station;
        station.name = QStringLiteral("汉街代表联络站");
        station.street = QStringLiteral("积玉桥街道");
        const Status s = StationRepository(*m_db).insert(station);
        if (!s)
            qFatal("cannot create the test station: %s", qPrintable(s.message()));
        m_stationId = station.id;
    }
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("ledger.sqlite"));
}

void TestDatabase::reopen()
{
    auto result = Database::open(path());
    if (!result.status)
        qFatal("cannot open the test database: %s", qPrintable(result.status.message()));
    m_db = std::move(result.database);
}

void isolateUserFolders()
{
    static QTemporaryDir home;
    const QByteArray root = home.path().toUtf8();
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("LIAISON_LEDGER_DB", root + "/data/ledger.sqlite");
    QStandardPaths::setTestModeEnabled(true);
    // Test mode alone puts QSettings in ~/.qttest/config, shared by every test process running at once.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString::fromUtf8(root + "/config"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QString::fromUtf8(root + "/config"));
    Paths::applyApplicationIdentity();
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LL_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
