#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// A handling unit of a suggestion and its role (Codes::UnitRole: main 主办 / assist 协办).
struct HandlingUnit
{
    QString unit;
    QString role;
};

/// Ledger 3, 建议记录台账: a deputy's formal suggestion. The fields of the current handling round
/// live here; earlier rounds (after 不满意 → 重办) are SuggestionRound rows.
struct Suggestion
{
    qint64 id = 0;
    QString uuid;
    qint64 stationId = 0;
    QString number;
    QString title;
    QString content;
    qint64 leadDeputyId = 0;         ///< 领衔
    QList<qint64> cosignerIds;       ///< 联名
    QList<qint64> sourceAppealIds;   ///< the appeals it came from
    QList<HandlingUnit> units;
    QString kind = QStringLiteral("interim");    ///< Codes::SuggestionKind
    QString status = QStringLiteral("draft");    ///< Codes::SuggestionStatus
    int round = 1;
    QDate submittedOn;
    QString contactPerson;
    QString contactPhone;
    QDate deadline;
    QDate replyOn;
    QString replySummary;
    QString grade;          ///< Codes::Grade
    QString satisfaction;   ///< Codes::Satisfaction
    QDate satisfactionOn;
    QString notes;
    QString createdAt;
    QString updatedAt;
};
