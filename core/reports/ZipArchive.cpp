#include "reports/ZipArchive.h"

#include <zlib.h>

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;

quint32 u32(const QByteArray &b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    if (at < 0 || at + 2 > b.size())
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

void put32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b += char((v >> (8 * i)) & 0xff);
}

void put16(QByteArray &b, quint16 v)
{
    b += char(v & 0xff);
    b += char(v >> 8);
}

// Raw deflate (no zlib header), as zip stores it.
std::optional<QByteArray> inflateRaw(const QByteArray &in, qsizetype expected)
{
    QByteArray out(expected, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const bool ok = rc == Z_STREAM_END && qsizetype(z.total_out) == expected;
    inflateEnd(&z);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

QByteArray deflateRaw(const QByteArray &in)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

std::optional<QList<ZipArchive::Entry>> ZipArchive::read(const QByteArray &zip)
{
    // The end-of-central-directory record is the last 22 bytes, unless a comment follows it.
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 0xffff; --at)
        if (u32(zip, at) == kEndOfCentral) {
            end = at;
            break;
        }
    if (end < 0)
        return std::nullopt;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (u32(zip, at) != kCentralHeader)
            return std::nullopt;
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const qsizetype packed = u32(zip, at + 20);
        const qsizetype size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int extraLength = u16(zip, at + 30);
        const int commentLength = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        Entry e;
        e.name = zip.mid(at + 46, nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (u32(zip, local) != kLocalHeader)
            return std::nullopt;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + packed > zip.size())
            return std::nullopt;
        const QByteArray raw = zip.mid(data, packed);
        if (method == 0) {
            e.data = raw;
            e.compressed = false;
        } else if (method == 8) {
            const auto inflated = inflateRaw(raw, size);
            if (!inflated)
                return std::nullopt;
            e.data = *inflated;
        } else {
            return std::nullopt;
        }
        if (crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())) != crc)
            return std::nullopt;
        entries << e;
    }
    return entries;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : entries) {
        const quint32 crc =
            crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size()));
        const QByteArray body = e.compressed ? deflateRaw(e.data) : e.data;
        const quint16 method = e.compressed ? 8 : 0;
        const quint32 offset = quint32(out.size());
        // Local header: version 2.0, no flags, a fixed date (1 Jan 2000) so equal input gives equal bytes.
        put32(out, kLocalHeader);
        put16(out, 20);
        put16(out, 0);
        put16(out, method);
        put16(out, 0);
        put16(out, (20 << 9) | (1 << 5) | 1);
        put32(out, crc);
        put32(out, quint32(body.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += body;

        put32(central, kCentralHeader);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, method);
        put16(central, 0);
        put16(central, (20 << 9) | (1 << 5) | 1);
        put32(central, crc);
        put32(central, quint32(body.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, kEndOfCentral);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}
