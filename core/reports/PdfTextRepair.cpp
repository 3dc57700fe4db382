#include "reports/PdfTextRepair.h"

#include "reports/ReportFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QList>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

// CJK Radicals Supplement and Kangxi Radicals: the code points below the unified ideographs that CJK
// fonts draw with an ideograph's glyph.
constexpr char32_t kRadicalsFirst = 0x2E80;
constexpr char32_t kRadicalsLast = 0x2FDF;
constexpr char32_t kIdeographsFirst = 0x4E00;
constexpr char32_t kIdeographsLast = 0x9FFF;

void addFontMap(const QStringList &families, QHash<char32_t, char32_t> &map)
{
    const QRawFont raw =
        QRawFont::fromFont(ReportFonts::font(families, 12), QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return;
    QString ideographs;
    for (char32_t c = kIdeographsFirst; c <= kIdeographsLast; ++c)
        ideographs += QChar(char16_t(c));
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char32_t> ideographOfGlyph;
    for (int i = 0; i < glyphs.size(); ++i)
        if (glyphs.at(i) != 0 && !ideographOfGlyph.contains(glyphs.at(i)))
            ideographOfGlyph.insert(glyphs.at(i), kIdeographsFirst + char32_t(i));
    QString radicals;
    for (char32_t c = kRadicalsFirst; c <= kRadicalsLast; ++c)
        radicals += QChar(char16_t(c));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (int i = 0; i < radicalGlyphs.size(); ++i) {
        const auto it = ideographOfGlyph.constFind(radicalGlyphs.at(i));
        if (radicalGlyphs.at(i) != 0 && it != ideographOfGlyph.constEnd())
            map.insert(kRadicalsFirst + char32_t(i), *it);
    }
}

QByteArray hex4(char32_t c)
{
    return QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
}

char32_t mapped(char32_t c)
{
    return PdfTextRepair::radicalMap().value(c, c);
}

// One line of a bfrange/bfchar section with its targets mapped; a linear range ("<a> <b> <u>") that
// covers a radical becomes an explicit list.
QByteArray repairLine(const QByteArray &line, bool inRange)
{
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    const QString text = QString::fromLatin1(line);
    QList<QRegularExpressionMatch> codes;
    for (auto it = hex.globalMatch(text); it.hasNext();)
        codes << it.next();
    const int sources = inRange ? 2 : 1;
    if (codes.size() <= sources)
        return line;
    const bool list = text.contains(QLatin1Char('['));
    if (inRange && !list && codes.size() == 3) {
        const uint from = codes.at(0).captured(1).toUInt(nullptr, 16);
        const uint to = codes.at(1).captured(1).toUInt(nullptr, 16);
        const char32_t first = codes.at(2).captured(1).toUInt(nullptr, 16);
        bool changes = false;
        for (uint g = from; g <= to; ++g)
            changes = changes || mapped(first + (g - from)) != first + (g - from);
        if (!changes)
            return line;
        if (from == to)
            return (QStringLiteral("<%1> <%2> <").arg(codes.at(0).captured(1), codes.at(1).captured(1)))
                       .toLatin1() +
                   hex4(mapped(first)) + ">";
        QByteArray out = codes.at(0).captured(0).toLatin1() + ' ' + codes.at(1).captured(0).toLatin1() + " [";
        for (uint g = from; g <= to; ++g)
            out += '<' + hex4(mapped(first + (g - from))) + "> ";
        return out + ']';
    }
    QByteArray out = line;
    // Targets are 4-digit code points (Qt writes BMP code points only): same length, in place.
    for (int i = int(codes.size()) - 1; i >= sources; --i) {
        const QRegularExpressionMatch &m = codes.at(i);
        if (m.capturedLength(1) != 4)
            continue;
        const char32_t c = m.captured(1).toUInt(nullptr, 16);
        if (mapped(c) != c)
            out.replace(m.capturedStart(1), 4, hex4(mapped(c)));
    }
    return out;
}

QByteArray repairCMap(const QByteArray &cmap)
{
    QList<QByteArray> lines = cmap.split('\n');
    bool inRange = false;
    bool inChar = false;
    for (QByteArray &line : lines) {
        const QByteArray t = line.trimmed();
        if (t.endsWith("beginbfrange"))
            inRange = true;
        else if (t.endsWith("beginbfchar"))
            inChar = true;
        else if (t == "endbfrange")
            inRange = false;
        else if (t == "endbfchar")
            inChar = false;
        else if (inRange || inChar)
            line = repairLine(line, inRange);
    }
    return lines.join('\n');
}

struct Edit
{
    qsizetype at = 0;
    qsizetype oldLength = 0;
    QByteArray replacement;
};

} // namespace

namespace PdfTextRepair {

const QHash<char32_t, char32_t> &radicalMap()
{
    static const QHash<char32_t, char32_t> map = [] {
        QHash<char32_t, char32_t> m;
        addFontMap(ReportFonts::sansFamilies(), m);
        addFontMap(ReportFonts::serifFamilies(), m); // the body font wins where they differ
        return m;
    }();
    return map;
}

QByteArray repair(const QByteArray &pdf)
{
    if (radicalMap().isEmpty() || !pdf.startsWith("%PDF"))
        return pdf;
    // The ToUnicode streams: "<< /Length N >>\nstream\n" + a CMap naming the UCS ordering.
    static const QRegularExpression streamStart(QStringLiteral("<< /Length (\\d+) >>\\nstream\\n"));
    QList<Edit> edits;
    qsizetype from = 0;
    while (true) {
        const qsizetype cmap = pdf.indexOf("begincmap", from);
        if (cmap < 0)
            break;
        from = cmap + 9;
        const qsizetype dict = pdf.lastIndexOf("<< /Length ", cmap);
        if (dict < 0)
            continue;
        const QString head = QString::fromLatin1(pdf.mid(dict, 40));
        const QRegularExpressionMatch m = streamStart.match(head);
        if (!m.hasMatch() || m.capturedStart() != 0)
            continue;
        const qsizetype start = dict + m.capturedLength();
        const qsizetype length = m.captured(1).toLongLong();
        if (start + length > pdf.size() || cmap >= start + length)
            continue;
        const QByteArray content = pdf.mid(start, length);
        if (!content.contains("/Ordering (UCS)"))
            continue;
        const QByteArray repaired = repairCMap(content);
        if (repaired == content)
            continue;
        edits.push_back(
            {dict + m.capturedStart(1), m.capturedLength(1), QByteArray::number(repaired.size())});
        edits.push_back({start, length, repaired});
        from = start + length;
    }
    if (edits.isEmpty())
        return pdf;

    // The classic cross-reference table QPdfWriter writes: "xref\n0 N\n" and N entries of 20 bytes.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return pdf;
    const qsizetype xref = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xref <= 0 || xref >= startxref || !pdf.mid(xref).startsWith("xref"))
        return pdf;
    const qsizetype countLine = pdf.indexOf('\n', xref) + 1;
    const qsizetype entries = pdf.indexOf('\n', countLine) + 1;
    const QList<QByteArray> header = pdf.mid(countLine, entries - countLine - 1).trimmed().split(' ');
    if (header.size() != 2 || header.at(0) != "0")
        return pdf;
    const int count = header.at(1).toInt();
    if (entries + qsizetype(count) * 20 > startxref)
        return pdf;

    const auto shift = [&edits](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits)
            if (e.at < offset)
                delta += e.replacement.size() - e.oldLength;
        return offset + delta;
    };
    QByteArray out;
    out.reserve(pdf.size() + 1024);
    qsizetype pos = 0;
    for (const Edit &e : edits) {
        out += pdf.mid(pos, e.at - pos);
        out += e.replacement;
        pos = e.at + e.oldLength;
    }
    out += pdf.mid(pos, entries - pos);
    for (int i = 0; i < count; ++i) {
        QByteArray entry = pdf.mid(entries + qsizetype(i) * 20, 20);
        if (entry.size() != 20)
            return pdf;
        if (entry.at(17) == 'n') {
            const qsizetype offset = entry.left(10).toLongLong();
            entry.replace(0, 10, QByteArray::number(shift(offset)).rightJustified(10, '0'));
        }
        out += entry;
    }
    out += pdf.mid(entries + qsizetype(count) * 20, startxref - (entries + qsizetype(count) * 20));
    out += "startxref\n" + QByteArray::number(shift(xref)) + "\n%%EOF\n";
    return out;
}

bool repairFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pdf = in.readAll();
    in.close();
    const QByteArray repaired = repair(pdf);
    if (repaired == pdf)
        return true;
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(repaired) == repaired.size() && out.commit();
}

} // namespace PdfTextRepair
