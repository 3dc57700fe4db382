#pragma once

class QFormLayout;
class QHBoxLayout;
class QWidget;

/// The one look of the editors' field columns: labels right-aligned beside their fields.
namespace FormLayouts {
QFormLayout *column();
/// Two columns side by side, returned through `left` and `right`.
QHBoxLayout *twoColumns(QFormLayout *&left, QFormLayout *&right);
} // namespace FormLayouts
