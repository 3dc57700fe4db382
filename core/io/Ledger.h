#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

/// The ledgers that can be exported and imported, by their public names (CLI --ledger, file names).
enum class Ledger { Deputies, Enterprises, Profiles, Appeals, Suggestions, Visits, Activities };

class Ledgers
{
    Q_DECLARE_TR_FUNCTIONS(Ledgers)
public:
    static QList<Ledger> all();
    /// deputies, enterprises, profiles, appeals, suggestions, visits, activities: a public interface.
    static QString name(Ledger ledger);
    static std::optional<Ledger> fromName(const QString &name);
    /// The ledger's Chinese title as clerks and the district know it, e.g. 诉求记录台账.
    static QString chineseTitle(Ledger ledger);
    /// Translated title for the UI.
    static QString title(Ledger ledger);
};
