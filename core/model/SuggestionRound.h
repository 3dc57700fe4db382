#pragma once

#include <QDate>
#include <QString>

/// A finished handling round of a suggestion, kept when the deputy was dissatisfied and it was re-handled.
struct SuggestionRound
{
    qint64 id = 0;
    QString uuid;
    qint64 suggestionId = 0;
    int round = 0;
    QDate submittedOn;
    QDate deadline;
    QDate replyOn;
    QString replySummary;
    QString grade;
    QString satisfaction;
    QDate satisfactionOn;
};
