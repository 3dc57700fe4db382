#pragma once

#include "model/ContactVoter.h"

#include <QDate>
#include <QList>
#include <QString>

/// Ledger 1, 选区概况台账: one per deputy per year.
struct ConstituencyProfile
{
    qint64 id = 0;
    QString uuid;
    qint64 deputyId = 0;
    int year = 0;
    QString constituency;   ///< the constituency's name
    QString scope;          ///< communities, residential compounds it covers
    int households = -1;    ///< -1 when unknown
    int population = -1;
    int voters = -1;
    QString communities;
    QString enterprises;
    QString facilities;     ///< public facilities
    QString keyProblems;    ///< 重点难点问题
    QDate updatedOn;
    QString notes;
    QList<ContactVoter> contactVoters;  ///< at least ten by practice
    QString createdAt;
    QString updatedAt;
};
