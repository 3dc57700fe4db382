#include "LedgerFiles.h"
#include "LedgerFixture.h"
#include "LedgerSnapshot.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/LedgerExport.h"
#include "io/LedgerImport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringConverter>
#include <QTest>
#include <QThread>

#include <csignal>

/// Import of our own files and bundles (lossless, idempotent, newest wins), of clerks' hand-made
/// ledgers, and refusal of hostile input — each leaving the database whole.
class TestLedgerImport : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(dir).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    static QByteArray utf8Bom(const QString &text) { return QByteArray("\xEF\xBB\xBF") + text.toUtf8(); }

    static qint64 count(Database &db, const QString &table)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    static void makeDemo(Database &db, int appeals)
    {
        DemoOptions o;
        o.deputies = 12;
        o.appeals = appeals;
        o.year = 2022;
        const Status s = DemoGenerator(db).generate(o);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void readerFollowsRfc4180_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("rows"); // cells of each row joined with |
        QTest::addColumn<QString>("encoding");
        QTest::newRow("BOM, CRLF and quoted commas, quotes and line breaks")
            << QByteArray("\xEF\xBB\xBF"
                          "a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\r\n")
            << QStringList{QStringLiteral("a|b"), QStringLiteral("x,1|say \"hi\""),
                           QStringLiteral("two\r\nlines|")}
            << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("LF line ends and a last line without its line end are read")
            << QByteArray("a,b\n1,2\n3,4")
            << QStringList{QStringLiteral("a|b"), QStringLiteral("1|2"), QStringLiteral("3|4")}
            << QStringLiteral("UTF-8");
        QStringEncoder gb("GB18030");
        QTest::newRow("GBK text is recognised as GB18030, never read as UTF-8")
            << QByteArray(gb.encode(QStringLiteral("姓名,内容\r\n张三,路灯不亮\r\n")))
            << QStringList{QStringLiteral("姓名|内容"), QStringLiteral("张三|路灯不亮")}
            << QStringLiteral("GB18030");
        QTest::newRow("UTF-8 without BOM stays UTF-8")
            << QStringLiteral("姓名,内容\n张三,路灯不亮\n").toUtf8()
            << QStringList{QStringLiteral("姓名|内容"), QStringLiteral("张三|路灯不亮")}
            << QStringLiteral("UTF-8");
    }

    void encodingIsDetectedAsQtDecodesIt_data()
    {
        QTest::addColumn<QByteArray>("sequence");
        QTest::addColumn<int>("before"); ///< where it starts: this many bytes before the first 1 MiB ends
        const QList<QPair<const char *, QByteArray>> sequences = {
            {"a Chinese character (3 bytes)", QByteArray("\xE8\xB7\xAF")},
            {"an emoji (4 bytes)", QByteArray("\xF0\x9F\x98\x80")},
            {"é (2 bytes)", QByteArray("\xC3\xA9")},
            {"U+FFFF", QByteArray("\xEF\xBF\xBF")},
            {"an overlong slash", QByteArray("\xC0\xAF")},
            {"an overlong 3-byte NUL", QByteArray("\xE0\x80\x80")},
            {"a surrogate", QByteArray("\xED\xA0\x80")},
            {"above U+10FFFF", QByteArray("\xF4\x90\x80\x80")},
            {"an F5 lead byte", QByteArray("\xF5\x80\x80\x80")},
            {"a lone continuation byte", QByteArray("\x80")},
            {"a character cut short", QByteArray("\xE8\xB7")},
        };
        for (const auto &[name, bytes] : sequences)
            for (int before : {100, 3, 2, 1})
                QTest::addRow("%s, %d bytes before the first chunk ends", name, before) << bytes << before;
    }

    /// The file is checked for UTF-8 in chunks, without decoding it: it must say UTF-8 exactly when Qt's
    /// strict decoder reads the whole file without error, a sequence cut by a chunk's end included.
    void encodingIsDetectedAsQtDecodesIt()
    {
        QFETCH(QByteArray, sequence);
        QFETCH(int, before);
        constexpr int kChunk = 1024 * 1024;
        QByteArray bytes("a,b\r\n");
        bytes += QByteArray(kChunk - before - bytes.size(), 'x');
        bytes += sequence + QByteArray(",y\r\n");
        QStringDecoder strict(QStringDecoder::Utf8);
        const QString decoded = strict.decode(bytes);
        const QString expected = strict.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
        QTemporaryDir dir;
        CsvReader reader(writeFile(dir.path(), QStringLiteral("a.csv"), bytes));
        QVERIFY_OK(reader.open());
        QCOMPARE(reader.detectedEncodingName(), expected);
        QVERIFY(!decoded.isEmpty());
    }

    void readerFollowsRfc4180()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, rows);
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        CsvReader reader(writeFile(dir.path(), QStringLiteral("a.csv"), bytes));
        const Status s = reader.open();
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QCOMPARE(reader.encodingName(), encoding);
        QStringList read;
        QStringList cells;
        while (reader.readRow(&cells))
            read << cells.join(QLatin1Char('|'));
        QVERIFY2(reader.status().isOk(), qPrintable(reader.status().message()));
        QCOMPARE(read, rows);
    }

    void ownCellsLoseTheirExcelMarkers_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("textNumber");
        QTest::addColumn<QString>("value");
        QTest::newRow("apostrophe before a formula is removed")
            << QStringLiteral("'=1+2") << false << QStringLiteral("=1+2");
        QTest::newRow("apostrophe before ordinary text stays")
            << QStringLiteral("'abc") << false << QStringLiteral("'abc");
        QTest::newRow("tab before a phone number is removed")
            << QStringLiteral("\t13812345678") << true << QStringLiteral("13812345678");
        QTest::newRow("tab before text is kept") << QStringLiteral("\tx") << false << QStringLiteral("\tx");
        QTest::newRow("neutralised phone starting with minus")
            << QStringLiteral("'\t-12") << true << QStringLiteral("-12");
        QTest::newRow("of two apostrophes before a formula only the exporter's one is removed")
            << QStringLiteral("''=1+2") << false << QStringLiteral("'=1+2");
    }

    void ownCellsLoseTheirExcelMarkers()
    {
        QFETCH(QString, cell);
        QFETCH(bool, textNumber);
        QFETCH(QString, value);
        QCOMPARE(LedgerImport::ownCellText(cell, textNumber), value);
    }

    void apostrophesSurviveTheRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("textNumber");
        const QStringList texts{
            QStringLiteral("=1+2"),      QStringLiteral("'=1+2"),  QStringLiteral("''=x"),
            QStringLiteral("'+86 138"),  QStringLiteral("'-5"),    QStringLiteral("'@张三"),
            QStringLiteral("'\t缩进"),   QStringLiteral("'abc"),   QStringLiteral("'"),
            QStringLiteral("''"),        QStringLiteral("-"),      QStringLiteral("\t0271"),
            QStringLiteral("'\r\n二行"), QStringLiteral("@,\"x\"")};
        for (const QString &t : texts) {
            const QString name = QString(t)
                                     .replace(QLatin1Char('\t'), QLatin1String("<tab>"))
                                     .replace(QLatin1Char('\r'), QLatin1String("<cr>"))
                                     .replace(QLatin1Char('\n'), QLatin1String("<lf>"));
            QTest::addRow("text %s", qPrintable(name)) << t << false;
            QTest::addRow("phone %s", qPrintable(name)) << t << true;
        }
    }

    /// Whatever the text, export then import gives it back: the exporter adds an apostrophe only where
    /// the text starts like a formula behind its own apostrophes, and the importer removes exactly it.
    void apostrophesSurviveTheRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(bool, textNumber);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            CsvWriter w(&f);
            w.writeRow({textNumber ? CsvWriter::keepAsText(text) : text, QStringLiteral("end")});
            QVERIFY(w.flush());
        }
        CsvReader reader(path);
        QVERIFY_OK(reader.open());
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(LedgerImport::ownCellText(cells.at(0), textNumber), text);
    }

    void datesAsClerksTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const QDate d(2022, 3, 5);
        QTest::newRow("ISO") << QStringLiteral("2022-03-05") << d;
        QTest::newRow("slashes") << QStringLiteral("2022/3/5") << d;
        QTest::newRow("Chinese") << QStringLiteral("2022年3月5日") << d;
        QTest::newRow("dots") << QStringLiteral("2022.3.5") << d;
        QTest::newRow("with a time") << QStringLiteral("2022/3/5 10:30") << d;
        QTest::newRow("compact") << QStringLiteral("20220305") << d;
        QTest::newRow("Excel serial day") << QStringLiteral("44625") << d;
        QTest::newRow("a day that does not exist") << QStringLiteral("2022-02-30") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2022/13/1") << QDate();
        QTest::newRow("words") << QStringLiteral("三月五日") << QDate();
        QTest::newRow("a small number is not a date") << QStringLiteral("12") << QDate();
    }

    void datesAsClerksTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(LedgerImport::parseDate(text), date);
    }

    void bundleRoundTripIsLossless()
    {
        TestDatabase source(false);
        makeDemo(source.db(), 300);
        // Text that Excel would take for a formula, and line breaks, must come back unchanged.
        QVERIFY(source.db().exec(QStringLiteral(
            "UPDATE appeals SET content = '=HYPERLINK(\"x\")', notes = '-1' || char(13, 10) || '@2' "
            "WHERE id = (SELECT min(id) FROM appeals)")));
        QVERIFY(source.db().exec(
            QStringLiteral("UPDATE appeals SET person_name = '+张三', content = 'a,\"b\"' WHERE id = "
                           "(SELECT max(id) FROM appeals)")));
        // Text that itself starts with an apostrophe before a formula character keeps it.
        QVERIFY(source.db().exec(
            QStringLiteral("UPDATE appeals SET content = char(39) || '=SUM(A1)', person_name = char(39) || "
                           "'-李' WHERE id = (SELECT min(id) + 1 FROM appeals)")));
        QTemporaryDir out;
        // Every year: a suggestion made in 2022 may be submitted in 2023.
        const QString bundle = out.filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), bundle));

        TestDatabase target(false);
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &r));
        QVERIFY(r.written);
        QCOMPARE(r.rejected, 0);
        for (const ImportProblem &p : std::as_const(r.problems))
            qWarning("%s:%lld %s %s", qPrintable(p.file), p.line, qPrintable(p.column), qPrintable(p.reason));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(r.inserted > 300);
        const QStringList before = exportedRows(source.db());
        const QStringList after = exportedRows(target.db());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        QCOMPARE(count(target.db(), QStringLiteral("appeal_events")),
                 source.db()
                     .scalar(QStringLiteral(
                         "SELECT count(*) FROM appeal_events e JOIN appeals a ON a.id = e.appeal_id "
                         "WHERE a.deleted_at IS NULL"))
                     .toLongLong());

        // The same bundle again changes nothing.
        ImportResult again;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &again));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, r.inserted);
        QCOMPARE(exportedRows(target.db()), before);
    }

    /// A station's year often leaves ledgers empty (no enterprise links, no activities yet): the bundle
    /// then holds header-only files, which import as nothing rather than failing the whole bundle. A
    /// header-only file on its own is still refused (see hostileInputChangesNothing).
    void bundleWithEmptyLedgersImports()
    {
        TestDatabase source;
        const Deputy deputy = LedgerFixture::addDeputy(source.db(), QStringLiteral("李建国"));
        LedgerFixture::addAppeal(source.db(), deputy.id);
        TestDatabase target;
        const QString bundle = QDir(target.dir()).filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), bundle));
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &r));
        QVERIFY(r.written);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(exportedRows(target.db()), exportedRows(source.db()));
        QVERIFY(
            !LedgerImport(target.db()).run(QDir(bundle).filePath(QStringLiteral("activities.csv")), {}, &r));
    }

    /// Two versions of one appeal in one import (a station's bundle merged twice): the second updates
    /// the row the first inserted, before the import indexes its new rows for search; the index must
    /// still hold exactly the newer text.
    void twoVersionsInOneImportKeepTheSearchIndexRight()
    {
        TestDatabase source(false);
        makeDemo(source.db(), 40);
        QTemporaryDir out;
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), out.filePath(QStringLiteral("a-older"))));
        const QString old = source.db()
                                .scalar(QStringLiteral("SELECT content FROM appeals WHERE id = "
                                                       "(SELECT min(id) FROM appeals)"))
                                .toString();
        QVERIFY(source.db().exec(
            QStringLiteral("UPDATE appeals SET content = '窨井盖板缺失无人修', updated_at = "
                           "'2099-01-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM appeals)")));
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), out.filePath(QStringLiteral("b-newer"))));

        TestDatabase target(false);
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(out.path(), {}, &r));
        QVERIFY(r.written);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.updated, 1);
        QCOMPARE(count(target.db(), QStringLiteral("appeals")), 40);
        const auto matches = [&](const QString &text) {
            return target.db()
                .scalar(QStringLiteral("SELECT count(*) FROM appeals_fts WHERE appeals_fts MATCH ?"),
                        {QString(QLatin1Char('"') + text + QLatin1Char('"'))})
                .toInt();
        };
        QCOMPARE(matches(QStringLiteral("窨井盖板缺失")), 1);
        QCOMPARE(matches(old),
                 target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE content = ?"), {old})
                     .toInt());
        QVERIFY_OK(target.db().exec(
            QStringLiteral("INSERT INTO appeals_fts(appeals_fts, rank) VALUES ('integrity-check', 1)")));
    }

    void newerVersionWinsOlderIsKept()
    {
        TestDatabase source(false);
        makeDemo(source.db(), 40);
        QTemporaryDir out;
        ExportOptions o;
        o.fullPersonalData = true;
        const QString first = out.filePath(QStringLiteral("first.csv"));
        QVERIFY_OK(LedgerExport(source.db()).writeCsv(Ledger::Deputies, o, first));
        TestDatabase target(false);
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(first, {}, &r));
        QCOMPARE(r.inserted, 12);

        QVERIFY(source.db().exec(
            QStringLiteral("UPDATE deputies SET employer = '新单位', updated_at = '2099-01-01T00:00:00.000Z' "
                           "WHERE id = (SELECT min(id) FROM deputies)")));
        const QString second = out.filePath(QStringLiteral("second.csv"));
        QVERIFY_OK(LedgerExport(source.db()).writeCsv(Ledger::Deputies, o, second));
        QVERIFY_OK(LedgerImport(target.db()).run(second, {}, &r));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 11);
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM deputies WHERE employer = '新单位'"))
                     .toInt(),
                 1);
        QCOMPARE(count(target.db(), QStringLiteral("deputies")), 12);

        // The older file does not undo the newer record.
        QVERIFY_OK(LedgerImport(target.db()).run(first, {}, &r));
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.unchanged, 12);
        QCOMPARE(target.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM deputies WHERE employer = '新单位'"))
                     .toInt(),
                 1);
    }

    void handMadeLedgers_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        const QString rows =
            QStringLiteral("1,2022/3/5,李建国,张三,13812345678,路灯不亮,城市建设,已转社区\r\n"
                           "2,2022-03-05,李建国,李四,,\"楼道堆物，\"\"消防\"\"隐患\",,\r\n"
                           "3,2022年3月5日,,王五,13900000000,噪音扰民,,\r\n"
                           "4,2022.3.5,李建国,赵六,,井盖缺失,,\r\n"
                           "5,44625,李建国,钱七,,积水,,\r\n");
        const QString words1 = QStringLiteral("序号,日期,代表,姓名,电话,诉求内容,类别,办理情况\r\n");
        const QString words2 =
            QStringLiteral("序号,反映时间,接待代表,群众姓名,联系方式,反映问题,问题类别,办理情况\r\n");
        const QString words3 =
            QStringLiteral("序号,接待日期,代表姓名,反映人,联系电话,内容,分类,办理情况\r\n");
        QTest::newRow("UTF-8 with BOM, 日期/代表/姓名/电话/诉求内容")
            << QStringLiteral("UTF-8 BOM") << words1 + rows;
        QTest::newRow("UTF-8 without BOM, 反映时间/接待代表/群众姓名/联系方式/反映问题")
            << QStringLiteral("UTF-8") << words2 + rows;
        QTest::newRow("GBK from Excel on Chinese Windows, 接待日期/代表姓名/反映人/联系电话/内容")
            << QStringLiteral("GB18030") << words3 + rows;
    }

    void handMadeLedgers()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QByteArray bytes = encoding == QLatin1String("GB18030")
                               ? QByteArray(QStringEncoder("GB18030").encode(text))
                               : text.toUtf8();
        if (encoding == QLatin1String("UTF-8 BOM"))
            bytes.prepend("\xEF\xBB\xBF");
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        const QString path = writeFile(t.dir(), QStringLiteral("hand.csv"), bytes);
        ImportResult r;
        QVERIFY_OK(LedgerImport(t.db()).run(path, {}, &r));
        QCOMPARE(r.inserted, 5);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE received_on = '2022-03-05'"))
                     .toInt(),
                 5);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT content FROM appeals WHERE person_name = '李四'"))
                     .toString(),
                 QStringLiteral("楼道堆物，\"消防\"隐患"));
        QCOMPARE(
            t.db().scalar(QStringLiteral("SELECT notes FROM appeals WHERE person_name = '张三'")).toString(),
            QStringLiteral("办理情况：已转社区"));
        QCOMPARE(
            t.db().scalar(QStringLiteral("SELECT count(*) FROM appeals WHERE deputy_id IS NULL")).toInt(), 1);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT person_phone FROM appeals WHERE person_name = '张三'"))
                     .toString(),
                 QStringLiteral("13812345678"));

        // Matched on content: the same file again adds nothing.
        QVERIFY_OK(LedgerImport(t.db()).run(path, {}, &r));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.unchanged, 5);
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 5);
    }

    void theClerksEncodingAndColumnMappingAreFollowed()
    {
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        // 群众诉求 is no synonym of the content, so the file is refused as it stands; 代办人 is unknown.
        const QString text = QStringLiteral("序号,接待时间,接待代表,反映人,群众诉求,代办人\r\n"
                                            "1,2022/3/5,李建国,张三,路灯不亮,小王\r\n"
                                            "2,2022/3/6,王大锤,李四,积水,小张\r\n");
        const QString path =
            writeFile(t.dir(), QStringLiteral("hand.csv"), QStringEncoder("GB18030").encode(text));
        ImportResult r;
        QVERIFY(!LedgerImport(t.db()).run(path, {}, &r));

        ImportPreview preview;
        QVERIFY_OK(LedgerImport::preview(path, QString(), 5, &preview));
        QCOMPARE(preview.detectedEncoding, QStringLiteral("GB18030"));
        QVERIFY(!preview.ownExport);
        QCOMPARE(preview.samples.size(), 2);
        QCOMPARE(preview.samples.at(0).at(4), QStringLiteral("路灯不亮"));
        QCOMPARE(preview.mapping, (QStringList{QString(), QStringLiteral("received_on"),
                                               QStringLiteral("deputy"), QStringLiteral("person_name"),
                                               LedgerImport::keepInNotes(), LedgerImport::keepInNotes()}));
        QVERIFY(preview.mapping == LedgerImport::synonymMapping(preview.header));
        // Read as UTF-8, as the clerk may choose: the bytes do not fit, and the preview says so.
        const Status asUtf8 = LedgerImport::preview(path, QStringLiteral("UTF-8"), 5, &preview);
        QVERIFY(!asUtf8);
        QVERIFY2(asUtf8.message().contains(QStringLiteral("UTF-8")), qPrintable(asUtf8.message()));

        ImportOptions o;
        o.encoding = QStringLiteral("GB18030");
        o.columnMapping = {QString(),
                           QStringLiteral("received_on"),
                           QStringLiteral("deputy"),
                           QStringLiteral("person_name"),
                           QStringLiteral("content"),
                           QString()};
        o.dryRun = true;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.missingDeputies, QStringList{QStringLiteral("王大锤")});
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 0);

        o.dryRun = false;
        o.createMissingDeputies = true;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.missingDeputies, QStringList{QStringLiteral("王大锤")});
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT content FROM appeals WHERE person_name = '张三'"))
                     .toString(),
                 QStringLiteral("路灯不亮"));
        // The ignored column is nowhere.
        QCOMPARE(
            t.db().scalar(QStringLiteral("SELECT notes FROM appeals WHERE person_name = '张三'")).toString(),
            QString());

        // Two columns taken for the same field refuse the file with a sentence saying so; so does a
        // mapping of another number of columns.
        o.columnMapping[5] = QStringLiteral("content");
        const Status twice = LedgerImport(t.db()).run(path, o, &r);
        QVERIFY(!twice);
        QVERIFY2(twice.message().contains(QStringLiteral("same field")), qPrintable(twice.message()));
        o.columnMapping.removeLast();
        QVERIFY(!LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 2);
    }

    void cancellingThroughProgressWritesNothing_data()
    {
        QTest::addColumn<bool>("ownExport");
        QTest::newRow("a hand-made ledger") << false;
        // Our own files are read on a thread of their own; progress is still told on the caller's.
        QTest::newRow("our own export (read ahead on a second thread)") << true;
    }

    /// The progress function sees the bytes read grow to the whole file, on the thread that called
    /// run(); returning false stops the import with nothing written.
    void cancellingThroughProgressWritesNothing()
    {
        QFETCH(bool, ownExport);
        TestDatabase t;
        QString path;
        if (ownExport) {
            TestDatabase source;
            const Deputy deputy = LedgerFixture::addDeputy(source.db(), QStringLiteral("李建国"));
            for (int i = 0; i < 600; ++i)
                LedgerFixture::addAppeal(source.db(), deputy.id, QDate(2022, 1, 1).addDays(i % 300));
            path = QDir(t.dir()).filePath(QStringLiteral("bundle"));
            QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), path));
        } else {
            LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
            QString text = QStringLiteral("日期,代表,姓名,内容\r\n");
            for (int i = 0; i < 50; ++i)
                text += QStringLiteral("2022-03-05,李建国,张%1,路灯不亮\r\n").arg(i);
            path = writeFile(t.dir(), QStringLiteral("hand.csv"), utf8Bom(text));
        }
        qint64 total = 0;
        for (const QFileInfo &f : QDir(path).entryInfoList({QStringLiteral("*.csv")}, QDir::Files))
            total += f.size();
        if (!ownExport)
            total = QFileInfo(path).size();
        const Qt::HANDLE caller = QThread::currentThreadId();
        bool onCaller = true;
        ImportOptions o;
        qint64 last = -1;
        qint64 all = 0;
        int calls = 0;
        o.progress = [&](qint64 done, qint64 whole) {
            onCaller = onCaller && QThread::currentThreadId() == caller;
            last = done;
            all = whole;
            return ++calls < 20;
        };
        ImportResult r;
        const Status s = LedgerImport(t.db()).run(path, o, &r);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("cancelled")), qPrintable(s.message()));
        QVERIFY(!r.written);
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 0);
        QCOMPARE(all, total);
        QVERIFY(last > 0 && last < total);
        QVERIFY(onCaller);

        qint64 previous = 0;
        bool growing = true;
        o.progress = [&](qint64 done, qint64) {
            onCaller = onCaller && QThread::currentThreadId() == caller;
            growing = growing && done >= previous;
            previous = last = done;
            return true;
        };
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(r.inserted, ownExport ? 601 : 50); // the deputy and the appeals
        QCOMPARE(last, total);
        QVERIFY(growing);
        QVERIFY(onCaller);
    }

    void unknownDeputiesAreRejectedUnlessAllowed()
    {
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        const QString path = writeFile(
            t.dir(), QStringLiteral("hand.csv"),
            utf8Bom(QStringLiteral("日期,代表,姓名,内容\r\n2022-03-05,李建国,张三,路灯\r\n"
                                   "2022-03-06,王新民,李四,积水\r\n2022-02-30,李建国,王五,噪音\r\n")));
        const QString rejects = QDir(t.dir()).filePath(QStringLiteral("rejects.csv"));
        ImportOptions o;
        o.dryRun = true;
        ImportResult r;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 0); // a dry run writes nothing
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(r.problems.at(0).column, QStringLiteral("代表"));
        QVERIFY(r.problems.at(0).reason.contains(QStringLiteral("王新民")));
        QCOMPARE(r.problems.at(1).line, 4);
        QCOMPARE(r.problems.at(1).column, QStringLiteral("日期"));

        o.dryRun = false;
        o.allOrNothing = true;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QVERIFY(!r.written);
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 0);

        o.allOrNothing = false;
        o.rejectFile = rejects;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 1);
        CsvReader reader(rejects);
        QVERIFY_OK(reader.open());
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells.mid(0, 4), (QStringList{QStringLiteral("文件"), QStringLiteral("行号"),
                                               QStringLiteral("列"), QStringLiteral("原因")}));
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells.at(1), QStringLiteral("3"));
        QCOMPARE(cells.at(6), QStringLiteral("李四"));

        o.rejectFile.clear();
        o.createMissingDeputies = true;
        QVERIFY_OK(LedgerImport(t.db()).run(path, o, &r));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM deputies WHERE name = '王新民'")).toInt(),
                 1);
    }

    void hostileInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("ledger");
        QTest::addColumn<QString>(
            "expected"); // words of the message (whole-file refusal) or of a row's reason
        const QByteArray header = QByteArray("\xEF\xBB\xBF") + QStringLiteral("日期,姓名,内容\r\n").toUtf8();
        QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("is empty");
        QTest::newRow("header only") << header << QString() << QStringLiteral("header but no rows");
        QTest::newRow("binary with NUL bytes")
            << QByteArray("PK\x03\x04\x00\x00garbage", 14) << QString() << QStringLiteral("not a text file");
        QTest::newRow("UTF-16 (wrong encoding) is refused")
            << QByteArray("\xFF\xFE\x35\x75\x0A\x00", 6) << QString() << QStringLiteral("not a text file");
        QTest::newRow("unbalanced quotes")
            << header + QStringLiteral("2022-03-05,张三,\"路灯不亮\r\n2022-03-06,李四,积水\r\n").toUtf8()
            << QString() << QStringLiteral("never closed");
        QTest::newRow("a 10 MB cell") << header + "2022-03-05,x," + QByteArray(10 * 1024 * 1024, 'a') + "\r\n"
                                      << QString() << QStringLiteral("longer than");
        QTest::newRow("a cell of doubled quotes longer than the limit")
            << header + "2022-03-05,x,\"" + QByteArray(2 * 1024 * 1024 + 2, '"') + "\"\r\n"
            << QString() << QStringLiteral("longer than");
        QByteArray wide = header + "2022-03-05,x,";
        wide += QByteArray(1000000, ',');
        QTest::newRow("a million columns") << wide << QString() << QStringLiteral("more than 1000 cells");
        QTest::newRow("duplicate headers")
            << QStringLiteral("日期,姓名,姓名,内容\r\n2022-03-05,a,b,c\r\n").toUtf8() << QString()
            << QStringLiteral("two columns named");
        QTest::newRow("two headers meaning the same")
            << QStringLiteral("日期,电话,联系电话,内容\r\n2022-03-05,1,2,c\r\n").toUtf8() << QString()
            << QStringLiteral("mean the same thing");
        QTest::newRow("unknown headers in our own export")
            << QStringLiteral("标识,姓名,鞋码\r\nx,y,z\r\n").toUtf8() << QStringLiteral("deputies")
            << QStringLiteral("Unknown: 鞋码");
        QTest::newRow("not a ledger at all") << QStringLiteral("foo,bar\r\n1,2\r\n").toUtf8() << QString()
                                             << QStringLiteral("does not look like an appeals ledger");
        QTest::newRow("truncated last line")
            << header + QStringLiteral("2022-03-05,张三,路灯\r\n2022-03-06,李").toUtf8() << QString()
            << QStringLiteral("cut short");
        QTest::newRow("a date that does not exist")
            << header + QStringLiteral("2022-02-30,张三,路灯\r\n").toUtf8() << QString()
            << QStringLiteral("does not exist");
        QTest::newRow("a file of another ledger")
            << QByteArray("deputies-export") << QStringLiteral("appeals")
            << QStringLiteral("not the appeals ledger");
    }

    void hostileInputChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, ledger);
        QFETCH(QString, expected);
        TestDatabase t;
        LedgerFixture::addAppeal(t.db(), LedgerFixture::addDeputy(t.db()).id);
        if (bytes == "deputies-export") {
            const QString p = QDir(t.dir()).filePath(QStringLiteral("d.csv"));
            QVERIFY_OK(LedgerExport(t.db()).writeCsv(Ledger::Deputies, {}, p));
            bytes = fileBytes(p);
        }
        const QString path = writeFile(t.dir(), QStringLiteral("hostile.csv"), bytes);
        ImportOptions o;
        o.allOrNothing = true;
        if (!ledger.isEmpty())
            o.ledger = Ledgers::fromName(ledger);
        ImportResult r;
        const Status s = LedgerImport(t.db()).run(path, o, &r);
        QString said = s.message();
        for (const ImportProblem &p : std::as_const(r.problems))
            said += QLatin1Char(' ') + p.reason;
        QVERIFY2(!s.isOk() || r.rejected > 0, "hostile input must be refused");
        QVERIFY2(said.contains(expected), qPrintable(said));
        QVERIFY(!r.written);
        QCOMPARE(count(t.db(), QStringLiteral("appeals")), 1);
        QCOMPARE(count(t.db(), QStringLiteral("deputies")), 1);
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("all rows taken: 0") << QStringList{QStringLiteral("good.csv")} << 0;
        QTest::newRow("some rows rejected: 3") << QStringList{QStringLiteral("bad.csv")} << 3;
        QTest::newRow("a file that is not a ledger: 1") << QStringList{QStringLiteral("binary.csv")} << 1;
        QTest::newRow("no --in: 2") << QStringList{} << 2;
        QTest::newRow("unknown ledger: 2")
            << QStringList{QStringLiteral("good.csv"), QStringLiteral("--ledger"), QStringLiteral("cats")}
            << 2;
    }

    void cliExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        TestDatabase t;
        LedgerFixture::addDeputy(t.db(), QStringLiteral("李建国"));
        t.close();
        writeFile(t.dir(), QStringLiteral("good.csv"),
                  utf8Bom(QStringLiteral("日期,代表,姓名,内容\r\n2022-03-05,李建国,张三,路灯\r\n")));
        writeFile(t.dir(), QStringLiteral("bad.csv"),
                  utf8Bom(QStringLiteral("日期,代表,姓名,内容\r\n2022-03-05,李建国,张三,路灯\r\n"
                                         "2022-03-05,无此人,李四,积水\r\n")));
        writeFile(t.dir(), QStringLiteral("binary.csv"), QByteArray("\x00\x01\x02", 3));
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), t.path()};
        if (!arguments.isEmpty())
            args << QStringLiteral("--in") << QDir(t.dir()).filePath(arguments.first()) << arguments.mid(1);
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        if (exitCode == 0 || exitCode == 3)
            QVERIFY(run.out.contains(QStringLiteral("inserted 1")));
    }

    void killedImportLeavesDatabaseAsBefore()
    {
        // A big export of our own to import.
        TestDatabase source(false);
        makeDemo(source.db(), 8000);
        const QString csv = QDir(source.dir()).filePath(QStringLiteral("appeals.csv"));
        ExportOptions o;
        o.fullPersonalData = true;
        QVERIFY_OK(
            LedgerExport(source.db())
                .writeCsv(Ledger::Deputies, o, QDir(source.dir()).filePath(QStringLiteral("deputies.csv"))));
        QVERIFY_OK(LedgerExport(source.db())
                       .writeCsv(Ledger::Activities, o,
                                 QDir(source.dir()).filePath(QStringLiteral("activities.csv"))));
        QVERIFY_OK(LedgerExport(source.db()).writeCsv(Ledger::Appeals, o, csv));
        const qint64 size = QFileInfo(csv).size();
        QVERIFY(size > 4 * 1024 * 1024);

        TestDatabase target(false);
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db())
                       .run(QDir(source.dir()).filePath(QStringLiteral("deputies.csv")), {}, &r));
        QVERIFY_OK(LedgerImport(target.db())
                       .run(QDir(source.dir()).filePath(QStringLiteral("activities.csv")), {}, &r));
        const qint64 deputies = count(target.db(), QStringLiteral("deputies"));
        target.close();

        QProcess process;
        process.start(QStringLiteral(LL_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--db"),
                                                    target.path(), QStringLiteral("--in"), csv});
        QVERIFY(process.waitForStarted());
        // Kill it once it is well into the second pass over the file (the first pass detects the
        // encoding): rows are being written inside the open transaction by then. /proc/PID/io counts
        // the bytes the process has read.
        const qint64 pid = process.processId();
        bool killed = false;
        QElapsedTimer timer;
        timer.start();
        while (!killed && process.state() == QProcess::Running && timer.elapsed() < 120000) {
            QFile io(QStringLiteral("/proc/%1/io").arg(pid));
            if (io.open(QIODevice::ReadOnly)) {
                const QByteArray first = io.readLine(); // rchar: N
                if (first.startsWith("rchar:") &&
                    first.mid(6).trimmed().toLongLong() > size + 3 * 1024 * 1024) {
                    ::kill(pid_t(pid), SIGKILL);
                    killed = true;
                }
            }
            process.waitForFinished(2);
        }
        process.waitForFinished(30000);
        QVERIFY2(killed, "the import finished before it could be killed; make the file bigger");
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        target.reopen();
        QCOMPARE(target.db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(count(target.db(), QStringLiteral("appeals")), 0);
        QCOMPARE(count(target.db(), QStringLiteral("appeal_events")), 0);
        QCOMPARE(count(target.db(), QStringLiteral("deputies")), deputies);

        // And the same import, left alone, completes.
        QVERIFY_OK(LedgerImport(target.db()).run(csv, {}, &r));
        QCOMPARE(count(target.db(), QStringLiteral("appeals")), 8000);
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
