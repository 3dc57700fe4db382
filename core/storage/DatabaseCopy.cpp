#include "storage/DatabaseCopy.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

Status DatabaseCopy::write(const Database &db, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Status::failure(tr("A copy cannot replace the open file itself. Choose another file name."));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query = db.prepare(QStringLiteral("VACUUM INTO ?"));
    const Status status = db.exec(query, {partial});
    if (!status.isOk()) {
        QFile::remove(partial);
        return Status::failure(tr("The copy could not be written to %1: %2 Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(targetPath), status.message()));
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Status::failure(
            tr("The copy could not be saved as %1. Check that the file is not open in another "
               "program and try again.")
                .arg(QDir::toNativeSeparators(targetPath)));
    }
    return Status::ok();
}
