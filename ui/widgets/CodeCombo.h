#pragma once

#include "common/Codes.h"

#include <QComboBox>

/// A choice among the fixed codes of one kind (Codes), showing the translated labels.
class CodeCombo : public QComboBox
{
    Q_OBJECT
public:
    /// `optional`: the first entry is an empty choice.
    CodeCombo(Codes::Kind kind, bool optional, QWidget *parent = nullptr);

    QString code() const;
    /// Selects `code`; an unknown code selects the empty choice (or the first code).
    void setCode(const QString &code);

private:
    Codes::Kind m_kind;
};
