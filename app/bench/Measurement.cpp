#include "Measurement.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

double Measurement::medianMs(int runs, const std::function<void()> &operation)
{
    operation(); // warm-up: page cache, SQLite's statement cache, Qt's lazy initialisation
    QList<double> times;
    for (int i = 0; i < std::max(1, runs); ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    return n % 2 ? times.at(n / 2) : (times.at(n / 2 - 1) + times.at(n / 2)) / 2;
}
