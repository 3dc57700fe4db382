#pragma once

#include <QList>
#include <QString>

/// A problem with one field of a record: `field` is the record's field key (e.g. "received_on"),
/// `message` a translated sentence that names the field in the user's language.
struct FieldError
{
    QString field;
    QString message;
};

/// The outcome of an operation that changes data: ok, or a translated message saying what went wrong
/// (and, for validation, which fields). A failed operation has changed nothing.
class Status
{
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status failure(const QString &message);
    static Status invalid(const QList<FieldError> &fieldErrors);

    bool isOk() const { return m_message.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QString &message() const { return m_message; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }
    /// The message for one field, empty when that field is fine.
    QString fieldMessage(const QString &field) const;

private:
    QString m_message;
    QList<FieldError> m_fieldErrors;
};
