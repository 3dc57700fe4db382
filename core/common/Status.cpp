#include "common/Status.h"

#include <QStringList>

Status Status::failure(const QString &message)
{
    Status s;
    s.m_message = message;
    return s;
}

Status Status::invalid(const QList<FieldError> &fieldErrors)
{
    Status s;
    s.m_fieldErrors = fieldErrors;
    QStringList messages;
    for (const FieldError &e : fieldErrors)
        messages << e.message;
    s.m_message = messages.join(QLatin1Char('\n'));
    return s;
}

QString Status::fieldMessage(const QString &field) const
{
    for (const FieldError &e : m_fieldErrors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}
