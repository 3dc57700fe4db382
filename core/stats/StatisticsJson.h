#pragma once

#include "stats/YearStatistics.h"

#include <QJsonObject>

/// The stable JSON form of a year's figures (`liaison-ledger-cli stats --json`); keys are documented in
/// docs/STATS.md and are a public interface: add keys, never rename or remove them.
namespace StatisticsJson {
QJsonObject toJson(const YearStatistics &s);
} // namespace StatisticsJson
