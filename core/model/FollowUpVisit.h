#pragma once

#include <QDate>
#include <QString>

/// Ledger 4, 民意诉求回访台账: going back to the person who appealed (or to a suggestion's deputy).
/// Exactly one of appealId / suggestionId is set.
struct FollowUpVisit
{
    qint64 id = 0;
    QString uuid;
    qint64 appealId = 0;
    qint64 suggestionId = 0;
    QDate visitedOn;
    QString method;          ///< Codes::VisitMethod
    qint64 visitorDeputyId = 0;
    QString visitorClerk;
    QString visitedPerson;
    QString feedback;        ///< what they said
    QString satisfaction;    ///< Codes::Satisfaction
    bool needsMore = false;  ///< reopens the appeal
    QString createdAt;
    QString updatedAt;
};
