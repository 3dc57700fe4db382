#pragma once

#include "common/Status.h"
#include "reports/PrintedDocument.h"

#include <QCoreApplication>

class Database;
struct Appeal;
struct Suggestion;

/// The paper forms stations use, filled from one record or blank to fill in by hand: an appeal as
/// 人大代表接待选民记录表 (receipt, handling and reply sections) and a suggestion as its
/// 代表建议办理情况征询意见表. Personal data is printed in full (the forms stay in the station);
/// a confidential appeal carries a visible 保密 mark.
class StandardForms
{
    Q_DECLARE_TR_FUNCTIONS(StandardForms)
public:
    explicit StandardForms(Database &db);

    /// The reception form of `appeal`, or a blank one when `appeal` is null.
    PrintedDocument appealForm(const Appeal *appeal) const;
    /// The opinion form of `suggestion`, or a blank one when `suggestion` is null.
    PrintedDocument suggestionForm(const Suggestion *suggestion) const;

private:
    QString deputyName(qint64 id) const;
    QString stationName() const;

    Database &m_db;
};
