#include "CliCommand.h"

#include "safety/RecycleBin.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString refText(const RecycleRef &ref)
{
    return RecycleBin::kindCode(ref.kind) % QLatin1Char(':') % QString::number(ref.id);
}

/// Parses KIND:ID values of `option`; on a bad one prints a usage error and returns false.
bool refsOption(CliContext &c, const QString &option, QList<RecycleRef> *refs)
{
    for (const QString &value : c.parser().values(option)) {
        const QString kind = value.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        const qint64 id = value.section(QLatin1Char(':'), 1).toLongLong(&ok);
        const std::optional<RecycleKind> k = RecycleBin::kindFromCode(kind);
        if (!k || !ok || id <= 0) {
            c.usageError(
                CliContext::tr("--%1 takes KIND:ID as --list prints it (e.g. appeal:12), not \"%2\".")
                    .arg(option, value.left(100)));
            return false;
        }
        refs->append({*k, id});
    }
    return true;
}

void printList(CliContext &c, const QList<RecycleBinEntry> &entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const RecycleBinEntry &e : entries) {
            array.append(
                QJsonObject{{QStringLiteral("ref"), refText(e.ref)},
                            {QStringLiteral("kind"), RecycleBin::kindCode(e.ref.kind)},
                            {QStringLiteral("id"), e.ref.id},
                            {QStringLiteral("label"), e.label},
                            {QStringLiteral("detail"), e.detail},
                            {QStringLiteral("deputy"), e.deputy},
                            {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                            {QStringLiteral("deleted_at"), e.deletedAt.toUTC().toString(Qt::ISODate)}});
        }
        c.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    if (entries.isEmpty()) {
        c.out() << CliContext::tr("The recycle bin is empty.") << Qt::endl;
        return;
    }
    for (const RecycleBinEntry &e : entries) {
        c.out() << refText(e.ref) << '\t' << RecycleBin::describe(e) << '\t' << e.deputy << '\t'
                << e.deletedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t' << e.detail.left(60)
                << '\n';
    }
    c.out() << CliContext::tr("%n record(s) in the recycle bin.", nullptr, int(entries.size())) << Qt::endl;
}

/// Prints what a purge does (or would do) with its refs, and what stays.
void printPlan(CliContext &c, const RecycleBin::PurgePlan &plan, bool done)
{
    for (const RecycleRef &ref : plan.purged)
        c.out() << refText(ref) << '\n';
    for (const auto &kept : plan.kept)
        c.out() << kept.second << '\n';
    const int n = int(plan.purged.size());
    c.out() << (done ? CliContext::tr("%n record(s) deleted permanently.", nullptr, n)
                     : CliContext::tr("%n record(s) would be deleted permanently; add --yes to do it.",
                                      nullptr, n))
            << Qt::endl;
}

int runRecycleBin(CliContext &c)
{
    const bool restore = c.parser().isSet(QStringLiteral("restore"));
    const bool purge = c.parser().isSet(QStringLiteral("purge"));
    const bool empty = c.parser().isSet(QStringLiteral("empty"));
    if (int(restore) + int(purge) + int(empty) > 1)
        return c.usageError(CliContext::tr("Choose one of --restore, --purge and --empty."));
    QList<RecycleRef> refs;
    if (!refsOption(c, QStringLiteral("restore"), &refs) || !refsOption(c, QStringLiteral("purge"), &refs))
        return ExitCode::Usage;
    const bool yes = c.parser().isSet(QStringLiteral("yes"));
    const bool writes = restore || ((purge || empty) && yes);
    auto db = c.openDatabase(!writes);
    if (!db)
        return ExitCode::Failure;
    RecycleBin bin(*db);
    if (restore) {
        if (Status s = bin.restore(refs); !s)
            return c.fail(s.message());
        c.out() << CliContext::tr("%n record(s) restored.", nullptr, int(refs.size())) << Qt::endl;
        return ExitCode::Ok;
    }
    if (purge || empty) {
        RecycleBin::PurgePlan plan = empty ? bin.planEmpty() : bin.planPurge(refs);
        if (yes) {
            const Status s = empty ? bin.empty(&plan) : bin.purge(refs, &plan);
            if (!s)
                return c.fail(s.message());
        }
        printPlan(c, plan, yes);
        return ExitCode::Ok;
    }
    printList(c, bin.entries(), c.parser().isSet(QStringLiteral("json")));
    c.out().flush();
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("recycle-bin"),
    QT_TRANSLATE_NOOP("CliCommand", "List, restore or permanently delete the records in the recycle bin."),
    [](CliContext &c) {
        c.parser().addOption(
            {QStringLiteral("list"), CliContext::tr("List the records in the recycle bin (the default).")});
        c.parser().addOption({QStringLiteral("json"), CliContext::tr("With --list: print a JSON list.")});
        c.parser().addOption(
            {QStringLiteral("restore"),
             CliContext::tr("Restore this record (KIND:ID as --list prints it; may be repeated)."),
             CliContext::tr("KIND:ID")});
        c.parser().addOption(
            {QStringLiteral("purge"),
             CliContext::tr("Delete this record permanently, with what belongs to it (may be repeated)."),
             CliContext::tr("KIND:ID")});
        c.parser().addOption({QStringLiteral("empty"), CliContext::tr("Empty the recycle bin.")});
        c.parser().addOption(
            {QStringLiteral("yes"),
             CliContext::tr(
                 "With --purge or --empty: really delete (without it, only show what would go).")});
    },
    runRecycleBin);
