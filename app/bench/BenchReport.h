#pragma once

#include "Measurement.h"

#include <QList>
#include <QTextStream>

/// Prints the benchmark's figures: a table for people, or JSON under stable keys for scripts.
class BenchReport
{
public:
    void add(const Measurement &measurement) { m_measurements << measurement; }
    void setNote(const QString &key, const QString &value);
    const QList<Measurement> &measurements() const { return m_measurements; }

    /// One row per figure, the sizes side by side, with the target and whether it holds.
    void printTable(QTextStream &out) const;
    /// {"machine": {...}, "results": {"10000": {"list_first_screen_ms": 12.3, ...}, ...},
    ///  "targets_missed": [...]}. Keys never change meaning between versions.
    void printJson(QTextStream &out) const;

private:
    QList<Measurement> m_measurements;
    QList<std::pair<QString, QString>> m_notes;
};
