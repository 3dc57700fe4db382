#pragma once

#include <QString>

class Database;

/// Every row of the ledger tables as text, to prove that a refused operation changed nothing.
QString ledgerSnapshot(const Database &db);
