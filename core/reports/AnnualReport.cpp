#include "reports/AnnualReport.h"

#include "common/Codes.h"
#include "ledgers/ReportNarrativeRepository.h"
#include "stats/Statistics.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QTextDocument>
#include <QTextTable>
#include <algorithm>

namespace {

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1) + QLatin1Char('%');
}

QString share(int part, int whole)
{
    return whole > 0 ? percent(double(part) / whole) : QStringLiteral("—");
}

// Keys of a count map, most frequent first (ties by name), so the biggest matters lead.
QStringList byCount(const QMap<QString, int> &counts)
{
    QStringList keys = counts.keys();
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    return keys;
}

// The clerk's text, paragraph by paragraph, exactly as written.
void narrativeSection(DocumentBuilder &b, const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty()) {
        b.note(QStringLiteral("（本年度“%1”尚未填写。请在桌面程序“报表 → 年度总结文字”中填写，"
                              "或用命令 liaison-ledger-cli narrative 设置后重新生成本报告。）")
                   .arg(what));
        return;
    }
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &p : paragraphs)
        if (!p.trimmed().isEmpty())
            b.paragraph(p.trimmed());
}

const QList<Qt::Alignment> kNumbersRight{Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                                         Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                                         Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};

} // namespace

AnnualReport::AnnualReport(Database &db)
    : m_db(db)
{}

QString AnnualReport::title(const YearStatistics &s)
{
    return s.stationName + QString::number(s.year) + QStringLiteral("年度工作总结");
}

PrintedDocument AnnualReport::build(int year, DocumentBuilder::Charts charts, const QDate &asOf) const
{
    const YearStatistics stats = Statistics(m_db).compute(year, asOf);
    const auto narrative = ReportNarrativeRepository(m_db).find(year);
    return compose(stats, narrative ? &*narrative : nullptr, charts);
}

PrintedDocument AnnualReport::compose(const YearStatistics &s, const ReportNarrative *narrative,
                                      DocumentBuilder::Charts charts)
{
    DocumentBuilder b(QPageLayout::Portrait, charts);
    const QString year = QString::number(s.year);
    b.title(title(s), 20);
    b.subtitle((s.street.isEmpty() ? QString() : s.street + QStringLiteral("　")) +
               QStringLiteral("人大代表联络站"));

    QStringList levels;
    for (const QString &code : Codes::codes(Codes::DeputyLevel))
        if (s.deputiesByLevel.value(code) > 0)
            levels << Codes::chinese(Codes::DeputyLevel, code) + QStringLiteral("人大代表") +
                          QString::number(s.deputiesByLevel.value(code)) + QStringLiteral("名");
    b.paragraph(
        QStringLiteral("%1年，%2在区人大常委会和街道党工委的领导下，组织辖区各级人大代表密切联系群众，"
                       "认真收集、办理和回复群众诉求，积极提出代表建议，常态化开展“三进”活动。"
                       "本站现有各级人大代表%3名（%4），全年共收集群众诉求%5件、提交代表建议%6件、"
                       "组织代表活动%7次。")
            .arg(year, s.stationName)
            .arg(s.deputiesTotal)
            .arg(levels.isEmpty() ? QStringLiteral("无") : levels.join(QStringLiteral("，")))
            .arg(s.appealsReceived)
            .arg(s.suggestionsSubmitted)
            .arg(s.activitiesTotal));

    b.heading(QStringLiteral("一、%1年主要工作完成情况").arg(year));
    b.bookmark(0);

    // (一) Appeals.
    b.subheading(QStringLiteral("（一）收集办理群众诉求，民众反映有回复。"));
    b.bookmark(1);
    b.paragraph(
        QStringLiteral("全年共收集群众诉求%1件，其中集体诉求%2件；受理%3件，不予受理并转交有关方面%4件，"
                       "并案处理%5件。已办结%6件，办结率%7；已答复群众%8件，答复率%9；"
                       "已回访%10件，回访率%11，回访满意率（满意和基本满意）%12。")
            .arg(s.appealsReceived)
            .arg(s.appealsGroup)
            .arg(s.appealsAccepted)
            .arg(s.appealsRedirected)
            .arg(s.appealsMerged)
            .arg(s.appealsResolved)
            .arg(percent(s.resolutionRate))
            .arg(s.appealsAnswered)
            .arg(percent(s.replyRate))
            .arg(s.appealsVisited)
            .arg(percent(s.followUpRate), percent(s.satisfactionRate)));
    b.paragraph(s.appealsOverdue > 0
                    ? QStringLiteral("截至统计日，仍有%1件诉求超过办理时限尚未办结，已列入督办。")
                          .arg(s.appealsOverdue)
                    : QStringLiteral("截至统计日，没有超过办理时限未办结的诉求。"));

    const QStringList categories = byCount(s.appealsByCategory);
    {
        QList<QStringList> rows{{QStringLiteral("诉求类别"), QStringLiteral("件数"), QStringLiteral("占比")}};
        for (const QString &c : categories)
            rows << QStringList{c.isEmpty() ? QStringLiteral("未分类") : c,
                                QString::number(s.appealsByCategory.value(c)),
                                share(s.appealsByCategory.value(c), s.appealsReceived)};
        rows << QStringList{QStringLiteral("合计"), QString::number(s.appealsReceived),
                            s.appealsReceived > 0 ? QStringLiteral("100.0%") : QStringLiteral("—")};
        b.paragraph(QStringLiteral("按诉求类别统计如下表、下图："));
        b.table(rows, {50, 25, 25}, 1, 10.5, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight});
        ChartData chart;
        chart.title = QStringLiteral("%1年群众诉求类别分布").arg(year);
        chart.unit = QStringLiteral("件");
        QList<int> values;
        for (const QString &c : categories) {
            chart.labels << (c.isEmpty() ? QStringLiteral("未分类") : c);
            values << s.appealsByCategory.value(c);
        }
        chart.series << values;
        b.chart(chart, 250);
    }
    {
        QList<QStringList> rows{{QStringLiteral("接待渠道"), QStringLiteral("件数"), QStringLiteral("占比")}};
        for (const QString &code : Codes::codes(Codes::Channel))
            rows << QStringList{Codes::chinese(Codes::Channel, code),
                                QString::number(s.appealsByChannel.value(code)),
                                share(s.appealsByChannel.value(code), s.appealsReceived)};
        b.paragraph(QStringLiteral("按接待渠道统计如下表："));
        b.table(rows, {50, 25, 25}, 1, 10.5, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight});
    }
    {
        ChartData chart;
        chart.title = QStringLiteral("%1年各月收集与办结诉求").arg(year);
        chart.unit = QStringLiteral("件");
        chart.seriesNames = {QStringLiteral("收集诉求"), QStringLiteral("办结诉求")};
        for (int m = 1; m <= 12; ++m)
            chart.labels << QString::number(m) + QStringLiteral("月");
        chart.series << s.appealsByMonth << s.resolvedByMonth;
        b.chart(chart, 260);
    }

    // (二) Suggestions.
    b.subheading(QStringLiteral("（二）提出代表建议，推动解决共性问题。"));
    b.bookmark(1);
    QStringList grades;
    for (const QString &g : Codes::codes(Codes::Grade))
        grades << QStringLiteral("%1类%2件").arg(g).arg(s.suggestionsByGrade.value(g));
    QStringList satisfaction;
    for (const QString &code : Codes::codes(Codes::Satisfaction))
        satisfaction << Codes::chinese(Codes::Satisfaction, code) +
                            QString::number(s.suggestionsBySatisfaction.value(code)) + QStringLiteral("件");
    b.paragraph(QStringLiteral("全年代表共提交建议%1件，已答复%2件。办理结果：%3。代表对办理工作的评价：%4；"
                               "因代表不满意重新办理%5件。")
                    .arg(s.suggestionsSubmitted)
                    .arg(s.suggestionsReplied)
                    .arg(grades.join(QStringLiteral("，")), satisfaction.join(QStringLiteral("，")))
                    .arg(s.suggestionsRehandled));
    {
        QList<QStringList> rows{
            {QStringLiteral("办理结果"), QStringLiteral("件数"), QStringLiteral("占已答复")}};
        for (const QString &g : Codes::codes(Codes::Grade))
            rows << QStringList{Codes::chinese(Codes::Grade, g),
                                QString::number(s.suggestionsByGrade.value(g)),
                                share(s.suggestionsByGrade.value(g), s.suggestionsReplied)};
        b.table(rows, {50, 25, 25}, 1, 10.5, {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight});
    }

    // (三) Activities: the sentences of the stations' reports, with their blanks filled.
    b.subheading(QStringLiteral("（三）丰富代表活动，常态化开展“三进”活动。"));
    b.bookmark(1);
    b.paragraph(QStringLiteral("组织代表回原选区走访慰问困难选民，面对面察民情，深入基层、深入选区%1次。"
                               "充分发挥省、市、区人大代表上下联动的优势，组织市人大代表参与“三进”活动%2次，"
                               "与兄弟街道整合资源开展联组活动%3次，分组或集中开展人大活动%4次。"
                               "全年共开展各类代表活动%5次，联系群众%6人次。")
                    .arg(s.constituencyVisits)
                    .arg(s.threeVisitsWithMunicipal)
                    .arg(s.jointGroupActivities)
                    .arg(s.groupOrPlenaryActivities)
                    .arg(s.activitiesTotal)
                    .arg(s.peopleReached));
    {
        QList<QStringList> rows{{QStringLiteral("活动类型"), QStringLiteral("次数"),
                                 QStringLiteral("活动类型"), QStringLiteral("次数")}};
        const QStringList types = Codes::codes(Codes::ActivityType);
        const int half = int((types.size() + 1) / 2);
        for (int i = 0; i < half; ++i) {
            QStringList row{Codes::chinese(Codes::ActivityType, types.at(i)),
                            QString::number(s.activitiesByType.value(types.at(i)))};
            if (i + half < types.size())
                row << Codes::chinese(Codes::ActivityType, types.at(i + half))
                    << QString::number(s.activitiesByType.value(types.at(i + half)));
            rows << row;
        }
        b.table(rows, {30, 20, 30, 20}, 1, 10.5,
                {Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight});
    }

    // (四) Enterprise links.
    b.subheading(QStringLiteral("（四）落实“一包二”机制，代表联系服务企业。"));
    b.bookmark(1);
    b.paragraph(
        QStringLiteral("坚持一名人大代表联系两家企业的“一包二”联系企业机制，现有%1名代表联系企业%2家，"
                       "全年走访联系企业%3次，帮助企业解决发展难题。")
            .arg(s.enterprisesLinkedDeputies)
            .arg(s.enterpriseLinks)
            .arg(s.enterpriseVisits));

    // (五) Each deputy.
    b.subheading(QStringLiteral("（五）代表履职情况一览。"));
    b.bookmark(1);
    {
        QList<QStringList> rows{{QStringLiteral("代表"), QStringLiteral("层级"), QStringLiteral("接待诉求"),
                                 QStringLiteral("办结"), QStringLiteral("答复"), QStringLiteral("领衔建议"),
                                 QStringLiteral("联名建议"), QStringLiteral("参加活动"),
                                 QStringLiteral("回访"), QStringLiteral("联系企业"),
                                 QStringLiteral("走访企业")}};
        for (const DeputyFigures &d : s.byDeputy)
            rows << QStringList{d.name,
                                Codes::chinese(Codes::DeputyLevel, d.level),
                                QString::number(d.appealsReceived),
                                QString::number(d.appealsResolved),
                                QString::number(d.appealsAnswered),
                                QString::number(d.suggestionsLed),
                                QString::number(d.suggestionsCosigned),
                                QString::number(d.activities),
                                QString::number(d.visits),
                                QString::number(d.enterpriseLinks),
                                QString::number(d.enterpriseVisits)};
        QList<Qt::Alignment> align = kNumbersRight;
        align[1] = Qt::AlignHCenter;
        b.table(rows, {12, 6, 9, 8, 8, 9, 9, 9, 7, 11.5, 11.5}, 1, 9, align);
    }

    b.heading(QStringLiteral("二、存在不足"));
    b.bookmark(0);
    narrativeSection(b, narrative ? narrative->shortcomings : QString(), QStringLiteral("存在不足"));
    b.heading(QStringLiteral("三、%1年工作思路").arg(s.year + 1));
    b.bookmark(0);
    narrativeSection(b, narrative ? narrative->nextYearPlan : QString(), QStringLiteral("下一年工作思路"));

    PrintedDocument doc;
    doc.addPart(b.take(), QPageLayout::Portrait, title(s));
    return doc;
}

Status AnnualReport::write(int year, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    const bool odt = suffix == QLatin1String("odt");
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    if (!pdf && !odt && !html)
        return Status::failure(tr("The report can be written as .pdf, .odt or .html, not \"%1\".").arg(path));
    const YearStatistics stats = Statistics(m_db).compute(year);
    const auto narrative = ReportNarrativeRepository(m_db).find(year);
    const PrintedDocument doc =
        compose(stats, narrative ? &*narrative : nullptr,
                pdf ? DocumentBuilder::Charts::Vector : DocumentBuilder::Charts::Pictures);
    if (pdf)
        return doc.writePdf(path, title(stats));
    if (odt)
        return doc.writeOdt(path);
    return doc.writeHtml(path, title(stats));
}
