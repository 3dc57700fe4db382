#include "io/LedgerImport.h"

#include "common/Codes.h"
#include "common/Ids.h"
#include "common/ReadAhead.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/JsonRows.h"
#include "io/LedgerExport.h"
#include "ledgers/AppealRepository.h"
#include "model/Appeal.h"
#include "safety/AuditBulkScope.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>

#include <map>
#include <memory>
#include <optional>

namespace {

/// A column of our export that points at another record by its UUID.
struct Ref
{
    const char *key;
    const char *column;
    const char *table;
    bool required;
    bool deferred; ///< the record may come later in the import: resolved once every file is in
};

struct Target
{
    const char *table;
    QList<Ref> refs;
    QStringList display; ///< readable copies of references (names, numbers): not imported
    bool numbered;       ///< has number / number_year / number_seq
};

Target target(Ledger ledger)
{
    const Ref station{"station_uuid", "station_id", "stations", true, false};
    switch (ledger) {
    case Ledger::Deputies:
        return {"deputies", {station}, {QStringLiteral("station")}, false};
    case Ledger::Enterprises:
        return {"enterprise_links",
                {{"deputy_uuid", "deputy_id", "deputies", true, false}},
                {QStringLiteral("deputy")},
                false};
    case Ledger::Profiles:
        return {"constituency_profiles",
                {{"deputy_uuid", "deputy_id", "deputies", true, false}},
                {QStringLiteral("deputy")},
                false};
    case Ledger::Appeals:
        return {"appeals",
                {station,
                 {"deputy_uuid", "deputy_id", "deputies", false, false},
                 {"activity_uuid", "activity_id", "activities", false, false},
                 {"duplicate_of_uuid", "duplicate_of", "appeals", false, true},
                 {"suggestion_uuid", "suggestion_id", "suggestions", false, true}},
                {QStringLiteral("station"), QStringLiteral("deputy"), QStringLiteral("duplicate_of_number")},
                true};
    case Ledger::Suggestions:
        return {"suggestions",
                {station, {"lead_deputy_uuid", "lead_deputy_id", "deputies", true, false}},
                {QStringLiteral("station"), QStringLiteral("lead_deputy"), QStringLiteral("cosigners"),
                 QStringLiteral("source_appeals")},
                true};
    case Ledger::Visits:
        return {"follow_up_visits",
                {{"appeal_uuid", "appeal_id", "appeals", false, false},
                 {"suggestion_uuid", "suggestion_id", "suggestions", false, false},
                 {"visitor_deputy_uuid", "visitor_deputy_id", "deputies", false, false}},
                {QStringLiteral("appeal_number"), QStringLiteral("suggestion_number"),
                 QStringLiteral("visitor_deputy")},
                false};
    case Ledger::Activities:
        return {"activities", {station}, {QStringLiteral("station"), QStringLiteral("participants")}, false};
    }
    return {};
}

/// Lists of other records kept in one cell (separated by ; for UUIDs, 、 for unit names).
const QStringList kLinkKeys{QStringLiteral("cosigner_uuids"), QStringLiteral("source_appeal_uuids"),
                            QStringLiteral("main_units"), QStringLiteral("assist_units"),
                            QStringLiteral("participant_uuids")};

/// Integer columns that are NOT NULL in the schema: an empty cell means 0.
const QStringList kNotNullNumbers{QStringLiteral("reopen_count"), QStringLiteral("round"),
                                  QStringLiteral("year")};

/// The order in which a bundle's files are imported, so that what a record points at is already there.
const QList<Ledger> kImportOrder{Ledger::Deputies, Ledger::Activities,  Ledger::Appeals, Ledger::Suggestions,
                                 Ledger::Visits,   Ledger::Enterprises, Ledger::Profiles};

/// Hand-made appeal ledgers: the words clerks use as column headers, per field.
struct Synonyms
{
    const char *key;
    const char *words; ///< separated by |
};
const Synonyms kAppealSynonyms[] = {
    {"received_on", "日期|接待日期|反映时间|反映日期|来访日期|登记日期|接待时间|时间"},
    {"deputy", "接待代表|代表|代表姓名|接待代表姓名"},
    {"person_name", "姓名|群众姓名|反映人|反映人姓名|来访人|来访人姓名|来访群众"},
    {"person_phone", "电话|联系电话|联系方式|手机|手机号|手机号码|电话号码"},
    {"person_address", "住址|地址|家庭住址|联系地址"},
    {"content", "诉求内容|反映问题|内容|反映内容|问题|诉求|主要内容|反映事项"},
    {"category", "类别|问题类别|分类|诉求类别"},
    {"channel", "反映渠道|渠道|接待方式|来源"},
    {"notes", "备注"},
    {"", "序号|行号"}, // row numbers of the clerk's sheet: not data
};

/// The fields a hand-made column can be mapped to, with their labels for the wizard.
struct FieldLabel
{
    const char *key;
    const char *label;
};
const FieldLabel kAppealFields[] = {
    {"received_on", QT_TRANSLATE_NOOP("LedgerImport", "Date received")},
    {"deputy", QT_TRANSLATE_NOOP("LedgerImport", "Deputy")},
    {"person_name", QT_TRANSLATE_NOOP("LedgerImport", "Name")},
    {"person_phone", QT_TRANSLATE_NOOP("LedgerImport", "Phone")},
    {"person_address", QT_TRANSLATE_NOOP("LedgerImport", "Address")},
    {"content", QT_TRANSLATE_NOOP("LedgerImport", "Content of the appeal")},
    {"category", QT_TRANSLATE_NOOP("LedgerImport", "Category")},
    {"channel", QT_TRANSLATE_NOOP("LedgerImport", "Channel")},
    {"notes", QT_TRANSLATE_NOOP("LedgerImport", "Notes")},
};

/// The ledger of our exports whose columns fit `header` best, and how many columns do not fit.
std::pair<Ledger, int> closestLedger(const QStringList &header)
{
    const QSet<QString> seen(header.cbegin(), header.cend());
    std::optional<Ledger> best;
    int bestMisfit = 0;
    for (Ledger l : Ledgers::all()) {
        QSet<QString> expected;
        for (const ExportColumn &c : LedgerExport::columns(l))
            expected.insert(c.header);
        int misfit = 0;
        for (const QString &h : std::as_const(expected))
            misfit += seen.contains(h) ? 0 : 1;
        for (const QString &h : header)
            misfit += expected.contains(h) ? 0 : 1;
        if (!best || misfit < bestMisfit) {
            best = l;
            bestMisfit = misfit;
        }
    }
    return {*best, bestMisfit};
}

QString normalisedHeader(const QString &header)
{
    QString h = header;
    h.remove(QLatin1Char(' ')).remove(QChar(0x3000)).remove(QLatin1Char('*'));
    if (h.endsWith(QLatin1Char(':')) || h.endsWith(QChar(0xFF1A)))
        h.chop(1);
    return h.trimmed();
}

/// `text` when it is a date as our exports write it (2022-03-05) and that day exists, else a null
/// string. Most dates of an import are in this form: checking it directly spares a regular expression
/// and formatting the date again for every cell.
QString isoDateText(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    int digits[8];
    int n = 0;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        digits[n++] = c.unicode() - '0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    return QDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]).isValid() ? text : QString();
}

/// SQLite settings for the lifetime of an import (created before its transaction begins, gone after it
/// ended), then put back as they were. See LedgerImport::run().
class ImportPragmas
{
public:
    ImportPragmas(Database &db, qint64 fileBytes)
        : m_db(db)
        , m_cacheSize(db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong())
        , m_tempStore(db.scalar(QStringLiteral("PRAGMA temp_store")).toInt())
    {
        // In KiB as a negative cache_size; the database grows to about 1.5 times its CSV text.
        constexpr qint64 kMaxKiB = 768 * 1024;
        const qint64 wanted = std::min(kMaxKiB, fileBytes / 1024 * 2);
        const qint64 current = m_cacheSize < 0 ? -m_cacheSize : m_cacheSize * 4; // pages of 4 KiB
        if (wanted > current)
            m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(wanted));
        // Must be set outside a transaction: SQLite decides where statement journals go when it begins.
        if (m_tempStore != 2 && m_db.transactionDepth() == 0)
            m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~ImportPragmas()
    {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        if (m_tempStore != 2 && m_db.transactionDepth() == 0)
            m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    }
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    Database &m_db;
    qint64 m_cacheSize;
    int m_tempStore;
};

} // namespace

struct LedgerImport::Session
{
    ImportOptions options;
    ImportResult *result = nullptr;
    std::map<QString, std::unique_ptr<QSqlQuery>> queries; ///< prepared statements by SQL text
    /// The statements of the rows of our own exports, on the connection's SQLite handle, by SQL text.
    std::map<QString, std::unique_ptr<SqliteStatement>> statements;
    QHash<QString, QHash<QString, qint64>> ids;   ///< table → uuid → id
    QHash<QString, QJsonObject> stationHints;     ///< from bundle manifests: uuid → station
    QHash<QString, QList<qint64>> deputiesByName; ///< hand-made files
    bool deputiesLoaded = false;
    struct Pending
    {
        qint64 id;
        QString column;
        QString table;
        QString uuid;
        QString file;
        qint64 line;
    };
    QList<Pending> pending;
    QList<QStringList> rejectRows;
    qint64 bytesBefore = 0; ///< progress: the bytes of the files already imported
    qint64 fileStart = 0;   ///< progress: the bytes of the files before the one being imported
    QSet<QString> mayBeEmpty; ///< files of bundles, whose ledgers may have no rows
    qint64 bytesTotal = 0;
    BulkLoad *bulkLoad = nullptr; ///< new rows are indexed for search and logged at the end

    /// Hand-made rows already in the file, by date: what a row is matched on when it has no uuid.
    QHash<QString, QSet<QString>> contentKeysByDay;
    static inline const QString kAppealsOfDaySql =
        QStringLiteral("SELECT coalesce(deputy_id, 0), person_name, content FROM appeals "
                       "WHERE received_on = ? AND deleted_at IS NULL");

    static QString contentKey(qint64 deputyId, const QString &person, const QString &content)
    {
        return QString::number(deputyId) + QChar(0x1f) + person + QChar(0x1f) + content;
    }

    /// The content keys of the live appeals received on `day`, read from the file the first time;
    /// nullptr when reading fails.
    const QSet<QString> *appealsOfDay(Database &db, const QString &day)
    {
        auto it = contentKeysByDay.find(day);
        if (it != contentKeysByDay.end())
            return &*it;
        QSqlQuery &q = query(db, kAppealsOfDaySql);
        if (!db.exec(q, {day}))
            return nullptr;
        QSet<QString> keys;
        while (q.next())
            keys.insert(contentKey(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()));
        q.finish();
        return &*contentKeysByDay.insert(day, keys);
    }

    /// The statement for `sql`, prepared the first time; on failure `status` says why (and stays
    /// failed, so that many statements can be asked for before one check).
    SqliteStatement *statement(const Database &db, const QString &sql, Status *status)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto statement =
                std::make_unique<SqliteStatement>(db, sql.toUtf8(), SqliteStatement::Use::Persistent);
            if (!statement->isValid()) {
                if (status->isOk())
                    *status = statement->status();
                return nullptr;
            }
            it = statements.emplace(sql, std::move(statement)).first;
        }
        return it->second.get();
    }

    QSqlQuery &query(Database &db, const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end())
            it = queries.emplace(sql, std::make_unique<QSqlQuery>(db.prepare(sql))).first;
        return *it->second;
    }
};

LedgerImport::LedgerImport(Database &db)
    : m_db(db)
{}

QDate LedgerImport::parseDate(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('\'')) || t.startsWith(QLatin1Char('\t')))
        t = t.mid(1).trimmed();
    if (t.isEmpty())
        return {};
    // A time after the date (2022/3/5 10:30) does not matter to a ledger.
    const qsizetype space = t.indexOf(QLatin1Char(' '));
    if (space > 0)
        t.truncate(space);
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,5}(\\.0+)?$"));
    QRegularExpressionMatch m = ymd.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                     m.captured(3).toInt()); // invalid if no such day
    if (serial.match(t).hasMatch()) {
        // Excel's day numbers count from 1899-12-30 (its 1900 leap-year bug included); only numbers
        // that fall between 1950 and 2100 are taken as dates.
        const int n = int(t.toDouble());
        if (n >= 18264 && n <= 73051)
            return QDate(1899, 12, 30).addDays(n);
    }
    return {};
}

QString LedgerImport::ownCellText(const QString &cell, bool textNumber)
{
    QString v = cell;
    if (v.size() > 1 && v.at(0) == QLatin1Char('\'') && CsvWriter::needsApostrophe(v.mid(1)))
        v.remove(0, 1);
    if (textNumber && v.startsWith(QLatin1Char('\t')))
        v.remove(0, 1);
    return v;
}

Status LedgerImport::run(const QString &fileOrFolder, const ImportOptions &options, ImportResult *result)
{
    *result = ImportResult();
    Session session;
    session.options = options;
    session.result = result;

    // Which files, in which order; bundles are checked against their manifests before anything is read.
    QStringList files;
    const QFileInfo info(fileOrFolder);
    const QString shown = QDir::toNativeSeparators(fileOrFolder);
    if (!info.exists())
        return Status::failure(tr("\"%1\" does not exist. Check the path and try again.").arg(shown));
    if (info.isDir()) {
        QDir dir(fileOrFolder);
        QStringList bundles;
        if (dir.exists(QStringLiteral("manifest.json")))
            bundles << dir.absolutePath();
        else
            for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (QFileInfo::exists(dir.filePath(sub + QStringLiteral("/manifest.json"))))
                    bundles << dir.filePath(sub);
        if (bundles.isEmpty()) {
            // A plain folder of CSV files: ledgers in dependency order, others after them.
            QStringList csvs =
                dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name);
            for (Ledger l : kImportOrder)
                if (csvs.removeOne(Ledgers::name(l) + QStringLiteral(".csv")))
                    files << dir.filePath(Ledgers::name(l) + QStringLiteral(".csv"));
            for (const QString &f : std::as_const(csvs))
                files << dir.filePath(f);
            if (files.isEmpty())
                return Status::failure(
                    tr("The folder \"%1\" holds no CSV file and no bundle (manifest.json).").arg(shown));
        }
        // Every bundle's deputies first, then every bundle's activities, …: a district merge may have
        // one station's suggestion name another station's deputy.
        QHash<Ledger, QStringList> byLedger;
        for (const QString &bundle : std::as_const(bundles)) {
            QFile mf(QDir(bundle).filePath(QStringLiteral("manifest.json")));
            if (!mf.open(QIODevice::ReadOnly))
                return Status::failure(
                    tr("Cannot read the manifest of \"%1\".").arg(QDir::toNativeSeparators(bundle)));
            const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
            if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("liaison-ledger-bundle"))
                return Status::failure(tr("\"%1\" is not the manifest of a Liaison Ledger bundle.")
                                           .arg(QDir::toNativeSeparators(mf.fileName())));
            for (const QJsonValue st : manifest.value(QStringLiteral("stations")).toArray())
                session.stationHints.insert(st.toObject().value(QStringLiteral("uuid")).toString(),
                                            st.toObject());
            for (const QJsonValue fv : manifest.value(QStringLiteral("files")).toArray()) {
                const QJsonObject f = fv.toObject();
                const QString name = f.value(QStringLiteral("name")).toString();
                const QString path = QDir(bundle).filePath(name);
                if (!name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                    return Status::failure(
                        tr("The bundle \"%1\" was exported as .xlsx; import reads CSV. Export the "
                           "bundle again with the CSV format.")
                            .arg(QDir::toNativeSeparators(bundle)));
                QFile data(path);
                if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
                    !data.open(QIODevice::ReadOnly))
                    return Status::failure(
                        tr("The bundle \"%1\" is incomplete: \"%2\" is missing. Nothing was imported.")
                            .arg(QDir::toNativeSeparators(bundle), name));
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&data);
                if (QString::fromLatin1(hash.result().toHex()) !=
                    f.value(QStringLiteral("sha256")).toString())
                    return Status::failure(
                        tr("\"%1\" was changed or damaged after it was exported: its SHA-256 differs "
                           "from the bundle's manifest. Nothing was imported; ask for the bundle again.")
                            .arg(QDir::toNativeSeparators(path)));
                const auto ledger = Ledgers::fromName(f.value(QStringLiteral("ledger")).toString());
                if (ledger)
                    byLedger[*ledger] << path;
                // A station's year may have no rows in a ledger (no enterprise links yet, say): its file is
                // then a header alone, and the manifest vouches for that.
                session.mayBeEmpty.insert(path);
            }
        }
        for (Ledger l : kImportOrder)
            files << byLedger.value(l);
    } else {
        files << fileOrFolder;
    }

    for (const QString &file : std::as_const(files))
        session.bytesTotal += QFileInfo(file).size();

    // One audit entry per imported record (docs/AUDIT.md).
    const AuditBulkScope audit(QStringLiteral("import"));
    // Every statement that fires a trigger (the audit trail's) keeps a statement journal: the original of
    // each page it changes, so that a failing statement can be undone alone. SQLite writes it to a
    // temporary file once it passes 64 KiB — 6.5 million small writes for the 100,000-appeal import,
    // most of its CPU time in the kernel. In memory (temp_store) it costs a copy instead. And the page
    // cache (64 MB, Database) holds about what the files will become, within a bound, so that pages are
    // written to the log once, at the commit (docs/PERFORMANCE.md).
    const ImportPragmas pragmas(m_db, session.bytesTotal);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    // Indexing each new row for search and logging it in the audit trail as it comes cost more than the
    // rest of the import together (docs/PERFORMANCE.md); the new rows are indexed and logged in one
    // statement per table instead.
    BulkLoad bulkLoad(m_db);
    if (Status s = bulkLoad.begin(); !s)
        return s;
    session.bulkLoad = &bulkLoad;
    for (const QString &file : std::as_const(files)) {
        if (Status s = importFile(session, file); !s)
            return s;
    }
    // Before the links below, so that the trail tells of each record's import before its link's update.
    // An import that will be thrown away (a dry run, or all or nothing with rejected rows) skips it: the
    // rollback brings the triggers back.
    const bool keep = !options.dryRun && !(options.allOrNothing && result->rejected > 0);
    if (keep) {
        if (Status s = bulkLoad.finish(); !s)
            return s;
    }
    // Links to records that came later in the import (an appeal merged into a later one, or turned into
    // a suggestion of the suggestions file).
    for (const Session::Pending &p : std::as_const(session.pending)) {
        qint64 id = 0;
        if (!p.uuid.isEmpty()) {
            if (Status s = idOf(session, p.table, p.uuid, &id); !s)
                return s;
            if (id == 0)
                result->problems << ImportProblem{
                    p.file, p.line, p.column,
                    tr("It refers to a record (%1) that is neither in the database nor in "
                       "the import; the link was left empty.")
                        .arg(p.uuid)};
        }
        Status s;
        SqliteStatement *u = session.statement(
            m_db, QStringLiteral("UPDATE appeals SET ") + p.column + QStringLiteral(" = ? WHERE id = ?"), &s);
        if (!s)
            return s;
        u->bindId(1, id);
        u->bindInt(2, p.id);
        if (s = u->step(); !s)
            return s;
    }

    if (!options.rejectFile.isEmpty() && !session.rejectRows.isEmpty()) {
        QSaveFile out(options.rejectFile);
        if (!out.open(QIODevice::WriteOnly))
            return Status::failure(tr("Cannot write the reject file \"%1\": %2. Nothing was imported.")
                                       .arg(QDir::toNativeSeparators(options.rejectFile), out.errorString()));
        CsvWriter writer(&out);
        for (const QStringList &row : std::as_const(session.rejectRows))
            writer.writeRow(row);
        if (!writer.flush() || !out.commit())
            return Status::failure(tr("Cannot write the reject file \"%1\". Nothing was imported.")
                                       .arg(QDir::toNativeSeparators(options.rejectFile)));
    }
    if (!keep)
        return Status::ok(); // the transaction rolls back when it goes out of scope
    if (Status s = tx.commit(); !s)
        return s;
    result->written = true;
    return Status::ok();
}

Status LedgerImport::idOf(Session &session, const QString &table, const QString &uuid, qint64 *id)
{
    QHash<QString, qint64> &cache = session.ids[table];
    if (auto it = cache.constFind(uuid); it != cache.constEnd()) {
        *id = it.value();
        return Status::ok();
    }
    Status s;
    SqliteStatement *q = session.statement(
        m_db, QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE uuid = ?"), &s);
    if (!s)
        return s;
    q->bindTextView(1, uuid);
    bool found = false;
    if (s = q->step(&found); !s)
        return s;
    *id = found ? q->integer(0) : 0;
    q->reset();
    if (*id > 0)
        cache.insert(uuid, *id);
    return Status::ok();
}

void LedgerImport::reject(Session &session, const QString &file, qint64 line, const QStringList &header,
                          const QStringList &cells, const QList<QPair<QString, QString>> &problems)
{
    ++session.result->rejected;
    QStringList columns;
    QStringList reasons;
    for (const auto &p : problems) {
        session.result->problems << ImportProblem{file, line, p.first, p.second};
        columns << p.first;
        reasons << p.second;
    }
    if (session.options.rejectFile.isEmpty())
        return;
    const QString name = QFileInfo(file).fileName();
    if (session.rejectRows.isEmpty() || session.rejectRows.constLast().value(0) != name)
        session.rejectRows << (QStringList{QStringLiteral("文件"), QStringLiteral("行号"),
                                           QStringLiteral("列"), QStringLiteral("原因")} +
                               header);
    session.rejectRows << (QStringList{name, QString::number(line), columns.join(QStringLiteral("、")),
                                       reasons.join(QLatin1Char(' '))} +
                           cells);
}

void LedgerImport::rejectCutShort(Session &session, const QString &file, qint64 line,
                                  const QStringList &header, const QStringList &cells)
{
    reject(session, file, line, header, cells,
           {{QString(), tr("The row has only %1 of %2 cells; the file may be cut short.")
                            .arg(cells.size())
                            .arg(header.size())}});
}

Status LedgerImport::importFile(Session &session, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    CsvReader reader(path);
    reader.setEncoding(session.options.encoding);
    if (session.options.progress) {
        const qint64 before = session.bytesBefore;
        reader.setProgress([&session, before](qint64 done) {
            return session.options.progress(before + done, session.bytesTotal);
        });
    }
    session.fileStart = session.bytesBefore;
    session.bytesBefore += QFileInfo(path).size();
    if (Status s = reader.open(); !s)
        return s;
    QStringList header;
    if (!reader.readRow(&header))
        return reader.status().isOk()
                   ? Status::failure(tr("\"%1\" is empty: there is nothing to import.").arg(shown))
                   : reader.status();
    QSet<QString> seen;
    for (QString &h : header) {
        h = normalisedHeader(h);
        if (!h.isEmpty() && seen.contains(h))
            return Status::failure(
                tr("\"%1\" has two columns named \"%2\". Delete or rename one of them and import "
                   "again; nothing was imported.")
                    .arg(shown, h));
        seen.insert(h);
    }

    if (!seen.contains(QStringLiteral("标识"))) {
        // No 标识 column: a clerk's own ledger, which we read as an appeals ledger.
        if (session.options.ledger && *session.options.ledger != Ledger::Appeals)
            return Status::failure(
                tr("\"%1\" has no 标识 column, so it is not one of our exports; hand-made files can be "
                   "imported as the appeals ledger only.")
                    .arg(shown));
        session.result->files
            << tr("%1: appeals, %2, hand-made ledger").arg(QFileInfo(path).fileName(), reader.encodingName());
        return importHandMadeAppeals(session, reader, path, header);
    }

    // Our own export: which ledger the header belongs to.
    const auto [best, bestMisfit] = closestLedger(header);
    const Ledger wanted = session.options.ledger.value_or(best);
    if (wanted != best && bestMisfit == 0)
        return Status::failure(
            tr("\"%1\" is the %2 ledger (%3), not the %4 ledger. Choose the right file or ledger; "
               "nothing was imported.")
                .arg(shown, Ledgers::name(best), Ledgers::chineseTitle(best), Ledgers::name(wanted)));
    if (wanted != best || bestMisfit > 0) {
        QStringList missing;
        QStringList unknown;
        QSet<QString> expected;
        for (const ExportColumn &c : LedgerExport::columns(wanted))
            expected.insert(c.header);
        for (const QString &h : std::as_const(expected))
            if (!seen.contains(h))
                missing << h;
        for (const QString &h : std::as_const(header))
            if (!expected.contains(h))
                unknown << h;
        missing.sort();
        return Status::failure(
            tr("\"%1\" does not have the columns of the %2 ledger (%3). Missing: %4. Unknown: %5. "
               "Import the file as it was exported; nothing was imported.")
                .arg(shown, Ledgers::name(wanted), Ledgers::chineseTitle(wanted),
                     missing.isEmpty() ? tr("none") : missing.join(QStringLiteral("、")),
                     unknown.isEmpty() ? tr("none") : unknown.join(QStringLiteral("、"))));
    }
    session.result->files << tr("%1: %2, %3, own export")
                                 .arg(QFileInfo(path).fileName(), Ledgers::name(wanted),
                                      reader.encodingName());
    return importOwnRows(session, reader, path, wanted, header);
}

Status LedgerImport::importOwnRows(Session &session, CsvReader &reader, const QString &file, Ledger ledger,
                                   const QStringList &header)
{
    // Everything that depends only on the ledger and the header is worked out once per file: which cell
    // each column is in, how it is read, the statements. Per row there is then only the reading of its
    // cells and the binding of their text (docs/PERFORMANCE.md, "Import of 100,000 appeals").
    const Target t = target(ledger);
    const QString table = QString::fromLatin1(t.table);
    const QList<ExportColumn> cols = LedgerExport::columns(ledger);
    QHash<QString, int> index;        // key → cell
    QHash<QString, QString> headerOf; // key → Chinese header
    QString jsonKey;
    for (const ExportColumn &c : cols) {
        index.insert(c.key, int(header.indexOf(c.header)));
        headerOf.insert(c.key, c.header);
        if (c.kind == CellKind::Json)
            jsonKey = c.key;
    }
    QSet<QString> refKeys;
    for (const Ref &r : t.refs)
        refKeys.insert(QString::fromLatin1(r.key));

    // The record's own columns, in the order they are bound.
    struct Column
    {
        int cell;
        CellKind kind;
        QString key;
        QString header;
        Codes::Kind codeKind;
        bool textNumber;
        bool notNullNumber;
        bool updatedAt;
    };
    QList<Column> plan;
    QStringList names;
    for (const ExportColumn &c : cols) {
        const QString &key = c.key;
        if (key == QLatin1String("uuid") || t.display.contains(key) || kLinkKeys.contains(key) ||
            refKeys.contains(key) || c.kind == CellKind::Json || key == QLatin1String("number"))
            continue;
        plan << Column{index.value(key, -1),
                       c.kind,
                       key,
                       c.header,
                       c.codeKind,
                       c.kind == CellKind::Phone || c.kind == CellKind::PublicPhone ||
                           c.kind == CellKind::TextNumber,
                       kNotNullNumbers.contains(key),
                       key == QLatin1String("updated_at")};
        names << key;
    }
    if (t.numbered)
        names << QStringLiteral("number") << QStringLiteral("number_year") << QStringLiteral("number_seq");
    // References looked up by UUID now, and those resolved once every file is in (deferred).
    struct RefPlan
    {
        Ref ref;
        int cell;
        QString key;
        QString column;
        QString table;
    };
    QList<RefPlan> refs;
    for (const Ref &r : t.refs) {
        const QString key = QString::fromLatin1(r.key);
        refs << RefPlan{r, index.value(key, -1), key, QString::fromLatin1(r.column),
                        QString::fromLatin1(r.table)};
        if (!r.deferred)
            names << QString::fromLatin1(r.column);
    }
    const int numberAt = t.numbered ? int(plan.size()) : -1; // the number's place among the values

    // Fields of the child rows kept as JSON in one cell that the schema requires.
    QList<QLatin1String> jsonRequired;
    switch (ledger) {
    case Ledger::Appeals:
        jsonRequired = {QLatin1String("uuid"), QLatin1String("date"), QLatin1String("kind"),
                        QLatin1String("created_at")};
        break;
    case Ledger::Enterprises:
        jsonRequired = {QLatin1String("uuid"), QLatin1String("date"), QLatin1String("created_at"),
                        QLatin1String("updated_at")};
        break;
    case Ledger::Profiles:
        jsonRequired = {QLatin1String("uuid"), QLatin1String("name"), QLatin1String("created_at"),
                        QLatin1String("updated_at")};
        break;
    case Ledger::Suggestions:
        jsonRequired = {QLatin1String("uuid"), QLatin1String("round"), QLatin1String("created_at")};
        break;
    default:
        break;
    }

    // The statements run for every row, prepared once per file.
    Status prepared;
    SqliteStatement *existingQuery = session.statement(
        m_db, QStringLiteral("SELECT id, updated_at FROM ") + table + QStringLiteral(" WHERE uuid = ?"),
        &prepared);
    SqliteStatement *numberQuery =
        t.numbered ? session.statement(m_db,
                                       QStringLiteral("SELECT uuid FROM ") + table +
                                           QStringLiteral(" WHERE station_id = ? AND number_year = ? AND "
                                                          "number_seq = ?"),
                                       &prepared)
                   : nullptr;
    const QStringList marks(names.size() + 1, QStringLiteral("?"));
    SqliteStatement *insertQuery =
        session.statement(m_db,
                          QStringLiteral("INSERT INTO ") + table + QStringLiteral("(uuid, ") +
                              names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                              marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                          &prepared);
    SqliteStatement *updateQuery =
        session.statement(m_db,
                          QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
                              names.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ? WHERE id = ?"),
                          &prepared);
    // Child rows kept as JSON in one cell (an appeal's timeline, a suggestion's rounds, …).
    QString childSql;
    switch (ledger) {
    case Ledger::Appeals:
        childSql = QStringLiteral(
            "INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, note, actor, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        break;
    case Ledger::Enterprises:
        childSql = QStringLiteral(
            "INSERT INTO enterprise_visits(uuid, link_id, visited_on, summary, problems, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
            "visited_on = excluded.visited_on, summary = excluded.summary, problems = excluded.problems, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at > enterprise_visits.updated_at");
        break;
    case Ledger::Profiles:
        childSql = QStringLiteral(
            "INSERT INTO contact_voters(uuid, profile_id, name, phone, address, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
            "name = excluded.name, phone = excluded.phone, address = excluded.address, notes = "
            "excluded.notes, updated_at = excluded.updated_at WHERE excluded.updated_at > "
            "contact_voters.updated_at");
        break;
    case Ledger::Suggestions:
        childSql = QStringLiteral(
            "INSERT INTO suggestion_rounds(uuid, suggestion_id, round, submitted_on, deadline, "
            "reply_on, reply_summary, grade, satisfaction, satisfaction_on, created_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        break;
    default:
        break;
    }
    SqliteStatement *childQuery = childSql.isEmpty() ? nullptr : session.statement(m_db, childSql, &prepared);
    if (!prepared)
        return prepared;
    /// A value to bind: SQL NULL, text or an integer. Text is bound as UTF-8, what SQLite stores: the
    /// reading thread writes the texts of a row one after the other into the row's `utf8`.
    struct Value
    {
        enum Type { Null, Text, Int } type = Null;
        qint32 at = 0;
        qint32 size = 0;
        qint64 number = 0;
    };
    const auto intValue = [](qint64 n) {
        return Value{Value::Int, 0, 0, n};
    };
    const auto bindValue = [](SqliteStatement &q, int at, const Value &v, const QByteArray &utf8) {
        switch (v.type) {
        case Value::Null:
            q.bindNull(at);
            break;
        case Value::Text:
            q.bindUtf8View(at, QByteArrayView(utf8.constData() + v.at, v.size));
            break;
        case Value::Int:
            q.bindInt(at, v.number);
            break;
        }
    };
    const auto isBlank = [](const QString &s) {
        for (const QChar c : s)
            if (!c.isSpace())
                return false;
        return true;
    };
    using Problems = QList<QPair<QString, QString>>;

    /// A row as far as it can be read without the database: its cells checked and converted, the
    /// references' UUIDs, the child rows ready to bind. Problems are kept in the order the checks
    /// come in, the database's ones (references) between them.
    struct PreparedRow
    {
        /// Appends `text` to `utf8`, as a value to bind.
        Value text(QStringView text)
        {
            const qsizetype at = utf8.size();
            utf8.resize(at + text.size() * 3);
            // One encoder per thread: the reading thread's rows share it; stateless, it carries nothing
            // from one text to the next.
            thread_local QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
            char *end = encoder.appendToBuffer(utf8.data() + at, text);
            utf8.truncate(end - utf8.constData());
            return Value{Value::Text, qint32(at), qint32(utf8.size() - at), 0};
        }
        QByteArray utf8;
        qint64 line = 0;
        qint64 bytesRead = 0;
        QStringList cells;
        bool tooShort = false;
        QString uuid;
        Problems cellProblems;
        QList<Value> values; ///< in the order of `names`; the writer adds the references' ids
        QString updatedAt;
        QString number;
        QStringList refUuids; ///< per entry of `refs`, trimmed
        Problems visitProblems;
        QHash<QString, QStringList> linkUuids; ///< link lists of records, by key
        QHash<QString, QStringList> units;     ///< link lists of unit names, by key
        /// The child rows' values for placeholders 1, 2, …, `childColumns` per row; the 2nd, the
        /// record's id, is the writer's.
        QList<Value> children;
        int childColumns = 0;
        Problems childProblems;
    };

    // Reading the file and everything that needs no database runs on a thread of its own, ahead of the
    // writing below, which then spends its time in SQLite (docs/PERFORMANCE.md, "the reading thread").
    const auto prepare = [&](PreparedRow &row, QHash<int, QHash<QString, QString>> &codeCache,
                             JsonRows &json) {
        const QStringList &cells = row.cells;
        if (cells.size() < header.size()) {
            row.tooShort = true;
            return;
        }
        const auto cell = [&](const QString &key) {
            const int i = index.value(key, -1);
            return i >= 0 ? cells.at(i) : QString();
        };
        Problems &problems = row.cellProblems;
        row.uuid = cell(QStringLiteral("uuid")).trimmed();
        if (row.uuid.isEmpty())
            problems << qMakePair(QStringLiteral("标识"),
                                  tr("The 标识 (UUID) is empty; rows of our exports always have one."));

        QList<Value> &values = row.values;
        for (const Column &c : std::as_const(plan)) {
            const QString raw = ownCellText(c.cell >= 0 ? cells.at(c.cell) : QString(), c.textNumber);
            const QString trimmed = raw.trimmed();
            Value v;
            switch (c.kind) {
            case CellKind::Code: {
                // Codes::fromText compares with every label of the vocabulary, translated ones included:
                // once per distinct cell text is enough.
                v.type = Value::Text;
                if (!trimmed.isEmpty()) {
                    QHash<QString, QString> &known = codeCache[int(c.codeKind)];
                    auto it = known.constFind(trimmed);
                    if (it == known.constEnd())
                        it = known.insert(trimmed, Codes::fromText(c.codeKind, trimmed));
                    v = row.text(it.value());
                    if (it.value().isEmpty())
                        problems << qMakePair(
                            c.header, tr("\"%1\" is not one of the values of %2.").arg(trimmed, c.header));
                }
                break;
            }
            case CellKind::Bool:
                if (trimmed == QStringLiteral("是") || trimmed == QLatin1String("1"))
                    v = intValue(1);
                else if (trimmed.isEmpty() || trimmed == QStringLiteral("否") ||
                         trimmed == QLatin1String("0"))
                    v = intValue(0);
                else
                    problems << qMakePair(c.header, tr("\"%1\" is neither 是 nor 否.").arg(trimmed));
                break;
            case CellKind::Date:
                if (!trimmed.isEmpty()) {
                    const QString iso = isoDateText(trimmed);
                    const QDate d = iso.isNull() ? parseDate(trimmed) : QDate();
                    if (!iso.isNull())
                        v = row.text(iso);
                    else if (d.isValid())
                        v = row.text(Ids::dateText(d));
                    else
                        problems << qMakePair(c.header,
                                              tr("\"%1\" is not a date, or that day does not exist; "
                                                 "write it as 2022-03-05.")
                                                  .arg(trimmed));
                }
                break;
            case CellKind::Number:
                if (trimmed.isEmpty()) {
                    if (c.notNullNumber)
                        v = intValue(0);
                } else {
                    bool ok = false;
                    v = intValue(trimmed.toLongLong(&ok));
                    if (!ok)
                        problems << qMakePair(c.header, tr("\"%1\" is not a whole number.").arg(trimmed));
                }
                break;
            case CellKind::Stamp: {
                const QString stamp = trimmed.isEmpty() ? Ids::nowStamp() : trimmed;
                v = row.text(stamp);
                if (c.updatedAt)
                    row.updatedAt = stamp;
            } break;
            case CellKind::Text:
            case CellKind::Personal:
            case CellKind::Phone:
            case CellKind::PublicPhone:
            case CellKind::TextNumber:
            case CellKind::Json:
                v = row.text(raw);
                break;
            }
            values << v;
        }
        if (t.numbered) {
            // A ledger number such as 2022-0031: four digits, a dash, one to six digits.
            const QString number = ownCellText(cell(QStringLiteral("number")), true).trimmed();
            const qsizetype dash = number.indexOf(QLatin1Char('-'));
            const auto digits = [](QStringView text) {
                return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                                      [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
            };
            if (dash != 4 || number.size() > 11 || !digits(QStringView(number).left(4)) ||
                !digits(QStringView(number).mid(5))) {
                problems << qMakePair(headerOf.value(QStringLiteral("number")),
                                      tr("\"%1\" is not a ledger number such as 2022-0031.").arg(number));
                values << Value{} << Value{} << Value{};
            } else {
                row.number = number;
                values << row.text(number) << intValue(QStringView(number).left(4).toInt())
                       << intValue(QStringView(number).mid(5).toInt());
            }
        }
        for (const RefPlan &r : std::as_const(refs))
            row.refUuids << (r.cell >= 0 ? cells.at(r.cell) : QString()).trimmed();
        if (ledger == Ledger::Visits && cell(QStringLiteral("appeal_uuid")).trimmed().isEmpty() ==
                                            cell(QStringLiteral("suggestion_uuid")).trimmed().isEmpty())
            row.visitProblems << qMakePair(
                headerOf.value(QStringLiteral("appeal_uuid")),
                tr("A follow-up visit belongs to exactly one appeal or one suggestion."));

        // Lists of linked records.
        for (const QString &key : kLinkKeys) {
            if (!index.contains(key))
                continue;
            const QString text = cell(key).trimmed();
            if (key.endsWith(QLatin1String("_units"))) {
                QStringList list = text.split(QStringLiteral("、"), Qt::SkipEmptyParts);
                for (QString &u : list)
                    u = u.trimmed();
                row.units.insert(key, list);
                continue;
            }
            QStringList list = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (QString &u : list)
                u = u.trimmed();
            row.linkUuids.insert(key, list);
        }

        // The child rows, read straight from the cell's text (JsonRows), made ready to bind.
        const QString childText = jsonKey.isEmpty() ? QString() : cell(jsonKey).trimmed();
        if (childText.isEmpty())
            return;
        if (!json.parse(childText))
            row.childProblems << qMakePair(headerOf.value(jsonKey),
                                           tr("The cell is not the list our export "
                                              "writes; it may have been edited by hand."));
        const qsizetype childCount = json.size();
        for (qsizetype i = 0; i < childCount; ++i) {
            for (const QLatin1String &k : std::as_const(jsonRequired))
                if (!json.isFilled(i, k)) {
                    row.childProblems << qMakePair(headerOf.value(jsonKey),
                                                   tr("An entry of the list lacks its %1.").arg(k));
                    break;
                }
        }
        row.childColumns = ledger == Ledger::Suggestions ? 11 : ledger == Ledger::Profiles ? 8 : 7;
        row.children.reserve(childCount * row.childColumns);
        for (qsizetype i = 0; i < childCount; ++i) {
            QList<Value> &binds = row.children;
            const auto text = [&](const char *key) {
                binds << row.text(json.text(i, QLatin1String(key)));
            };
            const auto date = [&](const char *key) {
                const QStringView d = json.text(i, QLatin1String(key));
                binds << (d.isEmpty() ? Value{} : row.text(d));
            };
            text("uuid");
            binds << Value{}; // the record's id
            switch (ledger) {
            case Ledger::Appeals:
                text("date");
                text("kind");
                text("note");
                text("actor");
                text("created_at");
                break;
            case Ledger::Enterprises:
                text("date");
                text("summary");
                text("problems");
                text("created_at");
                text("updated_at");
                break;
            case Ledger::Profiles:
                text("name");
                text("phone");
                text("address");
                text("notes");
                text("created_at");
                text("updated_at");
                break;
            case Ledger::Suggestions: {
                const JsonRows::Value round = json.value(i, QLatin1String("round"));
                binds << (round.type == JsonRows::Value::Number ? intValue(qint64(round.number)) : Value{});
                date("submitted_on");
                date("deadline");
                date("reply_on");
                text("reply_summary");
                text("grade");
                text("satisfaction");
                date("satisfaction_on");
                text("created_at");
                break;
            }
            default:
                break;
            }
        }
    };

    // Progress is told from this thread (the wizard's dialog lives here), by the rows written.
    reader.setProgress({});
    QHash<int, QHash<QString, QString>> codeCache; // Codes::Kind → cell text → code (reading thread)
    JsonRows json;                                 // reading thread
    QStringList read;                              // reading thread
    ReadAhead<PreparedRow> reading([&](PreparedRow &row) {
        while (reader.readRow(&read)) {
            if (std::all_of(read.cbegin(), read.cend(), isBlank))
                continue;
            row.line = reader.lineNumber();
            row.bytesRead = reader.bytesRead();
            row.cells = read;
            prepare(row, codeCache, json);
            return true;
        }
        return false;
    });

    qint64 rows = 0;
    while (ReadAhead<PreparedRow>::Batch *batch = reading.next()) {
        for (PreparedRow &row : *batch) {
            if (session.options.progress &&
                !session.options.progress(session.fileStart + row.bytesRead, session.bytesTotal))
                return CsvReader::cancelled();
            const qint64 line = row.line;
            const QStringList &cells = row.cells;
            ++rows;
            if (row.tooShort) {
                rejectCutShort(session, file, line, header, cells);
                continue;
            }
            const auto cell = [&](const QString &key) {
                const int i = index.value(key, -1);
                return i >= 0 ? cells.at(i) : QString();
            };
            const QString &uuid = row.uuid;
            Problems problems = std::move(row.cellProblems);
            QList<Value> &values = row.values;
            const QString &updatedAt = row.updatedAt;
            QList<QPair<QString, QString>> deferred; // column, uuid
            qint64 stationId = 0;
            for (qsizetype ri = 0; ri < refs.size(); ++ri) {
                const RefPlan &r = refs.at(ri);
                const QString &u = row.refUuids.at(ri);
                if (r.ref.deferred) {
                    deferred << qMakePair(r.column, u);
                    continue;
                }
                if (u.isEmpty()) {
                    if (r.ref.required)
                        problems << qMakePair(headerOf.value(r.key), tr("This column must not be empty."));
                    values << Value{};
                    continue;
                }
                qint64 id = 0;
                if (Status s = idOf(session, r.table, u, &id); !s)
                    return s;
                if (id == 0 && r.table == QLatin1String("stations")) {
                    // A station first seen in this import (the district merging stations' bundles).
                    const QJsonObject hint = session.stationHints.value(u);
                    QString name = hint.value(QStringLiteral("name")).toString();
                    if (name.isEmpty())
                        name = cell(QStringLiteral("station")).trimmed();
                    const QString now = Ids::nowStamp();
                    QSqlQuery &q = session.query(
                        m_db, QStringLiteral("INSERT INTO stations(uuid, name, street, address, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
                    if (Status s = m_db.exec(q, {u, name, hint.value(QStringLiteral("street")).toString(),
                                                 hint.value(QStringLiteral("address")).toString(), now, now});
                        !s)
                        return s;
                    id = q.lastInsertId().toLongLong();
                    session.ids[r.table].insert(u, id);
                }
                if (id == 0)
                    problems << qMakePair(headerOf.value(r.key),
                                          tr("It refers to a record (%1) that is neither in the database "
                                             "nor earlier in the import.")
                                              .arg(u));
                if (r.column == QLatin1String("station_id"))
                    stationId = id;
                values << (id > 0 ? intValue(id) : Value{});
            }
            problems << row.visitProblems;

            // Lists of linked records.
            QHash<QString, QList<qint64>> linkIds;
            const QHash<QString, QStringList> &units = row.units;
            for (const QString &key : kLinkKeys) {
                const auto uuids = row.linkUuids.constFind(key);
                if (uuids == row.linkUuids.constEnd())
                    continue;
                const QString refTable = key == QLatin1String("source_appeal_uuids")
                                             ? QStringLiteral("appeals")
                                             : QStringLiteral("deputies");
                QList<qint64> list;
                for (const QString &u : *uuids) {
                    qint64 id = 0;
                    if (Status s = idOf(session, refTable, u, &id); !s)
                        return s;
                    if (id == 0)
                        problems << qMakePair(headerOf.value(key),
                                              tr("It refers to a record (%1) that is neither in "
                                                 "the database nor earlier in the import.")
                                                  .arg(u));
                    list << id;
                }
                linkIds.insert(key, list);
            }
            problems << row.childProblems;

            // What is already there.
            qint64 existingId = 0;
            QString existingUpdated;
            if (!uuid.isEmpty()) {
                existingQuery->bindTextView(1, uuid);
                bool found = false;
                if (Status s = existingQuery->step(&found); !s)
                    return s;
                if (found) {
                    existingId = existingQuery->integer(0);
                    existingUpdated = existingQuery->string(1);
                }
                existingQuery->reset();
            }
            if (problems.isEmpty() && t.numbered && stationId > 0) {
                numberQuery->bindInt(1, stationId);
                numberQuery->bindInt(2, values.at(numberAt + 1).number);
                numberQuery->bindInt(3, values.at(numberAt + 2).number);
                bool found = false;
                if (Status s = numberQuery->step(&found); !s)
                    return s;
                if (found && numberQuery->string(0) != uuid)
                    problems << qMakePair(
                        headerOf.value(QStringLiteral("number")),
                        tr("The number %1 already belongs to another record of that station.")
                            .arg(row.number));
                numberQuery->reset();
            }
            if (problems.isEmpty() && ledger == Ledger::Profiles) {
                const qsizetype deputyAt = names.indexOf(QStringLiteral("deputy_id"));
                const qsizetype yearAt = names.indexOf(QStringLiteral("year"));
                const auto variant = [](const Value &v) {
                    return v.type == Value::Null ? QVariant() : QVariant(v.number);
                };
                QSqlQuery &q = session.query(
                    m_db, QStringLiteral("SELECT uuid FROM constituency_profiles WHERE deputy_id = ? AND "
                                         "year = ? AND deleted_at IS NULL"));
                if (Status s = m_db.exec(q, {variant(values.at(deputyAt)), variant(values.at(yearAt))}); !s)
                    return s;
                if (q.next() && q.value(0).toString() != uuid)
                    problems << qMakePair(
                        headerOf.value(QStringLiteral("year")),
                        tr("That deputy already has another constituency profile for this year."));
                q.finish();
            }
            if (!problems.isEmpty()) {
                reject(session, file, line, header, cells, problems);
                continue;
            }
            if (existingId > 0 && updatedAt <= existingUpdated) {
                ++session.result->unchanged; // the same version, or ours is newer
                continue;
            }

            qint64 id = existingId;
            if (existingId == 0) {
                insertQuery->bindTextView(1, uuid);
                for (int i = 0; i < values.size(); ++i)
                    bindValue(*insertQuery, i + 2, values.at(i), row.utf8);
                if (Status s = insertQuery->step(); !s)
                    return Status::failure(
                        tr("Line %1 of \"%2\" could not be saved: %3 Nothing was imported.")
                            .arg(line)
                            .arg(QDir::toNativeSeparators(file), s.message()));
                id = insertQuery->lastInsertId();
                session.ids[table].insert(uuid, id);
                ++session.result->inserted;
            } else {
                if (session.bulkLoad->pending(table, existingId)) {
                    // This import inserted the row a moment ago (two versions of one record, e.g. a bundle
                    // merged twice): index what is in so far, so that the update trigger finds its words.
                    if (Status s = session.bulkLoad->finish(); !s)
                        return s;
                    if (Status s = session.bulkLoad->begin(); !s)
                        return s;
                }
                for (int i = 0; i < values.size(); ++i)
                    bindValue(*updateQuery, i + 1, values.at(i), row.utf8);
                updateQuery->bindInt(int(values.size()) + 1, existingId);
                if (Status s = updateQuery->step(); !s)
                    return Status::failure(
                        tr("Line %1 of \"%2\" could not be saved: %3 Nothing was imported.")
                            .arg(line)
                            .arg(QDir::toNativeSeparators(file), s.message()));
                ++session.result->updated;
            }
            for (const auto &d : std::as_const(deferred)) {
                if (existingId == 0 && d.second.isEmpty())
                    continue; // a new row's link is empty already: no UPDATE per row for nothing
                session.pending << Session::Pending{id,
                                                    d.first,
                                                    d.first == QLatin1String("duplicate_of")
                                                        ? QStringLiteral("appeals")
                                                        : QStringLiteral("suggestions"),
                                                    d.second,
                                                    file,
                                                    line};
            }

            // Child rows and link lists.
            for (qsizetype first = 0; childQuery && first < row.children.size(); first += row.childColumns) {
                for (int i = 0; i < row.childColumns; ++i)
                    bindValue(*childQuery, i + 1, i == 1 ? intValue(id) : row.children.at(first + i),
                              row.utf8);
                if (Status s = childQuery->step(); !s)
                    return s;
            }
            const auto replaceLinks = [&](const QString &linkTable, const QString &ownerColumn,
                                          const QString &otherColumn, const QList<qint64> &others,
                                          const QStringList &unitNames, const QStringList &roles,
                                          bool withRole) -> Status {
                Status s;
                SqliteStatement *del =
                    session.statement(m_db,
                                      QStringLiteral("DELETE FROM ") + linkTable + QStringLiteral(" WHERE ") +
                                          ownerColumn + QStringLiteral(" = ?"),
                                      &s);
                if (!s)
                    return s;
                del->bindInt(1, id);
                if (s = del->step(); !s)
                    return s;
                SqliteStatement *ins = session.statement(
                    m_db,
                    QStringLiteral("INSERT OR IGNORE INTO ") + linkTable + QLatin1Char('(') + ownerColumn +
                        QStringLiteral(", ") + otherColumn +
                        (!withRole ? QStringLiteral(") VALUES (?, ?)")
                                   : QStringLiteral(", role) VALUES (?, ?, ?)")),
                    &s);
                if (!s)
                    return s;
                const qsizetype n = withRole ? unitNames.size() : others.size();
                for (qsizetype i = 0; i < n; ++i) {
                    ins->bindInt(1, id);
                    if (!withRole) {
                        ins->bindInt(2, others.at(i));
                    } else {
                        ins->bindTextView(2, unitNames.at(i));
                        ins->bindTextView(3, roles.at(i));
                    }
                    if (s = ins->step(); !s)
                        return s;
                }
                return Status::ok();
            };
            if (ledger == Ledger::Suggestions) {
                if (Status s = replaceLinks(QStringLiteral("suggestion_cosigners"),
                                            QStringLiteral("suggestion_id"), QStringLiteral("deputy_id"),
                                            linkIds.value(QStringLiteral("cosigner_uuids")), {}, {}, false);
                    !s)
                    return s;
                if (Status s =
                        replaceLinks(QStringLiteral("suggestion_appeals"), QStringLiteral("suggestion_id"),
                                     QStringLiteral("appeal_id"),
                                     linkIds.value(QStringLiteral("source_appeal_uuids")), {}, {}, false);
                    !s)
                    return s;
                QStringList unitNames;
                QStringList roles;
                for (const QString &u : units.value(QStringLiteral("main_units"))) {
                    unitNames << u;
                    roles << QStringLiteral("main");
                }
                for (const QString &u : units.value(QStringLiteral("assist_units"))) {
                    unitNames << u;
                    roles << QStringLiteral("assist");
                }
                if (Status s =
                        replaceLinks(QStringLiteral("suggestion_units"), QStringLiteral("suggestion_id"),
                                     QStringLiteral("unit"), {}, unitNames, roles, true);
                    !s)
                    return s;
            } else if (ledger == Ledger::Activities) {
                if (Status s =
                        replaceLinks(QStringLiteral("activity_participants"), QStringLiteral("activity_id"),
                                     QStringLiteral("deputy_id"),
                                     linkIds.value(QStringLiteral("participant_uuids")), {}, {}, false);
                    !s)
                    return s;
            }
        }
    }
    reading.finish();
    if (!reader.status())
        return reader.status();
    if (rows == 0 && !session.mayBeEmpty.contains(file))
        return Status::failure(tr("\"%1\" has a header but no rows: there is nothing to import.")
                                   .arg(QDir::toNativeSeparators(file)));
    return Status::ok();
}

Status LedgerImport::importHandMadeAppeals(Session &session, CsvReader &reader, const QString &file,
                                           const QStringList &header)
{
    const QString shown = QDir::toNativeSeparators(file);
    const bool explicitMapping = !session.options.columnMapping.isEmpty();
    const QStringList mapping = explicitMapping ? session.options.columnMapping : synonymMapping(header);
    if (mapping.size() != header.size())
        return Status::failure(tr("The column mapping names %1 columns, but \"%2\" has %3. Choose the "
                                  "columns again; nothing was imported.")
                                   .arg(mapping.size())
                                   .arg(shown)
                                   .arg(header.size()));
    QHash<QString, int> index; // field → cell
    QList<int> extras;         // columns we have no field for: kept in the notes
    for (int i = 0; i < header.size(); ++i) {
        const QString &key = mapping.at(i);
        if (key == keepInNotes()) {
            if (!header.at(i).isEmpty())
                extras << i;
            continue;
        }
        if (key.isEmpty())
            continue;
        if (index.contains(key))
            return Status::failure(
                explicitMapping
                    ? tr("In \"%1\" the columns \"%2\" and \"%3\" are both taken for the same field. Map "
                         "one of them to another field or to the notes; nothing was imported.")
                          .arg(shown, header.at(index.value(key)), header.at(i))
                    : tr("In \"%1\" the columns \"%2\" and \"%3\" mean the same thing. Delete or rename one "
                         "of them and import again; nothing was imported.")
                          .arg(shown, header.at(index.value(key)), header.at(i)));
        index.insert(key, i);
    }
    if (!index.contains(QStringLiteral("received_on")) || !index.contains(QStringLiteral("content")))
        return Status::failure(
            tr("\"%1\" does not look like an appeals ledger: it needs a date column (日期, 接待日期 or "
               "反映时间) and a content column (诉求内容, 反映问题 or 内容). Rename the columns or "
               "choose the right file; nothing was imported.")
                .arg(shown));
    const qint64 stationId = m_db.localStationId();
    if (stationId <= 0)
        return Status::failure(
            tr("This ledger file has no station yet; create it first (liaison-ledger-cli init)."));
    if (!session.deputiesLoaded) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, name FROM deputies WHERE deleted_at IS NULL"));
        if (Status s = m_db.exec(q); !s)
            return s;
        while (q.next())
            session.deputiesByName[q.value(1).toString()] << q.value(0).toLongLong();
        session.deputiesLoaded = true;
    }
    const auto headerFor = [&](const QString &key) {
        const int i = index.value(key, -1);
        return i >= 0 ? header.at(i) : QString();
    };

    qint64 rows = 0;
    QStringList cells;
    while (reader.readRow(&cells)) {
        const qint64 line = reader.lineNumber();
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        ++rows;
        if (cells.size() < header.size()) {
            // Excel leaves out nothing, so a short row is a file cut short — unless only empty cells are
            // missing.
            bool lostData = true;
            if (cells.size() >= 1) {
                const int last = int(cells.size()) - 1;
                lostData = index.value(QStringLiteral("content")) > last ||
                           index.value(QStringLiteral("received_on")) > last;
            }
            if (lostData) {
                rejectCutShort(session, file, line, header, cells);
                continue;
            }
        }
        const auto cell = [&](const QString &key) {
            const int i = index.value(key, -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        QList<QPair<QString, QString>> problems;
        for (int i = int(header.size()); i < cells.size(); ++i)
            if (!cells.at(i).trimmed().isEmpty()) {
                problems << qMakePair(QString(), tr("The row has more cells than the header has columns."));
                break;
            }
        Appeal appeal;
        appeal.stationId = stationId;
        appeal.receivedOn = parseDate(cell(QStringLiteral("received_on")));
        if (!appeal.receivedOn.isValid())
            problems << qMakePair(
                headerFor(QStringLiteral("received_on")),
                cell(QStringLiteral("received_on")).isEmpty()
                    ? tr("The date is empty.")
                    : tr("\"%1\" is not a date, or that day does not exist; write it as 2022-03-05.")
                          .arg(cell(QStringLiteral("received_on"))));
        QStringList notes;
        const QString deputyName = cell(QStringLiteral("deputy"));
        bool createDeputy = false;
        if (!deputyName.isEmpty()) {
            const QList<qint64> ids = session.deputiesByName.value(deputyName);
            if (ids.size() == 1)
                appeal.deputyId = ids.first();
            else if (ids.size() > 1)
                problems << qMakePair(
                    headerFor(QStringLiteral("deputy")),
                    tr("Several deputies are named %1; enter this appeal in the program instead.")
                        .arg(deputyName));
            else if (!session.result->missingDeputies.contains(deputyName))
                session.result->missingDeputies << deputyName;
            if (ids.isEmpty() && session.options.createMissingDeputies)
                createDeputy = true;
            else if (ids.isEmpty())
                problems << qMakePair(
                    headerFor(QStringLiteral("deputy")),
                    tr("No deputy is named %1. Add the deputy first, or let the import create the missing "
                       "deputies.")
                        .arg(deputyName));
        }
        const QString channel = cell(QStringLiteral("channel"));
        appeal.channel = channel.isEmpty() ? QString() : Codes::fromText(Codes::Channel, channel);
        if (appeal.channel.isEmpty()) {
            appeal.channel = QStringLiteral("onsite");
            if (!channel.isEmpty())
                notes << headerFor(QStringLiteral("channel")) + QStringLiteral("：") + channel;
        }
        appeal.personName = cell(QStringLiteral("person_name"));
        QString phone = cell(QStringLiteral("person_phone"));
        if (phone.startsWith(QLatin1Char('\'')))
            phone = phone.mid(1).trimmed();
        appeal.personPhone = phone;
        appeal.personAddress = cell(QStringLiteral("person_address"));
        appeal.content =
            index.contains(QStringLiteral("content")) && index.value(QStringLiteral("content")) < cells.size()
                ? cells.at(index.value(QStringLiteral("content")))
                : QString();
        appeal.content = appeal.content.trimmed();
        appeal.category = cell(QStringLiteral("category"));
        if (appeal.category.isEmpty())
            appeal.category = QStringLiteral("其他");
        if (!cell(QStringLiteral("notes")).isEmpty())
            notes.prepend(cell(QStringLiteral("notes")));
        for (int i : std::as_const(extras))
            if (i < cells.size() && !cells.at(i).trimmed().isEmpty())
                notes << header.at(i) + QStringLiteral("：") + cells.at(i).trimmed();
        appeal.notes = notes.join(QStringLiteral("；"));
        if (!problems.isEmpty()) {
            reject(session, file, line, header, cells, problems);
            continue;
        }

        // The same appeal imported before (this file twice, or an overlapping file): left as it is.
        // The appeals of each date are read once into a set and the set grows with every row imported,
        // so a file whose rows share a few dates stays linear (a query per row scanned every appeal of
        // that day: 40,000 rows of one day did not finish in five minutes).
        const QString day = Ids::dateText(appeal.receivedOn);
        if (appeal.deputyId > 0 || !createDeputy) {
            const QSet<QString> *known = session.appealsOfDay(m_db, day);
            if (!known)
                return Database::queryFailure(session.query(m_db, LedgerImport::Session::kAppealsOfDaySql));
            if (known->contains(
                    LedgerImport::Session::contentKey(appeal.deputyId, appeal.personName, appeal.content))) {
                ++session.result->unchanged;
                continue;
            }
        }

        // One savepoint per row: a row that fails leaves no deputy created for it behind.
        Transaction rowTx(m_db);
        if (!rowTx.isActive())
            return rowTx.status();
        if (createDeputy) {
            const QString now = Ids::nowStamp();
            QSqlQuery &q = session.query(
                m_db, QStringLiteral("INSERT INTO deputies(uuid, station_id, name, level, notes, "
                                     "created_at, updated_at) VALUES (?, ?, ?, 'district', ?, ?, ?)"));
            if (Status s = m_db.exec(q, {Ids::newUuid(), stationId, deputyName,
                                         QStringLiteral("导入时创建（%1）").arg(QFileInfo(file).fileName()),
                                         now, now});
                !s)
                return s;
            appeal.deputyId = q.lastInsertId().toLongLong();
        }
        const Status saved = AppealRepository(m_db).insert(appeal);
        if (!saved) {
            QList<QPair<QString, QString>> reasons;
            for (const FieldError &e : saved.fieldErrors()) {
                QString key = e.field == QLatin1String("deputy_id") ? QStringLiteral("deputy") : e.field;
                reasons << qMakePair(headerFor(key), e.message);
            }
            if (reasons.isEmpty())
                reasons << qMakePair(QString(), saved.message());
            reject(session, file, line, header, cells, reasons);
            continue; // rowTx rolls back
        }
        if (Status s = rowTx.commit(); !s)
            return s;
        session.contentKeysByDay[day].insert(
            LedgerImport::Session::contentKey(appeal.deputyId, appeal.personName, appeal.content));
        if (createDeputy)
            session.deputiesByName[deputyName] << appeal.deputyId;
        ++session.result->inserted;
    }
    if (!reader.status())
        return reader.status();
    if (rows == 0)
        return Status::failure(tr("\"%1\" has a header but no rows: there is nothing to import.").arg(shown));
    return Status::ok();
}

QList<ImportField> LedgerImport::handMadeFields()
{
    QList<ImportField> fields;
    for (const FieldLabel &f : kAppealFields) {
        const QString key = QString::fromLatin1(f.key);
        fields << ImportField{key, tr(f.label),
                              key == QLatin1String("received_on") || key == QLatin1String("content")};
    }
    return fields;
}

QStringList LedgerImport::synonymMapping(const QStringList &header)
{
    QStringList mapping;
    for (const QString &h : header) {
        QString key = h.isEmpty() ? QString() : keepInNotes();
        for (const Synonyms &s : kAppealSynonyms) {
            if (!h.isEmpty() && QString::fromUtf8(s.words).split(QLatin1Char('|')).contains(h)) {
                key = QString::fromLatin1(s.key);
                break;
            }
        }
        mapping << key;
    }
    return mapping;
}

Status LedgerImport::preview(const QString &fileOrFolder, const QString &encoding, int sampleRows,
                             ImportPreview *preview)
{
    *preview = ImportPreview();
    const QFileInfo info(fileOrFolder);
    const QString shown = QDir::toNativeSeparators(fileOrFolder);
    if (!info.exists())
        return Status::failure(tr("\"%1\" does not exist. Check the path and try again.").arg(shown));
    if (info.isDir()) {
        // The same choice of files as run() makes; the manifests are checked when importing.
        preview->folder = true;
        const QDir dir(fileOrFolder);
        const auto bundleFiles = [&](const QString &bundle, const QString &prefix) {
            QFile mf(QDir(bundle).filePath(QStringLiteral("manifest.json")));
            if (!mf.open(QIODevice::ReadOnly))
                return;
            const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
            ++preview->bundles;
            for (const QJsonValue fv : manifest.value(QStringLiteral("files")).toArray())
                preview->folderFiles << prefix + fv.toObject().value(QStringLiteral("name")).toString();
        };
        if (dir.exists(QStringLiteral("manifest.json"))) {
            bundleFiles(dir.absolutePath(), QString());
        } else {
            for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (QFileInfo::exists(dir.filePath(sub + QStringLiteral("/manifest.json"))))
                    bundleFiles(dir.filePath(sub), sub + QLatin1Char('/'));
            if (preview->folderFiles.isEmpty())
                preview->folderFiles = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")},
                                                     QDir::Files, QDir::Name);
        }
        if (preview->folderFiles.isEmpty())
            return Status::failure(
                tr("The folder \"%1\" holds no CSV file and no bundle (manifest.json).").arg(shown));
        return Status::ok();
    }

    CsvReader reader(fileOrFolder);
    reader.setEncoding(encoding);
    if (Status s = reader.open(); !s)
        return s;
    preview->encoding = reader.encodingName();
    preview->detectedEncoding = reader.detectedEncodingName();
    QStringList header;
    if (!reader.readRow(&header))
        return reader.status().isOk()
                   ? Status::failure(tr("\"%1\" is empty: there is nothing to import.").arg(shown))
                   : reader.status();
    for (QString &h : header)
        h = normalisedHeader(h);
    preview->header = header;
    QStringList cells;
    while (preview->samples.size() < sampleRows && reader.readRow(&cells)) {
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        preview->samples << cells;
    }
    if (!reader.status())
        return reader.status();
    preview->ownExport = header.contains(QStringLiteral("标识"));
    if (preview->ownExport) {
        preview->ledger = closestLedger(header).first;
        preview->mapping = header;
        return Status::ok();
    }
    preview->ledger = Ledger::Appeals;
    preview->mapping = synonymMapping(header);
    QSet<QString> taken;
    for (QString &key : preview->mapping) {
        if (key.isEmpty() || key == keepInNotes())
            continue;
        if (taken.contains(key))
            key = keepInNotes();
        taken.insert(key);
    }
    return Status::ok();
}
