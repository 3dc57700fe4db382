#include "rules/Validator.h"

#include "common/Ids.h"
#include "model/Deputy.h"
#include "rules/Validation.h"
#include "storage/Database.h"

#include <QLocale>

Validator::Validator(const QDate &today)
    : m_today(today)
{}

void Validator::add(const QString &field, const QString &message)
{
    if (!field.isEmpty() && hasError(field))
        return;
    m_errors << FieldError{field, message};
}

bool Validator::hasError(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

Status Validator::status() const
{
    return m_errors.isEmpty() ? Status::ok() : Status::invalid(m_errors);
}

void Validator::text(const QString &field, const QString &name, const QString &value, int maxLength,
                     bool multiline)
{
    if (value.size() > maxLength)
        add(field, tr("%1: at most %2 characters (now %3). Shorten the text.")
                       .arg(name)
                       .arg(maxLength)
                       .arg(value.size()));
    else if (Validation::hasControlCharacters(value, multiline))
        add(field,
            multiline
                ? tr("%1: contains invisible control characters; retype the text instead of pasting it.")
                      .arg(name)
                : tr("%1: must be one line without control characters.").arg(name));
}

void Validator::requiredText(const QString &field, const QString &name, const QString &value, int maxLength,
                             bool multiline)
{
    if (value.trimmed().isEmpty())
        add(field, tr("%1: required; please fill it in.").arg(name));
    else
        text(field, name, value, maxLength, multiline);
}

void Validator::date(const QString &field, const QString &name, const QDate &value, bool required,
                     bool notFuture)
{
    if (!value.isValid()) {
        if (required)
            add(field, tr("%1: required; enter a date.").arg(name));
        return;
    }
    if (value < Validation::earliestDate())
        add(field, tr("%1: cannot be before %2; check the year.")
                       .arg(name, Ids::dateText(Validation::earliestDate())));
    else if (notFuture && value > m_today)
        add(field, tr("%1: cannot be after today.").arg(name));
}

void Validator::notBefore(const QString &field, const QString &name, const QDate &value, const QDate &other,
                          const QString &otherName)
{
    if (value.isValid() && other.isValid() && value < other)
        add(field, tr("%1: cannot be before %2 (%3).").arg(name, otherName, Ids::dateText(other)));
}

void Validator::phone(const QString &field, const QString &name, const QString &value, bool required)
{
    if (value.trimmed().isEmpty()) {
        if (required)
            add(field, tr("%1: required; enter a phone number.").arg(name));
        return;
    }
    if (!Validation::isPhone(value))
        add(field, tr("%1: \"%2\" is not a phone number. Enter an 11-digit mobile number (13812345678) or a "
                      "landline with its area code (027-88886666).")
                       .arg(name, value));
}

void Validator::code(const QString &field, const QString &name, Codes::Kind kind, const QString &value,
                     bool required)
{
    if (value.isEmpty()) {
        if (required)
            add(field, tr("%1: required; choose one of the listed values.").arg(name));
        return;
    }
    if (!Codes::isValid(kind, value))
        add(field, tr("%1: \"%2\" is not one of the listed values.").arg(name, value));
}

void Validator::deputy(const Database &db, const QString &field, const QString &name, qint64 deputyId,
                       const QDate &onDate, bool required)
{
    if (deputyId <= 0) {
        if (required)
            add(field, tr("%1: required; choose a deputy.").arg(name));
        return;
    }
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT term_start, term_end, deleted_at FROM deputies WHERE id = ?"));
    if (!db.exec(q, {deputyId}) || !q.next()) {
        add(field, tr("%1: the chosen deputy does not exist; choose another.").arg(name));
        return;
    }
    if (!q.value(2).isNull()) {
        add(field, tr("%1: the chosen deputy is in the recycle bin; restore the deputy or choose another.")
                       .arg(name));
        return;
    }
    if (!onDate.isValid())
        return;
    Deputy deputy;
    deputy.termStart = Ids::parseDate(q.value(0).toString());
    deputy.termEnd = Ids::parseDate(q.value(1).toString());
    if (deputy.inOfficeOn(onDate))
        return;
    if (deputy.termStart.isValid() && onDate < deputy.termStart)
        add(field, tr("%1: the deputy's mandate began on %2, after this record's date (%3).")
                       .arg(name, Ids::dateText(deputy.termStart), Ids::dateText(onDate)));
    else
        add(field, tr("%1: the deputy's mandate ended on %2, before this record's date (%3).")
                       .arg(name, Ids::dateText(deputy.termEnd), Ids::dateText(onDate)));
}

void Validator::range(const QString &field, const QString &name, int value, int min, int max, int unknown)
{
    if (value == unknown)
        return;
    if (value < min || value > max)
        add(field, tr("%1: must be a whole number from %2 to %3.")
                       .arg(name, QLocale().toString(min), QLocale().toString(max)));
}
