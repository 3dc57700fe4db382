#pragma once

#include <QDateEdit>

/// A date picker with a calendar popup that can also be left empty (an optional date such as a
/// mandate's end): the empty state shows a dash; Delete or Backspace on a selected date empties it.
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    /// `optional`: the field may be empty; otherwise it always holds a date (today by default).
    explicit DateField(bool optional = false, QWidget *parent = nullptr);

    /// The date, or a null QDate when an optional field is empty.
    QDate value() const;
    /// Sets the date; a null date empties an optional field (a required one shows today).
    void setValue(const QDate &date);
    bool isOptional() const { return m_optional; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The empty state is the minimum date shown as specialValueText; real dates start after it.
    static QDate emptyDate();

    bool m_optional;
};
