#include "io/JsonRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

/// A reader of the common shape; any surprise makes it give up (the caller then asks QJsonDocument).
class FastReader
{
public:
    FastReader(QStringView text, QStringList *storage)
        : m_p(text.data())
        , m_end(text.data() + text.size())
        , m_storage(storage)
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == u' ' || *m_p == u'\t' || *m_p == u'\n' || *m_p == u'\r'))
            ++m_p;
    }
    bool atEnd() const { return m_p >= m_end; }
    bool take(char16_t c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char16_t c) const { return m_p < m_end && *m_p == c; }

    static int hex(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    /// A string after its opening quote.
    bool string(QStringView *out)
    {
        const QChar *start = m_p;
        while (m_p < m_end && *m_p != u'"' && *m_p != u'\\') {
            if (!plainChar())
                return false;
        }
        if (m_p >= m_end)
            return false;
        if (*m_p == u'"') {
            *out = QStringView(start, m_p - start);
            ++m_p;
            return true;
        }
        // Escapes: build the text.
        QString built(start, m_p - start);
        while (m_p < m_end && *m_p != u'"') {
            if (*m_p != u'\\') {
                const QChar *runStart = m_p;
                while (m_p < m_end && *m_p != u'"' && *m_p != u'\\') {
                    if (!plainChar())
                        return false;
                }
                built.append(runStart, m_p - runStart);
                continue;
            }
            ++m_p;
            if (m_p >= m_end)
                return false;
            const char16_t e = m_p->unicode();
            ++m_p;
            switch (e) {
            case u'"':
                built += QLatin1Char('"');
                break;
            case u'\\':
                built += QLatin1Char('\\');
                break;
            case u'/':
                built += QLatin1Char('/');
                break;
            case u'b':
                built += QLatin1Char('\b');
                break;
            case u'f':
                built += QLatin1Char('\f');
                break;
            case u'n':
                built += QLatin1Char('\n');
                break;
            case u'r':
                built += QLatin1Char('\r');
                break;
            case u't':
                built += QLatin1Char('\t');
                break;
            case u'u': {
                if (m_end - m_p < 4)
                    return false;
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hex(m_p[i].unicode());
                    if (h < 0)
                        return false;
                    code = code * 16 + h;
                }
                m_p += 4;
                // Surrogates (escaped pairs or lone halves) are left to QJsonDocument's rules.
                if (code >= 0xD800 && code <= 0xDFFF)
                    return false;
                built += QChar(char16_t(code));
                break;
            }
            default:
                return false;
            }
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        m_storage->append(built);
        *out = m_storage->constLast();
        return true;
    }

    /// One character of a string that needs no escape: not a control character, and surrogates only
    /// as whole pairs (a lone half would not survive the UTF-8 the original parse went through).
    bool plainChar()
    {
        const char16_t c = m_p->unicode();
        if (c < 0x20)
            return false;
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (m_p + 1 >= m_end || !m_p[1].isLowSurrogate())
                return false;
            m_p += 2;
            return true;
        }
        if (c >= 0xDC00 && c <= 0xDFFF)
            return false;
        ++m_p;
        return true;
    }

    bool literal(const char16_t *word)
    {
        const QChar *p = m_p;
        for (; *word; ++word, ++p)
            if (p >= m_end || *p != *word)
                return false;
        m_p = p;
        return true;
    }

    /// A number as JSON writes it (-?int frac? exp?).
    bool number(double *out)
    {
        const QChar *start = m_p;
        take(u'-');
        if (take(u'0')) {
        } else if (m_p < m_end && *m_p >= u'1' && *m_p <= u'9') {
            while (m_p < m_end && *m_p >= u'0' && *m_p <= u'9')
                ++m_p;
        } else {
            return false;
        }
        if (take(u'.')) {
            if (!(m_p < m_end && *m_p >= u'0' && *m_p <= u'9'))
                return false;
            while (m_p < m_end && *m_p >= u'0' && *m_p <= u'9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == u'e' || *m_p == u'E')) {
            ++m_p;
            if (!take(u'+'))
                take(u'-');
            if (!(m_p < m_end && *m_p >= u'0' && *m_p <= u'9'))
                return false;
            while (m_p < m_end && *m_p >= u'0' && *m_p <= u'9')
                ++m_p;
        }
        // Long numbers are left to QJsonDocument (it keeps integers up to 2^53 exact, as we do below).
        if (m_p - start > 15)
            return false;
        bool ok = false;
        *out = QStringView(start, m_p - start).toDouble(&ok);
        return ok;
    }

private:
    const QChar *m_p;
    const QChar *m_end;
    QStringList *m_storage;
};

} // namespace

bool JsonRows::parse(QStringView text)
{
    m_rows.clear();
    m_storage.clear();
    if (parseFast(text))
        return true;
    m_rows.clear();
    m_storage.clear();
    return parseWithQt(text);
}

bool JsonRows::parseFast(QStringView text)
{
    FastReader r(text, &m_storage);
    r.skipSpace();
    if (!r.take(u'['))
        return false;
    r.skipSpace();
    if (!r.take(u']')) {
        for (;;) {
            r.skipSpace();
            if (!r.take(u'{'))
                return false; // not an object: QJsonDocument decides
            Row row;
            r.skipSpace();
            if (!r.take(u'}')) {
                for (;;) {
                    r.skipSpace();
                    Field f;
                    if (!r.take(u'"') || !r.string(&f.key))
                        return false;
                    for (const Field &seen : std::as_const(row))
                        if (seen.key == f.key)
                            return false; // a repeated key: QJsonDocument's rule decides which one counts
                    r.skipSpace();
                    if (!r.take(u':'))
                        return false;
                    r.skipSpace();
                    if (r.take(u'"')) {
                        f.value.type = Value::String;
                        if (!r.string(&f.value.text))
                            return false;
                    } else if (r.literal(u"null")) {
                        f.value.type = Value::Null;
                    } else if (r.literal(u"true") || r.literal(u"false")) {
                        f.value.type = Value::Other;
                    } else if (r.peek(u'-') || (!r.atEnd() && !r.peek(u'{') && !r.peek(u'['))) {
                        f.value.type = Value::Number;
                        if (!r.number(&f.value.number))
                            return false;
                    } else {
                        return false; // nested arrays and objects
                    }
                    row.append(f);
                    r.skipSpace();
                    if (r.take(u','))
                        continue;
                    if (r.take(u'}'))
                        break;
                    return false;
                }
            }
            m_rows.append(row);
            r.skipSpace();
            if (r.take(u','))
                continue;
            if (r.take(u']'))
                break;
            return false;
        }
    }
    r.skipSpace();
    return r.atEnd();
}

bool JsonRows::parseWithQt(QStringView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && doc.isArray();
    const QJsonArray array = doc.array();
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Row row;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            Field f;
            m_storage.append(it.key());
            f.key = m_storage.constLast();
            const QJsonValue value = it.value();
            if (value.isNull()) {
                f.value.type = Value::Null;
            } else if (value.isString()) {
                f.value.type = Value::String;
                m_storage.append(value.toString());
                f.value.text = m_storage.constLast();
            } else if (value.isDouble()) {
                f.value.type = Value::Number;
                f.value.number = value.toDouble();
            } else {
                f.value.type = Value::Other;
            }
            row.append(f);
        }
        m_rows.append(row);
    }
    return ok;
}

JsonRows::Value JsonRows::value(qsizetype row, QLatin1String key) const
{
    for (const Field &f : m_rows.at(row))
        if (f.key == key)
            return f.value;
    return {};
}

QStringView JsonRows::text(qsizetype row, QLatin1String key) const
{
    const Value v = value(row, key);
    return v.type == Value::String ? v.text : QStringView();
}

bool JsonRows::isFilled(qsizetype row, QLatin1String key) const
{
    const Value v = value(row, key);
    return v.type != Value::Missing && v.type != Value::Null &&
           !(v.type == Value::String && v.text.isEmpty());
}
