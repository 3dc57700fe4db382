#include "io/Ledger.h"

QList<Ledger> Ledgers::all()
{
    return {Ledger::Deputies, Ledger::Enterprises, Ledger::Profiles, Ledger::Appeals,
            Ledger::Suggestions, Ledger::Visits, Ledger::Activities};
}

QString Ledgers::name(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Deputies: return QStringLiteral("deputies");
    case Ledger::Enterprises: return QStringLiteral("enterprises");
    case Ledger::Profiles: return QStringLiteral("profiles");
    case Ledger::Appeals: return QStringLiteral("appeals");
    case Ledger::Suggestions: return QStringLiteral("suggestions");
    case Ledger::Visits: return QStringLiteral("visits");
    case Ledger::Activities: return QStringLiteral("activities");
    }
    return {};
}

std::optional<Ledger> Ledgers::fromName(const QString &name)
{
    for (Ledger l : all()) {
        if (Ledgers::name(l) == name.trimmed().toLower())
            return l;
    }
    return std::nullopt;
}

QString Ledgers::chineseTitle(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Deputies: return QStringLiteral("代表名册");
    case Ledger::Enterprises: return QStringLiteral("一包二联系企业台账");
    case Ledger::Profiles: return QStringLiteral("选区概况台账");
    case Ledger::Appeals: return QStringLiteral("诉求记录台账");
    case Ledger::Suggestions: return QStringLiteral("建议记录台账");
    case Ledger::Visits: return QStringLiteral("民意诉求回访台账");
    case Ledger::Activities: return QStringLiteral("代表履职活动台账");
    }
    return {};
}

QString Ledgers::title(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Deputies: return tr("Deputies");
    case Ledger::Enterprises: return tr("Enterprise links (one deputy, two enterprises)");
    case Ledger::Profiles: return tr("Constituency profiles");
    case Ledger::Appeals: return tr("Appeals");
    case Ledger::Suggestions: return tr("Suggestions");
    case Ledger::Visits: return tr("Follow-up visits");
    case Ledger::Activities: return tr("Activities");
    }
    return {};
}
