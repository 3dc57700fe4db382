-- Every ledger with the cells that make CSV hard: quotes, commas, CR/LF, text starting like a formula
-- (= + - @ tab CR), apostrophes, leading zeros, 18-digit numbers, phones to mask, confidential appeals,
-- Chinese and a 4-byte character, unknown codes, and values SQLite holds in an unusual form (invalid
-- UTF-8, U+FFFE, a CESU surrogate, a BLOB, a REAL, text in an integer column). Deleted rows and rows of
-- other years must not be exported. Applied by tst_export to a new file whose station has id 1; the
-- files in this folder were written from it by the exporter before its UTF-8 fast path (see README).
UPDATE stations SET uuid = 'st-0001', name = '汉街代表联络站' WHERE id = 1;

INSERT INTO deputies(id, uuid, station_id, name, gender, level, term, constituency, employer, post, sector, phone,
    term_start, term_end, notes, created_at, updated_at, deleted_at) VALUES
 (1, 'dp-0001', 1, '王芳', 'female', 'municipal', 16, '@第一选区', '=SUM(A1)', '+主任', '-', '027-85551234',
  '2022-01-01', NULL, '身份证号 110101199003071234', '2022-01-01T08:00:00.000Z', '2022-01-02T08:00:00.000Z', NULL),
 (2, 'dp-0002', 1, '李强', '', 'district', NULL, '第二选区', '区"城管"局', '科长, 副', '', '',
  NULL, NULL, '第一行' || char(13) || char(10) || '第二行', '2022-01-01T08:00:00.000Z', '2022-01-01T08:00:00.000Z', NULL),
 (3, 'dp-0003', 1, 'Zhang "Q", Jr.', 'male', 'provincial', 0, '', '', '', '', '13800000000',
  '2018-01-01', '2022-06-30', CAST(X'E4B8AD80FF41' AS TEXT), '2022-01-01T08:00:00.000Z', '2022-01-01T08:00:00.000Z', NULL),
 (4, 'dp-0004', 1, '已删除', '', 'district', 1, '', '', '', '', '', NULL, NULL, '', '2022-01-01T08:00:00.000Z',
  '2022-01-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z'),
 (5, 'dp-0005', 1, '往届', '', 'national', 12, '', '', '', '', '0123456789', '2017-01-01', '2021-12-31', '',
  '2017-01-01T08:00:00.000Z', '2017-01-01T08:00:00.000Z', NULL);

INSERT INTO activities(id, uuid, station_id, type, title, held_on, place, partner, people_reached, summary, notes,
    created_at, updated_at, deleted_at) VALUES
 (1, 'ac-0001', 1, 'visit_constituency', '"进选区"活动, 第一次', '2022-03-01', '社区' || char(9) || '广场', '@街道', 50,
  '上午' || char(13) || char(10) || '下午', '', '2022-03-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z', NULL),
 (2, 'ac-0002', 1, 'unknown_type', '-座谈', '2022-05-01', '', '', -1, '', X'E4B8AD',
  '2022-05-01T08:00:00.000Z', '2022-05-01T08:00:00.000Z', NULL),
 (3, 'ac-0003', 1, 'training', '培训', '2021-12-31', '', '', 10, '', '', '2021-12-31T08:00:00.000Z',
  '2021-12-31T08:00:00.000Z', NULL),
 (4, 'ac-0004', 1, 'plenary', '已删除', '2022-06-01', '', '', 1, '', '', '2022-06-01T08:00:00.000Z',
  '2022-06-01T08:00:00.000Z', '2022-06-02T08:00:00.000Z');
INSERT INTO activity_participants(activity_id, deputy_id) VALUES (1, 1), (1, 2), (2, 3);

INSERT INTO suggestions(id, uuid, station_id, number, number_year, number_seq, title, content, lead_deputy_id, kind,
    status, round, submitted_on, contact_person, contact_phone, deadline, reply_on, reply_summary, grade,
    satisfaction, satisfaction_on, notes, created_at, updated_at, deleted_at) VALUES
 (1, 'sg-0001', 1, '2022-0001', 2022, 1, '关于"停车难"的建议', '=1+1' || char(10) || '第二段', 1, 'interim', 'replied',
  2, '2022-04-01', '赵办', '02788886666', '2022-07-01', '2022-06-20', '+已答复', 'A', 'basic', '2022-06-25',
  '', '2022-04-01T08:00:00.000Z', '2022-06-25T08:00:00.000Z', NULL),
 (2, 'sg-0002', 1, '2022-0002', 2022, 2, '草拟, 未提交', '', 2, 'session', 'draft', 1, NULL, '', '', NULL, NULL, '', '',
  '', NULL, '''=草稿', '2022-05-01T08:00:00.000Z', '2022-05-01T08:00:00.000Z', NULL),
 (3, 'sg-0003', 1, '2022-0003', 2022, 3, '已删除', '', 1, 'interim', 'submitted', 1, '2022-05-01', '', '', NULL,
  NULL, '', '', '', NULL, '', '2022-05-01T08:00:00.000Z', '2022-05-01T08:00:00.000Z', '2022-05-02T08:00:00.000Z');
INSERT INTO suggestion_cosigners(suggestion_id, deputy_id) VALUES (1, 2), (1, 3);
INSERT INTO suggestion_units(suggestion_id, unit, role) VALUES (1, '区交通局', 'main'), (1, '区城管局', 'assist'),
 (1, '区住建局', 'assist');
INSERT INTO suggestion_rounds(id, uuid, suggestion_id, round, submitted_on, deadline, reply_on, reply_summary, grade,
    satisfaction, satisfaction_on, created_at) VALUES
 (1, 'sr-0001', 1, 1, '2022-04-01', '2022-05-01', '2022-04-20', '第一轮"答复"', 'C', 'unsatisfied', '2022-04-25',
  '2022-04-25T08:00:00.000Z');

INSERT INTO appeals(id, uuid, station_id, number, number_year, number_seq, received_on, channel, deputy_id,
    activity_id, person_name, person_phone, person_address, is_group, group_size, content, category, urgency,
    confidential, status, accepted_on, redirect_reason, redirect_to, disposal, handling_unit, deadline, resolved_on,
    result, reply_on, reply_method, reply_content, closed_on, reopen_count, duplicate_of, suggestion_id, notes,
    created_at, updated_at, deleted_at) VALUES
 (1, 'ap-0001', 1, '2022-0001', 2022, 1, '2022-01-10', 'onsite', 1, 1, '@张三', '013812345678', '-1号楼', 1, 12,
  '=HYPERLINK("http://x","点我"), 还有逗号' || char(13) || char(10) || '第二行', '城市建设', 'urgent', 0, 'closed',
  '2022-01-11', '', '', 'department', '区住建局', '2022-02-10', '2022-02-01', '+86 电话', '2022-02-03', '电话',
  '''=已答复', '2022-02-10', 0, NULL, 1, '18位：110101199003071234', '2022-01-10T08:00:00.000Z',
  '2022-02-10T08:00:00.000Z', NULL),
 (2, 'ap-0002', 1, '2022-0002', 2022, 2, '2022-02-15', 'online', 2, NULL, '李保密', '13900001111', '保密地址', '是',
  2.5, char(9) || '制表符开头', '', 'normal', 1, 'in_progress', '2022-02-16', '', '', 'community', '', '2022-03-01',
  NULL, '', NULL, '', '', NULL, 1, NULL, NULL, '', '2022-02-15T08:00:00.000Z', '2022-02-15T08:00:00.000Z', NULL),
 (3, 'ap-0003', 1, '2022-0003', 2022, 3, '2022-03-20', 'phone', 3, NULL, 'Zhang', '+8613812345678',
  '138 1234 5678', 0, NULL, char(13) || '回车开头', '交通出行', 'critical', 0, 'merged', NULL, '属信访事项', '区信访局',
  '', '', NULL, NULL, CAST(X'EDA08041' AS TEXT), NULL, '', CAST(X'EFBFBE41' AS TEXT), NULL, 0, 1, 1, '''abc',
  '2022-03-20T08:00:00.000Z', '2022-03-20T08:00:00.000Z', NULL),
 (4, 'ap-0004', 1, '2022-0004', 2022, 4, '2022-04-01', 'letter', 1, NULL, '删', '13700000000', '', 0, NULL, '已删除',
  '', 'normal', 0, 'registered', NULL, '', '', '', '', NULL, NULL, '', NULL, '', '', NULL, 0, NULL, NULL, '',
  '2022-04-01T08:00:00.000Z', '2022-04-01T08:00:00.000Z', '2022-04-02T08:00:00.000Z'),
 (5, 'ap-0005', 1, '2021-0009', 2021, 9, '2021-12-31', 'visit', 1, NULL, '去年', '12345', '', 0, NULL, '去年最后一天',
  '', 'normal', 0, 'registered', NULL, '', '', '', '', NULL, NULL, '', NULL, '', '', NULL, 0, NULL, NULL, '',
  '2021-12-31T08:00:00.000Z', '2021-12-31T08:00:00.000Z', NULL),
 (6, 'ap-0006', 1, '2022-0005', 2022, 5, '2022-12-31', 'voter_contact', NULL, NULL, 'a,b', '12345', '"', 0, 0,
  '-', '其他', 'odd_urgency', 0, 'odd_status', NULL, '', '', '', '', NULL, NULL, 'a"b', NULL, '', '@', NULL, 3, NULL,
  NULL, '😀 表情', '2022-12-31T08:00:00.000Z', '2022-12-31T23:59:59.999Z', NULL),
 (7, 'ap-0007', 1, '2023-0001', 2023, 1, '2023-01-01', 'onsite', 1, NULL, '明年', '13600000000', '', 0, NULL, '明年',
  '', 'normal', 0, 'registered', NULL, '', '', '', '', NULL, NULL, '', NULL, '', '', NULL, 0, NULL, NULL, '',
  '2023-01-01T08:00:00.000Z', '2023-01-01T08:00:00.000Z', NULL),
 (8, 'ap-0008', 1, '2022-0006', 2022, 6, '2022-06-06', 'visit', 2, NULL, '王五', ' 138-1234-5678 ', char(13) || char(10),
  0, NULL, '''''+两个撇号', '环境卫生', 'normal', 1, 'registered', NULL, '', '', '', '', NULL, NULL, '', NULL, '', '',
  NULL, 0, NULL, NULL, '', '2022-06-06T08:00:00.000Z', '2022-06-06T08:00:00.000Z', NULL);
INSERT INTO appeal_events(id, uuid, appeal_id, happened_on, kind, note, actor, created_at) VALUES
 (1, 'ev-0001', 1, '2022-01-10', 'registered', '登记 "现场"', '小王', '2022-01-10T08:00:00.000Z'),
 (2, 'ev-0002', 1, '2022-01-11', 'accepted', '受理' || char(10) || '转住建局', '小王', '2022-01-11T08:00:00.000Z'),
 (3, 'ev-0003', 2, '2022-02-15', 'registered', '保密', '', '2022-02-15T08:00:00.000Z');

INSERT INTO follow_up_visits(id, uuid, appeal_id, suggestion_id, visited_on, method, visitor_deputy_id, visitor_clerk,
    visited_person, feedback, satisfaction, needs_more, created_at, updated_at, deleted_at) VALUES
 (1, 'vi-0001', 1, NULL, '2022-02-10', 'phone', 1, '', '张三', '=满意', 'satisfied', 0, '2022-02-10T08:00:00.000Z',
  '2022-02-10T08:00:00.000Z', NULL),
 (2, 'vi-0002', 2, NULL, '2022-03-10', 'home', NULL, '小李', '李保密', '不满意, 再办', 'unsatisfied', 1,
  '2022-03-10T08:00:00.000Z', '2022-03-10T08:00:00.000Z', NULL),
 (3, 'vi-0003', NULL, 1, '2022-06-30', 'wechat', NULL, '小王', '王芳', '', '', 0, '2022-06-30T08:00:00.000Z',
  '2022-06-30T08:00:00.000Z', NULL),
 (4, 'vi-0004', 1, NULL, '2022-02-11', 'phone', 1, '', '张三', '已删除', 'satisfied', 0, '2022-02-11T08:00:00.000Z',
  '2022-02-11T08:00:00.000Z', '2022-02-12T08:00:00.000Z'),
 (5, 'vi-0005', 5, NULL, '2022-01-05', 'station', 2, '', '去年', '', 'odd', 0, '2022-01-05T08:00:00.000Z',
  '2022-01-05T08:00:00.000Z', NULL);

INSERT INTO enterprise_links(id, uuid, deputy_id, enterprise, contact_person, phone, address, since, notes, created_at,
    updated_at, deleted_at) VALUES
 (1, 'el-0001', 1, '甲公司, 有限', '赵六', '13700001234', '=地址', '2021-01-01', '', '2021-01-01T08:00:00.000Z',
  '2021-01-01T08:00:00.000Z', NULL),
 (2, 'el-0002', 2, '乙公司', '', '0271234567', '', NULL, '"引号"', '2021-01-01T08:00:00.000Z',
  '2021-01-01T08:00:00.000Z', NULL),
 (3, 'el-0003', 1, '已删除', '', '', '', NULL, '', '2021-01-01T08:00:00.000Z', '2021-01-01T08:00:00.000Z',
  '2021-02-01T08:00:00.000Z');
INSERT INTO enterprise_visits(id, uuid, link_id, visited_on, summary, problems, created_at, updated_at, deleted_at)
VALUES
 (1, 'ev-w001', 1, '2022-09-01', '座谈 "用工"', '-缺工' || char(10) || '融资难', '2022-09-01T08:00:00.000Z',
  '2022-09-01T08:00:00.000Z', NULL),
 (2, 'ev-w002', 1, '2022-10-01', '已删除', '', '2022-10-01T08:00:00.000Z', '2022-10-01T08:00:00.000Z',
  '2022-10-02T08:00:00.000Z');

INSERT INTO constituency_profiles(id, uuid, deputy_id, year, constituency, scope, households, population, voters,
    communities, enterprises, facilities, key_problems, updated_on, notes, created_at, updated_at, deleted_at) VALUES
 (1, 'pr-0001', 1, 2022, '第一选区', '积玉桥, 中北路', 1200, NULL, 3456, '+社区', '@企业', '', '停车' || char(13) || '难',
  '2022-03-01', '', '2022-03-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z', NULL),
 (2, 'pr-0002', 2, 2022, '第二选区', '', NULL, NULL, NULL, '', '', '', '', NULL, '', '2022-03-01T08:00:00.000Z',
  '2022-03-01T08:00:00.000Z', NULL);
INSERT INTO contact_voters(id, uuid, profile_id, name, phone, address, notes, created_at, updated_at, deleted_at) VALUES
 (1, 'cv-0001', 1, '钱七', '13600001234', '一号楼', '"常联系"', '2022-03-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z',
  NULL),
 (2, 'cv-0002', 1, '孙八', '', '', '', '2022-03-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z', NULL),
 (3, 'cv-0003', 1, '已删除', '13600009999', '', '', '2022-03-01T08:00:00.000Z', '2022-03-01T08:00:00.000Z',
  '2022-03-02T08:00:00.000Z');
