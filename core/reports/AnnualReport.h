#pragma once

#include "common/Status.h"
#include "reports/DocumentBuilder.h"
#include "reports/PrintedDocument.h"

#include <QCoreApplication>
#include <QDate>

class Database;
struct ReportNarrative;
struct YearStatistics;

/// The annual work-report summary (年度工作总结) in the structure of the stations' reports: a title with
/// the station, street and year; 一、主要工作完成情况 with every figure from Statistics (appeals, rates,
/// categories and channels with charts, suggestions, activities filling the usual sentences, 一包二
/// enterprise links, a table per deputy); 二、存在不足 and 三、下一年工作思路 verbatim from the texts the
/// clerk stored for the year (report_narratives), or a note that they are not written yet.
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReport)
public:
    explicit AnnualReport(Database &db);

    /// The report of `year` from the ledgers (figures as of `asOf`, see Statistics::compute).
    PrintedDocument build(int year, DocumentBuilder::Charts charts = DocumentBuilder::Charts::Vector,
                          const QDate &asOf = {}) const;
    /// The report from figures already computed; `narrative` may be null (not written yet).
    static PrintedDocument compose(const YearStatistics &stats, const ReportNarrative *narrative,
                                   DocumentBuilder::Charts charts);
    /// Writes the report as PDF, ODT or HTML, chosen by the extension of `path`.
    Status write(int year, const QString &path) const;
    /// The document title, e.g. "示范代表联络站2022年度工作总结".
    static QString title(const YearStatistics &stats);

private:
    Database &m_db;
};
