#pragma once

#include "storage/Database.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

/// A fresh temporary ledger file per test, with its own station, removed afterwards.
class TestDatabase
{
public:
    /// Creates and opens `ledger.sqlite` in a new temporary folder; with a station unless told not to.
    explicit TestDatabase(bool withStation = true);

    Database &db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    qint64 stationId() const { return m_stationId; }
    /// Closes the connection (e.g. before another process or a byte comparison touches the file).
    void close() { m_db.reset(); }
    /// Opens the file again after close().
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_stationId = 0;
};

/// Points QStandardPaths, QSettings and the default database at a temporary folder so that a test
/// never reads or writes the real user's files. Call from initTestCase() (or main) before anything else.
void isolateUserFolders();

/// Result of running liaison-ledger-cli.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real liaison-ledger-cli with `arguments` (and optional standard input), waiting up to `timeoutMs`.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000);

/// The bytes of a file (for "unchanged byte for byte" checks).
QByteArray fileBytes(const QString &path);
