#include "Measurement.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

namespace {

/// CPU time used so far by this process and by its children that have ended (sqlite3).
double cpuNowMs()
{
    timespec self{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &self);
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return double(self.tv_sec) * 1e3 + double(self.tv_nsec) / 1e6 + ms(children.ru_utime) +
           ms(children.ru_stime);
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

Measurement::Timing Measurement::median(int runs, const std::function<void()> &operation)
{
    return median(
        runs, [] {}, operation);
}

Measurement::Timing Measurement::median(int runs, const std::function<void()> &prepare,
                                        const std::function<void()> &operation)
{
    prepare();
    operation(); // warm-up: page cache, SQLite's statement cache, Qt's lazy initialisation
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < std::max(1, runs); ++i) {
        prepare();
        const double cpuBefore = cpuNowMs();
        QElapsedTimer timer;
        timer.start();
        operation();
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuNowMs() - cpuBefore;
    }
    return {medianOf(wall), medianOf(cpu)};
}
