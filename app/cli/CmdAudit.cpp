#include "CliCommand.h"

#include "common/Ids.h"
#include "safety/AuditTrail.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

/// The human-readable listing: one line per entry, then one indented line per changed field.
QString textListing(const AuditTrail &trail, const QList<AuditEntry> &entries, bool mask)
{
    QString text;
    for (const AuditEntry &e : entries) {
        QString line = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ")
            + AuditTrail::actorText(e) + QStringLiteral("  ") + AuditTrail::actionLabel(e.action);
        const QString record = AuditTrail::recordText(e);
        if (!record.isEmpty())
            line += QStringLiteral("  ") + record;
        if (e.recordId > 0)
            line += QStringLiteral(" (%1:%2)").arg(e.table).arg(e.recordId);
        text += line + QLatin1Char('\n');
        for (const AuditFieldChange &c : AuditTrail::shownChanges(e)) {
            const QString oldText = trail.displayValue(e.table, c.field, c.oldValue, mask);
            const QString newText = trail.displayValue(e.table, c.field, c.newValue, mask);
            QString change;
            if (e.action == QLatin1String("update") || e.action == QLatin1String("soft_delete")
                || e.action == QLatin1String("restore"))
                change = CliContext::tr("%1 → %2").arg(oldText, newText);
            else
                change = e.action == QLatin1String("delete") ? oldText : newText;
            // One line per field: line breaks inside a value are shown as ⏎.
            change.replace(QLatin1Char('\n'), QChar(0x23CE));
            text += QStringLiteral("    ") + AuditTrail::fieldLabel(e.table, c.field) + QStringLiteral(": ") + change
                + QLatin1Char('\n');
        }
    }
    return text;
}

int runAudit(CliContext &c)
{
    const bool json = c.parser().isSet(QStringLiteral("json"));
    const bool csv = c.parser().isSet(QStringLiteral("csv"));
    if (json && csv)
        return c.usageError(CliContext::tr("Choose one of --json and --csv."));
    QDate since;
    if (c.parser().isSet(QStringLiteral("since"))) {
        since = Ids::parseDate(c.parser().value(QStringLiteral("since")));
        if (!since.isValid())
            return c.usageError(CliContext::tr("--since must be a date like 2022-12-31, not \"%1\".")
                                    .arg(c.parser().value(QStringLiteral("since"))));
    }
    const bool hasRecord = c.parser().isSet(QStringLiteral("record"));
    const QString recordText = c.parser().value(QStringLiteral("record")).trimmed();
    if (hasRecord && recordText.isEmpty())
        return c.usageError(CliContext::tr("--record needs a ledger number (2022-0031), a uuid, table:id or an id."));
    const QString out = c.parser().value(QStringLiteral("out"));
    if (c.parser().isSet(QStringLiteral("out")) && out.isEmpty())
        return c.usageError(CliContext::tr("--out needs a file name."));
    const bool full = c.parser().isSet(QStringLiteral("full-personal-data"));

    // Reading the trail needs no write access, unless full personal data leave the program: that is
    // itself recorded in the trail.
    auto db = c.openDatabase(!full);
    if (!db)
        return ExitCode::Failure;
    AuditTrail trail(*db);
    QList<AuditEntry> entries;
    Status status;
    if (hasRecord) {
        QString error;
        const QList<AuditRecordRef> records = trail.resolve(recordText, &error);
        if (records.isEmpty())
            return c.fail(error);
        entries = trail.entries(records, since, &status);
    } else {
        AuditQuery query;
        query.since = since;
        query.limit = 0;
        entries = trail.entries(query, &status);
    }
    if (!status)
        return c.fail(status.message());

    QByteArray bytes;
    if (csv) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        trail.writeCsv(entries, &buffer, !full);
    } else if (json) {
        bytes = QJsonDocument(AuditTrail::toJson(entries, !full)).toJson(QJsonDocument::Indented);
    } else {
        bytes = textListing(trail, entries, !full).toUtf8();
    }

    const auto write = [&]() -> Status {
        if (out.isEmpty()) {
            c.out() << QString::fromUtf8(bytes);
            c.out().flush();
            return Status::ok();
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Status::failure(CliContext::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(out),
                                                                                   file.errorString()));
        return Status::ok();
    };
    if (full) {
        Transaction tx(*db);
        if (!tx.isActive())
            return c.fail(tx.status().message());
        AuditExportRecord record;
        record.what = QStringLiteral("audit");
        record.path = out.isEmpty() ? QStringLiteral("-") : QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
        record.format = csv ? QStringLiteral("csv") : (json ? QStringLiteral("json") : QStringLiteral("text"));
        if (Status s = trail.recordExport(record); !s)
            return c.fail(s.message());
        if (Status s = write(); !s)
            return c.fail(s.message());
        if (Status s = tx.commit(); !s)
            return c.fail(s.message());
    } else if (Status s = write(); !s) {
        return c.fail(s.message());
    }
    if (!out.isEmpty())
        c.err() << CliContext::tr("Wrote %n audit entries to %1.", nullptr, int(entries.size()))
                       .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("audit"),
    QT_TRANSLATE_NOOP("CliCommand", "Print the audit trail: who changed what and when, field by field."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("record"),
                              CliContext::tr("Only this record and what belongs to it: a ledger number (2022-0031), a "
                                             "uuid, table:id (appeals:42) or an id."),
                              CliContext::tr("ID|NUMBER|UUID")});
        c.parser().addOption({QStringLiteral("since"), CliContext::tr("Only changes on or after this day (UTC)."),
                              CliContext::tr("DATE")});
        c.parser().addOption({QStringLiteral("json"), CliContext::tr("Print JSON (see docs/AUDIT.md).")});
        c.parser().addOption({QStringLiteral("csv"), CliContext::tr("Print Excel-safe CSV, one row per changed field.")});
        c.parser().addOption({QStringLiteral("out"), CliContext::tr("Write to this file instead of the screen."),
                              CliContext::tr("FILE")});
        c.parser().addOption({QStringLiteral("full-personal-data"),
                              CliContext::tr("Show constituents' names, phones and addresses unmasked (recorded in "
                                             "the audit trail).")});
    },
    runAudit);
