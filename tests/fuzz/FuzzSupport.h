#pragma once

#include <QString>

/// Shared by the fuzz targets: a private temporary folder (also holding the settings, with automatic
/// backups off, so that a fuzz run never touches the user's files) and writing one input to a file there.
namespace FuzzSupport {

/// Creates the QCoreApplication and the private folder; call once from LLVMFuzzerInitialize.
void initialise(int *argc, char ***argv);
/// The private folder.
QString folder();
/// Writes `size` bytes to `name` in the private folder and returns its path.
QString writeInput(const QString &name, const unsigned char *data, size_t size);

} // namespace FuzzSupport
