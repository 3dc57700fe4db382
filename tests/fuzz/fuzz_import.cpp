// libFuzzer target: core/io/LedgerImport on arbitrary bytes, into a real ledger file that already holds
// a station, a deputy and an appeal (so that matching by name and UUID is exercised). Every input is
// imported as a dry run and then for real inside an outer transaction that is rolled back, so the file
// stays the same from one input to the next. The size of the input picks the options. See
// docs/FUZZING.md.

#include "FuzzSupport.h"

#include "io/LedgerImport.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/StationRepository.h"
#include "storage/Database.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<Database> s_db;

[[noreturn]] void fail(const char *what, const Status &status)
{
    std::fprintf(stderr, "%s: %s\n", what, status.message().toUtf8().constData());
    std::abort();
}

qint64 rowCount()
{
    return s_db
        ->scalar(QStringLiteral("SELECT (SELECT count(*) FROM appeals) + (SELECT count(*) FROM deputies) + "
                                "(SELECT count(*) FROM activities) + (SELECT count(*) FROM suggestions)"))
        .toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialise(argc, argv);
    auto opened = Database::open(QDir(FuzzSupport::folder()).filePath(QStringLiteral("ledger.sqlite")));
    if (!opened.status)
        fail("open", opened.status);
    s_db = std::move(opened.database);
    // Closed before the application object goes away at exit (static destructors run in no set order).
    std::atexit([] { s_db.reset(); });
    Station station;
    station.name = QStringLiteral("汉街代表联络站");
    if (Status s = StationRepository(*s_db).insert(station); !s)
        fail("station", s);
    Deputy d;
    d.name = QStringLiteral("李建国");
    d.gender = QStringLiteral("male");
    d.level = QStringLiteral("municipal");
    d.term = 15;
    d.termStart = QDate(2021, 1, 1);
    if (Status s = DeputyRepository(*s_db).insert(d); !s)
        fail("deputy", s);
    Appeal a;
    a.receivedOn = QDate(2022, 3, 5);
    a.channel = QStringLiteral("onsite");
    a.deputyId = d.id;
    a.personName = QStringLiteral("张三");
    a.content = QStringLiteral("路灯不亮");
    a.category = QStringLiteral("城市建设");
    if (Status s = AppealRepository(*s_db).insert(a); !s)
        fail("appeal", s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(QStringLiteral("input.csv"), data, size);
    ImportOptions options;
    options.allOrNothing = (size & 1) != 0;
    options.createMissingDeputies = (size & 2) != 0;
    options.rejectFile = QDir(FuzzSupport::folder()).filePath(QStringLiteral("rejected.csv"));
    const qint64 before = rowCount();

    ImportResult dry;
    options.dryRun = true;
    LedgerImport(*s_db).run(path, options, &dry);
    if (dry.written || rowCount() != before)
        std::abort(); // a dry run wrote something

    options.dryRun = false;
    {
        Transaction outer(*s_db);
        if (!outer.isActive())
            fail("begin", outer.status());
        ImportResult real;
        const Status s = LedgerImport(*s_db).run(path, options, &real);
        // A failed import writes nothing; a successful one reports what it did.
        if (!s && rowCount() != before)
            std::abort();
        // The outer transaction is rolled back here: the next input finds the same file.
    }
    if (s_db->transactionDepth() != 0 || rowCount() != before)
        std::abort();
    return 0;
}
