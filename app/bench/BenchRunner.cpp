#include "BenchRunner.h"

#include "demo/DemoGenerator.h"
#include "ledgers/DailyQueueCounter.h"
#include "stats/Statistics.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace {

/// Issue #7's targets, at 100,000 and 1,000,000 appeals.
struct Target
{
    const char *key;
    qint64 appeals;
    double limit;
};
constexpr Target kTargets[] = {
    {"list_first_screen_ms", 100000, 100},    {"list_sort_by_date_ms", 100000, 50},
    {"list_filter_category_ms", 100000, 50},  {"list_search_chinese_ms", 100000, 50},
    {"today_queues_ms", 100000, 50},          {"year_statistics_ms", 100000, 200},
    {"annual_report_pdf_ms", 100000, 2000},   {"csv_export_vs_sqlite3_ratio", 100000, 1.5},
    {"csv_import_100k_ms", 100000, 5000},     {"list_first_screen_ms", 1000000, 300},
    {"list_search_chinese_ms", 1000000, 200}, {"desktop_peak_rss_mb", 1000000, 300},
};

/// The demo files span three years, the last one still open on kToday, so that the Today queues have
/// work in them and a finished year (kYear) has its statistics and report. Fixed dates keep the files
/// and the figures the same whenever the benchmark runs.
constexpr int kFirstYear = 2023;
constexpr int kYear = 2025;
const QDate kToday(2025, 11, 14);

QString fileNameFor(qint64 appeals)
{
    return QStringLiteral("demo-%1-appeals.sqlite").arg(appeals);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

BenchRunner::BenchRunner(const QString &cacheFolder, int runs, BenchReport *report, QTextStream *progress)
    : m_cache(cacheFolder)
    , m_runs(runs)
    , m_report(report)
    , m_progress(progress)
{}

std::optional<double> BenchRunner::target(const QString &key, qint64 appeals)
{
    for (const Target &t : kTargets) {
        if (key == QLatin1String(t.key) && appeals == t.appeals)
            return t.limit;
    }
    return std::nullopt;
}

void BenchRunner::add(const QString &key, const QString &label, qint64 appeals, double value,
                      const QString &unit, std::optional<double> limit)
{
    Measurement m;
    m.key = key;
    m.label = label;
    m.appeals = appeals;
    m.value = value;
    m.unit = unit;
    m.target = limit ? limit : target(key, appeals);
    m_report->add(m);
    say(QStringLiteral("  %1: %2 %3").arg(label).arg(value, 0, 'f', 2).arg(unit));
}

void BenchRunner::say(const QString &line)
{
    *m_progress << line << Qt::endl;
}

bool BenchRunner::run(const QList<qint64> &sizes)
{
    qint64 largest = 0;
    QString largestPath;
    QString importSource;
    for (qint64 appeals : sizes) {
        const QString path = demoFile(appeals);
        if (path.isEmpty())
            return false;
        measureFile(path, appeals);
        if (appeals > largest) {
            largest = appeals;
            largestPath = path;
        }
        if (appeals >= 100000 && importSource.isEmpty())
            importSource = path;
    }
    return true;
}

QString BenchRunner::demoFile(qint64 appeals)
{
    const QString path = QDir(m_cache).filePath(fileNameFor(appeals));
    if (QFileInfo::exists(path)) {
        // A file of an older schema (or damaged) is made again rather than migrated: the figures must
        // come from a file the current generator made.
        Database::OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
        if (opened.database)
            return path;
        say(QStringLiteral("Remaking %1: %2").arg(path, opened.status.message()));
    }
    const QString partial = path + QStringLiteral(".part");
    removeDatabaseFiles(partial);
    say(QStringLiteral("Generating %1 appeals into %2 (once; the file is kept for later runs)")
            .arg(appeals)
            .arg(path));
    QElapsedTimer timer;
    timer.start();
    {
        Database::OpenResult opened = Database::open(partial);
        if (!opened.database) {
            say(opened.status.message());
            return {};
        }
        // The appeals spread over the years; deputies in proportion (about 70 appeals a deputy a year,
        // as the default demo station has), between 30 and 1,000 a year.
        const int years = kYear - kFirstYear + 1;
        DemoGenerator generator(*opened.database);
        for (int i = 0; i < years; ++i) {
            DemoOptions options;
            options.year = kFirstYear + i;
            options.appeals = int(appeals / years + (i == years - 1 ? appeals % years : 0));
            options.deputies = int(std::clamp<qint64>(options.appeals / 70, 30, 1000));
            options.seed = quint32(appeals + options.year);
            options.today = kToday;
            DemoSummary summary;
            if (Status s = generator.generate(options, &summary); !s) {
                say(s.message());
                return {};
            }
        }
    }
    removeDatabaseFiles(path);
    if (!QFile::rename(partial, path)) {
        say(QStringLiteral("Cannot move %1 to %2").arg(partial, path));
        return {};
    }
    removeDatabaseFiles(partial);
    say(QStringLiteral("  generated in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return path;
}

void BenchRunner::measureFile(const QString &path, qint64 appeals)
{
    say(QStringLiteral("Measuring %1 (%2 appeals)").arg(path).arg(appeals));
    measureQueuesAndStatistics(path, appeals);
}

void BenchRunner::measureQueuesAndStatistics(const QString &path, qint64 appeals)
{
    Database::OpenResult opened = Database::open(path, Database::Mode::ReadOnly);
    Database &db = *opened.database;
    const double queues = Measurement::medianMs(m_runs, [&db] {
        const auto counts = DailyQueueCounter(db).counts(kToday);
        Q_ASSERT(!counts.isEmpty());
    });
    add(QStringLiteral("today_queues_ms"), QStringLiteral("Today: the five queue counts"), appeals, queues,
        QStringLiteral("ms"));
    const double stats = Measurement::medianMs(m_runs, [&db] {
        const YearStatistics figures = Statistics(db).compute(kYear, QDate(kYear, 12, 31));
        Q_ASSERT(figures.appealsReceived > 0);
    });
    add(QStringLiteral("year_statistics_ms"), QStringLiteral("Statistics of a year"), appeals, stats,
        QStringLiteral("ms"));
}
