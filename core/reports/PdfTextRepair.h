#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/// Makes the text of a PDF written by QPdfWriter copy and search as the characters that were drawn.
/// Qt 6.4 builds each font's ToUnicode map by giving every glyph the lowest code point the font maps
/// to it, and CJK fonts such as Noto CJK draw an ideograph and its Kangxi / CJK radical form with the
/// same glyph: copied text then reads ⼤ for 大, ⺠ for 民, ⻚ for 页. The printed pages are right; only
/// copying, searching and screen readers suffer. repair() rewrites the maps' radical entries to the
/// ideographs that share their glyphs in the report fonts, and the cross-reference table after them.
namespace PdfTextRepair {
/// The PDF with its ToUnicode maps mended; `pdf` unchanged when it has nothing to mend or is not a
/// PDF as QPdfWriter writes it (one classic cross-reference table).
QByteArray repair(const QByteArray &pdf);
/// Repairs a PDF file in place (e.g. one a QPrinter printed to a file); false when it could not be
/// read or written. A file with nothing to mend is left untouched.
bool repairFile(const QString &path);
/// Radical code point → the ideograph drawn with the same glyph in the report fonts (serif and sans).
const QHash<char32_t, char32_t> &radicalMap();
} // namespace PdfTextRepair
