#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The fixed vocabularies of the ledgers. Records store stable English codes ("onsite"); the UI shows
/// `label()` (translated), exports and printed documents use `chinese()`, which never depends on the
/// UI language because the district reads them in Chinese. Categories and handling units are not
/// here: they are editable lists kept in the database (see VocabularyRepository).
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Codes)
public:
    enum Kind {
        Gender,
        DeputyLevel,       // national, provincial, municipal, district
        Channel,           // how an appeal came in
        Urgency,
        AppealStatus,
        Disposal,          // route an accepted appeal takes
        SuggestionKind,
        SuggestionStatus,
        Grade,             // A..D outcome of a suggestion
        Satisfaction,
        VisitMethod,
        ActivityType,
        UnitRole,          // main / assisting handling unit of a suggestion
    };

    /// Codes of a kind in their natural order.
    static QStringList codes(Kind kind);
    static bool isValid(Kind kind, const QString &code);
    /// Translated label for the UI; the code itself when unknown.
    static QString label(Kind kind, const QString &code);
    /// The fixed Chinese label, for exports and printed documents.
    static QString chinese(Kind kind, const QString &code);
    /// Code from a code, an English label or a Chinese label (import of hand-made files); empty if none.
    static QString fromText(Kind kind, const QString &text);
};
