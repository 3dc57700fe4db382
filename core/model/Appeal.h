#pragma once

#include <QDate>
#include <QString>

/// Ledger 2, 诉求记录台账: one constituent's (or group's) appeal and how it was handled.
/// The status and the dates of each step change only through AppealWorkflow.
struct Appeal
{
    qint64 id = 0;
    QString uuid;
    qint64 stationId = 0;
    QString number;        ///< e.g. 2022-0031, assigned on insert
    QDate receivedOn;
    QString channel;       ///< Codes::Channel
    qint64 deputyId = 0;   ///< receiving deputy; 0 when received by the clerk alone
    qint64 activityId = 0; ///< the activity that produced it, 0 if none
    QString personName;
    QString personPhone;
    QString personAddress;
    bool isGroup = false;  ///< 集体诉求
    int groupSize = 0;
    QString content;       ///< in the person's own words (原话原意)
    QString category;      ///< from the editable category list
    QString urgency = QStringLiteral("normal");  ///< Codes::Urgency
    bool confidential = false;                   ///< 保密: no personal data leaves the station

    QString status = QStringLiteral("registered");  ///< Codes::AppealStatus
    QDate acceptedOn;
    QString redirectReason;
    QString redirectTo;
    QString disposal;      ///< Codes::Disposal
    QString handlingUnit;
    QDate deadline;
    QDate resolvedOn;
    QString result;
    QDate replyOn;
    QString replyMethod;
    QString replyContent;
    QDate closedOn;
    int reopenCount = 0;
    qint64 duplicateOf = 0;   ///< 并案: the first appeal of the same matter
    qint64 suggestionId = 0;  ///< the suggestion it became, if any
    QString notes;
    QString createdAt;
    QString updatedAt;

    /// Past its deadline and not yet resolved.
    bool isOverdue(const QDate &today) const
    {
        return deadline.isValid() && deadline < today
            && (status == QLatin1String("accepted") || status == QLatin1String("in_progress"));
    }
};
