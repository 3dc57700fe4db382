#pragma once

#include "common/Codes.h"

#include <QString>
#include <QStringList>

/// One column of a SQL-backed list: its header, the SQL expression that yields its value, the one it
/// sorts by, and how the value is shown.
struct ListColumn
{
    enum class Display {
        Text,
        Number,
        Date,
        Code,  ///< shown as Codes::label(codeKind, value)
        Phone, ///< shown masked (Privacy::maskPhone): full numbers only in the editor
        YesNo,
        Count, ///< a number shown red when not zero (e.g. overdue appeals)
    };

    const char *header = ""; ///< source text, translated in the "SqlListModel" context
    QString select;          ///< SQL expression over the list's table (no user text)
    QStringList sort;        ///< SQL expressions to sort by, in turn; empty = select
    Display display = Display::Text;
    Codes::Kind codeKind = Codes::Gender;
};
