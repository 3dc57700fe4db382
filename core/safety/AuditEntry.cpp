#include "safety/AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QVariant fromJson(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

} // namespace

QList<AuditFieldChange> AuditEntry::changes() const
{
    // Stored by the triggers (migration 3): an update as {"field": [old, new]} holding only the fields
    // that changed; an insert as {"field": new}, a delete as {"field": old}, an export as its details.
    const QJsonObject object = QJsonDocument::fromJson(changesJson.toUtf8()).object();
    QList<AuditFieldChange> list;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        AuditFieldChange change;
        change.field = it.key();
        if (action == QLatin1String("delete")) {
            change.oldValue = fromJson(it.value());
        } else if (it.value().isArray() && !isCreation() && action != QLatin1String("export")) {
            const QJsonArray pair = it.value().toArray();
            change.oldValue = fromJson(pair.at(0));
            change.newValue = fromJson(pair.at(1));
        } else {
            change.newValue = fromJson(it.value());
        }
        list << change;
    }
    return list;
}

bool AuditEntry::isCreation() const
{
    return action == QLatin1String("insert") || action == QLatin1String("import") || action == QLatin1String("demo");
}
