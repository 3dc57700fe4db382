#include "LedgerFiles.h"
#include "LedgerFixture.h"
#include "LedgerSnapshot.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "io/JsonRows.h"
#include "io/LedgerExport.h"
#include "io/LedgerImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// The import's lean write path (statements on SQLite's handle, cells copied a run at a time, the JSON
/// of child rows read without QJsonDocument) gives exactly the records that were exported, odd cells
/// included, and reads every cell as the general readers would.
class TestImportFastPath : public QObject
{
    Q_OBJECT

private:
    static void makeDemo(Database &db, int appeals)
    {
        DemoOptions o;
        o.deputies = 8;
        o.appeals = appeals;
        o.year = 2022;
        const Status s = DemoGenerator(db).generate(o);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
    }

    /// What QJsonDocument and QJsonObject::value() say about `key` of entry `row`, in JsonRows' terms.
    static QString viaQt(const QJsonArray &array, qsizetype row, const QString &key)
    {
        const QJsonValue v = array.at(row).toObject().value(key);
        if (v.isUndefined())
            return QStringLiteral("missing");
        if (v.isNull())
            return QStringLiteral("null");
        if (v.isString())
            return QStringLiteral("string:") + v.toString();
        if (v.isDouble())
            return QStringLiteral("number:") + QString::number(qint64(v.toDouble()));
        return QStringLiteral("other");
    }

    static QString viaJsonRows(const JsonRows &rows, qsizetype row, const QString &key)
    {
        const QByteArray latin = key.toLatin1();
        const JsonRows::Value v = rows.value(row, QLatin1String(latin));
        switch (v.type) {
        case JsonRows::Value::Missing:
            return QStringLiteral("missing");
        case JsonRows::Value::Null:
            return QStringLiteral("null");
        case JsonRows::Value::String:
            return QStringLiteral("string:") + v.text.toString();
        case JsonRows::Value::Number:
            return QStringLiteral("number:") + QString::number(qint64(v.number));
        case JsonRows::Value::Other:
            return QStringLiteral("other");
        }
        return {};
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    /// JsonRows gives, for every cell, what QJsonDocument::fromJson + QJsonObject::value gave the
    /// importer before: the same validity, the same entries, the same value of every key.
    void childRowsAreReadAsQJsonDocumentReadsThem_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("our export's timeline")
            << QStringLiteral("[{\"uuid\":\"a1\",\"date\":\"2022-03-05\",\"kind\":\"registered\",\"note\":"
                              "\"\",\"actor\":\"王\",\"created_at\":\"2022-03-05T01:02:03.000Z\"}]");
        QTest::newRow("empty list") << QStringLiteral("[]");
        QTest::newRow("spaces and line breaks between tokens")
            << QStringLiteral(" [ {\r\n \"uuid\" : \"x\" ,\t\"round\" : 2 } , { } ] ");
        QTest::newRow("escapes: quotes, backslash, slash, controls")
            << QStringLiteral("[{\"note\":\"他说\\\"路灯\\\"\\\\C:\\\\路径\\/子\\b\\f\\n\\r\\t end\"}]");
        QTest::newRow("unicode escapes, Chinese and a control character")
            << QStringLiteral("[{\"note\":\"\\u505c\\u8f66\\u0001\\u00e9\"}]");
        QTest::newRow("an escaped surrogate pair (emoji)")
            << QStringLiteral("[{\"note\":\"\\ud83d\\ude00\"}]");
        QTest::newRow("a lone escaped surrogate") << QStringLiteral("[{\"note\":\"\\ud83d x\"}]");
        QTest::newRow("an emoji written as itself") << QStringLiteral("[{\"note\":\"停车😀难\"}]");
        QTest::newRow("numbers: integer, negative, fraction, exponent")
            << QStringLiteral("[{\"round\":3,\"a\":-7,\"b\":2.5,\"c\":1e3,\"d\":0}]");
        QTest::newRow("a long number") << QStringLiteral("[{\"round\":12345678901234567890}]");
        QTest::newRow("null, true and false") << QStringLiteral("[{\"date\":null,\"a\":true,\"b\":false}]");
        QTest::newRow("a number where text belongs") << QStringLiteral("[{\"uuid\":5,\"kind\":\"x\"}]");
        QTest::newRow("nested values") << QStringLiteral("[{\"uuid\":{\"a\":1},\"kind\":[1,2]}]");
        QTest::newRow("a repeated key") << QStringLiteral("[{\"uuid\":\"first\",\"uuid\":\"second\"}]");
        QTest::newRow("entries that are not objects") << QStringLiteral("[1,\"x\",null,{\"uuid\":\"y\"}]");
        QTest::newRow("an object, not a list") << QStringLiteral("{\"uuid\":\"x\"}");
        QTest::newRow("broken: unclosed") << QStringLiteral("[{\"uuid\":\"x\"}");
        QTest::newRow("broken: trailing comma") << QStringLiteral("[{\"uuid\":\"x\"},]");
        QTest::newRow("broken: text after the list") << QStringLiteral("[{\"uuid\":\"x\"}] x");
        QTest::newRow("broken: a raw line break inside text") << QStringLiteral("[{\"note\":\"a\nb\"}]");
        QTest::newRow("broken: a bad escape") << QStringLiteral("[{\"note\":\"\\x41\"}]");
        QTest::newRow("broken: single quotes") << QStringLiteral("[{'uuid':'x'}]");
        QTest::newRow("broken: a leading zero") << QStringLiteral("[{\"round\":01}]");
        QTest::newRow("not JSON at all") << QStringLiteral("路灯不亮");
    }

    void childRowsAreReadAsQJsonDocumentReadsThem()
    {
        QFETCH(QString, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        const bool qtOk = error.error == QJsonParseError::NoError && doc.isArray();
        const QJsonArray array = doc.array();

        JsonRows rows;
        QCOMPARE(rows.parse(json), qtOk);
        QCOMPARE(rows.size(), array.size());
        const QStringList keys{QStringLiteral("uuid"),  QStringLiteral("date"),  QStringLiteral("kind"),
                               QStringLiteral("note"),  QStringLiteral("round"), QStringLiteral("a"),
                               QStringLiteral("b"),     QStringLiteral("c"),     QStringLiteral("d"),
                               QStringLiteral("absent")};
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (const QString &key : keys) {
                QCOMPARE(viaJsonRows(rows, i, key), viaQt(array, i, key));
                const QByteArray latin = key.toLatin1();
                const QJsonValue v = array.at(i).toObject().value(key);
                QCOMPARE(rows.isFilled(i, QLatin1String(latin)),
                         !(v.isNull() || v.isUndefined() || v.toString(QStringLiteral("x")).isEmpty()));
                QCOMPARE(rows.text(i, QLatin1String(latin)).toString(), v.toString());
            }
        }
    }

    /// Cells copied a run at a time: a long quoted cell with doubled quotes and line breaks that spans
    /// the reader's 1 MiB chunks comes back whole, and the rows after it too.
    void longCellsAcrossChunksAreReadWhole()
    {
        QTemporaryDir dir;
        QString big;
        for (int i = 0; i < 130000; ++i)
            big += QStringLiteral("长\"\"x,\r\n"); // 9 bytes of UTF-8, 6 characters once read
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("a,b\r\n1,\"").toUtf8() +
                                 big.toUtf8() + QStringLiteral("\"\r\n2,末\r\n3,\"\"\r\n").toUtf8();
        const QString path = QDir(dir.path()).filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(bytes.size() > 1024 * 1024);
        CsvReader reader(path);
        QVERIFY_OK(reader.open());
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(reader.readRow(&cells));
        QString expected = big;
        expected.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.at(0), QStringLiteral("1"));
        QCOMPARE(cells.at(1), expected);
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(reader.lineNumber(), 3 + 130000); // after the header, the long row and its line breaks
        QCOMPARE(cells, (QStringList{QStringLiteral("2"), QStringLiteral("末")}));
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells, (QStringList{QStringLiteral("3"), QString()}));
        QVERIFY(!reader.readRow(&cells));
        QVERIFY(reader.status().isOk());
    }

    /// An odd value in a field of an exported record comes back byte for byte through the import into
    /// an empty file; every other record too (the whole export is compared), the search index is
    /// consistent, and importing the same files again changes nothing.
    void oddCellsComeBackExactly_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QString veryLong;
        for (int i = 0; i < 20000; ++i)
            veryLong += QStringLiteral("路灯不亮,\"积水\"");
        const QString appeals = QStringLiteral("appeals");
        const QString events = QStringLiteral("appeal_events");
        QTest::newRow("quotes and commas in an appeal")
            << appeals << QStringLiteral("content")
            << QStringLiteral("他说\"路灯不亮\"，\"\"双引号\"\", a,b");
        QTest::newRow("line breaks (CRLF, LF, CR) in an appeal")
            << appeals << QStringLiteral("content") << QStringLiteral("第一行\r\n第二行\n第三行\r第四行");
        QTest::newRow("Chinese and an emoji in a name")
            << appeals << QStringLiteral("person_name") << QStringLiteral("张😀三");
        QTest::newRow("an empty text") << appeals << QStringLiteral("notes") << QString();
        QTest::newRow("spaces only") << appeals << QStringLiteral("notes") << QStringLiteral("   ");
        QTest::newRow("a very long appeal (300,000 characters)")
            << appeals << QStringLiteral("content") << veryLong;
        QTest::newRow("formula-like text") << appeals << QStringLiteral("content") << QStringLiteral("=1+1");
        QTest::newRow("a leading apostrophe before a formula")
            << appeals << QStringLiteral("notes") << QStringLiteral("'-5");
        QTest::newRow("a phone with a leading zero and plus")
            << appeals << QStringLiteral("person_phone") << QStringLiteral("+86 0755 1234");
        QTest::newRow("timeline note with JSON escapes")
            << events << QStringLiteral("note")
            << QStringLiteral("引号\" 反斜杠\\ 斜杠/ 制表\t 换行\r\n 控制\u0001 {\"a\":[1]}");
        QTest::newRow("timeline note with an emoji and Chinese")
            << events << QStringLiteral("note") << QStringLiteral("群众满意😀，已回访");
        QTest::newRow("timeline note empty") << events << QStringLiteral("note") << QString();
        QTest::newRow("timeline actor very long") << events << QStringLiteral("actor") << veryLong.left(5000);
        QTest::newRow("suggestion title with quotes and line breaks")
            << QStringLiteral("suggestions") << QStringLiteral("title")
            << QStringLiteral("关于\"停车难\"的建议\r\n（第二稿）");
        QTest::newRow("deputy's employer with a comma")
            << QStringLiteral("deputies") << QStringLiteral("employer")
            << QStringLiteral("江城律师事务所, 合伙人");
        QTest::newRow("activity summary with a tab and quotes")
            << QStringLiteral("activities") << QStringLiteral("summary") << QStringLiteral("走访\t\"十户\"");
    }

    void oddCellsComeBackExactly()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, value);
        TestDatabase source(false);
        makeDemo(source.db(), 60);
        // The first live record of the table (for timeline entries: of a live appeal). Table and column
        // names come from the rows above; the value is bound.
        const QString where =
            table == QLatin1String("appeal_events")
                ? QStringLiteral("id = (SELECT min(e.id) FROM appeal_events e JOIN appeals a ON "
                                 "a.id = e.appeal_id WHERE a.deleted_at IS NULL)")
                : QStringLiteral("id = (SELECT min(id) FROM %1 WHERE deleted_at IS NULL)").arg(table);
        QSqlQuery set =
            source.db().prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, column, where));
        QVERIFY_OK(source.db().exec(set, {value.isNull() ? QStringLiteral("") : value}));
        QCOMPARE(set.numRowsAffected(), 1);
        const QString uuid =
            source.db().scalar(QStringLiteral("SELECT uuid FROM %1 WHERE %2").arg(table, where)).toString();
        QVERIFY(!uuid.isEmpty());

        QTemporaryDir out;
        const QString bundle = out.filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), bundle));

        TestDatabase target(false);
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &r));
        QVERIFY(r.written);
        QCOMPARE(r.rejected, 0);
        QVERIFY(r.problems.isEmpty());
        const QVariant back =
            target.db().scalar(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(column, table), {uuid});
        QCOMPARE(back.toString(), value.isNull() ? QStringLiteral("") : value);
        const QStringList before = exportedRows(source.db());
        const QStringList after = exportedRows(target.db());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        QVERIFY_OK(target.db().exec(
            QStringLiteral("INSERT INTO appeals_fts(appeals_fts, rank) VALUES ('integrity-check', 1)")));
        QVERIFY_OK(target.db().exec(QStringLiteral(
            "INSERT INTO suggestions_fts(suggestions_fts, rank) VALUES ('integrity-check', 1)")));

        // The same files again: nothing changes, nothing is logged.
        const QString snapshot = ledgerSnapshot(target.db());
        const QVariant logged = target.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        ImportResult again;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &again));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, r.inserted);
        QCOMPARE(ledgerSnapshot(target.db()), snapshot);
        QCOMPARE(target.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")), logged);
    }

    /// The import changes SQLite's settings only while it runs: the page cache and the place of the
    /// statement journals are as before afterwards, whether it succeeded or failed.
    void settingsAreRestoredAfterTheImport()
    {
        TestDatabase source(false);
        makeDemo(source.db(), 10);
        QTemporaryDir out;
        const QString bundle = out.filePath(QStringLiteral("bundle"));
        QVERIFY_OK(LedgerFiles::writeFullBundle(source.db(), bundle));
        TestDatabase target(false);
        const QVariant cache = target.db().scalar(QStringLiteral("PRAGMA cache_size"));
        const QVariant temp = target.db().scalar(QStringLiteral("PRAGMA temp_store"));
        ImportResult r;
        QVERIFY_OK(LedgerImport(target.db()).run(bundle, {}, &r));
        QCOMPARE(target.db().scalar(QStringLiteral("PRAGMA cache_size")), cache);
        QCOMPARE(target.db().scalar(QStringLiteral("PRAGMA temp_store")), temp);
        // A failure inside the import's transaction (a file that is no ledger of ours).
        const QString bad = out.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("标识,鞋码\r\nx,42\r\n").toUtf8());
        f.close();
        QVERIFY(!LedgerImport(target.db()).run(bad, {}, &r).isOk());
        QCOMPARE(target.db().scalar(QStringLiteral("PRAGMA cache_size")), cache);
        QCOMPARE(target.db().scalar(QStringLiteral("PRAGMA temp_store")), temp);
        QCOMPARE(target.db().transactionDepth(), 0);
    }
};

QTEST_MAIN(TestImportFastPath)
#include "tst_importfastpath.moc"
