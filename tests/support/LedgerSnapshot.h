#pragma once

#include <QString>
#include <QStringList>

class Database;

/// Every row of the ledger tables as text, to prove that a refused operation changed nothing.
QString ledgerSnapshot(const Database &db);

/// Every ledger row as our full export writes it (one line per row, "ledger|cells"), in the export's
/// order: equal lists mean equal records, links (by UUID) and child rows (timeline, visits, contact
/// voters, rounds) — an export → import round trip lost nothing. `year` 0: every year.
QStringList exportedRows(Database &db, int year = 0);
