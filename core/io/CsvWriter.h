#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

/// Writes Excel-safe CSV: UTF-8 with a byte-order mark (so Excel on Chinese Windows reads Chinese),
/// CRLF line ends, RFC 4180 quoting, and cells that could start a formula neutralised (see escapeCell).
/// Rows are collected in a large buffer and written to the device in big blocks.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// Writes one row; the first row also writes the BOM.
    void writeRow(const QStringList &cells);
    /// Writes one row of cells that are already UTF-8 (the export's fast path: no UTF-16 on the way).
    /// The same rules as writeRow(): writeRow(cells) equals writeRowUtf8 of the cells' toUtf8().
    void writeRowUtf8(const QByteArrayView *cells, qsizetype count);
    /// Flushes buffered rows to the device; false when the device refused (disk full, …).
    bool flush();
    qint64 rowsWritten() const { return m_rows; }

    /// One cell as written: quoted when it holds a comma, quote, CR or LF (quotes doubled), and
    /// prefixed with an apostrophe when needsApostrophe() — OWASP's advice against formula injection.
    /// The apostrophe is the only change; LedgerImport removes exactly that one again.
    static QString escapeCell(const QString &cell);
    /// escapeCell() on UTF-8 bytes: escapeCellUtf8(c.toUtf8()) == escapeCell(c).toUtf8().
    static QByteArray escapeCellUtf8(QByteArrayView cell);
    /// Marks a value Excel would otherwise turn into a number (phone numbers, record numbers): a
    /// leading tab keeps it text — no lost leading zeros, no 1.39E+10, no 18-digit number cut to 15.
    /// The tab is invisible in Excel and WPS and is removed on import; see docs/CSV.md for its limits.
    static QString keepAsText(const QString &value);
    /// Whether a cell's text starts like a formula (and so is neutralised by escapeCell).
    static bool looksLikeFormula(const QString &cell);
    /// Whether escapeCell puts an apostrophe in front: the text starts like a formula once its own
    /// leading apostrophes are set aside. So text that itself begins with '= gets a second one, and
    /// the importer can always remove exactly one: a cell starting with an apostrophe for which this
    /// holds after that apostrophe was neutralised by us (docs/CSV.md).
    static bool needsApostrophe(const QString &cell);

private:
    /// Makes room for `bytes` more bytes in the buffer and returns where they go.
    char *reserve(qsizetype bytes);
    void appendEscaped(QByteArrayView cell);

    QIODevice *m_device;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_used = 0;
    qint64 m_rows = 0;
    bool m_bomWritten = false;
    bool m_ok = true;
};
