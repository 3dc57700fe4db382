#include "demo/DemoGenerator.h"

#include "common/Ids.h"
#include "ledgers/StationRepository.h"
#include "safety/AuditBulkScope.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVector>

#include <algorithm>
#include <random>

namespace {

// Word lists: Chinese data, not UI text.
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                                 "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
const char *const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
                              "明", "超", "秀英", "华", "慧", "建国", "红梅", "志强", "海燕", "国庆", "桂兰", "晓东",
                              "文博", "子涵", "雨轩", "思远", "嘉怡", "德明", "玉珍", "春生", "凤英"};
const char *const kCommunities[] = {"积玉桥", "中山路", "得胜桥", "粮道街", "大成路", "昙华林", "首义路", "解放路",
                                    "临江", "中华路"};
const char *const kSectors[] = {"企业", "医护", "社区", "教育", "机关", "个体工商户", "律师"};
const char *const kEmployers[] = {"华中音乐谷运营公司", "区中心医院", "积玉桥社区居委会", "区第一中学", "街道办事处",
                                  "中国邮政区分公司", "楚王府餐饮店", "江城律师事务所", "区妇幼保健院", "粮道街小学"};
const char *const kPosts[] = {"总经理", "主任", "护士长", "校长", "书记", "副主任", "经理", "教师", "医生", "店长"};
const char *const kEnterprises[] = {"华中音乐谷文化发展有限公司", "江城烧麦老字号", "大成路汉味美食城", "楚韵文化传媒公司",
                                    "积玉桥物业服务公司", "长江边小游园管理处", "新华书店中华路店", "汉味热干面连锁店",
                                    "江城印务有限公司", "首义建筑装饰公司", "昙华林文创园", "临江大药房",
                                    "中山路百货商场", "得胜桥农贸市场", "粮道街电动车维修部", "江滩便民超市"};
const char *const kUnits[] = {"区城管执法局", "区住房和城市更新局", "区交通大队", "区园林局", "区水务局", "街道城管中队",
                              "区教育局", "区卫健局", "积玉桥派出所", "街道综合执法中心", "区市场监管局",
                              "区文旅局", "社区居委会", "区民政局"};

struct AppealKind
{
    const char *category;
    const char *title;
    const char *content;
};
// The kinds of the seed report, in the constituents' own words.
const AppealKind kKinds[] = {
    {"城市建设", "电动车充电难", "小区里电动车充电难，没有集中充电桩，居民只能飞线充电，存在安全隐患，希望增设充电设施。"},
    {"交通出行", "下桥路面积水", "下桥路段一下雨就积水，通行难，行人和车辆都过不去，希望疏通排水管道。"},
    {"城市建设", "道路破损", "小区门口道路破损严重，坑洼不平，老人出行容易摔跤，希望尽快修补。"},
    {"民生保障", "健身器材少", "江边健身器材少，很多已经损坏，附近居民锻炼没有地方，希望增设健身设施。"},
    {"民生保障", "活动场所小", "社区老年人活动场所太小，下棋跳舞都挤不下，希望协调更大的活动空间。"},
    {"环境卫生", "绿化占比低", "老城区绿化占比低，夏天太晒，希望多种些树、增加口袋公园。"},
    {"社会治安", "噪音扰民", "江边小游园晚上有人按摩、高音喇叭唱歌，噪音扰民，影响休息，希望加强管理。"},
    {"城市建设", "老旧小区改造", "我们是老旧小区，楼道灯坏、外墙脱落、管网老化，希望纳入老旧小区改造计划。"},
    {"社会治安", "出租屋治安", "楼下出租屋人员复杂，晚上进出频繁，担心治安问题，希望派出所排查。"},
    {"教育医疗", "校园周边整治", "学校周边有流动摊贩和不良场所，影响学生安全，希望开展校园周边整治。"},
    {"企业发展", "小微企业经营困难", "疫情后小店经营困难，房租压力大，希望了解减免政策和帮扶措施。"},
    {"疫情防控", "核酸检测点设置", "核酸检测点离小区太远，排队时间长，老人不方便，希望就近增设检测点。"},
    {"环境卫生", "垃圾清运不及时", "小区垃圾站清运不及时，气味很大，夏天蚊蝇多，希望增加清运频次。"},
    {"交通出行", "停车难", "小区周边停车位紧张，乱停车堵塞消防通道，希望规划停车位。"},
    {"民生保障", "加装电梯", "老楼没有电梯，高层老人上下楼困难，希望支持加装电梯。"},
    {"教育医疗", "社区卫生服务", "社区卫生服务站医生少、药品不全，希望加强基层医疗服务。"},
    {"其他", "文化广场建设", "希望在文化遗址附近建设文化广场，丰富周边居民的业余生活。"},
};

const char *const kPushNotes[] = {"电话督办承办单位，答复正在组织施工", "代表到现场查看进度", "发函督办，要求限期办结",
                                  "联系承办单位负责人，了解办理难点", "召集相关部门现场协调"};
const char *const kResults[] = {"已完成整改，现场复核合格", "承办单位已安排专项资金解决", "已协调相关部门联合整治",
                                "已纳入年度计划并完成第一阶段", "经现场协调问题已解决"};
const char *const kFeedback[] = {"问题解决了，很满意", "基本解决，还希望后续维护好", "办理速度快，感谢代表",
                                 "问题还没有根本解决，不满意", "态度很好，效果一般"};

struct DeputyRow
{
    qint64 id;
    QString level;
    QDate start;
    QDate end;
};

class Builder
{
public:
    Builder(Database &db, const DemoOptions &o)
        : m_db(db)
        , m_o(o)
        , m_rng(o.seed)
    {
    }

    Status run(DemoSummary &summary);

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    template <size_t N>
    QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[uniform(0, int(N) - 1)]);
    }
    QString personName()
    {
        return pick(kSurnames) + pick(kGiven);
    }
    QString mobile()
    {
        static const char *const prefixes[] = {"138", "139", "135", "136", "150", "151", "158", "186", "187", "177", "199"};
        return QString::fromLatin1(prefixes[uniform(0, 10)])
            + QStringLiteral("%1").arg(uniform(0, 99999999), 8, 10, QLatin1Char('0'));
    }
    QString address()
    {
        return pick(kCommunities) + QStringLiteral("社区%1栋%2单元%3号").arg(uniform(1, 30)).arg(uniform(1, 6)).arg(uniform(101, 1802));
    }
    QDate dayOfYear()
    {
        return m_first.addDays(uniform(0, int(m_first.daysTo(m_last))));
    }
    /// `from` plus a random number of days in [lo, hi]; invalid when that is after "today".
    QDate later(const QDate &from, int lo, int hi)
    {
        const QDate d = from.addDays(uniform(lo, hi));
        return d <= m_o.today ? d : QDate();
    }
    qint64 deputyInOffice(const QDate &on, const QString &level = QString())
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const DeputyRow &d = m_deputies.at(uniform(0, int(m_deputies.size()) - 1));
            if ((level.isEmpty() || d.level == level) && (!d.start.isValid() || d.start <= on)
                && (!d.end.isValid() || d.end >= on))
                return d.id;
        }
        return 0;
    }
    /// `id` if that deputy is in office on `on`, else 0 (the clerk acts alone).
    qint64 ifInOffice(qint64 id, const QDate &on) const
    {
        for (const DeputyRow &d : m_deputies) {
            if (d.id == id)
                return ((!d.start.isValid() || d.start <= on) && (!d.end.isValid() || d.end >= on)) ? id : 0;
        }
        return 0;
    }
    Status exec(QSqlQuery &q, const QVariantList &values) { return m_db.exec(q, values); }
    Status event(qint64 appealId, const QDate &on, const char *kind, const QString &note);

    Status makeDeputies(DemoSummary &summary);
    Status makeLinksAndProfiles(DemoSummary &summary);
    Status makeActivities(DemoSummary &summary);
    Status makeAppeals(DemoSummary &summary);
    Status makeSuggestions(DemoSummary &summary);

    Database &m_db;
    DemoOptions m_o;
    std::mt19937 m_rng;
    QDate m_first;
    QDate m_last;
    QString m_now;
    qint64 m_stationId = 0;
    QVector<DeputyRow> m_deputies;
    QVector<qint64> m_activityIds;
    QSqlQuery m_eventQuery;
    int m_events = 0;
    // Accepted appeals routed to become suggestions: (id, deputy, accepted on, category index).
    struct SuggestionSource
    {
        qint64 appealId;
        qint64 deputyId;
        QDate acceptedOn;
        int kind;
    };
    QVector<SuggestionSource> m_suggestionSources;
};

Status Builder::event(qint64 appealId, const QDate &on, const char *kind, const QString &note)
{
    ++m_events;
    return exec(m_eventQuery, {Ids::newUuid(), appealId, Ids::dateText(on), QString::fromLatin1(kind), note,
                               QStringLiteral("演示数据"), m_now});
}

Status Builder::run(DemoSummary &summary)
{
    m_first = QDate(m_o.year, 1, 1);
    m_last = std::min(QDate(m_o.year, 12, 31), m_o.today);
    m_now = Ids::nowStamp();
    if (auto station = StationRepository(m_db).local()) {
        m_stationId = station->id;
    } else {
        Station s;
        s.name = QStringLiteral("示范代表联络站");
        s.street = QStringLiteral("积玉桥街道");
        s.address = QStringLiteral("积玉桥街道中山路1号");
        if (Status st = StationRepository(m_db).insert(s); !st)
            return st;
        m_stationId = s.id;
    }
    m_eventQuery = m_db.prepare(QStringLiteral("INSERT INTO appeal_events(uuid, appeal_id, happened_on, kind, note, actor,"
                                               " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (auto step : {&Builder::makeDeputies, &Builder::makeLinksAndProfiles, &Builder::makeActivities,
                      &Builder::makeAppeals, &Builder::makeSuggestions}) {
        if (Status s = (this->*step)(summary); !s)
            return s;
    }
    summary.events = m_events;
    return Status::ok();
}

Status Builder::makeDeputies(DemoSummary &summary)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO deputies(uuid, station_id, name, gender, level, term, constituency, employer, post, sector, phone,"
        " term_start, term_end, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < m_o.deputies; ++i) {
        // A street has one national or provincial deputy at most, a few municipal, mostly district deputies.
        QString level = QStringLiteral("district");
        if (i == 0 && m_o.deputies >= 20)
            level = QStringLiteral("national");
        else if (i < 3 && m_o.deputies >= 10)
            level = QStringLiteral("provincial");
        else if (i % 5 == 1 || i == 1)
            level = QStringLiteral("municipal");
        const int term = level == QLatin1String("district") ? 17 : level == QLatin1String("municipal") ? 15 : 13;
        const QDate start(m_o.year - 1 - (i % 3), 1, 10);
        // Every tenth deputy left mid-year (a former deputy keeps their records).
        const QDate end = (i % 10 == 9) ? QDate(m_o.year, 6, 30) : QDate();
        const QString community = pick(kCommunities);
        if (Status s = exec(q, {Ids::newUuid(), m_stationId, personName(),
                                chance(0.45) ? QStringLiteral("female") : QStringLiteral("male"), level, term,
                                QStringLiteral("第%1选区（%2社区）").arg(i % 12 + 1).arg(community), pick(kEmployers),
                                pick(kPosts), pick(kSectors), mobile(), Ids::dateText(start), Ids::dateValue(end),
                                QString(), m_now, m_now});
            !s)
            return s;
        m_deputies.push_back({q.lastInsertId().toLongLong(), level, start, end});
    }
    summary.deputies = int(m_deputies.size());
    return Status::ok();
}

Status Builder::makeLinksAndProfiles(DemoSummary &summary)
{
    QSqlQuery link = m_db.prepare(QStringLiteral(
        "INSERT INTO enterprise_links(uuid, deputy_id, enterprise, contact_person, phone, address, since, notes,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery visit = m_db.prepare(QStringLiteral(
        "INSERT INTO enterprise_visits(uuid, link_id, visited_on, summary, problems, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery profile = m_db.prepare(QStringLiteral(
        "INSERT INTO constituency_profiles(uuid, deputy_id, year, constituency, scope, households, population, voters,"
        " communities, enterprises, facilities, key_problems, updated_on, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery voter = m_db.prepare(QStringLiteral(
        "INSERT INTO contact_voters(uuid, profile_id, name, phone, address, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DeputyRow &d : std::as_const(m_deputies)) {
        for (int k = 0; k < 2; ++k) {  // 一包二: two enterprises per deputy
            if (Status s = exec(link, {Ids::newUuid(), d.id, pick(kEnterprises), personName(), mobile(), address(),
                                       Ids::dateText(QDate(m_o.year - 1, 3, 1)), QString(), m_now, m_now});
                !s)
                return s;
            const qint64 linkId = link.lastInsertId().toLongLong();
            ++summary.enterpriseLinks;
            const int visits = uniform(1, 4);
            for (int v = 0; v < visits; ++v) {
                const QDate on = dayOfYear();
                if (d.end.isValid() && on > d.end)
                    continue;
                if (Status s = exec(visit, {Ids::newUuid(), linkId, Ids::dateText(on),
                                            QStringLiteral("走访企业，了解生产经营情况和用工需求"),
                                            chance(0.5) ? QStringLiteral("融资难、招工难") : QString(), m_now, m_now});
                    !s)
                    return s;
            }
        }
        const QString community = pick(kCommunities);
        const int households = uniform(1500, 6000);
        if (Status s = exec(profile, {Ids::newUuid(), d.id, m_o.year, QStringLiteral("%1社区选区").arg(community),
                                      QStringLiteral("%1社区、%2社区及辖区居民小区").arg(community, pick(kCommunities)),
                                      households, households * 3 - uniform(0, 500), households * 2 + uniform(0, 300),
                                      QStringLiteral("%1社区、%2社区").arg(community, pick(kCommunities)),
                                      QString(pick(kEnterprises) + QStringLiteral("、") + pick(kEnterprises)),
                                      QStringLiteral("社区党群服务中心、文化广场、江边小游园、社区卫生服务站"),
                                      QString(QString::fromUtf8(kKinds[uniform(0, 16)].title) + QStringLiteral("、")
                                              + QString::fromUtf8(kKinds[uniform(0, 16)].title)),
                                      Ids::dateText(QDate(m_o.year, 1, 15)), QString(), m_now, m_now});
            !s)
            return s;
        const qint64 profileId = profile.lastInsertId().toLongLong();
        ++summary.profiles;
        const int voters = uniform(10, 12);  // at least ten fixed-contact voters
        for (int v = 0; v < voters; ++v) {
            if (Status s = exec(voter, {Ids::newUuid(), profileId, personName(), mobile(), address(), QString(), m_now, m_now}); !s)
                return s;
        }
    }
    return Status::ok();
}

Status Builder::makeActivities(DemoSummary &summary)
{
    QSqlQuery act = m_db.prepare(QStringLiteral(
        "INSERT INTO activities(uuid, station_id, type, title, held_on, place, partner, people_reached, summary, notes,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery part = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO activity_participants(activity_id, deputy_id) VALUES (?, ?)"));
    struct Type
    {
        const char *code;
        const char *title;
        int weight;
    };
    const Type types[] = {{"visit_station", "代表进站接待选民", 6},
                          {"visit_enterprise", "代表进企业走访调研", 4},
                          {"visit_constituency", "代表回原选区联系选民", 6},
                          {"joint_group", "与首义路街道联组活动", 1},
                          {"research", "围绕华中音乐谷项目推进开展调研", 2},
                          {"inspection", "视察老旧小区改造工程", 1},
                          {"briefing", "“医护白”宣讲小分队宣讲", 2},
                          {"condolence", "走访慰问困难选民", 2},
                          {"hearing_report", "听取派出所工作报告", 1},
                          {"plenary", "人大代表集中学习活动", 1},
                          {"group", "代表小组活动", 2},
                          {"training", "代表履职能力培训", 1}};
    int totalWeight = 0;
    for (const Type &t : types)
        totalWeight += t.weight;
    const int count = std::max(24, m_o.deputies * 2 + m_o.appeals / 100);
    for (int i = 0; i < count; ++i) {
        // The first twelve cover every type once; the rest follow the weights.
        const Type *type = &types[i % 12];
        if (i >= 12) {
            int w = uniform(1, totalWeight);
            for (const Type &t : types) {
                w -= t.weight;
                if (w <= 0) {
                    type = &t;
                    break;
                }
            }
        }
        const QDate on = dayOfYear();
        const QString code = QString::fromLatin1(type->code);
        if (Status s = exec(act, {Ids::newUuid(), m_stationId, code, QString::fromUtf8(type->title), Ids::dateText(on),
                                  QString(pick(kCommunities) + QStringLiteral("社区")),
                                  code == QLatin1String("joint_group") ? QStringLiteral("首义路街道") : QString(),
                                  uniform(10, 120), QStringLiteral("代表们听取群众意见，现场收集民情民意。"), QString(),
                                  m_now, m_now});
            !s)
            return s;
        const qint64 activityId = act.lastInsertId().toLongLong();
        m_activityIds.push_back(activityId);
        const int participants = uniform(2, std::min(8, std::max(2, m_o.deputies)));
        for (int p = 0; p < participants; ++p) {
            // Three-visit activities often bring a municipal deputy along (三联一共).
            const qint64 deputy = (p == 0 && code.startsWith(QLatin1String("visit_")) && chance(0.5))
                ? deputyInOffice(on, QStringLiteral("municipal"))
                : deputyInOffice(on);
            if (deputy > 0) {
                if (Status s = exec(part, {activityId, deputy}); !s)
                    return s;
            }
        }
    }
    summary.activities = int(m_activityIds.size());
    return Status::ok();
}

Status Builder::makeAppeals(DemoSummary &summary)
{
    QSqlQuery ins = m_db.prepare(QStringLiteral(
        "INSERT INTO appeals(uuid, station_id, number, number_year, number_seq, received_on, channel, deputy_id,"
        " activity_id, person_name, person_phone, person_address, is_group, group_size, content, category, urgency,"
        " confidential, status, accepted_on, redirect_reason, redirect_to, disposal, handling_unit, deadline,"
        " resolved_on, result, reply_on, reply_method, reply_content, closed_on, reopen_count, duplicate_of, notes,"
        " created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery visit = m_db.prepare(QStringLiteral(
        "INSERT INTO follow_up_visits(uuid, appeal_id, visited_on, method, visitor_deputy_id, visitor_clerk,"
        " visited_person, feedback, satisfaction, needs_more, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int seq = m_db.scalar(QStringLiteral("SELECT coalesce(max(number_seq), 0) FROM appeals WHERE station_id = ? AND number_year = ?"),
                          {m_stationId, m_o.year})
                  .toInt();
    // Receipt dates first, sorted, so that numbers follow the order appeals came in.
    QVector<QDate> dates(m_o.appeals);
    for (QDate &d : dates)
        d = dayOfYear();
    std::sort(dates.begin(), dates.end());

    static const char *const channels[] = {"onsite", "onsite", "onsite", "online", "online", "visit", "phone", "letter",
                                           "voter_contact"};
    static const char *const disposals[] = {"on_spot", "community", "community", "street_committee", "department",
                                            "department", "department", "suggestion", "higher_deputy"};
    static const char *const replyMethods[] = {"电话", "上门", "微信", "站点"};
    static const char *const visitMethods[] = {"home", "phone", "wechat", "station"};
    QVector<QPair<qint64, int>> recentByKind(int(std::size(kKinds)), {0, 0});

    for (int i = 0; i < m_o.appeals; ++i) {
        const QDate received = dates.at(i);
        const int kind = uniform(0, int(std::size(kKinds)) - 1);
        const AppealKind &k = kKinds[kind];
        const QString channel = QString::fromLatin1(channels[uniform(0, 8)]);
        const qint64 deputy = deputyInOffice(received);
        const qint64 activity = (channel == QLatin1String("voter_contact") && !m_activityIds.isEmpty())
            ? m_activityIds.at(uniform(0, int(m_activityIds.size()) - 1))
            : 0;
        const bool group = chance(0.08);
        QString status = QStringLiteral("registered");
        QString reason, redirectTo, disposal, unit, result, replyMethod, replyContent;
        QDate accepted, deadline, resolved, reply, closed;
        qint64 duplicateOf = 0;
        struct PendingVisit
        {
            QDate on;
            QString satisfaction;
            bool needsMore;
        };
        QVector<PendingVisit> visits;
        QVector<std::tuple<QDate, const char *, QString>> events;
        events.push_back({received, "registered", QString()});
        int reopenCount = 0;

        const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        const QPair<qint64, int> earlier = recentByKind.at(kind);
        if (roll < 0.03 && earlier.first > 0) {
            // The same matter raised again: merged into the first appeal (并案).
            duplicateOf = earlier.first;
            status = QStringLiteral("merged");
            events.push_back({received, "merged", QStringLiteral("与%1号诉求并案办理").arg(Ids::ledgerNumber(m_o.year, earlier.second))});
        } else if (roll < 0.10) {
            reason = QStringLiteral("属个人信访事项，已引导至信访部门依法反映");
            redirectTo = QStringLiteral("区信访局");
            status = QStringLiteral("redirected");
            events.push_back({received, "redirected", reason});
            reply = later(received, 1, 5);
            if (reply.isValid()) {
                replyMethod = QStringLiteral("电话");
                replyContent = QStringLiteral("已告知反映人信访渠道及办理流程");
                status = QStringLiteral("answered");
                events.push_back({reply, "answered", replyContent});
            }
        } else {
            accepted = later(received, 0, 2);
            if (accepted.isValid()) {
                status = QStringLiteral("accepted");
                events.push_back({accepted, "accepted", QString()});
                disposal = QString::fromLatin1(disposals[uniform(0, 8)]);
                unit = disposal == QLatin1String("on_spot") ? QStringLiteral("代表联络站") : pick(kUnits);
                const bool onSpot = disposal == QLatin1String("on_spot");
                deadline = onSpot ? accepted : accepted.addDays(disposal == QLatin1String("department") ? 30 : 15);
                status = QStringLiteral("in_progress");
                events.push_back({accepted, "assigned", unit});
                if (disposal == QLatin1String("suggestion"))
                    m_suggestionSources.push_back({0, deputy, accepted, kind});
                // Most are resolved within the deadline; some drag on and become overdue.
                const bool slow = chance(0.12);
                QDate candidate = onSpot ? accepted : accepted.addDays(slow ? uniform(40, 150) : uniform(3, 28));
                const int pushes = onSpot ? 0 : (slow ? uniform(1, 3) : uniform(0, 1));
                for (int p = 0; p < pushes; ++p) {
                    const QDate pushOn = accepted.addDays(uniform(5, 35));
                    if (pushOn <= m_o.today && pushOn < candidate)
                        events.push_back({pushOn, "push", pick(kPushNotes)});
                }
                for (int round = 0; round < 2 && candidate <= m_o.today; ++round) {
                    resolved = candidate;
                    result = pick(kResults);
                    status = QStringLiteral("resolved");
                    events.push_back({resolved, "resolved", result});
                    reply = later(resolved, 0, 6);
                    if (!reply.isValid())
                        break;
                    replyMethod = QString::fromUtf8(replyMethods[uniform(0, 3)]);
                    replyContent = QStringLiteral("已将办理结果告知反映人：") + result;
                    status = QStringLiteral("answered");
                    events.push_back({reply, "answered", replyContent});
                    // Nearly every answered appeal gets its follow-up visit within a few weeks.
                    if (!chance(0.97))
                        break;
                    const QDate visitOn = later(reply, 2, 20);
                    if (!visitOn.isValid())
                        break;
                    const double s = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
                    const bool unhappy = round == 0 && s < 0.08;
                    const QString satisfaction = unhappy ? QStringLiteral("unsatisfied")
                                                         : (s < 0.75 ? QStringLiteral("satisfied") : QStringLiteral("basic"));
                    visits.push_back({visitOn, satisfaction, unhappy});
                    events.push_back({visitOn, "visited", QString()});
                    if (!unhappy) {
                        closed = visitOn;
                        status = QStringLiteral("closed");
                        break;
                    }
                    // 不满意 reopens the appeal: back to handling with a new deadline.
                    ++reopenCount;
                    status = QStringLiteral("in_progress");
                    events.push_back({visitOn, "reopened", QStringLiteral("回访不满意，重新交办")});
                    deadline = visitOn.addDays(30);
                    resolved = reply = QDate();
                    result.clear();
                    replyMethod.clear();
                    replyContent.clear();
                    candidate = visitOn.addDays(uniform(5, 45));
                }
            }
        }
        ++seq;
        const QString number = Ids::ledgerNumber(m_o.year, seq);
        // Drawn where the list drew it, so the same seed still gives the same records; the follow-up
        // visits below go back to this person.
        const QString person = personName();
        if (Status s = exec(ins, {Ids::newUuid(), m_stationId, number, m_o.year, seq, Ids::dateText(received), channel,
                                  Ids::idValue(deputy), Ids::idValue(activity), person, mobile(), address(),
                                  group ? 1 : 0, group ? QVariant(uniform(3, 40)) : QVariant(),
                                  QString::fromUtf8(k.content), QString::fromUtf8(k.category),
                                  chance(0.1) ? QStringLiteral("urgent") : QStringLiteral("normal"), chance(0.03) ? 1 : 0,
                                  status, Ids::dateValue(accepted), reason, redirectTo, disposal, unit,
                                  Ids::dateValue(deadline), Ids::dateValue(resolved), result, Ids::dateValue(reply),
                                  replyMethod, replyContent, Ids::dateValue(closed), reopenCount, Ids::idValue(duplicateOf),
                                  QString(), m_now, m_now});
            !s)
            return s;
        const qint64 id = ins.lastInsertId().toLongLong();
        if (duplicateOf == 0)
            recentByKind[kind] = {id, seq};
        if (!m_suggestionSources.isEmpty() && m_suggestionSources.last().appealId == 0)
            m_suggestionSources.last().appealId = id;
        std::stable_sort(events.begin(), events.end(),
                         [](const auto &x, const auto &y) { return std::get<0>(x) < std::get<0>(y); });
        for (const auto &e : std::as_const(events)) {
            if (Status s = event(id, std::get<0>(e), std::get<1>(e), std::get<2>(e)); !s)
                return s;
        }
        for (const PendingVisit &v : std::as_const(visits)) {
            if (Status s = exec(visit, {Ids::newUuid(), id, Ids::dateText(v.on), QString::fromLatin1(visitMethods[uniform(0, 3)]),
                                        Ids::idValue(ifInOffice(deputy, v.on)), QStringLiteral("联络站工作人员"),
                                        person, pick(kFeedback), v.satisfaction, v.needsMore ? 1 : 0, m_now, m_now});
                !s)
                return s;
            ++summary.visits;
        }
    }
    summary.appeals = m_o.appeals;
    return Status::ok();
}

Status Builder::makeSuggestions(DemoSummary &summary)
{
    QSqlQuery ins = m_db.prepare(QStringLiteral(
        "INSERT INTO suggestions(uuid, station_id, number, number_year, number_seq, title, content, lead_deputy_id, kind,"
        " status, round, submitted_on, contact_person, contact_phone, deadline, reply_on, reply_summary, grade,"
        " satisfaction, satisfaction_on, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery cosigner = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO suggestion_cosigners(suggestion_id, deputy_id) VALUES (?, ?)"));
    QSqlQuery source = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO suggestion_appeals(suggestion_id, appeal_id) VALUES (?, ?)"));
    QSqlQuery link = m_db.prepare(QStringLiteral("UPDATE appeals SET suggestion_id = ? WHERE id = ?"));
    QSqlQuery unit = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO suggestion_units(suggestion_id, unit, role) VALUES (?, ?, ?)"));
    QSqlQuery round = m_db.prepare(QStringLiteral(
        "INSERT INTO suggestion_rounds(uuid, suggestion_id, round, submitted_on, deadline, reply_on, reply_summary,"
        " grade, satisfaction, satisfaction_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery visit = m_db.prepare(QStringLiteral(
        "INSERT INTO follow_up_visits(uuid, suggestion_id, visited_on, method, visitor_deputy_id, visitor_clerk,"
        " visited_person, feedback, satisfaction, needs_more, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int seq = m_db.scalar(QStringLiteral("SELECT coalesce(max(number_seq), 0) FROM suggestions WHERE station_id = ? AND number_year = ?"),
                          {m_stationId, m_o.year})
                  .toInt();
    static const char *const grades[] = {"A", "A", "A", "A", "B", "B", "B", "C", "C", "D"};
    for (const SuggestionSource &src : std::as_const(m_suggestionSources)) {
        const QDate submitted = later(src.acceptedOn, 3, 20);
        if (!submitted.isValid() || src.appealId == 0)
            continue;
        qint64 lead = ifInOffice(src.deputyId, submitted);
        if (lead == 0)
            lead = deputyInOffice(submitted);
        if (lead == 0)
            continue;
        const AppealKind &k = kKinds[src.kind];
        QDate deadline = submitted.addMonths(3);
        QDate reply = later(submitted, 20, 85);
        QString grade, satisfaction, summaryText;
        QDate ratedOn;
        QString status = QStringLiteral("submitted");
        int rounds = 1;
        struct Round
        {
            QDate submitted, deadline, reply, rated;
            QString summary, grade, satisfaction;
        };
        QVector<Round> earlier;
        QDate roundSubmitted = submitted;
        while (reply.isValid()) {
            grade = QString::fromLatin1(grades[uniform(0, 9)]);
            summaryText = QStringLiteral("承办单位书面答复：") + pick(kResults);
            status = QStringLiteral("replied");
            ratedOn = later(reply, 3, 15);
            if (!ratedOn.isValid())
                break;
            const double s = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
            satisfaction = s < 0.62 ? QStringLiteral("satisfied") : s < 0.9 ? QStringLiteral("basic") : QStringLiteral("unsatisfied");
            status = satisfaction == QLatin1String("unsatisfied") ? QStringLiteral("dissatisfied") : QStringLiteral("closed");
            if (status == QLatin1String("closed") || rounds > 1 || !chance(0.6))
                break;
            // 不满意 → 重办: the finished round is kept, a new one starts with its own deadline.
            earlier.push_back({roundSubmitted, deadline, reply, ratedOn, summaryText, grade, satisfaction});
            ++rounds;
            roundSubmitted = ratedOn;
            deadline = ratedOn.addMonths(3);
            status = QStringLiteral("submitted");
            grade.clear();
            satisfaction.clear();
            summaryText.clear();
            ratedOn = QDate();
            reply = later(roundSubmitted, 20, 85);
        }
        ++seq;
        if (Status s = exec(ins, {Ids::newUuid(), m_stationId, Ids::ledgerNumber(m_o.year, seq),
                                  m_o.year, seq, QStringLiteral("关于解决%1问题的建议").arg(QString::fromUtf8(k.title)),
                                  QString(QString::fromUtf8(k.content) + QStringLiteral("建议相关部门统筹资金、限期解决。")), lead,
                                  chance(0.85) ? QStringLiteral("interim") : QStringLiteral("session"), status, rounds,
                                  Ids::dateText(roundSubmitted), personName(), mobile(), Ids::dateText(deadline),
                                  Ids::dateValue(status == QLatin1String("submitted") ? QDate() : reply), summaryText,
                                  grade, satisfaction, Ids::dateValue(ratedOn), QString(), m_now, m_now});
            !s)
            return s;
        const qint64 id = ins.lastInsertId().toLongLong();
        ++summary.suggestions;
        for (int c = uniform(1, 3); c > 0; --c) {
            const qint64 co = deputyInOffice(submitted);
            if (co > 0 && co != lead) {
                if (Status s = exec(cosigner, {id, co}); !s)
                    return s;
            }
        }
        if (Status s = exec(source, {id, src.appealId}); !s)
            return s;
        if (Status s = exec(link, {id, src.appealId}); !s)
            return s;
        const QString main = pick(kUnits);
        if (Status s = exec(unit, {id, main, QStringLiteral("main")}); !s)
            return s;
        const QString assist = pick(kUnits);
        if (assist != main) {
            if (Status s = exec(unit, {id, assist, QStringLiteral("assist")}); !s)
                return s;
        }
        for (int r = 0; r < earlier.size(); ++r) {
            const Round &e = earlier.at(r);
            if (Status s = exec(round, {Ids::newUuid(), id, r + 1, Ids::dateText(e.submitted), Ids::dateText(e.deadline),
                                        Ids::dateText(e.reply), e.summary, e.grade, e.satisfaction,
                                        Ids::dateText(e.rated), m_now});
                !s)
                return s;
        }
        if (ratedOn.isValid()) {
            if (Status s = exec(visit, {Ids::newUuid(), id, Ids::dateText(ratedOn), QStringLiteral("station"),
                                        Ids::idValue(ifInOffice(lead, ratedOn)), QStringLiteral("联络站工作人员"),
                                        QString(), QStringLiteral("代表对办理结果的评价"), satisfaction, 0, m_now, m_now});
                !s)
                return s;
            ++summary.visits;
        }
    }
    return Status::ok();
}

} // namespace

DemoGenerator::DemoGenerator(Database &db)
    : m_db(db)
{
}

Status DemoGenerator::generate(const DemoOptions &options, DemoSummary *summary)
{
    DemoOptions o = options;
    if (!o.today.isValid())
        o.today = QDate::currentDate();
    if (o.year < 1990 || o.year > o.today.year())
        return Status::failure(tr("Year: demo data can be made for 1990 to %1, not %2.").arg(o.today.year()).arg(o.year));
    if (o.deputies < 1 || o.deputies > 10000)
        return Status::failure(tr("Deputies: choose from 1 to 10,000."));
    if (o.appeals < 0 || o.appeals > 5000000)
        return Status::failure(tr("Appeals: choose from 0 to 5,000,000."));
    // One audit entry per generated record (docs/AUDIT.md).
    const AuditBulkScope audit(QStringLiteral("demo"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    DemoSummary made;
    BulkLoad index(m_db);
    if (Status s = index.begin(); !s)
        return s;
    Builder builder(m_db, o);
    if (Status s = builder.run(made); !s)
        return s;
    if (Status s = index.finish(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (summary)
        *summary = made;
    return Status::ok();
}
