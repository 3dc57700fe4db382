#include "io/CsvWriter.h"

#include <QIODevice>
#include <QVarLengthArray>

#include <cstring>

namespace {
/// Rows are written to the device in blocks of about this size.
constexpr qsizetype kFlushThreshold = 4 << 20;
const QChar kTextMarker = QLatin1Char('\t');

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/// Bytes that make a cell quoted (RFC 4180): comma, quote, CR, LF.
struct QuoteTable
{
    bool quote[256] = {};
    constexpr QuoteTable()
    {
        quote[int(',')] = true;
        quote[int('"')] = true;
        quote[int('\r')] = true;
        quote[int('\n')] = true;
    }
};
constexpr QuoteTable kQuote;

bool needsQuotes(QByteArrayView cell)
{
    const auto *p = reinterpret_cast<const unsigned char *>(cell.data());
    const auto *end = p + cell.size();
    for (; p != end; ++p) {
        if (kQuote.quote[*p])
            return true;
    }
    return false;
}

/// CsvWriter::needsApostrophe on UTF-8: every character involved is ASCII, so bytes decide the same.
bool needsApostropheUtf8(QByteArrayView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    return i < cell.size() && startsFormula(cell[i]);
}

/// Whether escapeCell puts an apostrophe in front (see escapeCell): a text marker added by
/// keepAsText before text that does not itself start like a formula is ours and harmless.
bool apostropheFor(QByteArrayView cell)
{
    const bool marked = cell.size() > 1 && cell[0] == '\t' && !startsFormula(cell[1]);
    return !marked && needsApostropheUtf8(cell);
}

/// Writes `cell` escaped at `out` (room for 2 × size + 3 bytes); returns the end.
char *writeEscaped(char *out, QByteArrayView cell)
{
    const bool apostrophe = apostropheFor(cell);
    if (!needsQuotes(cell)) {
        if (apostrophe)
            *out++ = '\'';
        if (!cell.isEmpty())
            std::memcpy(out, cell.data(), size_t(cell.size()));
        return out + cell.size();
    }
    *out++ = '"';
    if (apostrophe)
        *out++ = '\'';
    const char *p = cell.data();
    const char *end = p + cell.size();
    while (p != end) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        const char *stop = quote ? quote + 1 : end;
        std::memcpy(out, p, size_t(stop - p));
        out += stop - p;
        if (quote)
            *out++ = '"';  // doubled
        p = stop;
    }
    *out++ = '"';
    return out;
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool CsvWriter::needsApostrophe(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return looksLikeFormula(cell.mid(i));
}

QString CsvWriter::keepAsText(const QString &value)
{
    return value.isEmpty() ? value : kTextMarker + value;
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString text = cell;
    // A text marker added by keepAsText is ours and harmless (digits follow); anything else that starts
    // like a formula gets an apostrophe so Excel shows it as text.
    const bool marked = text.size() > 1 && text.at(0) == kTextMarker && !looksLikeFormula(text.mid(1));
    if (!marked && needsApostrophe(text))
        text.prepend(QLatin1Char('\''));
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvWriter::escapeCellUtf8(QByteArrayView cell)
{
    QByteArray out(2 * cell.size() + 3, Qt::Uninitialized);
    out.truncate(writeEscaped(out.data(), cell) - out.constData());
    return out;
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_capacity) {
        flush();
        if (m_used + bytes > m_capacity) {
            // A first row, or a cell larger than the buffer: grow it (keeping what is not written yet).
            const qsizetype capacity = std::max(kFlushThreshold + (kFlushThreshold >> 2), m_used + bytes);
            auto grown = std::make_unique<char[]>(size_t(capacity));
            if (m_used > 0)
                std::memcpy(grown.get(), m_buffer.get(), size_t(m_used));
            m_buffer = std::move(grown);
            m_capacity = capacity;
        }
    }
    return m_buffer.get() + m_used;
}

void CsvWriter::appendEscaped(QByteArrayView cell)
{
    char *out = reserve(2 * cell.size() + 4);
    m_used = writeEscaped(out, cell) - m_buffer.get();
}

void CsvWriter::writeRowUtf8(const QByteArrayView *cells, qsizetype count)
{
    if (!m_bomWritten) {
        std::memcpy(reserve(3), "\xEF\xBB\xBF", 3);
        m_used += 3;
        m_bomWritten = true;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0) {
            *reserve(1) = ',';
            ++m_used;
        }
        appendEscaped(cells[i]);
    }
    std::memcpy(reserve(2), "\r\n", 2);
    m_used += 2;
    ++m_rows;
    if (m_used >= kFlushThreshold)
        flush();
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QList<QByteArray> utf8;
    utf8.reserve(cells.size());
    QVarLengthArray<QByteArrayView, 64> views;
    for (const QString &cell : cells) {
        utf8 << cell.toUtf8();
        views.append(utf8.constLast());
    }
    writeRowUtf8(views.constData(), views.size());
}

bool CsvWriter::flush()
{
    if (m_used > 0 && m_ok)
        m_ok = m_device->write(m_buffer.get(), m_used) == m_used;
    m_used = 0;
    return m_ok;
}
