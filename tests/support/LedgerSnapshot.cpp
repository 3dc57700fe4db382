#include "LedgerSnapshot.h"

#include "io/Ledger.h"
#include "io/LedgerExport.h"

#include "storage/Database.h"

#include <QSqlRecord>
#include <QStringList>

QString ledgerSnapshot(const Database &db)
{
    QStringList lines;
    for (const char *table :
         {"deputies", "appeals", "appeal_events", "suggestions", "suggestion_cosigners", "suggestion_appeals",
          "suggestion_units", "suggestion_rounds", "follow_up_visits", "vocabulary", "activities",
          "constituency_profiles", "contact_voters", "enterprise_links", "enterprise_visits"}) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!q.exec())
            continue;
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList exportedRows(Database &db, int year)
{
    QStringList rows;
    ExportOptions o;
    o.year = year;
    o.fullPersonalData = true;
    for (Ledger l : Ledgers::all()) {
        const Status s = LedgerExport(db).forEachRow(l, o, [&](const QStringList &cells) {
            rows << Ledgers::name(l) + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        });
        if (!s)
            qFatal("export failed");
    }
    return rows;
}
