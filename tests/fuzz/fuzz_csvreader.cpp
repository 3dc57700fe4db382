// libFuzzer target: core/io/CsvReader on arbitrary bytes (encoding detection, RFC 4180 parsing, the
// limits that keep a hostile file from exhausting memory). See docs/FUZZING.md.

#include "FuzzSupport.h"

#include "io/CsvReader.h"

#include <cstdlib>

namespace {

void readAll(const QString &path, CsvLimits limits)
{
    CsvReader reader(path, limits);
    if (!reader.open()) {
        // A refusal must say why.
        if (reader.status().message().isEmpty())
            std::abort();
        return;
    }
    QStringList cells;
    qint64 lastLine = 0;
    while (reader.readRow(&cells)) {
        // Rows come in file order, each within the limits.
        if (reader.lineNumber() <= lastLine || cells.size() > limits.maxColumns)
            std::abort();
        for (const QString &cell : std::as_const(cells))
            if (cell.size() > limits.maxCellChars)
                std::abort();
        lastLine = reader.lineNumber();
    }
    if (!reader.status() && reader.status().message().isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString path = FuzzSupport::writeInput(QStringLiteral("input.csv"), data, size);
    readAll(path, CsvLimits{});
    // Small limits as well, so that the paths refusing too long cells and too many columns are reached.
    CsvLimits small;
    small.maxCellChars = 16;
    small.maxColumns = 4;
    readAll(path, small);
    return 0;
}
