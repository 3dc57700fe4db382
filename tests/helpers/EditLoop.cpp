// ll-editloop: a child process for tst_crashloop. It edits a ledger file in an endless loop of small
// transactions — registering appeals, taking workflow steps, updating, deleting, and registering three
// appeals at once — and after each commit prints one line saying what is now stored, flushed at once.
// The test kills it with SIGKILL at random moments and checks that everything it reported is in the
// file, complete. Built only with the tests; never installed.
//
// Usage: ll-editloop FILE RUN SEED
// Lines printed (space-separated, after the commit returned):
//   insert ID NUMBER MARKER      an appeal with content MARKER and status registered
//   step ID STATUS               the appeal reached STATUS through the workflow
//   update ID RUN SEQ            the appeal's notes now read "update RUN SEQ"
//   delete ID                    the appeal is in the recycle bin
//   batch TAG ID ID ID           three appeals with notes TAG, registered in one transaction

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/StationRepository.h"
#include "rules/AppealWorkflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSettings>

#include <cstdio>

namespace {

void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what, const Status &status)
{
    const QByteArray bytes =
        (QStringLiteral("error ") + what + QStringLiteral(": ") + status.message()).toUtf8();
    std::fprintf(stderr, "%s\n", bytes.constData());
    std::exit(1);
}

Appeal newAppeal(qint64 deputyId, const QString &content, const QString &notes)
{
    Appeal a;
    a.receivedOn = QDate::currentDate().addDays(-20);
    a.channel = QStringLiteral("onsite");
    a.deputyId = deputyId;
    a.personName = QStringLiteral("王芳");
    a.personPhone = QStringLiteral("13987654321");
    a.content = content;
    a.category = QStringLiteral("城市建设");
    a.notes = notes;
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ll-editloop FILE RUN SEED\n");
        return 2;
    }
    // The test turns automatic backups off in the shared (isolated) settings; say it here too so that a
    // run by hand never fills the backup folder.
    QSettings().setValue(QStringLiteral("automaticBackups"), false);
    const QString run = args.at(2);
    QRandomGenerator random(args.at(3).toUInt());

    auto opened = Database::open(args.at(1));
    if (!opened.status)
        die(QStringLiteral("open"), opened.status);
    Database &db = *opened.database;

    if (StationRepository(db).all().isEmpty()) {
        Station station;
        station.name = QStringLiteral("汉街代表联络站");
        if (Status s = StationRepository(db).insert(station); !s)
            die(QStringLiteral("station"), s);
    }
    qint64 deputyId = db.scalar(QStringLiteral("SELECT id FROM deputies ORDER BY id LIMIT 1")).toLongLong();
    if (deputyId == 0) {
        Deputy d;
        d.name = QStringLiteral("李建国");
        d.gender = QStringLiteral("male");
        d.level = QStringLiteral("municipal");
        d.term = 15;
        d.termStart = QDate(2021, 1, 1);
        if (Status s = DeputyRepository(db).insert(d); !s)
            die(QStringLiteral("deputy"), s);
        deputyId = d.id;
    }
    report(QStringLiteral("ready"));

    AppealRepository appeals(db);
    AppealWorkflow workflow(db);
    const QDate day = QDate::currentDate().addDays(-19);
    for (qint64 seq = 1;; ++seq) {
        const QString marker = QStringLiteral("r%1-s%2").arg(run).arg(seq);
        const quint32 op = random.bounded(100);
        // A live appeal to work on, picked at random among the newest ones.
        const qint64 target =
            db.scalar(QStringLiteral("SELECT id FROM (SELECT id FROM appeals WHERE deleted_at IS "
                                     "NULL ORDER BY id DESC LIMIT 20) ORDER BY random() LIMIT 1"))
                .toLongLong();
        if (op < 35 || target == 0) {
            Appeal a = newAppeal(deputyId, marker, {});
            if (Status s = appeals.insert(a); !s)
                die(QStringLiteral("insert"), s);
            report(QStringLiteral("insert %1 %2 %3").arg(a.id).arg(a.number, marker));
        } else if (op < 65) {
            const std::optional<Appeal> a = appeals.find(target);
            Status s;
            QString reached;
            if (a->status == QLatin1String("registered")) {
                s = workflow.accept(target, day, marker);
                reached = QStringLiteral("accepted");
            } else if (a->status == QLatin1String("accepted")) {
                s = workflow.assign(target, day, QStringLiteral("department"), QStringLiteral("区住建局"),
                                    day.addDays(30));
                reached = QStringLiteral("in_progress");
            } else if (a->status == QLatin1String("in_progress") && random.bounded(2) == 0) {
                s = workflow.push(target, day, marker);
                reached = QStringLiteral("in_progress");
            } else if (a->status == QLatin1String("in_progress")) {
                s = workflow.resolve(target, day, marker);
                reached = QStringLiteral("resolved");
            } else {
                continue;
            }
            if (!s)
                die(QStringLiteral("step"), s);
            report(QStringLiteral("step %1 %2").arg(target).arg(reached));
        } else if (op < 85) {
            std::optional<Appeal> a = appeals.find(target);
            a->notes = QStringLiteral("update %1 %2").arg(run).arg(seq);
            if (Status s = appeals.update(*a); !s)
                die(QStringLiteral("update"), s);
            report(QStringLiteral("update %1 %2 %3").arg(target).arg(run).arg(seq));
        } else if (op < 92) {
            if (Status s = appeals.remove(target); !s)
                die(QStringLiteral("delete"), s);
            report(QStringLiteral("delete %1").arg(target));
        } else {
            // Three appeals in one transaction: the file must hold all three or none.
            Transaction tx(db);
            if (!tx.isActive())
                die(QStringLiteral("batch"), tx.status());
            QStringList ids;
            for (int i = 0; i < 3; ++i) {
                Appeal a = newAppeal(deputyId, marker + QStringLiteral("-%1").arg(i),
                                     QStringLiteral("batch ") + marker);
                if (Status s = appeals.insert(a); !s)
                    die(QStringLiteral("batch insert"), s);
                ids << QString::number(a.id);
            }
            if (Status s = tx.commit(); !s)
                die(QStringLiteral("batch commit"), s);
            report(QStringLiteral("batch %1 %2").arg(marker, ids.join(QLatin1Char(' '))));
        }
    }
}
