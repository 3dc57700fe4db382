#include "io/CsvReader.h"

#include <QDir>

#include <cstring>

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

/// Control bytes that never occur in text (tab, LF and CR do; 0x1A is DOS's end-of-file mark). GB18030's
/// and UTF-8's multi-byte sequences use bytes from 0x30 up, so this test is the same in both encodings.
bool isBinaryByte(unsigned char b)
{
    return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x1A;
}

/// The length of the UTF-8 sequence at `s` (at most `n` bytes there): 1 to 4 when it is well formed as
/// QStringDecoder's strict UTF-8 wants it (no overlong forms, no surrogates, nothing above U+10FFFF),
/// 0 when it is not, -1 when it is cut short by the end.
int utf8Sequence(const unsigned char *s, qsizetype n)
{
    const unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (k >= n)
            return -1;
        const unsigned char b = s[k];
        if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return length;
}

/// True when the eight bytes at `s` are all printable ASCII (0x20 to 0x7F): the common case, checked
/// a word at a time (the "has less than" test of Bit Twiddling Hacks).
bool plainAscii8(const unsigned char *s)
{
    quint64 x;
    std::memcpy(&x, s, 8);
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    return ((x | ((x - kOnes * 0x20) & ~x)) & kHigh) == 0;
}

} // namespace

CsvReader::CsvReader(const QString &path, CsvLimits limits)
    : m_path(path)
    , m_limits(limits)
    , m_file(path)
{}

Status CsvReader::fail(const QString &message)
{
    m_status = Status::failure(message);
    return m_status;
}

Status CsvReader::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open \"%1\": %2.").arg(shown, m_file.errorString()));
    if (m_file.size() == 0)
        return fail(tr("\"%1\" is empty: there is nothing to import.").arg(shown));

    // One pass over the bytes: binary content, and whether the whole file is valid UTF-8 (checked
    // without decoding it: this pass reads the whole file before its first row).
    bool isUtf8 = true;
    bool bom = false;
    bool first = true;
    qint64 offset = 0;  // of the chunk's first byte in the file
    QByteArray carried; // a UTF-8 sequence cut by the previous chunk's end
    while (!m_file.atEnd()) {
        QByteArray chunk = m_file.read(kChunkBytes);
        if (chunk.isEmpty())
            return fail(tr("Cannot read \"%1\": %2.").arg(shown, m_file.errorString()));
        if (first) {
            bom = chunk.startsWith("\xEF\xBB\xBF");
            first = false;
        }
        const qsizetype carry = carried.size();
        if (carry > 0)
            chunk.prepend(carried);
        carried.clear();
        const auto *bytes = reinterpret_cast<const unsigned char *>(chunk.constData());
        const qsizetype n = chunk.size();
        for (qsizetype i = 0; i < n;) {
            if (i + 8 <= n && plainAscii8(bytes + i)) {
                i += 8;
                continue;
            }
            if (isBinaryByte(bytes[i]))
                return fail(
                    tr("\"%1\" is not a text file (it holds a control byte 0x%2 at byte %3). Save the "
                       "ledger from Excel or WPS as \"CSV (comma delimited)\" and import that file.")
                        .arg(shown)
                        .arg(bytes[i], 2, 16, QLatin1Char('0'))
                        .arg(offset - carry + i + 1));
            if (bytes[i] < 0x80 || !isUtf8) {
                ++i;
                continue;
            }
            const int length = utf8Sequence(bytes + i, n - i);
            if (length < 0 && !m_file.atEnd()) {
                carried = chunk.mid(i);
                break;
            }
            if (length <= 0) {
                isUtf8 = false;
                ++i;
                continue;
            }
            i += length;
        }
        offset += n - carry;
    }
    m_detectedName =
        isUtf8 ? (bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8")) : QStringLiteral("GB18030");
    // A clerk's choice wins over detection; strict decoding then reports bytes that do not fit it.
    const bool useUtf8 =
        m_forcedEncoding.isEmpty() ? isUtf8 : m_forcedEncoding.startsWith(QLatin1String("UTF-8"));
    if (useUtf8) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_encodingName = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    } else {
        m_decoder = QStringDecoder("GB18030");
        if (!m_decoder.isValid())
            return fail(
                tr("\"%1\" is not UTF-8 text, and this system cannot read GB18030 (GBK). Save it from "
                   "Excel as \"CSV UTF-8\" and import again.")
                    .arg(shown));
        m_encodingName = QStringLiteral("GB18030");
    }
    if (!m_file.seek(0))
        return fail(tr("Cannot read \"%1\": %2.").arg(shown, m_file.errorString()));
    return Status::ok();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_file.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_eof = true;
        return true;
    }
    const QString decoded = m_decoder.decode(chunk);
    m_bytesIn += chunk.size();
    m_charsIn += decoded.size();
    m_buffer += decoded;
    if (m_decoder.hasError()) {
        fail(tr("\"%1\" has bytes that are not %2 text near line %3. Save it from Excel as \"CSV UTF-8\" and "
                "import again.")
                 .arg(QDir::toNativeSeparators(m_path), m_encodingName)
                 .arg(m_line));
        return false;
    }
    return true;
}

bool CsvReader::readRow(QStringList *cells)
{
    cells->clear();
    if (!m_status.isOk() || !m_file.isOpen())
        return false;
    const QChar quote = QLatin1Char('"');
    for (;;) {
        // Parse one whole row from m_pos; when the buffer ends first, read more and parse it again
        // (rows are short, so re-parsing the rare row that spans two chunks costs little). Plain text is
        // copied a run at a time, not a character at a time (docs/PERFORMANCE.md).
        QStringList row;
        QString cell;
        bool inQuotes = false;
        bool quotedCell = false;
        bool complete = false;
        qint64 lines = 0;
        qsizetype i = m_pos;
        const qsizetype n = m_buffer.size();
        const QChar *data = m_buffer.constData();
        const auto tooLong = [&] {
            fail(tr("A cell in the row starting on line %1 is longer than %2 characters; no ledger field is "
                    "that long. The file may be damaged or have an unclosed quotation mark.")
                     .arg(m_line)
                     .arg(m_limits.maxCellChars));
            return false;
        };
        while (i < n) {
            const QChar c = data[i];
            if (inQuotes) {
                if (c == quote) {
                    if (i + 1 >= n && !m_eof)
                        break; // need the next character to tell "" from the closing quote
                    if (i + 1 < n && data[i + 1] == quote) {
                        // A doubled quote grows the cell too: it must meet the length limit (found by
                        // fuzz_csvreader).
                        cell += quote;
                        i += 2;
                        if (cell.size() > m_limits.maxCellChars)
                            return tooLong();
                    } else {
                        inQuotes = false;
                        ++i;
                    }
                    continue;
                }
                // Everything up to the next quote belongs to the cell, line breaks included.
                qsizetype j = i;
                while (j < n && data[j] != quote) {
                    if (data[j] == QLatin1Char('\n'))
                        ++lines;
                    ++j;
                }
                cell.append(data + i, j - i);
                i = j;
                if (cell.size() > m_limits.maxCellChars)
                    return tooLong();
            } else if (c == QLatin1Char(',')) {
                row << cell;
                cell.clear();
                quotedCell = false;
                ++i;
                if (row.size() >= m_limits.maxColumns) {
                    fail(tr("The row on line %1 has more than %2 cells; no ledger has that many columns. "
                            "Check "
                            "that this is a ledger saved as CSV.")
                             .arg(m_line)
                             .arg(m_limits.maxColumns));
                    return false;
                }
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 >= n && !m_eof)
                    break; // a CR at the chunk's end may be the first half of CRLF
                ++i;
                if (c == QLatin1Char('\r') && i < n && data[i] == QLatin1Char('\n'))
                    ++i;
                ++lines;
                complete = true;
                break;
            } else if (c == quote && cell.isEmpty() && !quotedCell) {
                inQuotes = true;
                quotedCell = true;
                ++i;
            } else {
                // Plain text up to the next comma or line end. A quote inside an unquoted cell, or text
                // after a closing quote, is kept as written, as Excel does.
                qsizetype j = i + 1;
                while (j < n && data[j] != QLatin1Char(',') && data[j] != QLatin1Char('\r') &&
                       data[j] != QLatin1Char('\n'))
                    ++j;
                cell.append(data + i, j - i);
                i = j;
                if (cell.size() > m_limits.maxCellChars)
                    return tooLong();
            }
        }
        if (complete || (m_eof && i >= n)) {
            if (inQuotes) {
                fail(tr("The row starting on line %1 opens a quotation mark that is never closed; the file "
                        "ends "
                        "inside it. The file may be cut short: save it again from Excel or WPS.")
                         .arg(m_line));
                return false;
            }
            if (!complete && i == m_pos)
                return false; // the end of the file
            row << cell;
            m_rowLine = m_line;
            m_line += lines;
            m_pos = i;
            *cells = row;
            if (m_progress && !m_progress(bytesRead())) {
                m_status = cancelled();
                cells->clear();
                return false;
            }
            return true;
        }
        if (!fill())
            return false;
    }
}

qint64 CsvReader::bytesRead() const
{
    // Bytes are read a chunk at a time; inside it, the share of its characters parsed.
    const qint64 unread = m_buffer.size() - m_pos;
    return m_charsIn > 0 ? (m_charsIn - unread) * m_bytesIn / m_charsIn : 0;
}

Status CsvReader::cancelled()
{
    return Status::failure(tr("The import was cancelled; nothing was imported."));
}
