#include "reports/ZipArchive.h"

#include <zip.h>

#include <memory>

// libzip (Debian: libzip-dev) does the archive format; this file only moves bytes between QByteArray
// and libzip's in-memory sources.

namespace {

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
struct SourceFreer
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using File = std::unique_ptr<zip_file_t, FileCloser>;
using Source = std::unique_ptr<zip_source_t, SourceFreer>;

// Reads an entry completely; libzip checks its CRC when the end is reached.
std::optional<QByteArray> readEntry(zip_t *archive, zip_uint64_t index, zip_uint64_t size)
{
    File file(zip_fopen_index(archive, index, 0));
    if (!file)
        return std::nullopt;
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    zip_uint64_t done = 0;
    while (done < size) {
        const zip_int64_t n = zip_fread(file.get(), data.data() + done, size - done);
        if (n <= 0)
            return std::nullopt;
        done += zip_uint64_t(n);
    }
    char probe = 0;
    if (zip_fread(file.get(), &probe, 1) != 0) // longer than it said, or its CRC does not match
        return std::nullopt;
    return data;
}

} // namespace

std::optional<QList<ZipArchive::Entry>> ZipArchive::read(const QByteArray &zip)
{
    zip_error_t error;
    zip_error_init(&error);
    Source source(zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error));
    zip_error_fini(&error);
    if (!source)
        return std::nullopt;
    zip_error_init(&error);
    Archive archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    zip_error_fini(&error);
    if (!archive)
        return std::nullopt;
    zip_source_keep(source.get()); // now also owned by the archive, which frees it once
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    QList<Entry> entries;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 ||
            (stat.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_METHOD)) !=
                (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_METHOD) ||
            stat.size > zip_uint64_t(std::numeric_limits<int>::max()))
            return std::nullopt;
        const std::optional<QByteArray> data = readEntry(archive.get(), zip_uint64_t(i), stat.size);
        if (!data)
            return std::nullopt;
        entries << Entry{QByteArray(stat.name), *data, stat.comp_method != ZIP_CM_STORE};
    }
    return entries;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    Source target(zip_source_buffer_create(nullptr, 0, 0, &error));
    zip_error_fini(&error);
    if (!target)
        return {};
    zip_error_init(&error);
    zip_t *archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        return {};
    zip_source_keep(target.get()); // zip_close() releases the archive's reference; ours reads the result
    for (const Entry &e : entries) {
        zip_source_t *data = zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, e.name.constData(), data, ZIP_FL_ENC_UTF_8) : zip_int64_t(-1);
        if (index < 0) {
            zip_source_free(data);
            zip_discard(archive);
            return {};
        }
        zip_set_file_compression(archive, zip_uint64_t(index), e.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 0);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    QByteArray out;
    if (zip_source_open(target.get()) != 0)
        return {};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(target.get(), &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
        out.resize(qsizetype(stat.size));
        if (zip_source_read(target.get(), out.data(), stat.size) != zip_int64_t(stat.size))
            out.clear();
    }
    zip_source_close(target.get());
    return out;
}
