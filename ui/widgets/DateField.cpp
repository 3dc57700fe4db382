#include "widgets/DateField.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

DateField::DateField(bool optional, QWidget *parent)
    : QDateEdit(parent)
    , m_optional(optional)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(emptyDate());
    setMaximumDate(QDate(2099, 12, 31));
    if (m_optional)
        setSpecialValueText(QStringLiteral("—"));
    calendarWidget()->setGridVisible(true);
    setValue(QDate());
}

QDate DateField::value() const
{
    const QDate d = date();
    return (m_optional && d == emptyDate()) ? QDate() : d;
}

void DateField::setValue(const QDate &d)
{
    if (d.isValid())
        setDate(d);
    else
        setDate(m_optional ? emptyDate() : QDate::currentDate());
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (m_optional && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        lineEdit()->selectedText() == lineEdit()->text()) {
        setValue(QDate());
        return;
    }
    QDateEdit::keyPressEvent(event);
}

QDate DateField::emptyDate()
{
    return QDate(1900, 1, 1);
}
