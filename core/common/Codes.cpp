#include "common/Codes.h"

#include <QtGlobal>

namespace {

struct CodeInfo
{
    const char *code;
    const char *english;
    const char *chinese;
};

// English labels are the translation source (context "Codes"); Chinese labels are the fixed words
// clerks use on paper and in the district's spreadsheets.
const CodeInfo kGender[] = {
    {"male", QT_TRANSLATE_NOOP("Codes", "Male"), "男"},
    {"female", QT_TRANSLATE_NOOP("Codes", "Female"), "女"},
};
const CodeInfo kDeputyLevel[] = {
    {"national", QT_TRANSLATE_NOOP("Codes", "National"), "全国"},
    {"provincial", QT_TRANSLATE_NOOP("Codes", "Provincial"), "省"},
    {"municipal", QT_TRANSLATE_NOOP("Codes", "Municipal"), "市"},
    {"district", QT_TRANSLATE_NOOP("Codes", "District"), "区"},
};
const CodeInfo kChannel[] = {
    {"onsite", QT_TRANSLATE_NOOP("Codes", "On-site reception"), "站点接待"},
    {"online", QT_TRANSLATE_NOOP("Codes", "Online reception"), "网上接待"},
    {"visit", QT_TRANSLATE_NOOP("Codes", "Home visit"), "走访"},
    {"phone", QT_TRANSLATE_NOOP("Codes", "Phone"), "电话"},
    {"letter", QT_TRANSLATE_NOOP("Codes", "Letter"), "来信"},
    {"voter_contact", QT_TRANSLATE_NOOP("Codes", "Voter contact activity"), "联系选民活动"},
};
const CodeInfo kUrgency[] = {
    {"normal", QT_TRANSLATE_NOOP("Codes", "Normal"), "一般"},
    {"urgent", QT_TRANSLATE_NOOP("Codes", "Urgent"), "紧急"},
    {"critical", QT_TRANSLATE_NOOP("Codes", "Very urgent"), "特急"},
};
const CodeInfo kAppealStatus[] = {
    {"registered", QT_TRANSLATE_NOOP("Codes", "Registered"), "已登记"},
    {"accepted", QT_TRANSLATE_NOOP("Codes", "Accepted"), "已受理"},
    {"redirected", QT_TRANSLATE_NOOP("Codes", "Redirected"), "不予受理并转交"},
    {"in_progress", QT_TRANSLATE_NOOP("Codes", "In progress"), "办理中"},
    {"resolved", QT_TRANSLATE_NOOP("Codes", "Resolved"), "已办结"},
    {"answered", QT_TRANSLATE_NOOP("Codes", "Answered"), "已答复"},
    {"closed", QT_TRANSLATE_NOOP("Codes", "Closed"), "已回访结案"},
    {"merged", QT_TRANSLATE_NOOP("Codes", "Merged as duplicate"), "已并案"},
};
const CodeInfo kDisposal[] = {
    {"on_spot", QT_TRANSLATE_NOOP("Codes", "Handled on the spot"), "当场办理"},
    {"community", QT_TRANSLATE_NOOP("Codes", "To the residents' committee"), "转社区居委会"},
    {"street_committee", QT_TRANSLATE_NOOP("Codes", "To the street congress committee"), "转街道人大工委"},
    {"department", QT_TRANSLATE_NOOP("Codes", "To the competent department"), "转有关部门"},
    {"suggestion", QT_TRANSLATE_NOOP("Codes", "Became a deputy's suggestion"), "转为代表建议"},
    {"higher_deputy", QT_TRANSLATE_NOOP("Codes", "To a higher-level deputy"), "交上级代表"},
};
const CodeInfo kSuggestionKind[] = {
    {"interim", QT_TRANSLATE_NOOP("Codes", "Between sessions"), "闭会期间建议"},
    {"session", QT_TRANSLATE_NOOP("Codes", "Session suggestion"), "大会建议"},
};
const CodeInfo kSuggestionStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("Codes", "Draft"), "草拟"},
    {"submitted", QT_TRANSLATE_NOOP("Codes", "Submitted"), "已提交办理"},
    {"replied", QT_TRANSLATE_NOOP("Codes", "Replied"), "已答复"},
    {"closed", QT_TRANSLATE_NOOP("Codes", "Closed"), "已办结"},
    {"dissatisfied", QT_TRANSLATE_NOOP("Codes", "Dissatisfied, awaiting re-handling"), "不满意待重办"},
};
const CodeInfo kGrade[] = {
    {"A", QT_TRANSLATE_NOOP("Codes", "A: solved or basically solved"), "A 已解决或基本解决"},
    {"B", QT_TRANSLATE_NOOP("Codes", "B: being solved"), "B 正在解决"},
    {"C", QT_TRANSLATE_NOOP("Codes", "C: planned, to be solved step by step"), "C 列入计划逐步解决"},
    {"D", QT_TRANSLATE_NOOP("Codes", "D: kept for reference"), "D 因条件限制留作参考"},
};
const CodeInfo kSatisfaction[] = {
    {"satisfied", QT_TRANSLATE_NOOP("Codes", "Satisfied"), "满意"},
    {"basic", QT_TRANSLATE_NOOP("Codes", "Basically satisfied"), "基本满意"},
    {"unsatisfied", QT_TRANSLATE_NOOP("Codes", "Dissatisfied"), "不满意"},
};
const CodeInfo kVisitMethod[] = {
    {"home", QT_TRANSLATE_NOOP("Codes", "Home visit"), "上门"},
    {"phone", QT_TRANSLATE_NOOP("Codes", "Phone"), "电话"},
    {"wechat", QT_TRANSLATE_NOOP("Codes", "WeChat"), "微信"},
    {"station", QT_TRANSLATE_NOOP("Codes", "At the station"), "站点"},
};
const CodeInfo kActivityType[] = {
    {"visit_station", QT_TRANSLATE_NOOP("Codes", "Visit to the station"), "进站"},
    {"visit_enterprise", QT_TRANSLATE_NOOP("Codes", "Visit to enterprises"), "进企业"},
    {"visit_constituency", QT_TRANSLATE_NOOP("Codes", "Visit to the constituency"), "进选区"},
    {"joint_group", QT_TRANSLATE_NOOP("Codes", "Joint-group activity"), "联组活动"},
    {"research", QT_TRANSLATE_NOOP("Codes", "Research"), "调研"},
    {"inspection", QT_TRANSLATE_NOOP("Codes", "Inspection"), "视察"},
    {"briefing", QT_TRANSLATE_NOOP("Codes", "Briefing"), "宣讲"},
    {"condolence", QT_TRANSLATE_NOOP("Codes", "Visiting families in difficulty"), "走访慰问"},
    {"hearing_report", QT_TRANSLATE_NOOP("Codes", "Hearing an office's report"), "听取报告"},
    {"plenary", QT_TRANSLATE_NOOP("Codes", "Plenary activity"), "集中活动"},
    {"group", QT_TRANSLATE_NOOP("Codes", "Group activity"), "分组活动"},
    {"training", QT_TRANSLATE_NOOP("Codes", "Training"), "培训"},
};
const CodeInfo kUnitRole[] = {
    {"main", QT_TRANSLATE_NOOP("Codes", "Main handling unit"), "主办"},
    {"assist", QT_TRANSLATE_NOOP("Codes", "Assisting unit"), "协办"},
};

struct Table
{
    const CodeInfo *begin;
    const CodeInfo *end;
};

template <size_t N>
Table tableOf(const CodeInfo (&a)[N])
{
    return {a, a + N};
}

Table table(Codes::Kind kind)
{
    switch (kind) {
    case Codes::Gender: return tableOf(kGender);
    case Codes::DeputyLevel: return tableOf(kDeputyLevel);
    case Codes::Channel: return tableOf(kChannel);
    case Codes::Urgency: return tableOf(kUrgency);
    case Codes::AppealStatus: return tableOf(kAppealStatus);
    case Codes::Disposal: return tableOf(kDisposal);
    case Codes::SuggestionKind: return tableOf(kSuggestionKind);
    case Codes::SuggestionStatus: return tableOf(kSuggestionStatus);
    case Codes::Grade: return tableOf(kGrade);
    case Codes::Satisfaction: return tableOf(kSatisfaction);
    case Codes::VisitMethod: return tableOf(kVisitMethod);
    case Codes::ActivityType: return tableOf(kActivityType);
    case Codes::UnitRole: return tableOf(kUnitRole);
    }
    return {nullptr, nullptr};
}

const CodeInfo *find(Codes::Kind kind, const QString &code)
{
    const Table t = table(kind);
    for (const CodeInfo *c = t.begin; c != t.end; ++c) {
        if (code == QLatin1String(c->code))
            return c;
    }
    return nullptr;
}

} // namespace

QStringList Codes::codes(Kind kind)
{
    QStringList result;
    const Table t = table(kind);
    for (const CodeInfo *c = t.begin; c != t.end; ++c)
        result << QLatin1String(c->code);
    return result;
}

bool Codes::isValid(Kind kind, const QString &code)
{
    return find(kind, code) != nullptr;
}

QString Codes::label(Kind kind, const QString &code)
{
    const CodeInfo *c = find(kind, code);
    return c ? tr(c->english) : code;
}

QString Codes::chinese(Kind kind, const QString &code)
{
    const CodeInfo *c = find(kind, code);
    return c ? QString::fromUtf8(c->chinese) : code;
}

QString Codes::fromText(Kind kind, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const Table table_ = table(kind);
    for (const CodeInfo *c = table_.begin; c != table_.end; ++c) {
        const QString chineseLabel = QString::fromUtf8(c->chinese);
        if (t == QLatin1String(c->code) || t.compare(QLatin1String(c->english), Qt::CaseInsensitive) == 0
            || t == chineseLabel || t == tr(c->english))
            return QLatin1String(c->code);
        // Grades are often written as the bare letter plus words ("A 已解决") or just the words.
        if (kind == Grade && (t.startsWith(QLatin1String(c->code)) || chineseLabel.endsWith(t)))
            return QLatin1String(c->code);
    }
    return {};
}
