#pragma once

#include <QFont>
#include <QStringList>

/// The typefaces of printed documents. Families are named explicitly, in order of preference: left
/// alone, Qt may set Chinese in the Japanese variant of a CJK font (different glyph shapes).
namespace ReportFonts {
/// 宋体/仿宋-like serif for body text: Noto Serif CJK SC, then the Windows and macOS equivalents.
QStringList serifFamilies();
/// 黑体-like sans for headings and tables: Noto Sans CJK SC, then Microsoft YaHei / SimHei.
QStringList sansFamilies();
/// A font of `families` at `pointSize`, bold if asked.
QFont font(const QStringList &families, qreal pointSize, bool bold = false);
} // namespace ReportFonts
