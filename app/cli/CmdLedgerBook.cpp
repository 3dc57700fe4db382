#include "CliCommand.h"

#include "ledgers/DeputyRepository.h"
#include "reports/LedgerBook.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

// A file name from a deputy's name that every file system accepts.
QString safeFileName(const QString &name)
{
    QString s = name;
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &ch : s)
        if (bad.contains(ch) || ch.unicode() < 32)
            ch = QLatin1Char('_');
    return s;
}

int runLedgerBook(CliContext &c)
{
    QCommandLineParser &p = c.parser();
    int year = 0;
    if (!c.intOption(QStringLiteral("year"), &year, 1990, 2100, true))
        return ExitCode::Usage;
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == p.isSet(QStringLiteral("deputy")))
        return c.usageError(CliContext::tr("Give either --deputy ID|NAME or --all."));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("Give the PDF file or the folder to write with --out."));
    const bool toPdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!all && !toPdf)
        return c.usageError(CliContext::tr("One deputy's book is written as PDF: --out must end in .pdf."));

    auto db = c.openDatabase(true);
    if (!db)
        return ExitCode::Failure;
    DeputyRepository deputies(*db);
    QList<Deputy> chosen;
    if (all) {
        chosen = deputies.inOfficeDuring(year);
        if (chosen.isEmpty())
            return c.fail(
                CliContext::tr("No deputy was in office in %1; there is no ledger book to print.").arg(year));
    } else {
        const QString key = p.value(QStringLiteral("deputy"));
        bool isId = false;
        const qint64 id = key.toLongLong(&isId);
        for (const Deputy &d : deputies.all())
            if ((isId && d.id == id) || d.name == key)
                chosen << d;
        if (chosen.isEmpty())
            return c.fail(
                CliContext::tr("There is no deputy \"%1\". Give the name as entered, or the id.").arg(key));
        if (chosen.size() > 1)
            return c.fail(CliContext::tr("%1 deputies are named \"%2\"; give the id instead.")
                              .arg(chosen.size())
                              .arg(key));
    }
    LedgerBook book(*db);
    if (toPdf) {
        const PrintedDocument doc = all ? book.buildCombined(chosen, year) : book.build(chosen.first(), year);
        if (Status s = doc.writePdf(out, QStringLiteral("人大代表履职台账 %1").arg(year)); !s)
            return c.fail(s.message());
        c.out() << CliContext::tr("Wrote %1 (%n page(s)).", nullptr, doc.pageCount())
                       .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                << Qt::endl;
        return ExitCode::Ok;
    }
    if (!QDir().mkpath(out))
        return c.fail(
            CliContext::tr("Could not create the folder \"%1\".").arg(QDir::toNativeSeparators(out)));
    for (const Deputy &d : chosen) {
        const QString file =
            QDir(out).filePath(QStringLiteral("%1-%2-%3.pdf").arg(year).arg(d.id).arg(safeFileName(d.name)));
        const PrintedDocument doc = book.build(d, year);
        if (Status s = doc.writePdf(file, QStringLiteral("%1 人大代表履职台账 %2").arg(d.name).arg(year)); !s)
            return c.fail(s.message());
    }
    c.out() << CliContext::tr("Wrote %n ledger book(s) into %1.", nullptr, int(chosen.size()))
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("ledger-book"),
    QT_TRANSLATE_NOOP("CliCommand", "Print a deputy's ledger book (台账本) for a year, or every deputy's."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("year"), CliContext::tr("The year."), CliContext::tr("YEAR")});
        c.parser().addOption({QStringLiteral("deputy"), CliContext::tr("The deputy's id or name."),
                              CliContext::tr("ID|NAME")});
        c.parser().addOption(
            {QStringLiteral("all"),
             CliContext::tr("Every deputy in office that year: one PDF each into the folder --out, "
                            "or one combined PDF with a contents page when --out ends in .pdf.")});
        c.parser().addOption({QStringLiteral("out"), CliContext::tr("The PDF file or folder to write."),
                              CliContext::tr("FILE|DIR")});
    },
    runLedgerBook);
