#pragma once

#include "reports/PrintedDocument.h"

#include <QCoreApplication>
#include <QList>

class Database;
class DocumentBuilder;
struct Deputy;

/// A deputy's ledger book (台账本) for a year: a portrait cover (deputy, level, constituency, station,
/// year), then the four ledgers as wide landscape tables — 选区概况台账, 诉求记录台账, 建议记录台账,
/// 民意诉求回访台账 — with every field a clerk fills on paper and headers repeated on every page.
/// Personal data is printed in full (the book stays in the station); confidential appeals are marked 保密.
class LedgerBook
{
    Q_DECLARE_TR_FUNCTIONS(LedgerBook)
public:
    explicit LedgerBook(Database &db);

    /// One deputy's book.
    PrintedDocument build(const Deputy &deputy, int year) const;
    /// The books of `deputies` in one document, after a contents page listing where each starts.
    PrintedDocument buildCombined(const QList<Deputy> &deputies, int year) const;

private:
    void addParts(PrintedDocument &doc, const Deputy &deputy, int year) const;
    void profileLedger(DocumentBuilder &b, const Deputy &deputy, int year) const;
    void appealLedger(DocumentBuilder &b, const Deputy &deputy, int year) const;
    void suggestionLedger(DocumentBuilder &b, const Deputy &deputy, int year) const;
    void visitLedger(DocumentBuilder &b, const Deputy &deputy, int year) const;
    QString deputyName(qint64 id) const;

    Database &m_db;
    QString m_stationName;
};
