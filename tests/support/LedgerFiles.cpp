#include "LedgerFiles.h"

#include "TestDatabase.h"

#include "io/LedgerExport.h"
#include "ledgers/StationRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include <sqlite3.h>

namespace LedgerFiles {

void makeClosedLedger(TestDatabase &t, bool damaged)
{
    {
        // One transaction: one sync instead of 300.
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        for (int i = 0; i < 300; ++i) {
            Station s;
            s.name = QStringLiteral("站%1 ").arg(i).repeated(20);
            QVERIFY(StationRepository(t.db()).insert(s));
        }
        QVERIFY(tx.commit());
    }
    t.close();
    if (!damaged)
        return;
    QFile f(t.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 10 * 4096);
    f.seek(6 * 4096);
    f.write(QByteArray(4096, char(0x5A)));
}

void writeStaleLock(const QString &databasePath)
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    const qint64 pid = p.processId() > 0 ? p.processId() : 999999;
    QFile lock(DatabaseLock::lockPath(databasePath));
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.write(QStringLiteral(
                   R"({"user":"wangf","clerk":"王芳","machine":"%1","pid":%2,"since":"%3","heartbeat":"%3"})")
                   .arg(QSysInfo::machineHostName())
                   .arg(pid)
                   .arg(QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate))
                   .toUtf8());
}

Status writeFullBundle(Database &db, const QString &folder)
{
    ExportOptions options;
    options.fullPersonalData = true;
    return LedgerExport(db).writeBundle(options, folder, QStringLiteral("csv"));
}

bool writeOldFormatFile(const QString &path, int version, const QByteArray &rows)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &raw) != SQLITE_OK)
        return false;
    QByteArray sql = "BEGIN;";
    for (int v = 1; v <= version; ++v) {
        if (v == 3)
            sql += rows;
        for (const QString &statement : Migrations::statements(v))
            sql += statement.toUtf8() + ";\n";
    }
    if (version < 3)
        sql += rows;
    sql += "PRAGMA application_id = " + QByteArray::number(Database::kApplicationId) +
           "; PRAGMA user_version = " + QByteArray::number(version) + "; COMMIT;";
    char *error = nullptr;
    const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning("%s", error);
    sqlite3_free(error);
    sqlite3_close(raw);
    return rc == SQLITE_OK;
}

} // namespace LedgerFiles
