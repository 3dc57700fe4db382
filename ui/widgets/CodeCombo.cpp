#include "widgets/CodeCombo.h"

CodeCombo::CodeCombo(Codes::Kind kind, bool optional, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
{
    if (optional)
        addItem(QString(), QString());
    const QStringList codes = Codes::codes(kind);
    for (const QString &c : codes)
        addItem(Codes::label(kind, c), c);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString CodeCombo::code() const
{
    return currentData().toString();
}

void CodeCombo::setCode(const QString &c)
{
    const int index = findData(c);
    setCurrentIndex(index >= 0 ? index : 0);
}
