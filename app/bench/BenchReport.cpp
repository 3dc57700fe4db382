#include "BenchReport.h"

#include "Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QString sizeName(qint64 appeals)
{
    if (appeals >= 1000000 && appeals % 1000000 == 0)
        return QString::number(appeals / 1000000) + QLatin1Char('M');
    if (appeals >= 1000 && appeals % 1000 == 0)
        return QString::number(appeals / 1000) + QLatin1Char('k');
    return QString::number(appeals);
}

QString formatValue(double value, const QString &unit)
{
    if (unit == QLatin1String("x"))
        return QString::number(value, 'f', 2) + QLatin1Char('x');
    if (unit == QLatin1String("MB"))
        return QString::number(value, 'f', 0) + QStringLiteral(" MB");
    if (value >= 1000)
        return QString::number(value / 1000, 'f', 2) + QStringLiteral(" s");
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace

void BenchReport::setNote(const QString &key, const QString &value)
{
    m_notes.append({key, value});
}

void BenchReport::printTable(QTextStream &out) const
{
    // Rows in the order they were measured; a column per file size.
    QList<qint64> sizes;
    QList<QString> keys;
    QMap<QString, QString> labels;
    QMap<QString, QString> targets;
    QMap<std::pair<QString, qint64>, Measurement> cells;
    for (const Measurement &m : m_measurements) {
        if (!sizes.contains(m.appeals))
            sizes << m.appeals;
        if (!keys.contains(m.key))
            keys << m.key;
        labels[m.key] = m.label;
        if (m.target) {
            QString &t = targets[m.key];
            t += (t.isEmpty() ? QString() : QStringLiteral(", ")) + sizeName(m.appeals) +
                 QStringLiteral(" ≤ ") + formatValue(*m.target, m.unit);
        }
        cells.insert({m.key, m.appeals}, m);
    }
    std::sort(sizes.begin(), sizes.end());
    const int labelWidth = 44;
    const int cellWidth = 13;
    out << QStringLiteral("Liaison Ledger %1 benchmark").arg(QStringLiteral(LL_VERSION)) << "\n";
    for (const auto &note : m_notes)
        out << "  " << note.first << ": " << note.second << "\n";
    out << "\n" << QString().leftJustified(labelWidth);
    for (qint64 size : sizes)
        out << (size ? sizeName(size) + QStringLiteral(" appeals") : QStringLiteral("-"))
                   .rightJustified(cellWidth);
    out << "   target\n";
    for (const QString &key : keys) {
        out << labels.value(key).leftJustified(labelWidth, QLatin1Char(' '), true);
        for (qint64 size : sizes) {
            const auto it = cells.constFind({key, size});
            QString cell;
            if (it != cells.constEnd())
                cell = formatValue(it->value, it->unit) +
                       (it->meetsTarget() ? QStringLiteral("  ") : QStringLiteral(" !"));
            out << cell.rightJustified(cellWidth);
        }
        out << "   " << targets.value(key) << "\n";
    }
    out << "\n(! marks a figure over its target; docs/PERFORMANCE.md explains each.)\n";
    out.flush();
}

void BenchReport::printJson(QTextStream &out) const
{
    QJsonObject machine;
    for (const auto &note : m_notes)
        machine.insert(note.first, note.second);
    machine.insert(QStringLiteral("version"), QStringLiteral(LL_VERSION));
    QJsonObject results;
    QJsonArray missed;
    for (const Measurement &m : m_measurements) {
        const QString size = QString::number(m.appeals);
        QJsonObject forSize = results.value(size).toObject();
        forSize.insert(m.key, qRound(m.value * 100) / 100.0);
        if (m.cpuMs) {
            QString cpuKey = m.key;
            cpuKey.replace(QLatin1String("_ms"), QLatin1String("_cpu_ms"));
            forSize.insert(cpuKey, qRound(*m.cpuMs * 100) / 100.0);
        }
        results.insert(size, forSize);
        if (!m.meetsTarget()) {
            missed.append(QJsonObject{{QStringLiteral("key"), m.key},
                                      {QStringLiteral("appeals"), m.appeals},
                                      {QStringLiteral("value"), qRound(m.value * 100) / 100.0},
                                      {QStringLiteral("target"), *m.target}});
        }
    }
    const QJsonObject root{{QStringLiteral("machine"), machine},
                           {QStringLiteral("results"), results},
                           {QStringLiteral("targets_missed"), missed}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.flush();
}
