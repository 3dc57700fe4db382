#include "reports/StandardForms.h"

#include "common/Codes.h"
#include "ledgers/AppealRepository.h"
#include "ledgers/DeputyRepository.h"
#include "ledgers/FollowUpVisitRepository.h"
#include "ledgers/StationRepository.h"
#include "ledgers/SuggestionRepository.h"
#include "reports/DocumentBuilder.h"
#include "storage/Database.h"

#include <QTextDocument>
#include <QTextTable>

namespace {

constexpr qreal kFormPoint = 10;

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy年M月d日")) : QString();
}

// "☑满意 □基本满意 □不满意": every choice printed, the chosen one ticked.
QString choices(Codes::Kind kind, const QString &chosen)
{
    QStringList parts;
    for (const QString &code : Codes::codes(kind))
        parts << ((code == chosen ? QStringLiteral("☑") : QStringLiteral("□")) + Codes::chinese(kind, code));
    return parts.join(QStringLiteral("　"));
}

// Lines to write on by hand when a field is blank (or to give long fields room).
QString room(const QString &text, int lines)
{
    if (!text.isEmpty())
        return text;
    return QString(lines - 1, QChar::LineSeparator);
}

/// A four-column form (label, value, label, value) with section rows and full-width fields.
class FormTable
{
public:
    explicit FormTable(DocumentBuilder &builder)
        : m_builder(builder)
    {}

    void section(const QString &title) { m_rows.push_back({Section, {title}}); }
    void pair(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
    {
        m_rows.push_back({Pair, {l1, v1, l2, v2}});
    }
    void wide(const QString &label, const QString &value) { m_rows.push_back({Wide, {label, value}}); }

    void write()
    {
        QList<QStringList> empty;
        for (int i = 0; i < m_rows.size(); ++i)
            empty << QStringList();
        QTextTable *t = m_builder.table(empty, {17, 33, 17, 33}, 0, kFormPoint);
        // Tighter cells than in reports: a form fits on one sheet.
        QTextTableFormat tf = t->format();
        tf.setCellPadding(1.6);
        t->setFormat(tf);
        const QTextCharFormat label = DocumentBuilder::sansFormat(kFormPoint, true);
        const QTextCharFormat value = DocumentBuilder::serifFormat(kFormPoint);
        QTextTableCellFormat shaded;
        shaded.setBackground(QColor(0xe8, 0xe8, 0xe8));
        QTextTableCellFormat labelCell;
        labelCell.setBackground(QColor(0xf5, 0xf5, 0xf5));
        QTextTableCellFormat valueCell;
        for (int r = 0; r < m_rows.size(); ++r) {
            const Row &row = m_rows.at(r);
            switch (row.kind) {
            case Section:
                t->mergeCells(r, 0, 1, 4);
                t->cellAt(r, 0).setFormat(shaded);
                DocumentBuilder::setCell(t, r, 0, row.texts.at(0), DocumentBuilder::sansFormat(11, true),
                                         Qt::AlignLeft);
                break;
            case Pair:
                for (int c = 0; c < 4; ++c) {
                    t->cellAt(r, c).setFormat(c % 2 == 0 ? labelCell : valueCell);
                    DocumentBuilder::setCell(t, r, c, row.texts.at(c), c % 2 == 0 ? label : value,
                                             c % 2 == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
                }
                break;
            case Wide:
                t->mergeCells(r, 1, 1, 3);
                t->cellAt(r, 0).setFormat(labelCell);
                DocumentBuilder::setCell(t, r, 0, row.texts.at(0), label, Qt::AlignHCenter);
                DocumentBuilder::setCell(t, r, 1, row.texts.at(1), value, Qt::AlignLeft);
                break;
            }
        }
    }

private:
    enum Kind { Section, Pair, Wide };
    struct Row
    {
        Kind kind;
        QStringList texts;
    };
    DocumentBuilder &m_builder;
    QList<Row> m_rows;
};

// The line under the title: station and number, with a red 【保密】 for a confidential appeal.
void numberLine(DocumentBuilder &b, const QString &text, bool confidential)
{
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignRight);
    f.setBottomMargin(4);
    const QTextCharFormat plain = DocumentBuilder::serifFormat(kFormPoint);
    b.cursor().insertBlock(f, plain);
    if (confidential) {
        QTextCharFormat c = DocumentBuilder::sansFormat(14, true);
        c.setForeground(QColor(0xb0, 0x10, 0x10));
        b.cursor().insertText(QStringLiteral("【保密】"), c);
    }
    b.cursor().insertText(text, plain);
}

} // namespace

StandardForms::StandardForms(Database &db)
    : m_db(db)
{}

QString StandardForms::deputyName(qint64 id) const
{
    if (id == 0)
        return {};
    const auto d = DeputyRepository(m_db).find(id);
    return d ? d->name + QStringLiteral("（") + Codes::chinese(Codes::DeputyLevel, d->level) +
                   QStringLiteral("人大代表）")
             : QString();
}

QString StandardForms::stationName() const
{
    const auto s = StationRepository(m_db).local();
    return s ? s->name : QString();
}

PrintedDocument StandardForms::appealForm(const Appeal *appeal) const
{
    const Appeal a = appeal ? *appeal : Appeal();
    const bool blank = appeal == nullptr;
    DocumentBuilder b;
    b.title(QStringLiteral("人大代表接待选民记录表"), 18);
    numberLine(b,
               QStringLiteral("　联络站：") + (blank ? QStringLiteral("＿＿＿＿＿＿＿＿") : stationName()) +
                   QStringLiteral("　　编号：") + (blank ? QStringLiteral("＿＿＿＿＿＿") : a.number),
               a.confidential);

    QStringList progress;
    QString visits;
    if (!blank) {
        for (const AppealEvent &e : AppealRepository(m_db).events(a.id))
            if (e.kind == QLatin1String("push") || e.kind == QLatin1String("assigned"))
                progress << dateText(e.happenedOn) + QStringLiteral("　") +
                                (e.kind == QLatin1String("push") ? QStringLiteral("督办：")
                                                                 : QStringLiteral("交办：")) +
                                e.note;
        QStringList v;
        for (const FollowUpVisit &fv : FollowUpVisitRepository(m_db).forAppeal(a.id))
            v << dateText(fv.visitedOn) + QStringLiteral("　") +
                     Codes::chinese(Codes::VisitMethod, fv.method) + QStringLiteral("回访　") +
                     Codes::chinese(Codes::Satisfaction, fv.satisfaction) +
                     (fv.feedback.isEmpty() ? QString() : QStringLiteral("：") + fv.feedback);
        visits = v.join(QChar::LineSeparator);
    }
    QString lastSatisfaction;
    if (!blank) {
        const auto all = FollowUpVisitRepository(m_db).forAppeal(a.id);
        if (!all.isEmpty())
            lastSatisfaction = all.last().satisfaction;
    }
    QString duplicateOf;
    if (a.duplicateOf != 0)
        if (const auto original = AppealRepository(m_db).find(a.duplicateOf))
            duplicateOf = original->number;

    const QString yesNo = QStringLiteral("□是　□否");
    FormTable t(b);
    t.section(QStringLiteral("一、接待登记"));
    t.pair(QStringLiteral("接待日期"), blank ? QStringLiteral("　　年　　月　　日") : dateText(a.receivedOn),
           QStringLiteral("接待方式"), blank ? QString() : Codes::chinese(Codes::Channel, a.channel));
    t.pair(QStringLiteral("接待代表"), deputyName(a.deputyId), QStringLiteral("诉求类别"), a.category);
    t.pair(QStringLiteral("反映人"), a.personName, QStringLiteral("联系电话"), a.personPhone);
    t.wide(QStringLiteral("住址"), a.personAddress);
    t.pair(QStringLiteral("集体诉求"),
           blank ? QStringLiteral("□是（　　人）□否")
                 : (a.isGroup ? QStringLiteral("是（%1人）").arg(a.groupSize) : QStringLiteral("否")),
           QStringLiteral("紧急程度"),
           blank ? choices(Codes::Urgency, {}) : Codes::chinese(Codes::Urgency, a.urgency));
    t.pair(QStringLiteral("是否保密"),
           blank ? yesNo : (a.confidential ? QStringLiteral("是（保密）") : QStringLiteral("否")),
           QStringLiteral("并案"), duplicateOf.isEmpty() ? QString() : QStringLiteral("并入 ") + duplicateOf);
    t.wide(QStringLiteral("反映内容\n（原话原意）"), room(a.content, 3));
    t.section(QStringLiteral("二、受理办理"));
    QString acceptance;
    if (blank)
        acceptance = QStringLiteral("□受理　□不予受理");
    else if (a.acceptedOn.isValid())
        acceptance = QStringLiteral("受理（") + dateText(a.acceptedOn) + QStringLiteral("）");
    else if (a.status == QLatin1String("redirected"))
        acceptance = QStringLiteral("不予受理");
    else
        acceptance = QStringLiteral("待受理");
    t.pair(QStringLiteral("受理情况"), acceptance, QStringLiteral("当前状态"),
           blank ? QString() : Codes::chinese(Codes::AppealStatus, a.status));
    t.wide(QStringLiteral("不予受理原因\n及转交去向"),
           room(a.redirectReason.isEmpty() && a.redirectTo.isEmpty()
                    ? QString()
                    : a.redirectReason + QStringLiteral("　转交：") + a.redirectTo,
                2));
    t.pair(QStringLiteral("办理方式"), blank ? QString() : Codes::chinese(Codes::Disposal, a.disposal),
           QStringLiteral("承办单位"), a.handlingUnit);
    t.pair(QStringLiteral("办理时限"), dateText(a.deadline), QStringLiteral("办结日期"),
           dateText(a.resolvedOn));
    t.wide(QStringLiteral("办理进度\n（督办记录）"), room(progress.join(QChar::LineSeparator), 2));
    t.wide(QStringLiteral("办理结果"), room(a.result, 2));
    t.section(QStringLiteral("三、答复回访"));
    t.pair(QStringLiteral("答复日期"), blank ? QStringLiteral("　　年　　月　　日") : dateText(a.replyOn),
           QStringLiteral("答复方式"), blank ? QString() : Codes::chinese(Codes::VisitMethod, a.replyMethod));
    t.wide(QStringLiteral("答复内容"), room(a.replyContent, 2));
    t.wide(QStringLiteral("回访情况"), room(visits, 2));
    t.wide(QStringLiteral("群众满意度"), choices(Codes::Satisfaction, lastSatisfaction));
    t.pair(QStringLiteral("接待代表签字"), QString(), QStringLiteral("工作人员签字"), QString());
    t.write();

    PrintedDocument doc;
    doc.addPart(b.take(), QPageLayout::Portrait,
                a.confidential ? QStringLiteral("保密　人大代表接待选民记录表　") + a.number
                               : QStringLiteral("人大代表接待选民记录表 ") + a.number);
    return doc;
}

PrintedDocument StandardForms::suggestionForm(const Suggestion *suggestion) const
{
    const Suggestion s = suggestion ? *suggestion : Suggestion();
    const bool blank = suggestion == nullptr;
    DocumentBuilder b;
    b.title(QStringLiteral("人大代表建议办理情况征询意见表"), 18);
    numberLine(b,
               QStringLiteral("联络站：") + (blank ? QStringLiteral("＿＿＿＿＿＿＿＿") : stationName()) +
                   QStringLiteral("　　建议编号：") + (blank ? QStringLiteral("＿＿＿＿＿＿") : s.number),
               false);
    QStringList cosigners;
    for (qint64 id : s.cosignerIds)
        if (const auto d = DeputyRepository(m_db).find(id))
            cosigners << d->name;
    QStringList mainUnits;
    QStringList assistUnits;
    for (const HandlingUnit &u : s.units)
        (u.role == QLatin1String("main") ? mainUnits : assistUnits) << u.unit;
    QStringList sources;
    for (qint64 id : s.sourceAppealIds)
        if (const auto a = AppealRepository(m_db).find(id))
            sources << a->number;

    FormTable t(b);
    t.section(QStringLiteral("一、建议基本情况"));
    t.wide(QStringLiteral("建议标题"), room(s.title, 2));
    t.pair(QStringLiteral("领衔代表"), deputyName(s.leadDeputyId), QStringLiteral("联名代表"),
           cosigners.join(QStringLiteral("、")));
    t.pair(QStringLiteral("建议类别"),
           blank ? choices(Codes::SuggestionKind, {}) : Codes::chinese(Codes::SuggestionKind, s.kind),
           QStringLiteral("提交日期"),
           blank ? QStringLiteral("　　年　　月　　日") : dateText(s.submittedOn));
    t.wide(QStringLiteral("来源诉求"), sources.join(QStringLiteral("、")));
    t.wide(QStringLiteral("建议内容"), room(s.content, 4));
    t.section(QStringLiteral("二、办理答复情况"));
    t.pair(QStringLiteral("主办单位"), mainUnits.join(QStringLiteral("、")), QStringLiteral("协办单位"),
           assistUnits.join(QStringLiteral("、")));
    t.pair(QStringLiteral("联系人"), s.contactPerson, QStringLiteral("联系电话"), s.contactPhone);
    t.pair(QStringLiteral("答复时限"), dateText(s.deadline), QStringLiteral("答复日期"),
           blank ? QStringLiteral("　　年　　月　　日") : dateText(s.replyOn));
    t.wide(QStringLiteral("答复摘要"), room(s.replySummary, 3));
    t.wide(QStringLiteral("办理结果"), choices(Codes::Grade, s.grade));
    t.pair(QStringLiteral("办理轮次"), blank ? QString() : QStringLiteral("第%1轮").arg(s.round),
           QStringLiteral("当前状态"), blank ? QString() : Codes::chinese(Codes::SuggestionStatus, s.status));
    t.section(QStringLiteral("三、代表意见"));
    t.wide(QStringLiteral("对办理工作\n的评价"),
           choices(Codes::Satisfaction, s.satisfaction) +
               QStringLiteral("（不满意的，承办单位应重新办理并再次答复）"));
    t.wide(QStringLiteral("具体意见"), room(QString(), 4));
    t.pair(QStringLiteral("代表签字"), QString(), QStringLiteral("日期"),
           blank || !s.satisfactionOn.isValid() ? QStringLiteral("　　年　　月　　日")
                                                : dateText(s.satisfactionOn));
    t.write();

    PrintedDocument doc;
    doc.addPart(b.take(), QPageLayout::Portrait,
                QStringLiteral("人大代表建议办理情况征询意见表 ") + s.number);
    return doc;
}
