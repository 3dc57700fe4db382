#include "io/CsvWriter.h"

#include <QIODevice>

namespace {
constexpr int kFlushThreshold = 1 << 20;
const QChar kTextMarker = QLatin1Char('\t');
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

void CsvWriter::writeRow(const QStringList &cells)
{
    if (m_rows == 0 && m_buffer.isEmpty())
        m_buffer.append("\xEF\xBB\xBF");
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escapeCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    m_buffer.append(line.toUtf8());
    ++m_rows;
    if (m_buffer.size() >= kFlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && m_ok) {
        m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    return m_ok;
}
