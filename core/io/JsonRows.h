#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

/// The child rows our exports keep as JSON in one cell (an appeal's timeline, a suggestion's earlier
/// rounds, …): an array of flat objects. The importer reads hundreds of thousands of them; parse()
/// reads the usual shape — objects of strings, numbers, true/false and null — straight from the cell's
/// text without building QJsonDocuments, and hands anything else (nested values, repeated keys, broken
/// JSON, odd surrogates) to QJsonDocument, so every cell yields exactly what QJsonDocument::fromJson()
/// and QJsonObject::value() would give.
class JsonRows
{
public:
    /// What QJsonObject::value() would say about a key.
    struct Value
    {
        enum Type { Missing, Null, String, Number, Other };
        Type type = Missing;
        QStringView text; ///< String: the text
        double number = 0;
    };

    /// Reads `text` (not empty). False when it is not a JSON array (the cell is then reported).
    bool parse(QStringView text);
    qsizetype size() const { return m_rows.size(); }
    /// The value of `key` in row `row` (Missing when the row is not an object or lacks the key).
    Value value(qsizetype row, QLatin1String key) const;

    /// QJsonValue::toString(): the string, empty for anything else.
    QStringView text(qsizetype row, QLatin1String key) const;
    /// What the importer requires of a field: present, not null, and not an empty string.
    bool isFilled(qsizetype row, QLatin1String key) const;

private:
    struct Field
    {
        QStringView key;
        Value value;
    };
    using Row = QVarLengthArray<Field, 8>;

    bool parseFast(QStringView text);
    bool parseWithQt(QStringView text);

    QList<Row> m_rows;
    QStringList m_storage; ///< unescaped strings the views point into (QString data does not move)
};
