#include "CliCommand.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "reports/StandardForms.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

int runForm(CliContext &c)
{
    QCommandLineParser &p = c.parser();
    const QString out = p.value(QStringLiteral("out"));
    const int chosen = int(p.isSet(QStringLiteral("appeal"))) + int(p.isSet(QStringLiteral("suggestion"))) +
                       int(p.isSet(QStringLiteral("blank")));
    if (chosen != 1)
        return c.usageError(CliContext::tr("Give exactly one of --appeal, --suggestion or --blank."));
    if (out.isEmpty())
        return c.usageError(CliContext::tr("Give the PDF file to write with --out."));
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return c.usageError(CliContext::tr("Forms are written as PDF: --out must end in .pdf."));
    const QString blank = p.value(QStringLiteral("blank"));
    if (p.isSet(QStringLiteral("blank")) && blank != QLatin1String("appeal") &&
        blank != QLatin1String("suggestion"))
        return c.usageError(CliContext::tr("--blank takes \"appeal\" or \"suggestion\"."));

    auto db = c.openDatabase(true);
    if (!db)
        return ExitCode::Failure;
    StandardForms forms(*db);
    PrintedDocument doc;
    QString title;
    if (p.isSet(QStringLiteral("appeal"))) {
        const QString number = p.value(QStringLiteral("appeal"));
        const auto appeal = AppealRepository(*db).findByNumber(number);
        if (!appeal)
            return c.fail(CliContext::tr("There is no appeal numbered %1. Check the number (e.g. 2022-0031).")
                              .arg(number));
        doc = forms.appealForm(&*appeal);
        title = QStringLiteral("人大代表接待选民记录表 ") + appeal->number;
    } else if (p.isSet(QStringLiteral("suggestion"))) {
        const QString number = p.value(QStringLiteral("suggestion"));
        const auto suggestion = SuggestionRepository(*db).findByNumber(number);
        if (!suggestion)
            return c.fail(
                CliContext::tr("There is no suggestion numbered %1. Check the number.").arg(number));
        doc = forms.suggestionForm(&*suggestion);
        title = QStringLiteral("人大代表建议办理情况征询意见表 ") + suggestion->number;
    } else if (blank == QLatin1String("appeal")) {
        doc = forms.appealForm(nullptr);
        title = QStringLiteral("人大代表接待选民记录表");
    } else {
        doc = forms.suggestionForm(nullptr);
        title = QStringLiteral("人大代表建议办理情况征询意见表");
    }
    if (Status s = doc.writePdf(out, title); !s)
        return c.fail(s.message());
    c.out() << CliContext::tr("Wrote %1 (%n page(s)).", nullptr, doc.pageCount())
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

LL_CLI_COMMAND(
    QStringLiteral("form"),
    QT_TRANSLATE_NOOP("CliCommand",
                      "Print an appeal or a suggestion as the station's paper form, or a blank form."),
    [](CliContext &c) {
        c.parser().addOption({QStringLiteral("appeal"),
                              CliContext::tr("The appeal's number, e.g. 2022-0031."),
                              CliContext::tr("NUMBER")});
        c.parser().addOption({QStringLiteral("suggestion"), CliContext::tr("The suggestion's number."),
                              CliContext::tr("NUMBER")});
        c.parser().addOption({QStringLiteral("blank"), CliContext::tr("A blank form: appeal or suggestion."),
                              CliContext::tr("KIND")});
        c.parser().addOption(
            {QStringLiteral("out"), CliContext::tr("The PDF file to write."), CliContext::tr("FILE")});
    },
    runForm);
