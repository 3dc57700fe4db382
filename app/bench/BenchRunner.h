#pragma once

#include "BenchReport.h"

#include <QString>
#include <QTextStream>

/// Runs the benchmark: makes (or reuses) the demo files in the cache folder, times each operation on
/// each file, and adds the figures to the report.
class BenchRunner
{
public:
    BenchRunner(const QString &cacheFolder, int runs, BenchReport *report, QTextStream *progress);

    void setImportEnabled(bool enabled) { m_importEnabled = enabled; }
    void setMemoryEnabled(bool enabled) { m_memoryEnabled = enabled; }
    /// Returns false (after saying why on the progress stream) when a demo file cannot be made.
    bool run(const QList<qint64> &sizes);

private:
    /// The cached demo file with `appeals` appeals, generated when missing or of an older schema.
    QString demoFile(qint64 appeals);
    void measureFile(const QString &path, qint64 appeals);
    void measureList(const QString &path, qint64 appeals);
    void measureQueuesAndStatistics(const QString &path, qint64 appeals);
    void measureReport(const QString &path, qint64 appeals);
    void measureExport(const QString &path, qint64 appeals);
    void measureImport(const QString &sourcePath, qint64 sourceAppeals);
    void measureMemory(const QString &path, qint64 appeals);
    void add(const QString &key, const QString &label, qint64 appeals, double value, const QString &unit,
             std::optional<double> target = std::nullopt, std::optional<double> cpuMs = std::nullopt);
    void addTiming(const QString &key, const QString &label, qint64 appeals,
                   const Measurement::Timing &timing);
    /// Issue #7's target for `key` at `appeals`, if it sets one.
    static std::optional<double> target(const QString &key, qint64 appeals);
    void say(const QString &line);
    /// Timed runs for an operation that reads every row of a file of `appeals` appeals.
    int runsFor(qint64 appeals) const;

    QString m_cache;
    int m_runs;
    BenchReport *m_report;
    QTextStream *m_progress;
    bool m_importEnabled = true;
    bool m_memoryEnabled = true;
};
