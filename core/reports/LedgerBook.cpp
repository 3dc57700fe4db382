#include "reports/LedgerBook.h"

#include "common/Codes.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/ConstituencyProfileRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/EnterpriseLinkRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/StationRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "reports/DocumentBuilder.h"
#include "storage/Database.h"

#include <QHash>
#include <QTextDocument>
#include <QTextTable>

namespace {

constexpr qreal kTablePoint = 8.5;

QString d(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString number(int n)
{
    return n < 0 ? QString() : QString::number(n);
}

QString levelText(const QString &level)
{
    return Codes::chinese(Codes::DeputyLevel, level) + QStringLiteral("人大代表");
}

// A table with one "none this year" row under its header when there is nothing to list.
void ledgerTable(DocumentBuilder &b, QList<QStringList> rows, const QList<qreal> &widths,
                 const QList<Qt::Alignment> &alignments = {})
{
    const bool empty = rows.size() == 1;
    if (empty)
        rows << QStringList();
    QTextTable *t = b.table(rows, widths, 1, kTablePoint, alignments);
    if (empty) {
        t->mergeCells(1, 0, 1, int(widths.size()));
        DocumentBuilder::setCell(t, 1, 0, QStringLiteral("本年度无记录"),
                                 DocumentBuilder::serifFormat(kTablePoint), Qt::AlignHCenter);
    }
}

} // namespace

LedgerBook::LedgerBook(Database &db)
    : m_db(db)
{
    if (const auto s = StationRepository(db).local())
        m_stationName = s->name;
}

QString LedgerBook::deputyName(qint64 id) const
{
    if (id == 0)
        return {};
    const auto dep = DeputyRepository(m_db).find(id);
    return dep ? dep->name : QString();
}

void LedgerBook::profileLedger(DocumentBuilder &b, const Deputy &deputy, int year) const
{
    b.title(QStringLiteral("选区概况台账"), 16);
    b.bookmark(1);
    const auto profile = ConstituencyProfileRepository(m_db).findFor(deputy.id, year);
    const QString line = QStringLiteral("代表：%1（%2）　　选区：%3　　年度：%4")
                             .arg(deputy.name, levelText(deputy.level), deputy.constituency)
                             .arg(year);
    b.paragraph(line, false);
    if (!profile) {
        b.note(QStringLiteral("本年度尚未填写选区概况。"));
    } else {
        const ConstituencyProfile &p = *profile;
        QList<QStringList> rows{
            {QStringLiteral("选区名称"), QStringLiteral("范围（社区、小区）"), QStringLiteral("户数"),
             QStringLiteral("人口"), QStringLiteral("选民数"), QStringLiteral("所辖社区"),
             QStringLiteral("辖区企业"), QStringLiteral("公共设施"), QStringLiteral("重点难点问题"),
             QStringLiteral("更新日期")},
            {p.constituency, p.scope, number(p.households), number(p.population), number(p.voters),
             p.communities, p.enterprises, p.facilities, p.keyProblems, d(p.updatedOn)},
        };
        b.table(rows, {9, 13, 6, 6, 6, 12, 12, 12, 16, 8}, 1, kTablePoint);
        if (!p.notes.isEmpty())
            b.paragraph(QStringLiteral("备注：") + p.notes, false);
        b.subheading(QStringLiteral("联系选民名单"));
        QList<QStringList> voters{{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("联系电话"),
                                   QStringLiteral("住址"), QStringLiteral("备注")}};
        int i = 0;
        for (const ContactVoter &v : p.contactVoters)
            voters << QStringList{QString::number(++i), v.name, v.phone, v.address, v.notes};
        ledgerTable(b, voters, {6, 14, 18, 40, 22}, {Qt::AlignHCenter});
    }
    b.subheading(QStringLiteral("联系企业（一包二）"));
    QList<QStringList> links{{QStringLiteral("序号"), QStringLiteral("企业名称"), QStringLiteral("联系人"),
                              QStringLiteral("联系电话"), QStringLiteral("地址"), QStringLiteral("联系起始"),
                              QStringLiteral("本年走访")}};
    EnterpriseLinkRepository enterprises(m_db);
    int i = 0;
    for (const EnterpriseLink &l : enterprises.forDeputy(deputy.id)) {
        QStringList visits;
        for (const EnterpriseVisit &v : enterprises.visits(l.id))
            if (v.visitedOn.year() == year)
                visits << d(v.visitedOn) + QStringLiteral(" ") + v.summary;
        links << QStringList{QString::number(++i),
                             l.enterprise,
                             l.contactPerson,
                             l.phone,
                             l.address,
                             d(l.since),
                             visits.join(QChar::LineSeparator)};
    }
    ledgerTable(b, links, {5, 20, 9, 12, 20, 9, 25}, {Qt::AlignHCenter});
}

void LedgerBook::appealLedger(DocumentBuilder &b, const Deputy &deputy, int year) const
{
    b.pageBreak();
    b.title(QStringLiteral("诉求记录台账"), 16);
    b.bookmark(1);
    b.paragraph(QStringLiteral("代表：%1　　年度：%2").arg(deputy.name).arg(year), false);
    // Short fields share a column, one per line (number over date, channel over category, the person's
    // name, phone and address, the unit and its deadline): fourteen narrow columns made every row five
    // to eight lines tall.
    QList<QStringList> rows{{QStringLiteral("编号") + QChar::LineSeparator + QStringLiteral("接待日期"),
                             QStringLiteral("接待方式") + QChar::LineSeparator + QStringLiteral("类别"),
                             QStringLiteral("反映人、联系电话及住址"), QStringLiteral("诉求内容（原话原意）"),
                             QStringLiteral("受理情况"), QStringLiteral("办理方式、承办单位及办理时限"),
                             QStringLiteral("办理结果"), QStringLiteral("答复情况"), QStringLiteral("备注")}};
    AppealRepository appeals(m_db);
    QHash<qint64, QString> numbers;
    const QList<Appeal> list = appeals.forDeputy(deputy.id, year);
    for (const Appeal &a : list)
        numbers.insert(a.id, a.number);
    for (const Appeal &a : list) {
        QString acceptance = Codes::chinese(Codes::AppealStatus, a.status);
        if (a.acceptedOn.isValid())
            acceptance = QStringLiteral("受理 ") + d(a.acceptedOn) + QChar::LineSeparator + acceptance;
        if (!a.redirectReason.isEmpty())
            acceptance += QChar::LineSeparator + a.redirectReason + QStringLiteral("（转") + a.redirectTo +
                          QStringLiteral("）");
        QString handling = a.disposal.isEmpty() ? QString() : Codes::chinese(Codes::Disposal, a.disposal);
        if (!a.handlingUnit.isEmpty())
            handling += QChar::LineSeparator + a.handlingUnit;
        if (a.deadline.isValid())
            handling += QChar::LineSeparator + QStringLiteral("时限 ") + d(a.deadline);
        QString result = a.result;
        if (a.resolvedOn.isValid())
            result = d(a.resolvedOn) + QStringLiteral(" 办结") + QChar::LineSeparator + result;
        QString reply;
        if (a.replyOn.isValid())
            reply = d(a.replyOn) + QStringLiteral(" ") + Codes::chinese(Codes::VisitMethod, a.replyMethod) +
                    QChar::LineSeparator + a.replyContent;
        QStringList notes;
        if (a.confidential)
            notes << QStringLiteral("【保密】");
        if (a.isGroup)
            notes << QStringLiteral("集体诉求%1人").arg(a.groupSize);
        if (a.urgency != QLatin1String("normal"))
            notes << Codes::chinese(Codes::Urgency, a.urgency);
        if (a.duplicateOf != 0) {
            const QString original = numbers.value(a.duplicateOf);
            notes << QStringLiteral("并案至") + (original.isEmpty()
                                                     ? appeals.find(a.duplicateOf).value_or(Appeal()).number
                                                     : original);
        }
        if (a.reopenCount > 0)
            notes << QStringLiteral("重办%1次").arg(a.reopenCount);
        if (!a.notes.isEmpty())
            notes << a.notes;
        // Name and phone share a line: both are short.
        const QString namePhone = a.personName + QLatin1Char(' ') + a.personPhone;
        QStringList person{namePhone.trimmed(), a.personAddress};
        person.removeAll(QString());
        rows << QStringList{a.number + QChar::LineSeparator + d(a.receivedOn),
                            Codes::chinese(Codes::Channel, a.channel) + QChar::LineSeparator + a.category,
                            person.join(QChar::LineSeparator),
                            a.content,
                            acceptance,
                            handling,
                            result,
                            reply,
                            notes.join(QChar::LineSeparator)};
    }
    ledgerTable(b, rows, {7.5, 6, 13, 19, 10, 10.5, 12.5, 14.5, 7});
}

void LedgerBook::suggestionLedger(DocumentBuilder &b, const Deputy &deputy, int year) const
{
    b.pageBreak();
    b.title(QStringLiteral("建议记录台账"), 16);
    b.bookmark(1);
    b.paragraph(QStringLiteral("代表：%1　　年度：%2").arg(deputy.name).arg(year), false);
    QList<QStringList> rows{
        {QStringLiteral("编号"), QStringLiteral("建议标题及内容"), QStringLiteral("领衔代表"),
         QStringLiteral("联名代表"), QStringLiteral("类别"), QStringLiteral("来源诉求"),
         QStringLiteral("提交日期"), QStringLiteral("主办单位"), QStringLiteral("协办单位"),
         QStringLiteral("联系人及电话"), QStringLiteral("答复时限"), QStringLiteral("答复日期及摘要"),
         QStringLiteral("办理结果"), QStringLiteral("代表满意度")}};
    AppealRepository appeals(m_db);
    SuggestionRepository suggestions(m_db);
    for (const Suggestion &s : suggestions.forDeputy(deputy.id, year)) {
        QStringList cosigners;
        for (qint64 id : s.cosignerIds)
            cosigners << deputyName(id);
        QStringList sources;
        for (qint64 id : s.sourceAppealIds)
            if (const auto a = appeals.find(id))
                sources << a->number;
        QStringList mainUnits;
        QStringList assistUnits;
        for (const HandlingUnit &u : s.units)
            (u.role == QLatin1String("main") ? mainUnits : assistUnits) << u.unit;
        QString reply;
        if (s.replyOn.isValid())
            reply = d(s.replyOn) + QChar::LineSeparator + s.replySummary;
        QString satisfaction =
            s.satisfaction.isEmpty() ? QString() : Codes::chinese(Codes::Satisfaction, s.satisfaction);
        if (s.round > 1)
            satisfaction += QChar::LineSeparator + QStringLiteral("第%1轮办理").arg(s.round);
        rows << QStringList{s.number,
                            s.title + QChar::LineSeparator + s.content,
                            deputyName(s.leadDeputyId),
                            cosigners.join(QStringLiteral("、")),
                            Codes::chinese(Codes::SuggestionKind, s.kind),
                            sources.join(QChar::LineSeparator),
                            d(s.submittedOn),
                            mainUnits.join(QStringLiteral("、")),
                            assistUnits.join(QStringLiteral("、")),
                            s.contactPerson + QChar::LineSeparator + s.contactPhone,
                            d(s.deadline),
                            reply,
                            s.grade.isEmpty() ? QString() : Codes::chinese(Codes::Grade, s.grade),
                            satisfaction};
    }
    ledgerTable(b, rows, {7.5, 15.5, 5, 6, 5.5, 7.5, 7.5, 6.5, 5.5, 7.5, 7.5, 9, 5, 4});
}

void LedgerBook::visitLedger(DocumentBuilder &b, const Deputy &deputy, int year) const
{
    b.pageBreak();
    b.title(QStringLiteral("民意诉求回访台账"), 16);
    b.bookmark(1);
    b.paragraph(QStringLiteral("代表：%1　　年度：%2").arg(deputy.name).arg(year), false);
    QList<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("回访日期"), QStringLiteral("回访事项"),
                             QStringLiteral("诉求或建议内容"), QStringLiteral("回访对象"),
                             QStringLiteral("回访方式"), QStringLiteral("回访人"), QStringLiteral("群众反馈"),
                             QStringLiteral("满意度"), QStringLiteral("是否需继续办理")}};
    AppealRepository appeals(m_db);
    SuggestionRepository suggestions(m_db);
    int i = 0;
    for (const FollowUpVisit &v : FollowUpVisitRepository(m_db).forDeputy(deputy.id, year)) {
        QString subject;
        QString content;
        if (v.appealId != 0) {
            if (const auto a = appeals.find(v.appealId)) {
                subject = QStringLiteral("诉求 ") + a->number +
                          (a->confidential ? QStringLiteral("【保密】") : QString());
                content = a->content;
            }
        } else if (const auto s = suggestions.find(v.suggestionId)) {
            subject = QStringLiteral("建议 ") + s->number;
            content = s->title;
        }
        QStringList visitors;
        if (v.visitorDeputyId != 0)
            visitors << deputyName(v.visitorDeputyId);
        if (!v.visitorClerk.isEmpty())
            visitors << v.visitorClerk;
        rows << QStringList{QString::number(++i),
                            d(v.visitedOn),
                            subject,
                            content,
                            v.visitedPerson,
                            Codes::chinese(Codes::VisitMethod, v.method),
                            visitors.join(QStringLiteral("、")),
                            v.feedback,
                            Codes::chinese(Codes::Satisfaction, v.satisfaction),
                            v.needsMore ? QStringLiteral("是") : QStringLiteral("否")};
    }
    ledgerTable(b, rows, {5, 8, 10, 22, 8, 6, 9, 18, 7, 7},
                {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                 Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter});
}

void LedgerBook::addParts(PrintedDocument &doc, const Deputy &deputy, int year) const
{
    // The cover, portrait.
    DocumentBuilder cover;
    cover.space(150);
    cover.title(QStringLiteral("人大代表履职台账"), 26);
    cover.bookmark(deputy.name + QStringLiteral("代表"), 0);
    cover.space(20);
    cover.subtitle(QStringLiteral("（%1年度）").arg(year));
    cover.space(120);
    QList<QStringList> rows{
        {QStringLiteral("代表姓名"), deputy.name},
        {QStringLiteral("代表层级"),
         levelText(deputy.level) +
             (deputy.term > 0 ? QStringLiteral("（第%1届）").arg(deputy.term) : QString())},
        {QStringLiteral("所在选区"), deputy.constituency},
        {QStringLiteral("工作单位及职务"), deputy.employer + QStringLiteral(" ") + deputy.post},
        {QStringLiteral("联络站"), m_stationName},
        {QStringLiteral("台账年度"), QStringLiteral("%1年").arg(year)},
    };
    QTextTable *t = cover.table(rows, {30, 70}, 0, 14);
    QTextTableFormat tf = t->format();
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 72));
    tf.setCellPadding(8);
    t->setFormat(tf);
    cover.space(60);
    cover.subtitle(QStringLiteral("内含：选区概况台账　诉求记录台账　建议记录台账　民意诉求回访台账"));
    const QString header = m_stationName + QStringLiteral("　") + deputy.name +
                           QStringLiteral("代表履职台账（") + QString::number(year) +
                           QStringLiteral("年度）");
    doc.addPart(cover.take(), QPageLayout::Portrait, header);

    // The four ledgers, landscape.
    DocumentBuilder ledgers(QPageLayout::Landscape);
    profileLedger(ledgers, deputy, year);
    appealLedger(ledgers, deputy, year);
    suggestionLedger(ledgers, deputy, year);
    visitLedger(ledgers, deputy, year);
    doc.addPart(ledgers.take(), QPageLayout::Landscape, header);
}

PrintedDocument LedgerBook::build(const Deputy &deputy, int year) const
{
    PrintedDocument doc;
    addParts(doc, deputy, year);
    return doc;
}

PrintedDocument LedgerBook::buildCombined(const QList<Deputy> &deputies, int year) const
{
    PrintedDocument books;
    QList<int> startPages;
    for (const Deputy &dep : deputies) {
        startPages << books.pageCount() + 1;
        addParts(books, dep, year);
    }
    // The contents page comes first: its own length shifts every start page.
    auto contents = [&](int offset) {
        DocumentBuilder b;
        b.title(QStringLiteral("%1 人大代表履职台账（%2年度）").arg(m_stationName).arg(year), 18);
        b.subtitle(QStringLiteral("目　录"));
        b.bookmark(QStringLiteral("目录"), 0);
        QList<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("代表姓名"),
                                 QStringLiteral("代表层级"), QStringLiteral("选区"),
                                 QStringLiteral("起始页")}};
        for (int i = 0; i < deputies.size(); ++i)
            rows << QStringList{QString::number(i + 1), deputies.at(i).name, levelText(deputies.at(i).level),
                                deputies.at(i).constituency, QString::number(startPages.at(i) + offset)};
        b.table(rows, {10, 20, 22, 34, 14}, 1, 11,
                {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter});
        return b.take();
    };
    PrintedDocument probe;
    probe.addPart(contents(1), QPageLayout::Portrait, {});
    const int contentsPages = probe.pageCount();
    PrintedDocument doc;
    doc.addPart(contents(contentsPages), QPageLayout::Portrait,
                m_stationName + QStringLiteral(" 人大代表履职台账（%1年度）").arg(year));
    doc.append(std::move(books));
    return doc;
}
