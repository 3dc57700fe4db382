#pragma once

#include <QString>

#include <functional>
#include <optional>

/// One figure of the benchmark: what was measured, on which file size, and the target it is held to.
struct Measurement
{
    /// How long an operation took: wall-clock time (what the clerk waits) and the CPU time it used
    /// (this process and its children — steadier than wall time on a machine shared with other work).
    struct Timing
    {
        double wallMs = 0;
        double cpuMs = 0;
    };

    QString key;                  ///< stable JSON key, e.g. "list_first_screen_ms"
    QString label;                ///< what the table shows
    qint64 appeals = 0;           ///< size of the file it was measured on
    double value = 0;             ///< milliseconds (wall clock), a ratio or megabytes (see unit)
    QString unit;                 ///< "ms", "x" or "MB"
    std::optional<double> cpuMs;  ///< for timings: the median CPU time
    std::optional<double> target; ///< issue #7's limit for this size, when it sets one

    bool meetsTarget() const { return !target || value <= *target; }

    /// Runs `operation` once to warm caches, then `runs` times, and returns the medians.
    static Timing median(int runs, const std::function<void()> &operation);
    /// The same, with `prepare` run untimed before each run (e.g. to drop what the last run cached).
    static Timing median(int runs, const std::function<void()> &prepare,
                         const std::function<void()> &operation);
};
