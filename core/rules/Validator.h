#pragma once

#include "common/Codes.h"
#include "common/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// Collects the problems of one record, field by field, with translated messages that name the field
/// ("Date received: cannot be after today."). Each check takes the column key (FieldError.field) and
/// the field's translated name; a field gets only its first problem.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    /// `today` is the day "in the future" is judged against.
    explicit Validator(const QDate &today = QDate::currentDate());

    /// Free text: length limit, no control characters (line breaks allowed when `multiline`).
    void text(const QString &field, const QString &name, const QString &value, int maxLength,
              bool multiline = false);
    /// Like text(), and must not be blank.
    void requiredText(const QString &field, const QString &name, const QString &value, int maxLength,
                      bool multiline = false);
    /// A date between Validation::earliestDate() and today (when `notFuture`); required unless `optional`.
    void date(const QString &field, const QString &name, const QDate &value, bool required,
              bool notFuture = true);
    /// `value` (when set) must not be before `other` (when set), named `otherName` in the message.
    void notBefore(const QString &field, const QString &name, const QDate &value, const QDate &other,
                   const QString &otherName);
    /// A mainland mobile or landline number; empty passes unless `required`.
    void phone(const QString &field, const QString &name, const QString &value, bool required = false);
    /// A code of `kind`; empty passes unless `required`.
    void code(const QString &field, const QString &name, Codes::Kind kind, const QString &value,
              bool required = true);
    /// A deputy that exists, is not in the recycle bin and (when `onDate` is valid) was in office then.
    /// 0 passes unless `required`.
    void deputy(const Database &db, const QString &field, const QString &name, qint64 deputyId,
                const QDate &onDate, bool required);
    /// A whole number in [min, max]; `unknown` (e.g. -1) passes.
    void range(const QString &field, const QString &name, int value, int min, int max, int unknown = -1);

    /// Adds a problem of the record as a whole or of a field.
    void add(const QString &field, const QString &message);
    bool hasError(const QString &field) const;
    bool isOk() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    /// Ok, or Status::invalid with every problem.
    Status status() const;
    QDate today() const { return m_today; }

private:
    QList<FieldError> m_errors;
    QDate m_today;
};
