#pragma once

#include <QString>

#include <functional>
#include <optional>

/// One figure of the benchmark: what was measured, on which file size, and the target it is held to.
struct Measurement
{
    QString key;                  ///< stable JSON key, e.g. "list_first_screen_ms"
    QString label;                ///< what the table shows
    qint64 appeals = 0;           ///< size of the file it was measured on (0: not tied to one file)
    double value = 0;             ///< milliseconds, a ratio or megabytes (see unit)
    QString unit;                 ///< "ms", "x" or "MB"
    std::optional<double> target; ///< issue #7's limit for this size, when it sets one

    bool meetsTarget() const { return !target || value <= *target; }

    /// Runs `operation` once to warm caches, then `runs` times, and returns the median in ms.
    static double medianMs(int runs, const std::function<void()> &operation);
};
