#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

/// The few zip operations an OpenDocument file needs (Qt 6 has no public zip API): read every entry of
/// a small archive, and write entries back, stored or deflated. No zip64, encryption or spanning.
class ZipArchive
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        bool compressed = true; ///< deflated when written; "mimetype" of an ODF package is stored
    };

    /// The entries of `zip` in their order, or nothing when it is not a zip this class can read.
    static std::optional<QList<Entry>> read(const QByteArray &zip);
    /// An archive of `entries` in their order.
    static QByteArray write(const QList<Entry> &entries);
};
