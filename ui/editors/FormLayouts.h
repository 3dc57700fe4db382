#pragma once

class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QString;
class QWidget;

/// The one look of the editors' field columns: labels right-aligned beside their fields.
namespace FormLayouts {
QFormLayout *column();
/// Two columns side by side, returned through `left` and `right`.
QHBoxLayout *twoColumns(QFormLayout *&left, QFormLayout *&right);
/// The read-only facts of a record's handling (status, dates, reply…): a grid, not a QFormLayout —
/// Qt 6.4's QFormLayout overruns its buffers computing heights when rows with word-wrapped labels are
/// hidden, and empty rows there are hidden.
QGridLayout *infoGrid();
/// Adds a label and its word-wrapped, selectable value (named `objectName`, its label
/// `objectName` + "_label") as the next row of `grid`.
void addInfoRow(QGridLayout *grid, QWidget *parent, const QString &label, const QString &objectName);
} // namespace FormLayouts
