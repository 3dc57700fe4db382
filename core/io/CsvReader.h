#pragma once

#include "common/Status.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <functional>

/// Bounds that keep a hostile file from exhausting memory; a file that exceeds one is refused with a
/// message naming the row. Real ledgers are far inside them (an appeal's text is a few thousand characters).
struct CsvLimits
{
    qsizetype maxCellChars = 1024 * 1024; ///< one cell: 1 Mi characters
    qsizetype maxColumns = 1000;          ///< cells in one row
};

/// Reads CSV as Excel, WPS and our own export write it: RFC 4180 (quoted cells with doubled quotes,
/// commas and line breaks inside quotes, CRLF or LF line ends), streaming in chunks so a large file
/// never sits whole in memory. The encoding is detected first (see open()).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(const QString &path, CsvLimits limits = {});

    /// Reads the file as "UTF-8" or "GB18030" whatever detection finds (the import wizard lets the
    /// clerk choose); empty, the default, detects. Call before open().
    void setEncoding(const QString &encoding) { m_forcedEncoding = encoding; }
    /// Called after each row with the bytes of the file read so far (an estimate inside a chunk);
    /// returning false stops reading with a "cancelled" status. Call before open().
    void setProgress(std::function<bool(qint64 bytesRead)> progress) { m_progress = std::move(progress); }

    /// Opens the file and detects its encoding in one pass over the bytes: strict UTF-8 (with or
    /// without a byte-order mark) is tried first, then GB18030 (what Excel writes on Chinese Windows).
    /// Never the other way round: UTF-8 bytes decode as GB18030 without error, into garbage. A file
    /// with NUL or other control bytes is binary and refused; so is an empty file.
    Status open();
    /// "UTF-8", "UTF-8 (BOM)" or "GB18030", once open() succeeded.
    QString encodingName() const { return m_encodingName; }
    /// What detection found ("UTF-8", "UTF-8 (BOM)" or "GB18030"), even when setEncoding() overrode it.
    QString detectedEncodingName() const { return m_detectedName; }
    /// The file's size in bytes, once open() succeeded.
    qint64 size() const { return m_file.size(); }

    /// The next row's cells; false at the end of the file or on an error (see status()).
    bool readRow(QStringList *cells);
    /// Empty while reading went well; otherwise why the file cannot be read (naming the row).
    const Status &status() const { return m_status; }
    /// The 1-based line of the file where the row last returned by readRow() starts.
    qint64 lineNumber() const { return m_rowLine; }
    /// The bytes of the file read up to the end of the row last returned (an estimate inside a chunk).
    qint64 bytesRead() const;
    /// What readRow() fails with when the progress function stops it.
    static Status cancelled();

private:
    bool fill();
    Status fail(const QString &message);

    QString m_path;
    CsvLimits m_limits;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QString m_detectedName;
    QString m_forcedEncoding;
    std::function<bool(qint64)> m_progress;
    qint64 m_bytesIn = 0; ///< bytes decoded into m_buffer so far (progress)
    qint64 m_charsIn = 0; ///< characters they gave
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    Status m_status;
};
