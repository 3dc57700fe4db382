#include "CliCommand.h"

#include "io/LedgerExport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace {

/// Options shared by export and export-bundle; returns false (after printing) on a usage error.
bool readCommon(CliContext &c, ExportOptions &o, QString &format, bool yearRequired)
{
    if (!c.intOption(QStringLiteral("year"), &o.year, 1990, 2100, yearRequired))
        return false;
    o.fullPersonalData = c.parser().isSet(QStringLiteral("full-personal-data"));
    format = c.parser().value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        c.usageError(CliContext::tr("--format must be csv or xlsx, not \"%1\".").arg(format));
        return false;
    }
    return true;
}

void addCommon(CliContext &c)
{
    c.parser().addOption({QStringLiteral("year"), CliContext::tr("Only records of this year."), CliContext::tr("YEAR")});
    c.parser().addOption({QStringLiteral("format"), CliContext::tr("csv (default) or xlsx."), CliContext::tr("FORMAT")});
    c.parser().addOption({QStringLiteral("full-personal-data"),
                          CliContext::tr("Export constituents' phone numbers unmasked and the personal data of "
                                         "confidential appeals (for the station's own backups only).")});
}

int runExport(CliContext &c)
{
    ExportOptions o;
    QString format;
    if (!readCommon(c, o, format, true))
        return ExitCode::Usage;
    const QString ledgerName = c.parser().value(QStringLiteral("ledger"));
    const auto ledger = Ledgers::fromName(ledgerName);
    if (ledgerName.isEmpty())
        return c.usageError(CliContext::tr("--ledger is required: deputies, enterprises, profiles, appeals, suggestions, "
                                           "visits or activities."));
    if (!ledger)
        return c.usageError(CliContext::tr("Unknown ledger \"%1\": use deputies, enterprises, profiles, appeals, "
                                           "suggestions, visits or activities.")
                                .arg(ledgerName));
    const QString out = c.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("--out is required: the file to write."));
    // A full-data export is recorded in the audit trail, which needs the file open for writing.
    auto db = c.openDatabase(!o.fullPersonalData);
    if (!db)
        return ExitCode::Failure;
    LedgerExport exporter(*db);
    if (c.parser().isSet(QStringLiteral("deputy"))) {
        QString error;
        o.deputyId = exporter.resolveDeputy(c.parser().value(QStringLiteral("deputy")), &error);
        if (o.deputyId == 0)
            return c.fail(error);
    }
    qint64 rows = 0;
    Status s;
    if (format == QLatin1String("xlsx")) {
        QList<qint64> counts;
        s = exporter.writeXlsx({*ledger}, o, out, &counts);
        rows = counts.value(0);
    } else {
        s = exporter.writeCsv(*ledger, o, out, &rows);
    }
    if (!s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Wrote %1 rows of %2 to %3%4")
                   .arg(rows)
                   .arg(Ledgers::chineseTitle(*ledger), QDir::toNativeSeparators(out),
                        o.fullPersonalData ? CliContext::tr(" (with full personal data)")
                                           : CliContext::tr(" (phone numbers masked)"))
            << Qt::endl;
    return ExitCode::Ok;
}

int runBundle(CliContext &c)
{
    ExportOptions o;
    QString format;
    if (!readCommon(c, o, format, true))
        return ExitCode::Usage;
    const QString out = c.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("--out is required: the folder to write the bundle into."));
    // A full-data export is recorded in the audit trail, which needs the file open for writing.
    auto db = c.openDatabase(!o.fullPersonalData);
    if (!db)
        return ExitCode::Failure;
    QJsonObject manifest;
    if (Status s = LedgerExport(*db).writeBundle(o, out, format, &manifest); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Wrote the %1 bundle of %2 to %3:").arg(format).arg(o.year).arg(QDir::toNativeSeparators(out))
            << Qt::endl;
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &f : files) {
        const QJsonObject o2 = f.toObject();
        const QJsonValue rows = o2.value(QStringLiteral("rows"));
        c.out() << "  " << o2.value(QStringLiteral("name")).toString() << "  "
                << (rows.isObject() ? QString() : QString::number(rows.toInteger())) << Qt::endl;
    }
    c.out() << "  manifest.json" << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("export"),
    QT_TRANSLATE_NOOP("CliCommand", "Export one ledger as an Excel-safe CSV file or an .xlsx workbook."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("ledger"),
                              CliContext::tr("deputies, enterprises, profiles, appeals, suggestions, visits or activities."),
                              CliContext::tr("NAME")});
        c.parser().addOption({QStringLiteral("out"), CliContext::tr("The file to write."), CliContext::tr("FILE")});
        c.parser().addOption({QStringLiteral("deputy"), CliContext::tr("Only this deputy's records (number or name)."),
                              CliContext::tr("ID|NAME")});
        addCommon(c);
    },
    runExport);

LL_CLI_COMMAND(
    QStringLiteral("export-bundle"),
    QT_TRANSLATE_NOOP("CliCommand", "Write every ledger of a year and a manifest into a folder for the district."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("out"), CliContext::tr("The folder to write."), CliContext::tr("DIR")});
        addCommon(c);
    },
    runBundle);
