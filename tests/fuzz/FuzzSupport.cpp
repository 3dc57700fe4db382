#include "FuzzSupport.h"

#include "storage/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

// Kept for the whole run and never destroyed: libFuzzer ends with exit(), when Qt's own globals may
// already be gone, and destroying the application then crashes. Reachable, so not reported as a leak.
QCoreApplication *s_application = nullptr;
std::unique_ptr<QTemporaryDir> s_folder;

} // namespace

namespace FuzzSupport {

void initialise(int *argc, char ***argv)
{
    s_folder = std::make_unique<QTemporaryDir>();
    if (!s_folder->isValid())
        std::abort();
    const QByteArray root = s_folder->path().toUtf8();
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("LIAISON_LEDGER_DB", root + "/data/ledger.sqlite");
    s_application = new QCoreApplication(*argc, *argv);
    Paths::applyApplicationIdentity();
    QSettings().setValue(QStringLiteral("automaticBackups"), false);
}

QString folder()
{
    return s_folder->path();
}

QString writeInput(const QString &name, const unsigned char *data, size_t size)
{
    const QString path = QDir(folder()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

} // namespace FuzzSupport
