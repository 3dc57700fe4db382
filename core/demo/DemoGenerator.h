#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QDate>

class Database;

/// What `demo` should make.
struct DemoOptions
{
    int deputies = 30;
    int appeals = 2000;
    int year = 0;
    quint32 seed = 1;
    /// The day the demo data is "as of": no step happens after it. Default: today.
    QDate today;
};

/// What a run made (for the CLI's summary and the tests).
struct DemoSummary
{
    int deputies = 0;
    int enterpriseLinks = 0;
    int profiles = 0;
    int appeals = 0;
    int events = 0;
    int suggestions = 0;
    int visits = 0;
    int activities = 0;
};

/// Realistic, deterministic demo data for one street's liaison station: deputies of every level with
/// their enterprise links and constituency profiles, appeals of the kinds in the seed report carried
/// through the workflow (with pushes, replies, visits, 不满意 reopenings, overdue and merged cases),
/// suggestions made from appeals, and activities of every type. The same options and seed always
/// give the same records (apart from uuids and time stamps). Everything is written in one transaction
/// with prepared statements, so 100,000 appeals take seconds.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    explicit DemoGenerator(Database &db);

    Status generate(const DemoOptions &options, DemoSummary *summary = nullptr);

private:
    Database &m_db;
};
