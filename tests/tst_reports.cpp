#include "LedgerFixture.h"
#include "TestDatabase.h"

#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/ReportNarrativeRepository.h"
#include "reports/AnnualReport.h"
#include "reports/LedgerBook.h"
#include "reports/PdfOutline.h"
#include "reports/PdfTextRepair.h"
#include "reports/StandardForms.h"
#include "reports/ZipArchive.h"
#include "rules/AppealWorkflow.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

// What poppler prints, normalised: Qt maps some CJK glyphs back to Kangxi radicals (⼤ for 大) in the
// PDF's ToUnicode table; NFKC folds them, and whitespace (layout, U+3000) is dropped.
QString flatten(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    // CJK Radicals Supplement forms NFKC leaves alone, mapped to the characters they stand for.
    static const QString radicals = QString::fromUtf8("⺟⺠⻄⻅⻆⻈⻉⻋⻓⻔⻘⻚⻛⻜⻝⻢⻥⻦⻨⻩⻬⻮⻰⻳");
    static const QString ideographs = QString::fromUtf8("母民西见角讠贝车长门青页风飞食马鱼鸟麦黄齐齿龙龟");
    for (QChar &c : s) {
        const qsizetype i = radicals.indexOf(c);
        if (i >= 0)
            c = ideographs.at(i);
    }
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

bool has(const QString &flatText, const QString &expected)
{
    return flatText.contains(flatten(expected));
}

bool has(const QString &flatText, const char *expected)
{
    return has(flatText, QString::fromUtf8(expected));
}

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return flatten(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The PDF's outline as poppler reads it (pdftohtml -xml): "title@page" per entry, nested ones indented by
/// two spaces a level; an independent reader of what qpdf wrote.
QStringList popplerOutline(const QString &path)
{
    const QString xml =
        runTool(QStringLiteral("pdftohtml"),
                {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path});
    QStringList entries;
    int depth = -1;
    static const QRegularExpression token(
        QStringLiteral("<outline>|</outline>|<item page=\"(\\d+)\">([^<]*)</item>"));
    for (auto it = token.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0) == QLatin1String("<outline>"))
            ++depth;
        else if (m.captured(0) == QLatin1String("</outline>"))
            --depth;
        else
            entries << QString(depth * 2, QLatin1Char(' ')) + m.captured(2) + QLatin1Char('@') +
                           m.captured(1);
    }
    return entries;
}

/// The flattened text of one page (1-based).
QString pdfPageText(const QString &path, int page)
{
    return flatten(runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                            QString::number(page), path, QStringLiteral("-")}));
}

/// Every font of the PDF embedded, and a Simplified Chinese one among them.
bool cjkFontsEmbedded(const QString &path, QString *why)
{
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool cjk = false;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type... encoding emb sub uni object ID: "emb" is the 5th column from the end.
        if (cols.size() < 6 || cols.at(cols.size() - 5) != QLatin1String("yes")) {
            *why = QStringLiteral("not embedded: ") + line;
            return false;
        }
        if (cols.first().contains(QLatin1String("CJKsc")))
            cjk = true;
    }
    if (!cjk)
        *why = QStringLiteral("no Noto CJK SC font in: ") + lines.join(QLatin1Char('\n'));
    return cjk;
}

} // namespace

/// The printed documents: the annual report, ledger books and forms, checked through the text and
/// fonts of the PDFs they produce (poppler-utils).
class TestReports : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Deputy li;
        Deputy wang;
        Appeal resolved;
        Appeal redirected;
        Appeal secret;
    };

    /// Two deputies and three appeals of 2022 with hand-known figures: received 3, accepted 2,
    /// redirected 1, resolved 1, answered 1; 城市建设 2 (66.7%), 交通出行 1 (33.3%).
    static Fixture makeFixture(Database &db)
    {
        Fixture f;
        f.li = LedgerFixture::addDeputy(db, QStringLiteral("李建国"));
        f.wang.name = QStringLiteral("王秀兰");
        f.wang.gender = QStringLiteral("female");
        f.wang.level = QStringLiteral("district");
        f.wang.constituency = QStringLiteral("第5选区");
        f.wang.termStart = QDate(2021, 1, 1);
        if (!DeputyRepository(db).insert(f.wang))
            qFatal("cannot insert deputy");
        AppealWorkflow flow(db);
        f.resolved = LedgerFixture::addAppeal(db, f.li.id, QDate(2022, 3, 15));
        if (!flow.accept(f.resolved.id, QDate(2022, 3, 16)) ||
            !flow.resolve(f.resolved.id, QDate(2022, 4, 1), QStringLiteral("已增设充电桩")) ||
            !flow.answer(f.resolved.id, QDate(2022, 4, 2), QStringLiteral("phone"),
                         QStringLiteral("已电话告知")))
            qFatal("workflow failed");
        Appeal a = LedgerFixture::appealInput(f.li.id, QDate(2022, 4, 20));
        a.category = QStringLiteral("交通出行");
        a.channel = QStringLiteral("phone");
        if (!AppealRepository(db).insert(a) ||
            !flow.redirect(a.id, QDate(2022, 4, 21), QStringLiteral("属个人信访事项"),
                           QStringLiteral("区信访局")))
            qFatal("redirect failed");
        f.redirected = a;
        Appeal s = LedgerFixture::appealInput(f.wang.id, QDate(2022, 5, 8));
        s.confidential = true;
        s.personName = QStringLiteral("赵保密");
        s.personPhone = QStringLiteral("13700001111");
        if (!AppealRepository(db).insert(s) || !flow.accept(s.id, QDate(2022, 5, 9)))
            qFatal("insert failed");
        f.secret = *AppealRepository(db).find(s.id);
        f.resolved = *AppealRepository(db).find(f.resolved.id);
        return f;
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("pdftotext/pdffonts (poppler-utils) are not installed: scripts/install-deps.sh installs "
                  "them.");
    }

    void annualReportHasTheFiguresHeadingsDeputiesAndNarrative()
    {
        TestDatabase t;
        makeFixture(t.db());
        ReportNarrative n;
        n.year = 2022;
        n.shortcomings = QStringLiteral("一是站室建设标准不高。\n二是培训不够充分。");
        n.nextYearPlan = QStringLiteral("（一）立足中心，服务大局。");
        QVERIFY_OK(ReportNarrativeRepository(t.db()).save(n));
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        const QString text = pdfText(path);
        for (const char *expected : {"汉街代表联络站2022年度工作总结",
                                     "积玉桥街道",
                                     "一、2022年主要工作完成情况",
                                     "全年共收集群众诉求3件",
                                     "受理2件，不予受理并转交有关方面1件",
                                     "已办结1件",
                                     "已答复群众1件",
                                     "二、存在不足",
                                     "一是站室建设标准不高。",
                                     "二是培训不够充分。",
                                     "三、2023年工作思路",
                                     "（一）立足中心，服务大局。",
                                     "66.7%",
                                     "33.3%",
                                     "李建国",
                                     "王秀兰",
                                     "深入基层、深入选区0次",
                                     "组织市人大代表参与“三进”活动0次",
                                     "2022年群众诉求类别分布",
                                     "2022年各月收集与办结诉求",
                                     "第1页共"}) {
            QVERIFY2(has(text, expected), expected);
        }
        QVERIFY(!has(text, QStringLiteral("尚未填写")));
        QString why;
        QVERIFY2(cjkFontsEmbedded(path, &why), qPrintable(why));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));
    }

    void annualReportSaysWhenTheNarrativeIsMissing()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        const QString text = pdfText(path);
        QVERIFY(has(text, QStringLiteral("本年度“存在不足”尚未填写")));
        QVERIFY(has(text, QStringLiteral("本年度“下一年工作思路”尚未填写")));
    }

    void annualReportAsOdtAndHtml()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString odt = t.dir() + QStringLiteral("/report.odt");
        const QString html = t.dir() + QStringLiteral("/report.html");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, odt));
        QVERIFY_OK(AnnualReport(t.db()).write(2022, html));
        QVERIFY(fileBytes(odt).startsWith("PK"));
        const QString page = QString::fromUtf8(fileBytes(html));
        QVERIFY(has(page, QStringLiteral("汉街代表联络站2022年度工作总结")));
        QVERIFY(has(page, QStringLiteral("全年共收集群众诉求3件")));
        QCOMPARE(page.count(QStringLiteral("data:image/png;base64,")), 2);
        QVERIFY(!AnnualReport(t.db()).write(2022, t.dir() + QStringLiteral("/report.doc")));
        // The running header: shown on screen, and in the printed page's margin boxes with page numbers.
        QVERIFY(page.contains(
            QStringLiteral("<header class=\"running\">汉街代表联络站2022年度工作总结</header>")));
        QVERIFY(page.contains(QStringLiteral("@top-center{content:\"汉街代表联络站2022年度工作总结\"")));
        QVERIFY(page.contains(QStringLiteral("counter(pages)")));
    }

    void odtHasTheA4PageWithItsHeaderAndPageNumbers()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString odt = t.dir() + QStringLiteral("/report.odt");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, odt));
        const auto entries = ZipArchive::read(fileBytes(odt));
        QVERIFY(entries);
        QCOMPARE(entries->first().name, QByteArray("mimetype"));
        QVERIFY(!entries->first().compressed); // stored first, so the type is recognised
        QMap<QByteArray, QString> files;
        for (const ZipArchive::Entry &e : *entries)
            files.insert(e.name, QString::fromUtf8(e.data));
        QVERIFY(files.value("META-INF/manifest.xml")
                    .contains(QStringLiteral("manifest:full-path=\"styles.xml\"")));
        const QString styles = files.value("styles.xml");
        QVERIFY(styles.contains(QStringLiteral("<style:master-page style:name=\"Standard\"")));
        QVERIFY(styles.contains(QStringLiteral("汉街代表联络站2022年度工作总结</text:p></style:header>")));
        QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
        QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"210mm\"")));
        QVERIFY(files.value("content.xml").contains(QStringLiteral("全年共收集群众诉求3件")));
    }

    void odtTablesSpanTheTextWidthWithTheirColumnProportions()
    {
        // Qt writes 100 % as "100pt" and columns as "30%" (not ODF): LibreOffice showed narrow tables.
        TestDatabase t;
        makeFixture(t.db());
        const QString odt = t.dir() + QStringLiteral("/report.odt");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, odt));
        const auto entries = ZipArchive::read(fileBytes(odt));
        QVERIFY(entries);
        QString content;
        for (const ZipArchive::Entry &e : *entries)
            if (e.name == "content.xml")
                content = QString::fromUtf8(e.data);
        QVERIFY(content.contains(QStringLiteral("<style:table-properties")));
        QVERIFY(!content.contains(QStringLiteral("style:width=\"100pt\"")));
        QVERIFY(!content.contains(QRegularExpression(QStringLiteral("style:column-width=\"[0-9.]+%\""))));
        // 210 mm less the margins (26 + 22 mm) is the text width of the page.
        QVERIFY(content.contains(QStringLiteral("style:width=\"162.0mm\" style:rel-width=\"100%\"")));
        QVERIFY(content.contains(QRegularExpression(QStringLiteral("style:rel-column-width=\"[0-9]+\\*\""))));
    }

    void copiedTextHasTheIdeographsNotTheirRadicals()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        QVERIFY(!PdfTextRepair::radicalMap().isEmpty()); // Noto CJK shares glyphs: the repair has work
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString raw = QString::fromUtf8(p.readAllStandardOutput());
        // Poppler says nothing when the rewritten cross-reference table is right.
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
        QString radicals;
        for (const QChar c : raw)
            if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
                radicals += c;
        QVERIFY2(radicals.isEmpty(), qPrintable(radicals));
        // Text Noto draws with shared glyphs: 人 大 民 一 页 工 月 (⼈ ⼤ ⺠ ⼀ ⻚ ⼯ ⽉).
        for (const QString &word : {QStringLiteral("人大代表"), QStringLiteral("群众"),
                                    QStringLiteral("工作总结"), QStringLiteral("页")})
            QVERIFY2(raw.contains(word), qPrintable(word));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(info.readAllStandardError()), QString());
    }

    void zipEntriesSurviveAWriteAndARead()
    {
        const QByteArray text = QByteArray("人大代表联络站 ").repeated(500);
        const QList<ZipArchive::Entry> written{{"mimetype", "application/vnd.oasis.opendocument.text", false},
                                               {"content.xml", text, true},
                                               {"empty", QByteArray(), true}};
        const QByteArray zip = ZipArchive::write(written);
        QVERIFY(zip.size() < text.size()); // deflated
        const auto read = ZipArchive::read(zip);
        QVERIFY(read);
        QCOMPARE(read->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->at(i).name, written.at(i).name);
            QCOMPARE(read->at(i).data, written.at(i).data);
        }
        QVERIFY(!ZipArchive::read(QByteArray("PK not a zip")));
        QByteArray damaged = zip;
        damaged[60] = char(damaged.at(60) ^ 0x55); // inside the first entry's data: its CRC notices
        QVERIFY(!ZipArchive::read(damaged));
    }

    void ledgerBookHasCoverAndFourLedgersWithFullPersonalData()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/book.pdf");
        QVERIFY_OK(LedgerBook(t.db()).build(f.li, 2022).writePdf(path, QStringLiteral("台账")));
        const QString text = pdfText(path);
        for (const char *expected :
             {"人大代表履职台账", "（2022年度）", "李建国", "市人大代表", "汉街代表联络站", "选区概况台账",
              "诉求记录台账", "建议记录台账", "民意诉求回访台账", "本年度尚未填写选区概况", "2022-0001",
              "2022-0002", "王芳", "属个人信访事项（转区信访局）", "已增设充电桩"}) {
            QVERIFY2(has(text, expected), expected);
        }
        // Wang's confidential appeal is not in Li's book.
        QVERIFY(!has(text, QStringLiteral("赵保密")));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 4 && pages <= 6, qPrintable(QString::number(pages)));
    }

    void longLedgerRepeatsItsHeaderAndKeepsRowsWhole()
    {
        TestDatabase t;
        const Deputy li = LedgerFixture::addDeputy(t.db());
        for (int i = 0; i < 60; ++i)
            LedgerFixture::addAppeal(t.db(), li.id, QDate(2022, 1, 1).addDays(i * 5));
        const QString path = t.dir() + QStringLiteral("/book.pdf");
        const PrintedDocument doc = LedgerBook(t.db()).build(li, 2022);
        QVERIFY_OK(doc.writePdf(path, QStringLiteral("台账")));
        const QString text = pdfText(path);
        const int pages = pdfPages(path);
        QCOMPARE(pages, doc.pageCount());
        // The appeal ledger spans several pages, each starting with the header row.
        const int headers = int(text.count(flatten(QStringLiteral("诉求内容（原话原意）"))));
        QVERIFY2(headers >= 3, qPrintable(QString::number(headers)));
        QCOMPARE(headers, pages - 4); // cover, profile, suggestions and visits take one page each
        // Every row whole: each appeal's number and content appear, and its content is never cut.
        for (int i = 1; i <= 60; ++i)
            QVERIFY(text.contains(QStringLiteral("2022-%1").arg(i, 4, 10, QLatin1Char('0'))));
        QCOMPARE(int(text.count(flatten(QStringLiteral("小区电动车充电难，希望增设充电桩。")))), 60);
    }

    void combinedLedgerBookHasContents()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/all.pdf");
        const PrintedDocument doc = LedgerBook(t.db()).buildCombined({f.li, f.wang}, 2022);
        QVERIFY_OK(doc.writePdf(path, QStringLiteral("台账")));
        const QString text = pdfText(path);
        QVERIFY(has(text, QStringLiteral("目录")));
        QVERIFY(text.indexOf(QStringLiteral("李建国")) < text.indexOf(QStringLiteral("选区概况台账")));
        QVERIFY(has(text, QStringLiteral("王秀兰")));
        QVERIFY(has(text, QStringLiteral("赵保密")));
        QCOMPARE(pdfPages(path), doc.pageCount());
        // Li's book starts on page 2, Wang's right after Li's 5 pages.
        const QStringList lines =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                     QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")})
                .split(QLatin1Char('\n'));
        QStringList starts;
        for (const QString &line : lines)
            if (line.contains(QStringLiteral("李建国")) || line.contains(QStringLiteral("王秀兰")))
                starts << line.trimmed().section(QLatin1Char(' '), -1);
        QCOMPARE(starts, QStringList({QStringLiteral("2"), QStringLiteral("7")}));
    }

    void combinedLedgerBookHasABookmarkPerDeputyAndLedger()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/all.pdf");
        QVERIFY_OK(
            LedgerBook(t.db()).buildCombined({f.li, f.wang}, 2022).writePdf(path, QStringLiteral("台账")));
        const QStringList outline = popplerOutline(path);
        const QStringList ledgers = {QStringLiteral("选区概况台账"), QStringLiteral("诉求记录台账"),
                                     QStringLiteral("建议记录台账"), QStringLiteral("民意诉求回访台账")};
        QStringList titles;
        for (const QString &e : outline)
            titles << e.section(QLatin1Char('@'), 0, 0);
        QStringList expected{QStringLiteral("目录"), QStringLiteral("李建国代表")};
        for (const QString &l : ledgers)
            expected << QStringLiteral("  ") + l;
        expected << QStringLiteral("王秀兰代表");
        for (const QString &l : ledgers)
            expected << QStringLiteral("  ") + l;
        QCOMPARE(titles, expected);
        // Each bookmark opens the page that starts with what it names.
        for (const QString &e : outline) {
            const QString title = e.section(QLatin1Char('@'), 0, 0).trimmed();
            const int page = e.section(QLatin1Char('@'), 1).toInt();
            const QString text = pdfPageText(path, page);
            const QString expectedText = title.endsWith(QStringLiteral("代表"))
                                             ? title.chopped(2) + QStringLiteral("代表层级")
                                             : title;
            QVERIFY2(has(text, expectedText), qPrintable(e));
            if (page > 1) // and the page before does not start it
                QVERIFY2(!pdfPageText(path, page - 1).contains(flatten(title + QStringLiteral("代表："))),
                         qPrintable(e));
        }
        // qpdf reads the same tree back.
        QCOMPARE(PdfOutline::read(fileBytes(path)).size(), outline.size());
    }

    void annualReportBookmarksItsHeadings()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        QStringList titles;
        for (const QString &e : popplerOutline(path)) {
            titles << e.section(QLatin1Char('@'), 0, 0);
            QVERIFY2(has(pdfPageText(path, e.section(QLatin1Char('@'), 1).toInt()),
                         e.section(QLatin1Char('@'), 0, 0).trimmed()),
                     qPrintable(e));
        }
        QCOMPARE(titles.size(), 8);
        QCOMPARE(titles.first(), QStringLiteral("一、2022年主要工作完成情况"));
        QVERIFY(titles.at(1).startsWith(QStringLiteral("  （一）")));
        QCOMPARE(titles.last(), QStringLiteral("三、2023年工作思路"));
    }

    void outlineKeepsItsTree_data()
    {
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<QList<int>>("pages");
        QTest::newRow("flat") << QList<int>{0, 0, 0} << QList<int>{0, 1, 2};
        QTest::newRow("two levels") << QList<int>{0, 1, 1, 0, 1} << QList<int>{0, 0, 1, 1, 2};
        QTest::newRow("three levels, back to the top")
            << QList<int>{0, 1, 2, 2, 0} << QList<int>{0, 1, 1, 2, 2};
        QTest::newRow("one entry") << QList<int>{0} << QList<int>{2};
    }

    void outlineKeepsItsTree()
    {
        QFETCH(QList<int>, levels);
        QFETCH(QList<int>, pages);
        TestDatabase t;
        makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        QList<PdfOutline::Entry> entries;
        for (int i = 0; i < levels.size(); ++i)
            entries.append({QStringLiteral("第%1项 \"引号\" (括号)").arg(i + 1), levels.at(i), pages.at(i)});
        QString why;
        const QByteArray pdf = PdfOutline::add(fileBytes(path), entries, &why);
        QVERIFY2(!pdf.isEmpty(), qPrintable(why));
        const QList<PdfOutline::Entry> back = PdfOutline::read(pdf);
        QCOMPARE(back.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(back.at(i).title, entries.at(i).title);
            QCOMPARE(back.at(i).level, entries.at(i).level);
            QCOMPARE(back.at(i).page, entries.at(i).page);
        }
    }

    void outlineRefusesAPageThatIsNotThere()
    {
        TestDatabase t;
        makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/report.pdf");
        QVERIFY_OK(AnnualReport(t.db()).write(2022, path));
        QString why;
        QVERIFY(PdfOutline::add(fileBytes(path), {{QStringLiteral("x"), 0, 999}}, &why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("1000")));
        QVERIFY(
            PdfOutline::add(QByteArrayLiteral("not a pdf"), {{QStringLiteral("x"), 0, 0}}, &why).isEmpty());
        QVERIFY(!why.isEmpty());
    }

    void appealFormShowsEverySectionAndMarksConfidential()
    {
        TestDatabase t;
        const Fixture f = makeFixture(t.db());
        const QString path = t.dir() + QStringLiteral("/form.pdf");
        QVERIFY_OK(StandardForms(t.db()).appealForm(&f.secret).writePdf(path, QStringLiteral("表")));
        const QString text = pdfText(path);
        for (const char *expected :
             {"人大代表接待选民记录表", "【保密】", "2022-0003", "一、接待登记", "二、受理办理",
              "三、答复回访", "赵保密", "13700001111", "王秀兰（区人大代表）", "是（保密）"}) {
            QVERIFY2(has(text, expected), expected);
        }
        QCOMPARE(pdfPages(path), 1);
        const QString plain = t.dir() + QStringLiteral("/plain.pdf");
        QVERIFY_OK(StandardForms(t.db()).appealForm(&f.resolved).writePdf(plain, QStringLiteral("表")));
        const QString plainText = pdfText(plain);
        QVERIFY(!has(plainText, QStringLiteral("保密】")));
        QVERIFY(has(plainText, QStringLiteral("已增设充电桩")));
        QVERIFY(has(plainText, QStringLiteral("已电话告知")));
    }

    void blankFormsHaveTheirFields()
    {
        TestDatabase t;
        const QString appeal = t.dir() + QStringLiteral("/blank-appeal.pdf");
        const QString suggestion = t.dir() + QStringLiteral("/blank-suggestion.pdf");
        QVERIFY_OK(StandardForms(t.db()).appealForm(nullptr).writePdf(appeal, QStringLiteral("表")));
        QVERIFY_OK(StandardForms(t.db()).suggestionForm(nullptr).writePdf(suggestion, QStringLiteral("表")));
        const QString a = pdfText(appeal);
        for (const char *expected : {"反映内容", "办理结果", "□满意□基本满意□不满意", "接待代表签字"})
            QVERIFY2(has(a, expected), expected);
        const QString s = pdfText(suggestion);
        for (const char *expected :
             {"人大代表建议办理情况征询意见表", "领衔代表", "□A已解决或基本解决", "代表签字"})
            QVERIFY2(has(s, expected), expected);
        QCOMPARE(pdfPages(appeal), 1);
        QCOMPARE(pdfPages(suggestion), 1);
    }

    void cliWritesDocumentsAndRejectsBadArguments()
    {
        TestDatabase t;
        makeFixture(t.db());
        t.close();
        const QString db = t.path();
        const QString report = t.dir() + QStringLiteral("/r.pdf");
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--year"),
                             QStringLiteral("2022"), QStringLiteral("--out"), report});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(has(pdfText(report), "全年共收集群众诉求3件"));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("ledger-book"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--all"), QStringLiteral("--out"),
                      t.dir() + QStringLiteral("/books")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QDir books(t.dir() + QStringLiteral("/books"));
        QCOMPARE(books.entryList({QStringLiteral("*.pdf")}).size(), 2);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("ledger-book"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--deputy"), QStringLiteral("王秀兰"),
                      QStringLiteral("--out"), t.dir() + QStringLiteral("/wang.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("form"), QStringLiteral("--appeal"),
                      QStringLiteral("2022-0003"), QStringLiteral("--out"),
                      t.dir() + QStringLiteral("/f.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(has(pdfText(t.dir() + QStringLiteral("/f.pdf")), "【保密】"));

        run = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--out"), report});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--out"), t.dir() + QStringLiteral("/r.docx")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("form"), QStringLiteral("--appeal"),
                      QStringLiteral("2022-0999"), QStringLiteral("--out"),
                      t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(run.exitCode, 1);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("ledger-book"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--out"), t.dir() + QStringLiteral("/x.pdf")});
        QCOMPARE(run.exitCode, 2);
    }

    void cliNarrativeIsStoredAndPrintedVerbatim()
    {
        TestDatabase t;
        makeFixture(t.db());
        t.close();
        const QString shortFile = t.dir() + QStringLiteral("/short.txt");
        const QString planFile = t.dir() + QStringLiteral("/plan.txt");
        QFile f1(shortFile);
        QVERIFY(f1.open(QIODevice::WriteOnly));
        f1.write("一是联络站硬件不足，需要改善。\n二是代表培训次数偏少。\n");
        f1.close();
        QFile f2(planFile);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write("（一）加强站点建设。\n");
        f2.close();
        CliRun run =
            runCli({QStringLiteral("--db"), t.path(), QStringLiteral("narrative"), QStringLiteral("--year"),
                    QStringLiteral("2022"), QStringLiteral("--shortcomings-file"), shortFile,
                    QStringLiteral("--plan-file"), planFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString report = t.dir() + QStringLiteral("/r.pdf");
        run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("report"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--out"), report});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(report);
        QVERIFY(has(text, "二、存在不足一是联络站硬件不足，需要改善。二是代表培训次数偏少。三、2023年工作思路"
                          "（一）加强站点建设。"));
        run = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("narrative"), QStringLiteral("--year"),
                      QStringLiteral("2022"), QStringLiteral("--plan-file"),
                      t.dir() + QStringLiteral("/missing.txt")});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
