#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "io/CsvWriter.h"
#include "io/LedgerExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

/// Excel-safe CSV and .xlsx export of every ledger, masking, and the handoff bundle.
class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_out;

    /// Parses our own CSV strictly (RFC 4180), for checks that do not depend on another program.
    static QList<QStringList> parseCsv(const QByteArray &bytes)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QList<QStringList> rows;
        QStringList row;
        QString cell;
        bool quoted = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        cell += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << cell;
                cell.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                row << cell;
                rows << row;
                row.clear();
                cell.clear();
                ++i;
            } else {
                cell += c;
            }
        }
        return rows;
    }

    QString exportCsv(Ledger ledger, const ExportOptions &o)
    {
        const QString path = m_out.filePath(Ledgers::name(ledger) + QString::number(qHash(QTest::currentDataTag())) + QStringLiteral(".csv"));
        const Status s = LedgerExport(m_t->db()).writeCsv(ledger, o, path);
        if (!s)
            qWarning() << s.message();
        return s ? path : QString();
    }

    QStringList appealRow(const QString &path, const QString &uuid)
    {
        const QList<QStringList> rows = parseCsv(fileBytes(path));
        for (const QStringList &r : rows) {
            if (r.value(0) == uuid)
                return r;
        }
        return {};
    }

    int column(Ledger ledger, const char *key)
    {
        const QList<ExportColumn> cols = LedgerExport::columns(ledger);
        for (int i = 0; i < cols.size(); ++i) {
            if (cols.at(i).key == QLatin1String(key))
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        m_t = std::make_unique<TestDatabase>();
        DemoOptions o;
        o.deputies = 6;
        o.appeals = 120;
        o.year = 2022;
        o.today = QDate(2023, 2, 1);
        QVERIFY(DemoGenerator(m_t->db()).generate(o));
        // One appeal with every awkward thing a clerk may type.
        QVERIFY(m_t->db().exec(QStringLiteral(
            "UPDATE appeals SET content = '=HYPERLINK(\"http://x\",\"点我\"), 还有逗号' || char(13) || char(10) || '第二行',"
            " person_name = '@张三', person_phone = '13812345678', person_address = '-1号楼', result = '+86 电话',"
            " confidential = 0 WHERE number = '2022-0001'")));
        QVERIFY(m_t->db().exec(QStringLiteral(
            "UPDATE appeals SET confidential = 1, person_name = '李保密', person_phone = '13900001111',"
            " person_address = '保密地址' WHERE number = '2022-0002'")));
    }

    void csvIsExcelSafe()
    {
        const QString path = exportCsv(Ledger::Appeals, {2022, 0, true});
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = fileBytes(path);
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 byte-order mark first");
        // Every line ends in CRLF: no bare LF outside quoted cells (the one inside the content is CRLF too).
        QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
        QVERIFY(bytes.contains("诉求内容"));
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 121);
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), rows.first().size());
    }

    void cellsAreNeutralisedWithoutLosingText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a formula gets an apostrophe and keeps its quotes, comma and line break")
            << QStringLiteral("content")
            << QStringLiteral("'=HYPERLINK(\"http://x\",\"点我\"), 还有逗号\r\n第二行");
        QTest::newRow("a leading @ is neutralised") << QStringLiteral("person_name") << QStringLiteral("'@张三");
        QTest::newRow("a leading minus is neutralised") << QStringLiteral("person_address") << QStringLiteral("'-1号楼");
        QTest::newRow("a leading plus is neutralised") << QStringLiteral("result") << QStringLiteral("'+86 电话");
        QTest::newRow("a phone number is kept as text in full") << QStringLiteral("person_phone")
                                                                << QStringLiteral("\t13812345678");
        QTest::newRow("a record number is kept as text") << QStringLiteral("number") << QStringLiteral("\t2022-0001");
    }

    void cellsAreNeutralisedWithoutLosingText()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QString uuid = m_t->db().scalar(QStringLiteral("SELECT uuid FROM appeals WHERE number = '2022-0001'")).toString();
        const QString path = exportCsv(Ledger::Appeals, {2022, 0, true});
        const QStringList row = appealRow(path, uuid);
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(column(Ledger::Appeals, key.toLatin1().constData())), expected);
    }

    void handoffExportsMaskPhonesAndHideConfidentialPeople_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("address");
        QTest::newRow("handoff: the phone is masked, the name kept") << false << QStringLiteral("2022-0001")
                                                                     << QStringLiteral("'@张三") << QStringLiteral("\t138****5678")
                                                                     << QStringLiteral("'-1号楼");
        QTest::newRow("handoff: a confidential appeal carries no personal data") << false << QStringLiteral("2022-0002")
                                                                                 << QString() << QString() << QString();
        QTest::newRow("full export: a confidential appeal keeps everything")
            << true << QStringLiteral("2022-0002") << QStringLiteral("李保密") << QStringLiteral("\t13900001111")
            << QStringLiteral("保密地址");
    }

    void handoffExportsMaskPhonesAndHideConfidentialPeople()
    {
        QFETCH(bool, full);
        QFETCH(QString, number);
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, address);
        const QString uuid = m_t->db().scalar(QStringLiteral("SELECT uuid FROM appeals WHERE number = ?"), {number}).toString();
        const QStringList row = appealRow(exportCsv(Ledger::Appeals, {2022, 0, full}), uuid);
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(column(Ledger::Appeals, "person_name")), name);
        QCOMPARE(row.value(column(Ledger::Appeals, "person_phone")), phone);
        QCOMPARE(row.value(column(Ledger::Appeals, "person_address")), address);
        // The appeal itself is still there, with its content.
        QVERIFY(!row.value(column(Ledger::Appeals, "content")).isEmpty());
    }

    void contactVotersPhonesAreMaskedInsideTheirList()
    {
        const QList<QStringList> rows = parseCsv(fileBytes(exportCsv(Ledger::Profiles, {2022, 0, false})));
        QCOMPARE(rows.size(), 7);
        const QJsonArray voters = QJsonDocument::fromJson(rows.at(1).value(column(Ledger::Profiles, "contact_voters")).toUtf8()).array();
        QVERIFY(voters.size() >= 10);
        QVERIFY(voters.at(0).toObject().value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")));
    }

    void filtersSelectTheYearAndTheDeputy()
    {
        const int all = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM appeals")).toInt();
        QCOMPARE(parseCsv(fileBytes(exportCsv(Ledger::Appeals, {2022, 0, false}))).size() - 1, all);
        QCOMPARE(parseCsv(fileBytes(exportCsv(Ledger::Appeals, {2021, 0, false}))).size() - 1, 0);
        const qint64 deputy = m_t->db().scalar(QStringLiteral("SELECT deputy_id FROM appeals GROUP BY deputy_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
        const int his = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE deputy_id = ?"), {deputy}).toInt();
        QCOMPARE(parseCsv(fileBytes(exportCsv(Ledger::Appeals, {2022, deputy, false}))).size() - 1, his);
        QString error;
        const QString name = m_t->db().scalar(QStringLiteral("SELECT name FROM deputies WHERE id = ?"), {deputy}).toString();
        QCOMPARE(LedgerExport(m_t->db()).resolveDeputy(name, &error), deputy);
        QCOMPARE(LedgerExport(m_t->db()).resolveDeputy(QString::number(deputy), &error), deputy);
        QCOMPARE(LedgerExport(m_t->db()).resolveDeputy(QStringLiteral("不存在的人"), &error), 0);
        QVERIFY(!error.isEmpty());
    }

    void everyLedgerExportsWithChineseHeaders()
    {
        for (Ledger ledger : Ledgers::all()) {
            const QString path = exportCsv(ledger, {2022, 0, false});
            QVERIFY2(!path.isEmpty(), qPrintable(Ledgers::name(ledger)));
            const QList<QStringList> rows = parseCsv(fileBytes(path));
            QVERIFY2(rows.size() > 1, qPrintable(Ledgers::name(ledger)));
            QCOMPARE(rows.first().value(0), QStringLiteral("标识"));
        }
    }

    void anIndependentReaderSeesTheSameCells()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the independent CSV reader is not available");
        const QString path = exportCsv(Ledger::Appeals, {2022, 0, true});
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import csv,sys,json\n"
                                        "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8-sig')))\n"
                                        "print(json.dumps([len(rows),rows[1][3],rows[1][14]]))"),
                         path});
        QVERIFY(p.waitForFinished(30000));
        const QJsonArray seen = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(seen.at(0).toInt(), 121);
        QCOMPARE(seen.at(1).toString(), QStringLiteral("\t2022-0001"));
        QCOMPARE(seen.at(2).toString(), QStringLiteral("'=HYPERLINK(\"http://x\",\"点我\"), 还有逗号\r\n第二行"));
    }

    void bundleHasEveryLedgerAndAVerifiableManifest()
    {
        const QString dir = m_out.filePath(QStringLiteral("bundle"));
        QJsonObject manifest;
        const Status s = LedgerExport(m_t->db()).writeBundle({2022, 0, false}, dir, QStringLiteral("csv"), &manifest);
        QVERIFY2(s, qPrintable(s.message()));
        const QJsonObject onDisk = QJsonDocument::fromJson(fileBytes(dir + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(onDisk.value(QStringLiteral("year")).toInt(), 2022);
        QCOMPARE(onDisk.value(QStringLiteral("station")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("汉街代表联络站"));
        QVERIFY(!onDisk.value(QStringLiteral("program_version")).toString().isEmpty());
        const QJsonArray files = onDisk.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 7);
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QByteArray bytes = fileBytes(dir + QLatin1Char('/') + f.value(QStringLiteral("name")).toString());
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     f.value(QStringLiteral("sha256")).toString());
            QCOMPARE(parseCsv(bytes).size() - 1, f.value(QStringLiteral("rows")).toInt());
        }
        // A second bundle into the same folder is refused rather than mixed with the first.
        QVERIFY(!LedgerExport(m_t->db()).writeBundle({2022, 0, false}, dir, QStringLiteral("csv")));
    }

    void xlsxWorkbookHasASheetPerLedger()
    {
        const QString path = m_out.filePath(QStringLiteral("all.xlsx"));
        QList<qint64> rows;
        const Status s = LedgerExport(m_t->db()).writeXlsx(Ledgers::all(), {2022, 0, false}, path, &rows);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(3), m_t->db().scalar(QStringLiteral("SELECT count(*) FROM appeals")).toLongLong());
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("PK"));  // a zip container, as every .xlsx
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void aFailedExportLeavesNoFile()
    {
        const QString path = m_out.filePath(QStringLiteral("no/such/folder/appeals.csv"));
        const Status s = LedgerExport(m_t->db()).writeCsv(Ledger::Appeals, {2022, 0, false}, path);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("appeals.csv")));
        QVERIFY(!QFile::exists(path));
    }

    void escapeCellFollowsRfc4180_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain Chinese text is written as is") << QStringLiteral("电动车充电难") << QStringLiteral("电动车充电难");
        QTest::newRow("a comma makes the cell quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quotes are doubled") << QStringLiteral("他说\"好\"") << QStringLiteral("\"他说\"\"好\"\"\"");
        QTest::newRow("a line break makes the cell quoted") << QStringLiteral("一\n二") << QStringLiteral("\"一\n二\"");
        QTest::newRow("a leading equals sign gets an apostrophe") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("a leading tab that is not ours gets an apostrophe") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
        QTest::newRow("a leading carriage return is neutralised and quoted") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("our text marker before digits stays") << CsvWriter::keepAsText(QStringLiteral("0271234567"))
                                                             << QStringLiteral("\t0271234567");
        QTest::newRow("an empty cell stays empty") << QString() << QString();
        QTest::newRow("text that starts with an apostrophe and a formula gets a second one")
            << QStringLiteral("'=1+1") << QStringLiteral("''=1+1");
        QTest::newRow("an apostrophe before ordinary text is left alone")
            << QStringLiteral("'abc") << QStringLiteral("'abc");
    }

    void escapeCellFollowsRfc4180()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escapeCell(cell), written);
        // The export's UTF-8 path makes the same bytes.
        QCOMPARE(CsvWriter::escapeCellUtf8(cell.toUtf8()), written.toUtf8());
    }

    void exportMatchesTheKnownGoodFile_data()
    {
        QTest::addColumn<int>("ledger");
        QTest::addColumn<bool>("full");
        QTest::addColumn<qint64>("deputy");
        QTest::addColumn<QString>("file");
        for (Ledger ledger : Ledgers::all()) {
            const QString name = Ledgers::name(ledger);
            QTest::newRow(qPrintable(name + QStringLiteral(": handoff (phones masked, confidential hidden)")))
                << int(ledger) << false << qint64(0) << name + QStringLiteral("-2022-handoff.csv");
            QTest::newRow(qPrintable(name + QStringLiteral(": full personal data")))
                << int(ledger) << true << qint64(0) << name + QStringLiteral("-2022-full.csv");
        }
        QTest::newRow("appeals of one deputy") << int(Ledger::Appeals) << false << qint64(1)
                                               << QStringLiteral("appeals-2022-deputy1-handoff.csv");
    }

    /// Every ledger of tests/data/export/tricky-ledgers.sql exported byte for byte as the exporter wrote
    /// it before its UTF-8 fast path: quotes, CR/LF, leading = + - @ tab CR, apostrophes, leading zeros,
    /// 18-digit numbers, masked phones (also inside the contact voters' JSON), confidential appeals,
    /// Chinese and a 4-byte character, unknown codes, and values SQLite holds as invalid UTF-8, U+FFFE,
    /// a surrogate, a BLOB, a REAL or text in an integer column (those take the exact slow path).
    void exportMatchesTheKnownGoodFile()
    {
        QFETCH(int, ledger);
        QFETCH(bool, full);
        QFETCH(qint64, deputy);
        QFETCH(QString, file);
        TestDatabase t;
        QCOMPARE(t.stationId(), qint64(1));
        const QByteArray script = fileBytes(QStringLiteral(LL_TEST_DATA_DIR "/export/tricky-ledgers.sql"));
        QVERIFY(!script.isEmpty());
        char *error = nullptr;
        QVERIFY2(sqlite3_exec(t.db().handle(), script.constData(), nullptr, nullptr, &error) == SQLITE_OK, error);
        const QString path = m_out.filePath(QStringLiteral("known-good-") + file);
        const Status s = LedgerExport(t.db()).writeCsv(Ledger(ledger), {2022, deputy, full}, path);
        QVERIFY2(s, qPrintable(s.message()));
        const QByteArray expected = fileBytes(QStringLiteral(LL_TEST_DATA_DIR "/export/") + file);
        QVERIFY(!expected.isEmpty());
        const QByteArray written = fileBytes(path);
        if (written != expected) {
            qsizetype at = 0;
            while (at < written.size() && at < expected.size() && written.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("first difference at byte %1: written \"%2\", expected \"%3\"")
                                 .arg(at)
                                 .arg(QString::fromUtf8(written.mid(std::max<qsizetype>(0, at - 20), 60)),
                                      QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 20), 60)))));
        }
        // The rows the generic interface gives are the same cells.
        int rows = 0;
        QVERIFY(LedgerExport(t.db()).forEachRow(Ledger(ledger), {2022, deputy, full}, [&](const QStringList &cells) {
            ++rows;
            QCOMPARE(cells.size(), LedgerExport::columns(Ledger(ledger)).size());
        }));
        QCOMPARE(rows, parseCsv(expected).size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
