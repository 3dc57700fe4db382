<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liaison Ledger</source>
        <translation>关于代表联络站台账</translation>
    </message>
    <message>
        <source>Liaison Ledger</source>
        <translation>代表联络站台账</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Keeps the four ledgers of a people&apos;s congress deputies&apos; liaison station: constituency profiles, appeals, suggestions and follow-up visits.</source>
        <translation>记录人大代表联络站的四个台账：选区情况、群众诉求、代表建议和回访。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布，不提供任何担保。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>No ledger file is open.</source>
        <translation>未打开台账文件。</translation>
    </message>
    <message>
        <source>Ledger file:</source>
        <translation>台账文件：</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>基于 Qt %1 构建；当前运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Activity %1</source>
        <translation>代表活动 %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新代表活动</translation>
    </message>
    <message>
        <source>e.g. the other street of a joint-group activity</source>
        <translation>例如联组活动的另一街道</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>活动类型(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>活动日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>协办单位(&amp;A)：</translation>
    </message>
    <message>
        <source>People &amp;reached:</source>
        <translation>覆盖人数(&amp;R)：</translation>
    </message>
    <message>
        <source>Participating &amp;deputies:</source>
        <translation>参加代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>活动概要(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>添加活动(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Type of activity</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动概要</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Participating deputies: a deputy is listed twice.</source>
        <translation>参加代表：有代表重复列出。</translation>
    </message>
    <message>
        <source>Participating deputies</source>
        <translation>参加代表</translation>
    </message>
    <message>
        <source>Create the station first: an activity belongs to a liaison station.</source>
        <translation>请先建立联络站：活动必须属于一个代表联络站。</translation>
    </message>
    <message>
        <source>The activity no longer exists or is in the recycle bin.</source>
        <translation>该活动已不存在或已在回收站中。</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>The report can be written as .pdf, .odt or .html, not &quot;%1&quot;.</source>
        <translation>工作总结只能保存为 .pdf、.odt 或 .html 文件，不能是“%1”。</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <source>mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <source>Several people together (集体诉求)</source>
        <translation>多人共同反映（集体诉求）</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Confidential (保密): no personal data leaves the station</source>
        <translation>保密：个人信息不出联络站</translation>
    </message>
    <message>
        <source>In the person&apos;s own words (原话原意)</source>
        <translation>按群众原话原意记录</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>接收日期(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>反映渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Receiving &amp;deputy:</source>
        <translation>接待代表(&amp;D)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>诉求类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>Constituent&apos;s &amp;name:</source>
        <translation>反映人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>Group matter:</source>
        <translation>集体诉求：</translation>
    </message>
    <message>
        <source>Number of people:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>反映内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>保密：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Not accepted:</source>
        <translation>不予受理：</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>Handling unit:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>并入：</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>代表建议：</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>重新办理：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appeal %1&lt;/b&gt; &amp;nbsp; %2</source>
        <translation>&lt;b&gt;诉求 %1&lt;/b&gt; &amp;nbsp; %2</translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation>诉求 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New appeal&lt;/b&gt; — the number is given when it is registered.</source>
        <translation>&lt;b&gt;新诉求&lt;/b&gt; — 登记后自动编号。</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>新诉求</translation>
    </message>
    <message>
        <source>[Confidential]</source>
        <translation>[保密]</translation>
    </message>
    <message>
        <source>[Overdue since %1]</source>
        <translation>[自 %1 起已超期]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>转 %1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1，%2 — %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do: the appeal is closed.</source>
        <translation>无需再办：该诉求已结案。</translation>
    </message>
    <message>
        <source>Accept appeal %1</source>
        <translation>受理诉求 %1</translation>
    </message>
    <message>
        <source>The station takes the matter on (受理).</source>
        <translation>联络站受理此事项。</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Do not accept appeal %1</source>
        <translation>不予受理诉求 %1</translation>
    </message>
    <message>
        <source>The matter is not for the station (e.g. a personal petition goes to 信访): say why and where the person was sent.</source>
        <translation>此事项不属联络站办理范围（如个人信访事项应转信访部门）：请写明原因及转交去向。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Redirected to:</source>
        <translation>转交至：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Assign appeal %1</source>
        <translation>交办诉求 %1</translation>
    </message>
    <message>
        <source>Choose the route, the unit that handles it and the deadline.</source>
        <translation>请选择处理方式、承办单位和办理时限。</translation>
    </message>
    <message>
        <source>Assigned on:</source>
        <translation>交办日期：</translation>
    </message>
    <message>
        <source>Push appeal %1 (督办)</source>
        <translation>督办诉求 %1</translation>
    </message>
    <message>
        <source>Record who was reminded and what they said.</source>
        <translation>记录督办了谁、对方如何答复。</translation>
    </message>
    <message>
        <source>What was pushed:</source>
        <translation>督办内容：</translation>
    </message>
    <message>
        <source>Resolve appeal %1</source>
        <translation>办结诉求 %1</translation>
    </message>
    <message>
        <source>Record what was done about the matter (办结).</source>
        <translation>记录此事项的办理结果（办结）。</translation>
    </message>
    <message>
        <source>Resolved on:</source>
        <translation>办结日期：</translation>
    </message>
    <message>
        <source>Answer the constituent of appeal %1</source>
        <translation>答复诉求 %1 的反映人</translation>
    </message>
    <message>
        <source>Every appeal ends with an answer to the person (民众反映有回复).</source>
        <translation>每件诉求都要答复反映人（民众反映有回复）。</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>答复方式：</translation>
    </message>
    <message>
        <source>What they were told:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <source>Merge appeal %1 as a duplicate</source>
        <translation>将诉求 %1 作为重复件并案</translation>
    </message>
    <message>
        <source>The same matter was registered before: link this appeal to the first one (并案).</source>
        <translation>此前已登记同一事项：将本诉求并入首次登记的诉求（并案）。</translation>
    </message>
    <message>
        <source>Number of the first appeal:</source>
        <translation>首件诉求编号：</translation>
    </message>
    <message>
        <source>Number of the first appeal: enter it, e.g. 2026-0012.</source>
        <translation>首件诉求编号：请填写，例如 2026-0012。</translation>
    </message>
    <message>
        <source>Number of the first appeal: there is no appeal %1.</source>
        <translation>首件诉求编号：不存在诉求 %1。</translation>
    </message>
    <message>
        <source>Turn appeal %1 into a suggestion</source>
        <translation>将诉求 %1 转为代表建议</translation>
    </message>
    <message>
        <source>Either give the title of a new suggestion (a draft is made with this appeal as its source), or the number of an existing suggestion it joins.</source>
        <translation>可填写新建议的标题（将以本诉求为来源生成建议草稿），也可填写本诉求并入的已有建议编号。</translation>
    </message>
    <message>
        <source>New suggestion&apos;s title:</source>
        <translation>新建议标题：</translation>
    </message>
    <message>
        <source>Lead deputy:</source>
        <translation>领衔代表：</translation>
    </message>
    <message>
        <source>Or existing suggestion number:</source>
        <translation>或已有建议编号：</translation>
    </message>
    <message>
        <source>Existing suggestion number: there is no suggestion %1.</source>
        <translation>已有建议编号：不存在建议 %1。</translation>
    </message>
</context>
<context>
    <name>AppealRepository</name>
    <message>
        <source>Date received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>反映渠道</translation>
    </message>
    <message>
        <source>Receiving deputy</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Activity: the chosen activity does not exist or is in the recycle bin; choose another.</source>
        <translation>所属活动：所选活动不存在或已在回收站中，请另选。</translation>
    </message>
    <message>
        <source>Constituent: enter a name or a phone number, so that the answer can reach them.</source>
        <translation>反映人：请填写姓名或电话，以便答复能送达本人。</translation>
    </message>
    <message>
        <source>Constituent&apos;s name</source>
        <translation>反映人姓名</translation>
    </message>
    <message>
        <source>Constituent&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <source>Constituent&apos;s address</source>
        <translation>反映人住址</translation>
    </message>
    <message>
        <source>Number of people: a group matter has at least 2 people; enter how many, or untick &quot;Group matter&quot;.</source>
        <translation>人数：集体诉求至少 2 人；请填写人数，或取消勾选“集体诉求”。</translation>
    </message>
    <message>
        <source>Number of people: at most 1,000,000.</source>
        <translation>人数：最多 1,000,000。</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create the station first: an appeal belongs to a liaison station.</source>
        <translation>请先建立联络站：诉求必须属于一个代表联络站。</translation>
    </message>
    <message>
        <source>Date received: cannot be after the first handling step (%1).</source>
        <translation>接收日期：不能晚于第一个办理环节（%1）。</translation>
    </message>
    <message>
        <source>The appeal no longer exists or is in the recycle bin.</source>
        <translation>该诉求已不存在或已在回收站中。</translation>
    </message>
</context>
<context>
    <name>AppealWorkflow</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>不予受理并转交</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Answer the constituent</source>
        <translation>答复反映人</translation>
    </message>
    <message>
        <source>Record a follow-up visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Merge as duplicate</source>
        <translation>作为重复件并案</translation>
    </message>
    <message>
        <source>Turn into a suggestion</source>
        <translation>转为代表建议</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted, redirected</source>
        <translation>不予受理，已转交</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>已督办</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Constituent answered</source>
        <translation>已答复反映人</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Merged as duplicate</source>
        <translation>已并案</translation>
    </message>
    <message>
        <source>Turned into a suggestion</source>
        <translation>已转为代表建议</translation>
    </message>
    <message>
        <source>Appeal %1 is &quot;%2&quot;: &quot;%3&quot; is not possible in that state. Nothing was changed.</source>
        <translation>诉求 %1 当前为“%2”：此状态下不能“%3”。未作任何更改。</translation>
    </message>
    <message>
        <source>The appeal no longer exists.</source>
        <translation>该诉求已不存在。</translation>
    </message>
    <message>
        <source>Appeal %1 is in the recycle bin; restore it first.</source>
        <translation>诉求 %1 在回收站中，请先恢复。</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>the previous step</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <source>Date accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Date redirected</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>转交至</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Disposal: to make the appeal a deputy&apos;s suggestion, use &quot;Turn into a suggestion&quot;.</source>
        <translation>处理方式：如需将诉求转为代表建议，请使用“转为代表建议”。</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>the date assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Date of the push</source>
        <translation>督办日期</translation>
    </message>
    <message>
        <source>What was pushed</source>
        <translation>督办内容</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>How the constituent was answered</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>What the constituent was told</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>This visit belongs to a suggestion; record it on the suggestion.</source>
        <translation>这次回访属于代表建议，请在该建议中登记。</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>the date the constituent was answered</source>
        <translation>答复反映人的日期</translation>
    </message>
    <message>
        <source>Date merged</source>
        <translation>并案日期</translation>
    </message>
    <message>
        <source>Merge into: an appeal cannot be merged into itself.</source>
        <translation>并入：诉求不能并入自身。</translation>
    </message>
    <message>
        <source>Merge into: the chosen appeal does not exist or is in the recycle bin.</source>
        <translation>并入：所选诉求不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Merge into: appeal %1 is itself merged into another; merge into that first appeal instead.</source>
        <translation>并入：诉求 %1 本身已并入其他诉求，请直接并入首件诉求。</translation>
    </message>
    <message>
        <source>Merge into: that would link the appeals in a circle.</source>
        <translation>并入：这样会使诉求相互循环关联。</translation>
    </message>
    <message>
        <source>Date turned into a suggestion</source>
        <translation>转为建议日期</translation>
    </message>
    <message>
        <source>Suggestion: it does not exist or is in the recycle bin.</source>
        <translation>代表建议：该建议不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Suggestion: %1 has already been answered; choose a suggestion that is still a draft or being handled.</source>
        <translation>代表建议：%1 已答复；请选择仍为草拟或办理中的建议。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Enterprise link</source>
        <translation>联系企业</translation>
    </message>
    <message>
        <source>Enterprise visit</source>
        <translation>企业走访</translation>
    </message>
    <message>
        <source>Constituency profile</source>
        <translation>选区概况</translation>
    </message>
    <message>
        <source>Contact voter</source>
        <translation>联系选民</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>Activity participant</source>
        <translation>活动参加代表</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Appeal progress entry</source>
        <translation>诉求办理记录</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation>联名代表</translation>
    </message>
    <message>
        <source>Appeal of a suggestion</source>
        <translation>建议来源诉求</translation>
    </message>
    <message>
        <source>Handling unit of a suggestion</source>
        <translation>建议承办单位</translation>
    </message>
    <message>
        <source>Earlier round of a suggestion</source>
        <translation>建议以往办理轮次</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>Annual report text</source>
        <translation>年度总结文字</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>In the recycle bin since</source>
        <translation>移入回收站时间</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>代表级别</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mandate started</source>
        <translation>任职开始日期</translation>
    </message>
    <message>
        <source>Mandate ended</source>
        <translation>任职结束日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Linked since</source>
        <translation>联系开始日期</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>选民数</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Standing problems</source>
        <translation>重点难点问题</translation>
    </message>
    <message>
        <source>Last updated on</source>
        <translation>最近更新日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Partner street</source>
        <translation>联组街道</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Number year</source>
        <translation>编号年度</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>反映渠道</translation>
    </message>
    <message>
        <source>Constituent&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Constituent&apos;s phone</source>
        <translation>群众电话</translation>
    </message>
    <message>
        <source>Constituent&apos;s address</source>
        <translation>群众地址</translation>
    </message>
    <message>
        <source>Group matter</source>
        <translation>集体诉求</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Reason for not accepting</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>引导至</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Reply method</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新办理次数</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>并案至</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Lead deputy</source>
        <translation>领衔代表</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>办理轮次</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reply summary</source>
        <translation>答复摘要</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>办理结果等级</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction recorded on</source>
        <translation>满意度登记日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>承办角色</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Visiting deputy</source>
        <translation>回访代表</translation>
    </message>
    <message>
        <source>Visiting clerk</source>
        <translation>回访工作人员</translation>
    </message>
    <message>
        <source>Person visited</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>More work needed</source>
        <translation>需继续办理</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>存在不足</translation>
    </message>
    <message>
        <source>Plan for next year</source>
        <translation>下一年工作思路</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ledger table. Use appeals, suggestions, deputies, follow_up_visits, activities, constituency_profiles, enterprise_links, …</source>
        <translation>“%1”不是台账表。请使用 appeals、suggestions、deputies、follow_up_visits、activities、constituency_profiles、enterprise_links 等。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record: give a ledger number (2022-0031), a uuid, table:id (appeals:42) or an id.</source>
        <translation>“%1”不是一条记录：请给出台账编号（2022-0031）、UUID、表:编号（appeals:42）或编号。</translation>
    </message>
    <message>
        <source>No record &quot;%1&quot; was found in the ledgers or in the audit trail.</source>
        <translation>台账和操作记录中都找不到记录“%1”。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored from the recycle bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Removed for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Exported with full personal data</source>
        <translation>导出完整个人信息</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>系统用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Table:id</source>
        <translation>表:编号</translation>
    </message>
    <message>
        <source>Record uuid</source>
        <translation>记录UUID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Created as demo data</source>
        <translation>新建（演示数据）</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>（未记录姓名）</translation>
    </message>
    <message>
        <source>no. %1 (no longer exists)</source>
        <translation>编号 %1（已不存在）</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1的修改记录</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>仅显示此日期以来的修改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为CSV…</translation>
    </message>
    <message>
        <source>Excel-safe CSV of the entries selected; constituents&apos; names, phones and addresses are masked</source>
        <translation>导出所选记录为可在Excel中正确打开的CSV；群众姓名、电话和地址已脱敏</translation>
    </message>
    <message>
        <source>No changes recorded in this period.</source>
        <translation>这段时间内没有修改记录。</translation>
    </message>
    <message>
        <source>No changes recorded for this record yet (changes made before the audit trail existed are not known).</source>
        <translation>这条记录还没有修改记录（启用操作记录之前的修改无从得知）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>共 %n 条记录，已显示 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>无法写入“%1”：%2。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the backup.</source>
        <translation>无法创建用于备份的文件夹“%1”。</translation>
    </message>
    <message>
        <source>The backup to &quot;%1&quot; failed: %2. The ledger itself was not changed.</source>
        <translation>备份到“%1”失败：%2。台账本身未作更改。</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check (%1)</source>
        <translation>副本未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>cannot flush the copy to the disk</source>
        <translation>无法将副本写入磁盘</translation>
    </message>
    <message>
        <source>cannot rename the copy to its final name</source>
        <translation>无法将副本重命名为最终文件名</translation>
    </message>
    <message>
        <source>A backup cannot replace the ledger it is made from; choose another file.</source>
        <translation>备份不能替换其来源台账；请另选文件。</translation>
    </message>
    <message>
        <source>The ledger is not open.</source>
        <translation>台账未打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist or is empty; it is not a backup of a ledger.</source>
        <translation>“%1”不存在或为空，不是台账的备份。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (the integrity check found: %2); it cannot be used.</source>
        <translation>“%1”已损坏（完整性检查发现：%2），不能使用。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>今天的自动备份失败：%1</translation>
    </message>
    <message>
        <source>A ledger cannot be restored from itself; choose a backup file.</source>
        <translation>台账不能从自身恢复；请选择备份文件。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was restored: the current ledger could not be kept as &quot;%1&quot;.</source>
        <translation>未恢复任何内容：无法将当前台账保留为“%1”。</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot read &quot;%1&quot;: %2</source>
        <translation>未恢复任何内容：无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>已被中止</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Check a ledger file&apos;s integrity and the ledgers&apos; consistency.</source>
        <translation>检查台账文件的完整性和各台账的一致性。</translation>
    </message>
    <message>
        <source>Fill the ledger file with realistic, deterministic demo data for one year.</source>
        <translation>用一年的逼真、可重现的演示数据填充台账文件。</translation>
    </message>
    <message>
        <source>Export one ledger as an Excel-safe CSV file or an .xlsx workbook.</source>
        <translation>将一个台账导出为可在 Excel 中安全打开的 CSV 文件或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>Write every ledger of a year and a manifest into a folder for the district.</source>
        <translation>将某年的全部台账及清单文件写入一个文件夹，报送区人大。</translation>
    </message>
    <message>
        <source>Create an empty ledger file (never overwrites one).</source>
        <translation>新建空白台账文件（不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>Print a year&apos;s figures for the annual work report.</source>
        <translation>打印某年的年度工作总结统计数字。</translation>
    </message>
    <message>
        <source>Import a ledger CSV file, a bundle or a folder of bundles, all or nothing.</source>
        <translation>导入台账 CSV 文件、报送材料或存放多份报送材料的文件夹，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Print an appeal or a suggestion as the station&apos;s paper form, or a blank form.</source>
        <translation>将诉求或建议打印为联络站的纸质表格，或打印空白表格。</translation>
    </message>
    <message>
        <source>Print a deputy&apos;s ledger book (台账本) for a year, or every deputy&apos;s.</source>
        <translation>打印一名代表或全部代表某一年度的台账本。</translation>
    </message>
    <message>
        <source>Show or set the annual report&apos;s written sections (存在不足, 下一年工作思路) of a year.</source>
        <translation>查看或设置某一年度工作总结中需手写的部分（存在不足、下一年工作思路）。</translation>
    </message>
    <message>
        <source>Write the annual work-report summary (年度工作总结) as PDF, ODT or HTML.</source>
        <translation>生成年度工作总结（PDF、ODT 或 HTML）。</translation>
    </message>
    <message>
        <source>Write a verified copy of the ledger to a file (safe while the ledger is in use).</source>
        <translation>将台账的校验副本写入文件（台账使用中也可安全进行）。</translation>
    </message>
    <message>
        <source>Replace the ledger by a backup (checked first; the replaced ledger is kept in the backup folder).</source>
        <translation>用备份替换台账（先行检查；被替换的台账保留在备份文件夹中）。</translation>
    </message>
    <message>
        <source>Print the audit trail: who changed what and when, field by field.</source>
        <translation>打印操作记录：谁在什么时候改了什么，逐个字段列出。</translation>
    </message>
    <message>
        <source>List, restore or permanently delete the records in the recycle bin.</source>
        <translation>列出、恢复或永久删除回收站中的记录。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The ledger file (default: %1).</source>
        <translation>台账文件（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>多余的参数“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; does not exist; create it with &quot;init&quot;.</source>
        <translation>台账文件“%1”不存在；请先用“init”创建。</translation>
    </message>
    <message>
        <source>--%1 is required; see --help.</source>
        <translation>必须提供 --%1；请参阅 --help。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; does not exist.</source>
        <translation>台账文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: it is not a ledger file.</source>
        <translation>“%1”是空文件，不是台账文件。</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the first: %1</source>
        <translation>
            <numerusform>发现 %n 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Made demo data for %1 in %2 s: %3 deputies, %4 enterprise links, %5 constituency profiles, %6 appeals (%7 timeline entries), %8 suggestions, %9 follow-up visits, %10 activities.</source>
        <translation>已用 %2 秒生成 %1 年的演示数据：代表 %3 名，挂钩企业 %4 个，选区情况 %5 份，群众诉求 %6 件（办理记录 %7 条），代表建议 %8 件，回访 %9 次，代表活动 %10 次。</translation>
    </message>
    <message>
        <source>How many deputies (default 30).</source>
        <translation>代表人数（默认 30）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many appeals (default 2000).</source>
        <translation>诉求件数（默认 2000）。</translation>
    </message>
    <message>
        <source>The year the records belong to (default: this year).</source>
        <translation>数据所属年份（默认：今年）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format 只能是 csv 或 xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>Only records of this year.</source>
        <translation>只导出该年份的记录。</translation>
    </message>
    <message>
        <source>csv (default) or xlsx.</source>
        <translation>csv（默认）或 xlsx。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Export constituents&apos; phone numbers unmasked and the personal data of confidential appeals (for the station&apos;s own backups only).</source>
        <translation>导出未打码的反映人电话及保密诉求的个人信息（仅供联络站自行备份）。</translation>
    </message>
    <message>
        <source>--ledger is required: deputies, enterprises, profiles, appeals, suggestions, visits or activities.</source>
        <translation>必须提供 --ledger：deputies、enterprises、profiles、appeals、suggestions、visits 或 activities。</translation>
    </message>
    <message>
        <source>Unknown ledger &quot;%1&quot;: use deputies, enterprises, profiles, appeals, suggestions, visits or activities.</source>
        <translation>未知台账“%1”：请使用 deputies、enterprises、profiles、appeals、suggestions、visits 或 activities。</translation>
    </message>
    <message>
        <source>--out is required: the file to write.</source>
        <translation>必须提供 --out：要写入的文件。</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3%4</source>
        <translation>已将 %2 的 %1 行写入 %3%4</translation>
    </message>
    <message>
        <source> (with full personal data)</source>
        <translation>（含完整个人信息）</translation>
    </message>
    <message>
        <source> (phone numbers masked)</source>
        <translation>（电话号码已打码）</translation>
    </message>
    <message>
        <source>--out is required: the folder to write the bundle into.</source>
        <translation>必须提供 --out：写入报送材料的文件夹。</translation>
    </message>
    <message>
        <source>Wrote the %1 bundle of %2 to %3:</source>
        <translation>已将 %2 年的 %1 格式报送材料写入 %3：</translation>
    </message>
    <message>
        <source>deputies, enterprises, profiles, appeals, suggestions, visits or activities.</source>
        <translation>deputies（代表）、enterprises（挂钩企业）、profiles（选区情况）、appeals（群众诉求）、suggestions（代表建议）、visits（回访）或 activities（代表活动）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only this deputy&apos;s records (number or name).</source>
        <translation>只导出该代表的记录（编号或姓名）。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds a ledger; it was not changed. Choose another file with --db.</source>
        <translation>“%1”中已有台账，未作更改。请用 --db 另选文件。</translation>
    </message>
    <message>
        <source>Created the ledger file %1</source>
        <translation>已创建台账文件 %1</translation>
    </message>
    <message>
        <source>The liaison station&apos;s name.</source>
        <translation>代表联络站名称。</translation>
    </message>
    <message>
        <source>Liaison station</source>
        <translation>代表联络站</translation>
    </message>
    <message>
        <source>The street (街道) it belongs to.</source>
        <translation>所属街道。</translation>
    </message>
    <message>
        <source>The station&apos;s address.</source>
        <translation>联络站地址。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Figures of %1 — %2 %3</source>
        <translation>%1 年统计数字 — %2 %3</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <source>Appeals received</source>
        <translation>收到群众诉求</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>不予受理并转交</translation>
    </message>
    <message>
        <source>merged as duplicates</source>
        <translation>重复件并案</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <source>Appeals by category</source>
        <translation>诉求分类统计</translation>
    </message>
    <message>
        <source>Appeals by channel</source>
        <translation>诉求渠道统计</translation>
    </message>
    <message>
        <source>Suggestions submitted</source>
        <translation>提交代表建议</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>代表活动</translation>
    </message>
    <message>
        <source>Visits to constituencies (深入选区)</source>
        <translation>深入基层、深入选区</translation>
    </message>
    <message>
        <source>&quot;Three visits&quot; with municipal deputies (三进)</source>
        <translation>市人大代表参与“三进”活动</translation>
    </message>
    <message>
        <source>Joint-group activities (联组活动)</source>
        <translation>联组活动</translation>
    </message>
    <message>
        <source>Group or plenary activities (分组或集中活动)</source>
        <translation>分组或集中开展人大活动</translation>
    </message>
    <message>
        <source>Enterprise links (一包二)</source>
        <translation>“一包二”挂钩企业</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>答复率</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>By deputy (appeals received / resolved / answered, suggestions led, activities)</source>
        <translation>各代表情况（收到诉求 / 办结 / 答复，领衔建议，参加活动）</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2022-12-31, not &quot;%1&quot;.</source>
        <translation>--as-of 必须是形如 2022-12-31 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>年份（必填）。</translation>
    </message>
    <message>
        <source>Print JSON with stable keys (see docs/STATS.md).</source>
        <translation>以键名固定的 JSON 格式输出（见 docs/STATS.md）。</translation>
    </message>
    <message>
        <source>Judge &quot;overdue&quot; on this day (default: today, or 31 December of a past year).</source>
        <translation>以该日为准判断是否超期（默认：今天；往年为 12 月 31 日）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--in is required: the CSV file or bundle folder to import.</source>
        <translation>必须提供 --in：要导入的 CSV 文件或报送材料文件夹。</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>inserted %1, updated %2, unchanged %3, rejected %4</source>
        <translation>新增 %1 条，更新 %2 条，未变 %3 条，拒收 %4 条</translation>
    </message>
    <message>
        <source>Dry run, nothing was written: %1</source>
        <translation>试运行，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was written (--all-or-nothing and some rows were rejected): %1</source>
        <translation>未写入任何内容（指定了 --all-or-nothing，且有行被拒收）：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>被拒收的行及原因：%1</translation>
    </message>
    <message>
        <source>The CSV file, bundle folder or folder of bundles.</source>
        <translation>CSV 文件、报送材料文件夹或存放多份报送材料的文件夹。</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>FILE|DIR</translation>
    </message>
    <message>
        <source>The ledger the file holds (recognised from its header when left out).</source>
        <translation>文件所属的台账（不填时根据表头识别）。</translation>
    </message>
    <message>
        <source>Check every row and list the problems; write nothing.</source>
        <translation>逐行检查并列出问题，不写入任何内容。</translation>
    </message>
    <message>
        <source>Write nothing when any row is rejected.</source>
        <translation>只要有一行被拒收，就不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this CSV file.</source>
        <translation>将被拒收的行及原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Create the deputies a hand-made ledger names but the file does not know.</source>
        <translation>自动创建手工台账中出现、但本文件中尚没有的代表。</translation>
    </message>
    <message>
        <source>Give exactly one of --appeal, --suggestion or --blank.</source>
        <translation>请在 --appeal、--suggestion、--blank 中选择且只选择一项。</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out.</source>
        <translation>请用 --out 指定要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>Forms are written as PDF: --out must end in .pdf.</source>
        <translation>表格只能保存为 PDF：--out 必须以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>--blank takes &quot;appeal&quot; or &quot;suggestion&quot;.</source>
        <translation>--blank 的取值只能是“appeal”（诉求）或“suggestion”（建议）。</translation>
    </message>
    <message>
        <source>There is no appeal numbered %1. Check the number (e.g. 2022-0031).</source>
        <translation>没有编号为 %1 的诉求，请核对编号（例如 2022-0031）。</translation>
    </message>
    <message>
        <source>There is no suggestion numbered %1. Check the number.</source>
        <translation>没有编号为 %1 的建议，请核对编号。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已生成 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The appeal&apos;s number, e.g. 2022-0031.</source>
        <translation>诉求编号，例如 2022-0031。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The suggestion&apos;s number.</source>
        <translation>建议编号。</translation>
    </message>
    <message>
        <source>A blank form: appeal or suggestion.</source>
        <translation>空白表格：appeal（诉求）或 suggestion（建议）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>Give either --deputy ID|NAME or --all.</source>
        <translation>请指定 --deputy 编号|姓名，或使用 --all。</translation>
    </message>
    <message>
        <source>Give the PDF file or the folder to write with --out.</source>
        <translation>请用 --out 指定要生成的 PDF 文件或文件夹。</translation>
    </message>
    <message>
        <source>One deputy&apos;s book is written as PDF: --out must end in .pdf.</source>
        <translation>单个代表的台账本保存为 PDF：--out 必须以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>No deputy was in office in %1; there is no ledger book to print.</source>
        <translation>%1 年没有在任代表，没有可打印的台账本。</translation>
    </message>
    <message>
        <source>There is no deputy &quot;%1&quot;. Give the name as entered, or the id.</source>
        <translation>没有名为“%1”的代表。请输入台账中登记的姓名或代表编号。</translation>
    </message>
    <message>
        <source>%1 deputies are named &quot;%2&quot;; give the id instead.</source>
        <translation>有 %1 名代表叫“%2”，请改用代表编号。</translation>
    </message>
    <message>
        <source>Could not create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ledger book(s) into %1.</source>
        <translation>
            <numerusform>已在 %1 中生成 %n 本台账本。</numerusform>
        </translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年度。</translation>
    </message>
    <message>
        <source>The deputy&apos;s id or name.</source>
        <translation>代表编号或姓名。</translation>
    </message>
    <message>
        <source>Every deputy in office that year: one PDF each into the folder --out, or one combined PDF with a contents page when --out ends in .pdf.</source>
        <translation>当年在任的全部代表：每人一个 PDF 保存到 --out 文件夹；如 --out 以 .pdf 结尾，则合并为一个带目录的 PDF。</translation>
    </message>
    <message>
        <source>The PDF file or folder to write.</source>
        <translation>要生成的 PDF 文件或文件夹。</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>Saved the written sections of the %1 work report.</source>
        <translation>已保存 %1 年工作总结的手写部分。</translation>
    </message>
    <message>
        <source>The year of the report.</source>
        <translation>工作总结的年度。</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the shortcomings (二、存在不足).</source>
        <translation>写有“二、存在不足”内容的 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>A UTF-8 text file with next year&apos;s plan (三、下一年工作思路).</source>
        <translation>写有“三、下一年工作思路”内容的 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>Give the file to write with --out (.pdf, .odt or .html).</source>
        <translation>请用 --out 指定要生成的文件（.pdf、.odt 或 .html）。</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .odt or .html.</source>
        <translation>--out 必须以 .pdf、.odt 或 .html 结尾。</translation>
    </message>
    <message>
        <source>Wrote the %1 work report to %2 in %3 s.</source>
        <translation>已生成 %1 年工作总结：%2（用时 %3 秒）。</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .odt or .html.</source>
        <translation>要生成的文件：.pdf、.odt 或 .html。</translation>
    </message>
    <message>
        <source>--out FILE is required; see --help.</source>
        <translation>必须提供 --out 文件；请参阅 --help。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another file or add --overwrite.</source>
        <translation>“%1”已存在；请另选文件或加上 --overwrite。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (verified, %3 ms)</source>
        <translation>已将 %1 备份到 %2（已校验，%3 毫秒）</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Replace --out if it already exists.</source>
        <translation>如 --out 已存在则替换。</translation>
    </message>
    <message>
        <source>--from FILE is required; see --help.</source>
        <translation>必须提供 --from 文件；请参阅 --help。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The ledger it replaced was kept as %1.</source>
        <translation>被替换的台账已保留为 %1。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>--json 和 --csv 只能选一个。</translation>
    </message>
    <message>
        <source>--since must be a date like 2022-12-31, not &quot;%1&quot;.</source>
        <translation>--since 必须是形如 2022-12-31 的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--record needs a ledger number (2022-0031), a uuid, table:id or an id.</source>
        <translation>--record 需要台账编号（2022-0031）、UUID、表:编号或编号。</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out 需要一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条操作记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this record and what belongs to it: a ledger number (2022-0031), a uuid, table:id (appeals:42) or an id.</source>
        <translation>只显示这条记录及其附属记录：台账编号（2022-0031）、UUID、表:编号（appeals:42）或编号。</translation>
    </message>
    <message>
        <source>ID|NUMBER|UUID</source>
        <translation>编号|台账编号|UUID</translation>
    </message>
    <message>
        <source>Only changes on or after this day (UTC).</source>
        <translation>只显示这一天（UTC）及以后的修改。</translation>
    </message>
    <message>
        <source>Print JSON (see docs/AUDIT.md).</source>
        <translation>输出 JSON（见 docs/AUDIT.md）。</translation>
    </message>
    <message>
        <source>Print Excel-safe CSV, one row per changed field.</source>
        <translation>输出可在Excel中正确打开的CSV，每个修改的字段一行。</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>写入此文件而不是显示在屏幕上。</translation>
    </message>
    <message>
        <source>Show constituents&apos; names, phones and addresses unmasked (recorded in the audit trail).</source>
        <translation>显示完整的群众姓名、电话和地址（此操作本身会记入操作记录）。</translation>
    </message>
    <message>
        <source>--%1 takes KIND:ID as --list prints it (e.g. appeal:12), not &quot;%2&quot;.</source>
        <translation>--%1 的值应为 --list 输出的“类型:ID”（如 appeal:12），而不是“%2”。</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the recycle bin.</source>
        <translation>
            <numerusform>回收站中有 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted permanently.</source>
        <translation>
            <numerusform>已永久删除 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be deleted permanently; add --yes to do it.</source>
        <translation>
            <numerusform>将永久删除 %n 条记录；加上 --yes 才会实际执行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of --restore, --purge and --empty.</source>
        <translation>--restore、--purge 和 --empty 只能选择其一。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the records in the recycle bin (the default).</source>
        <translation>列出回收站中的记录（默认）。</translation>
    </message>
    <message>
        <source>With --list: print a JSON list.</source>
        <translation>与 --list 一起使用：输出 JSON 列表。</translation>
    </message>
    <message>
        <source>Restore this record (KIND:ID as --list prints it; may be repeated).</source>
        <translation>恢复此记录（--list 输出的“类型:ID”，可重复）。</translation>
    </message>
    <message>
        <source>KIND:ID</source>
        <translation>类型:ID</translation>
    </message>
    <message>
        <source>Delete this record permanently, with what belongs to it (may be repeated).</source>
        <translation>永久删除此记录及从属于它的记录（可重复）。</translation>
    </message>
    <message>
        <source>Empty the recycle bin.</source>
        <translation>清空回收站。</translation>
    </message>
    <message>
        <source>With --purge or --empty: really delete (without it, only show what would go).</source>
        <translation>与 --purge 或 --empty 一起使用：实际删除（不加此项只显示将删除的记录）。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <source>Unknown deputies: %1. Add --create-missing-deputies to create them.</source>
        <translation>本台账中没有这些代表：%1。如需创建，请加上 --create-missing-deputies。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text; nothing was saved. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8) and try again.</source>
        <translation>“%1”不是 UTF-8 文本，没有保存任何内容。请将其另存为 UTF-8 编码（记事本中：另存为，编码选 UTF-8）后重试。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>On-site reception</source>
        <translation>站点接待</translation>
    </message>
    <message>
        <source>Online reception</source>
        <translation>网上接待</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Voter contact activity</source>
        <translation>联系选民活动</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>特急</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>不予受理并转交</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已回访结案</translation>
    </message>
    <message>
        <source>Merged as duplicate</source>
        <translation>已并案</translation>
    </message>
    <message>
        <source>Handled on the spot</source>
        <translation>当场办理</translation>
    </message>
    <message>
        <source>To the residents&apos; committee</source>
        <translation>转社区居委会</translation>
    </message>
    <message>
        <source>To the street congress committee</source>
        <translation>转街道人大工委</translation>
    </message>
    <message>
        <source>To the competent department</source>
        <translation>转有关部门</translation>
    </message>
    <message>
        <source>Became a deputy&apos;s suggestion</source>
        <translation>转为代表建议</translation>
    </message>
    <message>
        <source>To a higher-level deputy</source>
        <translation>交上级代表</translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation>闭会期间建议</translation>
    </message>
    <message>
        <source>Session suggestion</source>
        <translation>大会建议</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草拟</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交办理</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Dissatisfied, awaiting re-handling</source>
        <translation>不满意待重办</translation>
    </message>
    <message>
        <source>A: solved or basically solved</source>
        <translation>A 已解决或基本解决</translation>
    </message>
    <message>
        <source>B: being solved</source>
        <translation>B 正在解决</translation>
    </message>
    <message>
        <source>C: planned, to be solved step by step</source>
        <translation>C 列入计划逐步解决</translation>
    </message>
    <message>
        <source>D: kept for reference</source>
        <translation>D 因条件限制留作参考</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>At the station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Visit to the station</source>
        <translation>进站</translation>
    </message>
    <message>
        <source>Visit to enterprises</source>
        <translation>进企业</translation>
    </message>
    <message>
        <source>Visit to the constituency</source>
        <translation>进选区</translation>
    </message>
    <message>
        <source>Joint-group activity</source>
        <translation>联组活动</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>视察</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>宣讲</translation>
    </message>
    <message>
        <source>Visiting families in difficulty</source>
        <translation>走访慰问</translation>
    </message>
    <message>
        <source>Hearing an office&apos;s report</source>
        <translation>听取报告</translation>
    </message>
    <message>
        <source>Plenary activity</source>
        <translation>集中活动</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>分组活动</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Main handling unit</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Assisting unit</source>
        <translation>协办</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>Appeals answered or closed without a reply date: %1</source>
        <translation>已答复或已结案但没有答复日期的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals resolved without a resolution date: %1</source>
        <translation>已办结但没有办结日期的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals closed without a follow-up visit: %1</source>
        <translation>已结案但没有回访记录的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals in handling without having been accepted: %1</source>
        <translation>未经受理即进入办理的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals whose steps are dated before their receipt: %1</source>
        <translation>办理环节日期早于接收日期的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals with an unknown status: %1</source>
        <translation>状态无法识别的诉求：%1</translation>
    </message>
    <message>
        <source>Merged appeals without the appeal they were merged into: %1</source>
        <translation>已并案但缺少所并入诉求的诉求：%1</translation>
    </message>
    <message>
        <source>Appeals without a timeline entry: %1</source>
        <translation>没有办理记录的诉求：%1</translation>
    </message>
    <message>
        <source>Appeal numbers that do not match their year and sequence: %1</source>
        <translation>编号与年份、序号不符的诉求：%1</translation>
    </message>
    <message>
        <source>Suggestions replied or closed without a reply date: %1</source>
        <translation>已答复或已办结但没有答复日期的代表建议：%1</translation>
    </message>
    <message>
        <source>Suggestions with a grade outside A–D: %1</source>
        <translation>办理结果等次不在 A–D 范围内的代表建议：%1</translation>
    </message>
    <message>
        <source>Follow-up visits that belong to no appeal or suggestion: %1</source>
        <translation>不属于任何诉求或建议的回访记录：%1</translation>
    </message>
    <message>
        <source>Deputies whose term ends before it starts: %1</source>
        <translation>任期结束早于任期开始的代表：%1</translation>
    </message>
    <message>
        <source>SQLite cannot check the file: it is damaged. Restore the newest backup.</source>
        <translation>SQLite 无法检查该文件：文件已损坏。请恢复最新的备份。</translation>
    </message>
    <message>
        <source>SQLite reports damage: %1. Restore the newest backup.</source>
        <translation>SQLite 报告文件损坏：%1。请恢复最新的备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist (in %1).</source>
        <translation>
            <numerusform>有 %n 条记录指向不存在的记录（在 %1 中）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等，另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index of %1 is out of step with the records; rebuild it.</source>
        <translation>%1 的搜索索引与记录不一致，请重建索引。</translation>
    </message>
</context>
<context>
    <name>ConstituencyProfileRepository</name>
    <message>
        <source>Year: must be from %1 to %2.</source>
        <translation>年份：必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Deputy: was not in office during %1; choose the year of their mandate.</source>
        <translation>代表：%1 年不在任，请选择其任期内的年份。</translation>
    </message>
    <message>
        <source>Year: this deputy already has a constituency profile for %1; open and edit that one.</source>
        <translation>年份：该代表已有 %1 年的选区情况，请打开并修改那一份。</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>选民数</translation>
    </message>
    <message>
        <source>Voters: cannot be more than the population.</source>
        <translation>选民数：不能多于人口数。</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Standing problems</source>
        <translation>长期存在的问题</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact voter %1, name</source>
        <translation>固定联系选民 %1 的姓名</translation>
    </message>
    <message>
        <source>Contact voter %1, phone</source>
        <translation>固定联系选民 %1 的电话</translation>
    </message>
    <message>
        <source>Contact voter %1, address</source>
        <translation>固定联系选民 %1 的住址</translation>
    </message>
    <message>
        <source>Contact voter %1, notes</source>
        <translation>固定联系选民 %1 的备注</translation>
    </message>
    <message>
        <source>The constituency profile no longer exists or is in the recycle bin.</source>
        <translation>该选区情况已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Contact voter &quot;%1&quot; no longer belongs to this profile; reopen the profile and try again.</source>
        <translation>固定联系选民“%1”已不属于这份选区情况；请重新打开后再试。</translation>
    </message>
    <message>
        <source>The deputy already has another constituency profile for that year; move that one to the recycle bin first if you want this one back.</source>
        <translation>该代表在这一年已有另一份选区情况；如要恢复这一份，请先将那一份移入回收站。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to import.</source>
        <translation>“%1”是空文件，没有可导入的内容。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file (it holds a control byte 0x%2 at byte %3). Save the ledger from Excel or WPS as &quot;CSV (comma delimited)&quot; and import that file.</source>
        <translation>“%1”不是文本文件（第 %3 字节处有控制字节 0x%2）。请在 Excel 或 WPS 中将台账另存为“CSV（逗号分隔）”后再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not UTF-8 text, and this system cannot read GB18030 (GBK). Save it from Excel as &quot;CSV UTF-8&quot; and import again.</source>
        <translation>“%1”不是 UTF-8 文本，且本系统无法读取 GB18030（GBK）编码。请在 Excel 中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has bytes that are not %2 text near line %3. Save it from Excel as &quot;CSV UTF-8&quot; and import again.</source>
        <translation>“%1”在第 %3 行附近有不属于 %2 编码的字节。请在 Excel 中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The row on line %1 has more than %2 cells; no ledger has that many columns. Check that this is a ledger saved as CSV.</source>
        <translation>第 %1 行的单元格超过 %2 个，没有哪个台账有这么多列。请确认这是另存为 CSV 的台账。</translation>
    </message>
    <message>
        <source>A cell in the row starting on line %1 is longer than %2 characters; no ledger field is that long. The file may be damaged or have an unclosed quotation mark.</source>
        <translation>从第 %1 行开始的一行中，有单元格超过 %2 个字符，没有哪个台账字段有这么长。文件可能已损坏，或有未闭合的引号。</translation>
    </message>
    <message>
        <source>The row starting on line %1 opens a quotation mark that is never closed; the file ends inside it. The file may be cut short: save it again from Excel or WPS.</source>
        <translation>从第 %1 行开始的一行有左引号但没有闭合，文件在引号内结束。文件可能不完整：请在 Excel 或 WPS 中重新保存。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>DailyQueues</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Resolved, not yet answered</source>
        <translation>已办结未答复</translation>
    </message>
    <message>
        <source>Answered, not yet visited</source>
        <translation>已答复未回访</translation>
    </message>
    <message>
        <source>Suggestions without a reply</source>
        <translation>未答复的代表建议</translation>
    </message>
    <message>
        <source>Past their deadline and not resolved: push the handling unit (督办).</source>
        <translation>已过办理时限仍未办结：请督办承办单位。</translation>
    </message>
    <message>
        <source>Their deadline falls within the next seven days.</source>
        <translation>办理时限在今后 7 天内到期。</translation>
    </message>
    <message>
        <source>Every appeal must end answered: tell the constituent the result.</source>
        <translation>每件诉求都要答复：请将办理结果告知反映人。</translation>
    </message>
    <message>
        <source>Go back to the constituent and record their satisfaction.</source>
        <translation>请回访反映人并记录其满意程度。</translation>
    </message>
    <message>
        <source>Submitted suggestions still waiting for the handling unit&apos;s written reply.</source>
        <translation>已提交、仍在等待承办单位书面答复的代表建议。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a ledger file.</source>
        <translation>“%1”是文件夹，不是台账文件。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2. Check that the file exists and that you may open it.</source>
        <translation>无法读取“%1”：%2。请检查文件是否存在、您是否有权打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ledger file of this program (it is not an SQLite database). The file was not changed.</source>
        <translation>“%1”不是本程序的台账文件（不是 SQLite 数据库）。文件未作更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another program, not a liaison-station ledger. The file was not changed.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是代表联络站台账。文件未作更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Liaison Ledger (file format %2, this program understands up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的代表联络站台账写入（文件格式 %2，本程序最高支持 %3）。请安装新版本后再打开；文件未作更改。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; does not exist.</source>
        <translation>台账文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or not a database: %2. The file was not changed; restore a backup.</source>
        <translation>“%1”已损坏或不是数据库：%2。文件未作更改；请恢复备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not a ledger.</source>
        <translation>“%1”是空文件，不是台账。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of Liaison Ledger. Install the newer version to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的代表联络站台账写入。请安装新版本后再打开；文件未作更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an older file format and cannot be upgraded while opened read-only. Open it for writing once to upgrade it.</source>
        <translation>“%1”使用旧的文件格式，以只读方式打开时无法升级。请以可写方式打开一次以完成升级。</translation>
    </message>
    <message>
        <source>Upgrading the file to format %1 failed: %2</source>
        <translation>将文件升级到格式 %1 失败：%2</translation>
    </message>
    <message>
        <source>The ledger file is damaged (%1). Nothing was changed; restore the newest backup.</source>
        <translation>台账文件已损坏（%1）。未作任何更改；请恢复最新的备份。</translation>
    </message>
    <message>
        <source>The ledger file is busy: another program is writing to it. Try again in a moment.</source>
        <translation>台账文件正忙：另一个程序正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>The ledger file is open read-only; nothing was changed.</source>
        <translation>台账文件以只读方式打开，未作任何更改。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满，未作任何更改。请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次更改：%1</translation>
    </message>
    <message>
        <source>The change was already saved or abandoned.</source>
        <translation>此次更改已经保存或已放弃。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its list of tables cannot be read (%2). The file was not changed; restore a backup.</source>
        <translation>“%1”已损坏：无法读取其数据表列表（%2）。文件未作更改；请恢复备份。</translation>
    </message>
    <message>
        <source>The newest good backup is &quot;%1&quot;; restore it from the File menu or with &quot;liaison-ledger-cli restore --from&quot;.</source>
        <translation>最新的完好备份是“%1”；请通过“文件”菜单或“liaison-ledger-cli restore --from”恢复。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; is damaged (the integrity check found: %2). It was opened read-only so that nothing more is lost.</source>
        <translation>台账文件“%1”已损坏（完整性检查发现：%2）。已以只读方式打开，以免损失更多数据。</translation>
    </message>
    <message>
        <source>The file was not upgraded because the backup before the upgrade failed: %1</source>
        <translation>升级前的备份失败，文件未升级：%1</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot; for recording changes (the audit trail). The file was not changed.</source>
        <translation>无法为“%1”启用修改记录（操作记录）。文件未被更改。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not allow creating files, and the program needs to keep its working files (a lock and a write-ahead log) beside the ledger file. Copy the ledger file to a folder where you may write, such as your Documents folder, and open the copy. The file was not changed.</source>
        <translation>文件夹“%1”不允许新建文件，而本程序需要在台账文件旁边保存工作文件（锁文件和预写日志）。请把台账文件复制到您有写入权限的文件夹（例如“文档”文件夹），然后打开副本。原文件没有被修改。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; is read-only: its permissions, or the disk it is on, do not allow changes. Open it read-only to look at it, or copy it to a folder where you may write and open the copy. The file was not changed.</source>
        <translation>台账文件“%1”是只读的：它的权限或所在的磁盘不允许修改。可以以只读方式打开查看，或把它复制到您有写入权限的文件夹后打开副本。文件没有被修改。</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; was deleted, moved or replaced by another program while it was open here, so the change was not saved. To keep what is open now, use &quot;Save a copy&quot; in the File menu; then open the ledger file again from where it is, or restore a backup.</source>
        <translation>台账文件“%1”在本程序打开期间被其他程序删除、移走或替换，因此这次修改没有保存。要保留当前打开的内容，请立即使用“文件”菜单中的“另存副本”；然后从文件现在所在的位置重新打开台账文件，或恢复一个备份。</translation>
    </message>
    <message>
        <source>The integrity check that runs after opening found that the ledger file &quot;%1&quot; is damaged (%2). It is now read-only so that nothing more is lost: what was saved before stays in the file, but nothing more can be saved into it.</source>
        <translation>打开文件后进行的完整性检查发现台账文件“%1”已损坏（%2）。为避免丢失更多内容，该文件现已改为只读：此前已保存的内容仍在文件中，但不能再向其中保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>A copy cannot replace the open file itself. Choose another file name.</source>
        <translation>副本不能替换当前打开的文件本身。请换一个文件名。</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2 Choose a folder you can write to.</source>
        <translation>无法将副本写入 %1：%2 请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1. Check that the file is not open in another program and try again.</source>
        <translation>无法将副本保存为 %1。请确认该文件没有在其他程序中打开，然后再试。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 于 %2，自 %3 起</translation>
    </message>
    <message>
        <source>Cannot write the lock file &quot;%1&quot;: %2. Check that you may write in the ledger&apos;s folder.</source>
        <translation>无法写入锁文件“%1”：%2。请确认您有权在台账所在文件夹中写入。</translation>
    </message>
    <message>
        <source>Cannot create the lock file &quot;%1&quot;: %2. Check that you may write in the ledger&apos;s folder, or open the ledger read-only.</source>
        <translation>无法创建锁文件“%1”：%2。请确认您有权在台账所在文件夹中写入，或以只读方式打开台账。</translation>
    </message>
    <message>
        <source>The ledger is being edited by %1. You can open it read-only, or ask them to close it first.</source>
        <translation>%1 正在编辑此台账。您可以以只读方式打开，或请对方先关闭。</translation>
    </message>
    <message>
        <source>Another program is opening the ledger right now. Try again in a moment, or open it read-only.</source>
        <translation>另一个程序正在打开此台账。请稍后再试，或以只读方式打开。</translation>
    </message>
    <message>
        <source>Cannot take the lock file &quot;%1&quot;. Try again in a moment.</source>
        <translation>无法获取锁文件“%1”。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Year: demo data can be made for 1990 to %1, not %2.</source>
        <translation>年份：演示数据只能生成 1990 至 %1 年，不能是 %2 年。</translation>
    </message>
    <message>
        <source>Deputies: choose from 1 to 10,000.</source>
        <translation>代表人数：请在 1 到 10,000 之间选择。</translation>
    </message>
    <message>
        <source>Appeals: choose from 0 to 5,000,000.</source>
        <translation>诉求件数：请在 0 到 5,000,000 之间选择。</translation>
    </message>
</context>
<context>
    <name>DeputyChecklist</name>
    <message>
        <source>%1 (former deputy)</source>
        <translation>%1（已离任）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeputyForm</name>
    <message>
        <source>Deputy %1</source>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>New deputy</source>
        <translation>新代表</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678 or 027-8888 1234</source>
        <translation>例如 138 1234 5678 或 027-8888 1234</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Te&amp;rm:</source>
        <translation>届次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Mandate &amp;start:</source>
        <translation>任期开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>选区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>工作单位(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>界别(&amp;C)：</translation>
    </message>
    <message>
        <source>Mandate &amp;end:</source>
        <translation>任期结束(&amp;E)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Leave empty while the deputy is in office.</source>
        <translation>代表在任期间请留空。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add deputy</source>
        <translation>添加代表(&amp;A)</translation>
    </message>
    <message>
        <source>Term %1</source>
        <translation>第%1届</translation>
    </message>
</context>
<context>
    <name>DeputyPanel</name>
    <message>
        <source>All deputies</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <source>Every record of the station, whoever received it</source>
        <translation>联络站的全部记录，不论由谁接待</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Former deputies</source>
        <translation>已离任代表</translation>
    </message>
    <message>
        <source>Also list deputies whose mandate has ended; their records are kept</source>
        <translation>同时列出任期已结束的代表；其记录仍保留</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>No deputies yet. Press Ctrl+Shift+N to add the station&apos;s deputies.</source>
        <translation>尚无代表。按 Ctrl+Shift+N 添加本联络站的代表。</translation>
    </message>
</context>
<context>
    <name>DeputyPicker</name>
    <message>
        <source>%1 (former deputy)</source>
        <translation>%1（已离任）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeputyRepository</name>
    <message>
        <source>Deputy&apos;s name</source>
        <translation>代表姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>界别</translation>
    </message>
    <message>
        <source>Deputy&apos;s phone</source>
        <translation>代表电话</translation>
    </message>
    <message>
        <source>Mandate start</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <source>Mandate end</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <source>the mandate start</source>
        <translation>任期开始日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create the station first: a deputy belongs to a liaison station.</source>
        <translation>请先建立联络站：代表必须属于一个代表联络站。</translation>
    </message>
    <message>
        <source>The deputy no longer exists or is in the recycle bin.</source>
        <translation>该代表已不存在或已在回收站中。</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n field(s): %1</source>
        <translation>
            <numerusform>请修改 %n 个字段：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before closing?</source>
        <translation>此记录有尚未保存的更改。关闭前是否保存？</translation>
    </message>
</context>
<context>
    <name>EnterpriseLinkForm</name>
    <message>
        <source>&amp;Deputy:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>企业(&amp;E)：</translation>
    </message>
    <message>
        <source>Linked &amp;since:</source>
        <translation>挂钩起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Visits to the enterprise</source>
        <translation>走访企业记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>走访概要</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>企业反映的问题</translation>
    </message>
    <message>
        <source>Add visit…</source>
        <translation>添加走访…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Enterprise link: %1</source>
        <translation>挂钩企业：%1</translation>
    </message>
    <message>
        <source>New enterprise link</source>
        <translation>新挂钩企业</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>添加挂钩(&amp;A)</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <source>New visit to %1</source>
        <translation>新走访 %1</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>走访日期：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>走访概要：</translation>
    </message>
    <message>
        <source>Problems raised:</source>
        <translation>企业反映的问题：</translation>
    </message>
    <message>
        <source>Move to the Recycle Bin</source>
        <translation>移入回收站</translation>
    </message>
</context>
<context>
    <name>EnterpriseLinkRepository</name>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Enterprise phone</source>
        <translation>企业电话</translation>
    </message>
    <message>
        <source>Enterprise address</source>
        <translation>企业地址</translation>
    </message>
    <message>
        <source>Linked since</source>
        <translation>挂钩起始日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The enterprise link no longer exists or is in the recycle bin.</source>
        <translation>该挂钩企业已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Enterprise: choose an enterprise linked with the deputy.</source>
        <translation>企业：请选择与该代表挂钩的企业。</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>the date the link began</source>
        <translation>挂钩起始日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>走访概要</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>企业反映的问题</translation>
    </message>
    <message>
        <source>The enterprise visit no longer exists or is in the recycle bin.</source>
        <translation>该企业走访记录已不存在或已在回收站中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Include full personal data</source>
        <translation>包含完整个人信息</translation>
    </message>
    <message>
        <source>Export Ledgers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>All ledgers: the year&apos;s bundle for the district</source>
        <translation>全部台账：报送区人大的年度材料</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — recommended</source>
        <translation>Excel 工作簿（.xlsx）— 推荐</translation>
    </message>
    <message>
        <source>CSV, Excel-safe (UTF-8)</source>
        <translation>CSV，可在 Excel 中安全打开（UTF-8）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Ledger:</source>
        <translation>台账(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>An empty folder for the bundle</source>
        <translation>用于存放报送材料的空文件夹</translation>
    </message>
    <message>
        <source>A file name ending in .xlsx</source>
        <translation>以 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <source>A file name ending in .csv</source>
        <translation>以 .csv 结尾的文件名</translation>
    </message>
    <message>
        <source>Full personal data: phone numbers unmasked, confidential appeals with names and addresses. Keep this file at the station.</source>
        <translation>完整个人信息：电话号码不打码，保密诉求含姓名和住址。此文件请留存在联络站。</translation>
    </message>
    <message>
        <source>For handing over: constituents&apos; phone numbers are masked (138****5678) and confidential appeals carry no personal data.</source>
        <translation>用于报送：反映人电话号码已打码（138****5678），保密诉求不含个人信息。</translation>
    </message>
    <message>
        <source>Export full personal data?</source>
        <translation>导出完整个人信息？</translation>
    </message>
    <message>
        <source>The file will contain constituents&apos; full phone numbers and the names and addresses of confidential appeals. Only do this for the station&apos;s own backup, never for handing over.

Export full personal data?</source>
        <translation>文件将包含反映人的完整电话号码以及保密诉求的姓名和住址。仅用于联络站自行备份，切勿对外报送。

确定导出完整个人信息？</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>报送材料文件夹</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the export first.</source>
        <translation>请先选择导出文件的保存位置。</translation>
    </message>
    <message numerus="yes">
        <source>The bundle of %1 was written to %2 with its manifest (%n file(s)).</source>
        <translation>
            <numerusform>%1 年的报送材料及清单已写入 %2（共 %n 个文件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpVisitForm</name>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>New follow-up visit</source>
        <translation>新回访</translation>
    </message>
    <message>
        <source>More work is needed</source>
        <translation>仍需继续办理</translation>
    </message>
    <message>
        <source>e.g. 2026-0012</source>
        <translation>例如 2026-0012</translation>
    </message>
    <message>
        <source>&amp;Appeal number:</source>
        <translation>诉求编号(&amp;A)：</translation>
    </message>
    <message>
        <source>Appeal:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>代表建议：</translation>
    </message>
    <message>
        <source>&amp;Visited on:</source>
        <translation>回访日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回访方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Visiting &amp;deputy:</source>
        <translation>回访代表(&amp;D)：</translation>
    </message>
    <message>
        <source>Visiting &amp;clerk:</source>
        <translation>回访工作人员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Person visited:</source>
        <translation>被回访人(&amp;P)：</translation>
    </message>
    <message>
        <source>What they &amp;said:</source>
        <translation>对方意见(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record visit</source>
        <translation>登记回访(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The satisfaction of a recorded visit cannot be changed.</source>
        <translation>已登记回访的满意程度不能修改。</translation>
    </message>
    <message>
        <source>Dissatisfied: the suggestion awaits re-handling (重办).</source>
        <translation>不满意：该建议将等待重新办理（重办）。</translation>
    </message>
    <message>
        <source>The deputy&apos;s satisfaction is recorded.</source>
        <translation>已记录代表的满意程度。</translation>
    </message>
    <message>
        <source>The appeal goes back to handling (reopened).</source>
        <translation>该诉求将退回重新办理。</translation>
    </message>
    <message>
        <source>The appeal will be closed.</source>
        <translation>该诉求将结案。</translation>
    </message>
    <message>
        <source>Appeal number: enter the number of the appeal visited.</source>
        <translation>诉求编号：请填写所回访诉求的编号。</translation>
    </message>
    <message>
        <source>Appeal number: there is no appeal %1.</source>
        <translation>诉求编号：不存在诉求 %1。</translation>
    </message>
</context>
<context>
    <name>FollowUpVisitRepository</name>
    <message>
        <source>Visited record: a follow-up visit belongs to exactly one appeal or one suggestion.</source>
        <translation>回访对象：一次回访只能属于一件诉求或一件代表建议。</translation>
    </message>
    <message>
        <source>Appeal: it no longer exists or is in the recycle bin.</source>
        <translation>诉求：该诉求已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Suggestion: it no longer exists or is in the recycle bin.</source>
        <translation>代表建议：该建议已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Visit method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Visited by: choose the deputy or enter the clerk who visited.</source>
        <translation>回访人：请选择回访代表或填写回访的工作人员。</translation>
    </message>
    <message>
        <source>Visiting deputy</source>
        <translation>回访代表</translation>
    </message>
    <message>
        <source>Visiting clerk</source>
        <translation>回访工作人员</translation>
    </message>
    <message>
        <source>Person visited</source>
        <translation>被回访人</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>对方意见</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意程度</translation>
    </message>
    <message>
        <source>The follow-up visit no longer exists.</source>
        <translation>该回访记录已不存在。</translation>
    </message>
    <message>
        <source>The follow-up visit is in the recycle bin; restore it first.</source>
        <translation>该回访记录在回收站中，请先恢复。</translation>
    </message>
</context>
<context>
    <name>HandlingPane</name>
    <message>
        <source>Handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Ledgers</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>This ledger file is open read-only, so nothing can be imported into it. Close the program that is writing it (or restore a good backup if it is damaged), open it again for writing, and then import.</source>
        <translation>此台账文件以只读方式打开，无法向其中导入任何内容。请关闭正在写入该文件的程序（如文件已损坏，请恢复一个完好的备份），以可写方式重新打开后再导入。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>One of this program&apos;s exports or bundles, or a ledger kept in Excel or WPS and saved as CSV. Nothing is written until the last step.</source>
        <translation>可以是本程序导出的文件或汇总包，也可以是用 Excel 或 WPS 手工制作并另存为 CSV 的台账。在最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>A CSV file, or a bundle folder</source>
        <translation>CSV 文件，或汇总包文件夹</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;File or folder:</source>
        <translation>文件或文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Ledger:</source>
        <translation>台账(&amp;L)：</translation>
    </message>
    <message>
        <source>Import a ledger file</source>
        <translation>导入台账文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a bundle folder</source>
        <translation>导入汇总包文件夹</translation>
    </message>
    <message>
        <source>Every ledger of the bundle</source>
        <translation>汇总包中的全部台账</translation>
    </message>
    <message numerus="yes">
        <source>A folder with %n ledger file(s): %1. Bundles are checked against their manifest before anything is read.</source>
        <translation>
            <numerusform>文件夹中有 %n 个台账文件：%1。读取前会先按清单（manifest）核对汇总包。</numerusform>
        </translation>
    </message>
    <message>
        <source>One of this program&apos;s exports: the %1 ledger, %2. Records are matched by their identifier (标识): new ones are added, newer versions replace older ones, nothing is duplicated.</source>
        <translation>这是本程序导出的%1，编码 %2。记录按“标识”对应：新记录将被添加，较新的版本替换较旧的版本，不会产生重复。</translation>
    </message>
    <message numerus="yes">
        <source>A hand-made ledger (%1, %n column(s)): it is read as an appeals ledger. Check on the next page which column holds what.</source>
        <translation>
            <numerusform>这是手工制作的台账（%1，共 %n 列），将作为诉求记录台账读取。请在下一页核对每一列的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>文件的读取方式</translation>
    </message>
    <message>
        <source>Check the encoding (the sample values must show proper Chinese) and which field each column holds.</source>
        <translation>请核对编码（示例值应显示正常的中文）以及每一列对应的字段。</translation>
    </message>
    <message>
        <source>UTF-8 (this program&apos;s exports, &quot;CSV UTF-8&quot; from Excel)</source>
        <translation>UTF-8（本程序导出的文件，Excel 的“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>GB18030 / GBK (&quot;CSV&quot; from Excel or WPS on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows 上 Excel 或 WPS 保存的“CSV”）</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose the other encoding.</source>
        <translation>请选择另一种编码。</translation>
    </message>
    <message>
        <source>Detected: %1.</source>
        <translation>自动识别：%1。</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>（第 %1 列，无列名）</translation>
    </message>
    <message>
        <source>As exported</source>
        <translation>按导出时的列</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Keep in the notes (%1：value)</source>
        <translation>保留到备注（%1：值）</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are both taken as %3; choose another field for one of them.</source>
        <translation>“%1”和“%2”两列都被设为“%3”，请为其中一列选择其他字段。</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;: an appeal cannot be imported without it.</source>
        <translation>请选择存放“%1”的列：缺少这一项，诉求无法导入。</translation>
    </message>
    <message>
        <source>This is one of this program&apos;s exports: its columns are read as they were written.</source>
        <translation>这是本程序导出的文件，各列按导出时的含义读取。</translation>
    </message>
    <message>
        <source>Columns kept in the notes are added to each appeal&apos;s notes as &quot;column：value&quot;; ignored columns are not imported.</source>
        <translation>保留到备注的列会以“列名：值”的形式加入每条诉求的备注；忽略的列不导入。</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>A trial run found the following; nothing has been written yet.</source>
        <translation>试导入的结果如下，目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Create the deputies the file names but this ledger file does not know</source>
        <translation>创建文件中出现但本台账中没有的代表</translation>
    </message>
    <message>
        <source>Import the valid rows and write the rejected rows, with their reasons, to:</source>
        <translation>导入有效的行，并将未通过的行及原因写入：</translation>
    </message>
    <message>
        <source>All or nothing: import only if no row is rejected</source>
        <translation>全部或全不：只有所有行都通过时才导入</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Go back to choose another file or other columns.</source>
        <translation>请返回选择其他文件或重新设置列。</translation>
    </message>
    <message>
        <source>To add: %1 · To update: %2 · Already there, unchanged: %3 · Rejected: %4</source>
        <translation>将新增：%1 · 将更新：%2 · 已存在、不变：%3 · 未通过：%4</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rejected rows are listed below with their row number in the file.</source>
        <translation>
            <numerusform>发现 %n 个问题；未通过的行及其在文件中的行号列在下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are shown; the reject file lists every rejected row.</source>
        <translation>这里只显示前 %1 个问题；未导入行文件中列出了所有未通过的行。</translation>
    </message>
    <message>
        <source>%1-rejected rows.csv</source>
        <translation>%1-未导入的行.csv</translation>
    </message>
    <message>
        <source>Create missing deputies?</source>
        <translation>创建缺少的代表？</translation>
    </message>
    <message numerus="yes">
        <source>The file names %n deputy(ies) this ledger file does not know: %1.

They will be created as district-level deputies with a note saying they came from this import; check and complete their details (level, term, contact) afterwards. Only do this if these are real deputies and not typing mistakes of a known name.

Create them?</source>
        <translation>
            <numerusform>文件中有 %n 位代表在本台账中不存在：%1。

他们将被创建为区级代表，并在备注中注明来自本次导入；导入后请核对并补全其信息（层级、届次、联系方式）。只有确实是这些代表、而不是已有代表姓名的笔误时才这样做。

要创建吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the rejected rows to</source>
        <translation>将未通过的行写入</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Open the &amp;folder of the reject file</source>
        <translation>打开未导入行文件所在的文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Choose the file the rejected rows are written to, so that they can be corrected and imported later, or choose &quot;All or nothing&quot;.</source>
        <translation>请选择写入未通过行的文件，以便修改后再次导入；或者选择“全部或全不”。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: you chose all or nothing, and %n row(s) would have been rejected. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>未写入任何内容：您选择了“全部或全不”，而有 %n 行未通过。请在文件中修改后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 already there and unchanged, %4 rejected.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，已存在且不变 %3 条，未通过 %4 条。</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1. Correct them there and import that file again.</source>
        <translation>未通过的行及原因已写入 %1。请在其中修改后重新导入该文件。</translation>
    </message>
    <message>
        <source>The main window shows the imported records.</source>
        <translation>主窗口已显示导入的记录。</translation>
    </message>
    <message>
        <source>The ledger file is as it was before.</source>
        <translation>台账文件保持原样，未作任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>A folder of %n CSV file(s), not a bundle (it has no manifest.json): %1. Files named after a ledger are imported deputies first, so that what a record refers to is already there; nothing checks that none is missing or changed.</source>
        <translation>
            <numerusform>文件夹中有 %n 个 CSV 文件，但不是汇总包（没有 manifest.json）：%1。以台账命名的文件按先代表、后其他台账的顺序导入，使记录引用的内容已先导入；无法核对是否缺少或改动了文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Nothing was written; check the disk space.</source>
        <translation>无法写入“%1”：%2。未写入任何内容；请检查磁盘空间。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>The format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>格式只能是 csv 或 xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds a bundle; choose an empty folder.</source>
        <translation>“%1”中已有报送材料，请选择空文件夹。</translation>
    </message>
    <message>
        <source>Cannot read back &quot;%1&quot;.</source>
        <translation>无法读回“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the manifest in &quot;%1&quot;; nothing was kept.</source>
        <translation>无法在“%1”中写入清单文件，已写内容均未保留。</translation>
    </message>
    <message>
        <source>No deputy &quot;%1&quot;: give the deputy&apos;s number, or their name as written in the ledger.</source>
        <translation>没有代表“%1”：请填写代表编号，或台账中登记的姓名。</translation>
    </message>
    <message>
        <source>%1 deputies are called &quot;%2&quot;: give the deputy&apos;s number instead.</source>
        <translation>有 %1 位代表名叫“%2”：请改填代表编号。</translation>
    </message>
    <message>
        <source>Full personal data can only be exported from a ledger file opened for writing, because every such export is recorded in the file&apos;s audit trail. Close the other program that has the file open, or export without full personal data.</source>
        <translation>只有以可写方式打开台账文件时才能导出完整个人信息，因为每次这样的导出都要记入文件的操作记录。请关闭正在打开该文件的其他程序，或导出脱敏数据。</translation>
    </message>
    <message>
        <source>The export was not written because it could not be recorded in the audit trail: %1</source>
        <translation>无法记入操作记录，因此没有导出：%1</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>&quot;%1&quot; does not exist. Check the path and try again.</source>
        <translation>“%1”不存在。请检查路径后再试。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; holds no CSV file and no bundle (manifest.json).</source>
        <translation>文件夹“%1”中既没有 CSV 文件，也没有报送材料（manifest.json）。</translation>
    </message>
    <message>
        <source>Cannot read the manifest of &quot;%1&quot;.</source>
        <translation>无法读取“%1”的清单文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the manifest of a Liaison Ledger bundle.</source>
        <translation>“%1”不是代表联络站台账报送材料的清单文件。</translation>
    </message>
    <message>
        <source>The bundle &quot;%1&quot; was exported as .xlsx; import reads CSV. Export the bundle again with the CSV format.</source>
        <translation>报送材料“%1”是以 .xlsx 格式导出的，而导入只读取 CSV。请以 CSV 格式重新导出报送材料。</translation>
    </message>
    <message>
        <source>The bundle &quot;%1&quot; is incomplete: &quot;%2&quot; is missing. Nothing was imported.</source>
        <translation>报送材料“%1”不完整：缺少“%2”。未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed or damaged after it was exported: its SHA-256 differs from the bundle&apos;s manifest. Nothing was imported; ask for the bundle again.</source>
        <translation>“%1”在导出后被修改或损坏：其 SHA-256 与报送材料清单不符。未导入任何内容；请重新索取报送材料。</translation>
    </message>
    <message>
        <source>It refers to a record (%1) that is neither in the database nor in the import; the link was left empty.</source>
        <translation>该行引用的记录（%1）既不在数据库中，也不在本次导入中；此关联已留空。</translation>
    </message>
    <message>
        <source>Cannot write the reject file &quot;%1&quot;: %2. Nothing was imported.</source>
        <translation>无法写入拒收文件“%1”：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the reject file &quot;%1&quot;. Nothing was imported.</source>
        <translation>无法写入拒收文件“%1”。未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to import.</source>
        <translation>“%1”是空文件，没有可导入的内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two columns named &quot;%2&quot;. Delete or rename one of them and import again; nothing was imported.</source>
        <translation>“%1”中有两列都叫“%2”。请删除或重命名其中一列后再导入；未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no 标识 column, so it is not one of our exports; hand-made files can be imported as the appeals ledger only.</source>
        <translation>“%1”没有“标识”列，不是本程序导出的文件；手工制作的文件只能作为群众诉求台账导入。</translation>
    </message>
    <message>
        <source>%1: appeals, %2, hand-made ledger</source>
        <translation>%1：群众诉求，%2，手工台账</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the %2 ledger (%3), not the %4 ledger. Choose the right file or ledger; nothing was imported.</source>
        <translation>“%1”是%2台账（%3），不是%4台账。请选择正确的文件或台账；未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the columns of the %2 ledger (%3). Missing: %4. Unknown: %5. Import the file as it was exported; nothing was imported.</source>
        <translation>“%1”的列与%2台账（%3）不符。缺少：%4。无法识别：%5。请按导出时的原样导入；未导入任何内容。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2, %3, own export</source>
        <translation>%1：%2，%3，本程序导出</translation>
    </message>
    <message>
        <source>The row has only %1 of %2 cells; the file may be cut short.</source>
        <translation>该行只有 %1 个单元格，应有 %2 个；文件可能不完整。</translation>
    </message>
    <message>
        <source>The 标识 (UUID) is empty; rows of our exports always have one.</source>
        <translation>“标识”（UUID）为空；本程序导出的每一行都有标识。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2.</source>
        <translation>“%1”不是“%2”的可选值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 是 nor 否.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, or that day does not exist; write it as 2022-03-05.</source>
        <translation>“%1”不是日期，或该日不存在；请写成 2022-03-05 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ledger number such as 2022-0031.</source>
        <translation>“%1”不是形如 2022-0031 的台账编号。</translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation>此列不能为空。</translation>
    </message>
    <message>
        <source>It refers to a record (%1) that is neither in the database nor earlier in the import.</source>
        <translation>该行引用的记录（%1）既不在数据库中，也不在本次导入的前面各行中。</translation>
    </message>
    <message>
        <source>A follow-up visit belongs to exactly one appeal or one suggestion.</source>
        <translation>一次回访只能属于一件诉求或一件代表建议。</translation>
    </message>
    <message>
        <source>The cell is not the list our export writes; it may have been edited by hand.</source>
        <translation>该单元格不是本程序导出的列表格式，可能被手工修改过。</translation>
    </message>
    <message>
        <source>An entry of the list lacks its %1.</source>
        <translation>列表中有一项缺少%1。</translation>
    </message>
    <message>
        <source>The number %1 already belongs to another record of that station.</source>
        <translation>编号 %1 已属于该联络站的另一条记录。</translation>
    </message>
    <message>
        <source>That deputy already has another constituency profile for this year.</source>
        <translation>该代表在这一年已有另一份选区情况。</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; could not be saved: %3 Nothing was imported.</source>
        <translation>“%2”第 %1 行无法保存：%3 未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a header but no rows: there is nothing to import.</source>
        <translation>“%1”只有表头，没有数据行，没有可导入的内容。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the columns &quot;%2&quot; and &quot;%3&quot; mean the same thing. Delete or rename one of them and import again; nothing was imported.</source>
        <translation>“%1”中“%2”列和“%3”列含义相同。请删除或重命名其中一列后再导入；未导入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an appeals ledger: it needs a date column (日期, 接待日期 or 反映时间) and a content column (诉求内容, 反映问题 or 内容). Rename the columns or choose the right file; nothing was imported.</source>
        <translation>“%1”看起来不是群众诉求台账：需要有日期列（日期、接待日期或反映时间）和内容列（诉求内容、反映问题或内容）。请重命名相应列或选择正确的文件；未导入任何内容。</translation>
    </message>
    <message>
        <source>This ledger file has no station yet; create it first (liaison-ledger-cli init).</source>
        <translation>此台账文件还没有联络站，请先创建（liaison-ledger-cli init）。</translation>
    </message>
    <message>
        <source>The row has more cells than the header has columns.</source>
        <translation>该行的单元格多于表头的列数。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>Several deputies are named %1; enter this appeal in the program instead.</source>
        <translation>有多位代表名叫“%1”，请改在程序中登记此诉求。</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>接待日期</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>接待代表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Content of the appeal</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>反映渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The column mapping names %1 columns, but &quot;%2&quot; has %3. Choose the columns again; nothing was imported.</source>
        <translation>列对应关系中有 %1 列，而“%2”有 %3 列。请重新设置各列；未导入任何内容。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the columns &quot;%2&quot; and &quot;%3&quot; are both taken for the same field. Map one of them to another field or to the notes; nothing was imported.</source>
        <translation>“%1”中的“%2”和“%3”两列被设为同一字段。请把其中一列改为其他字段或保留到备注；未导入任何内容。</translation>
    </message>
    <message>
        <source>No deputy is named %1. Add the deputy first, or let the import create the missing deputies.</source>
        <translation>没有名叫“%1”的代表。请先添加该代表，或允许导入时创建缺少的代表。</translation>
    </message>
</context>
<context>
    <name>LedgerListView</name>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Search content, names, units, numbers (Ctrl+F)</source>
        <translation>搜索内容、姓名、单位、编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今日待办：%1</translation>
    </message>
    <message>
        <source>No record matches these filters. Clear the search box or choose &quot;All&quot; to see more.</source>
        <translation>没有符合筛选条件的记录。清空搜索框或选择“全部”可查看更多。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Enterprise links (one deputy, two enterprises)</source>
        <translation>挂钩企业（一包二）</translation>
    </message>
    <message>
        <source>Constituency profiles</source>
        <translation>选区情况</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>代表活动</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New ledger file…</source>
        <translation>新建台账文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open ledger file, e.g. to a USB stick</source>
        <translation>将当前台账文件完整复制一份，例如复制到 U 盘</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record in this list</source>
        <translation>在此列表中新建记录(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;deputy…</source>
        <translation>新建代表(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit the selected deputy…</source>
        <translation>编辑所选代表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Constituency profiles</source>
        <translation>选区情况(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Appeals</source>
        <translation>群众诉求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>代表建议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Follow-up visits</source>
        <translation>回访(&amp;F)</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>代表活动(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Enterprise links</source>
        <translation>挂钩企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in this list</source>
        <translation>在此列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Liaison Ledger</source>
        <translation>关于代表联络站台账(&amp;A)</translation>
    </message>
    <message>
        <source>The ledger file &quot;%1&quot; does not exist. Choose File → Open to find it, or File → New ledger file to start one.</source>
        <translation>台账文件“%1”不存在。请通过“文件 → 打开”找到它，或通过“文件 → 新建台账文件”新建一个。</translation>
    </message>
    <message>
        <source>Cannot open the ledger file</source>
        <translation>无法打开台账文件</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>新建台账文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name; an existing ledger is never overwritten.</source>
        <translation>“%1”已存在。请换一个文件名；已有的台账绝不会被覆盖。</translation>
    </message>
    <message>
        <source>Cannot create the ledger file</source>
        <translation>无法创建台账文件</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区情况</translation>
    </message>
    <message>
        <source>No appeals yet — press Ctrl+N to register the first one.</source>
        <translation>尚无群众诉求 — 按 Ctrl+N 登记第一件。</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>群众诉求</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No follow-up visits yet. Answered appeals wait for one: see Today&apos;s &quot;Answered, not yet visited&quot;, or press Ctrl+N to record a visit.</source>
        <translation>尚无回访记录。已答复的诉求需要回访：见“今日”中的“已答复未回访”，或按 Ctrl+N 登记回访。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>代表活动</translation>
    </message>
    <message>
        <source>Enterprise links</source>
        <translation>挂钩企业</translation>
    </message>
    <message>
        <source>Liaison Ledger</source>
        <translation>代表联络站台账</translation>
    </message>
    <message>
        <source>%1 — %2 — Liaison Ledger</source>
        <translation>%1 — %2 — 代表联络站台账</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger files (*.sqlite);;All files (*)</source>
        <translation>台账文件 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open ledger file</source>
        <translation>打开台账文件</translation>
    </message>
    <message>
        <source>Save a copy of the ledger file</source>
        <translation>另存台账文件副本</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>&amp;Export ledgers…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <source>Write ledgers as Excel-safe CSV or .xlsx files, or the year&apos;s bundle for the district</source>
        <translation>将台账导出为可在 Excel 中安全打开的 CSV 或 .xlsx 文件，或导出报送区人大的年度材料</translation>
    </message>
    <message>
        <source>A new record in the list shown (on Today: a new appeal)</source>
        <translation>在当前列表中新建记录（在“今日”中为新诉求）</translation>
    </message>
    <message>
        <source>No constituency profile yet. Each deputy has one per year: select the deputy and press Ctrl+N to describe their constituency.</source>
        <translation>尚无选区情况。每位代表每年一份：请选中代表，按 Ctrl+N 填写其选区情况。</translation>
    </message>
    <message>
        <source>No suggestions yet — press Ctrl+N to record a deputy&apos;s suggestion.</source>
        <translation>尚无代表建议 — 按 Ctrl+N 登记代表建议。</translation>
    </message>
    <message>
        <source>No activities yet — press Ctrl+N to record what the deputies did.</source>
        <translation>尚无代表活动 — 按 Ctrl+N 登记代表开展的活动。</translation>
    </message>
    <message>
        <source>No enterprise links yet. Every deputy keeps contact with two enterprises (一包二): select the deputy and press Ctrl+N.</source>
        <translation>尚无挂钩企业。每位代表联系两家企业（一包二）：请选中代表，按 Ctrl+N。</translation>
    </message>
    <message>
        <source>Choose a deputy</source>
        <translation>请选择代表</translation>
    </message>
    <message>
        <source>Select the deputy on the left first: constituency profiles and enterprise links belong to one deputy.</source>
        <translation>请先在左侧选中代表：选区情况和挂钩企业都属于某一位代表。</translation>
    </message>
    <message>
        <source>Ledger file in use</source>
        <translation>台账文件正在使用中</translation>
    </message>
    <message>
        <source>Open it read-only, to look at the ledgers without changing anything?</source>
        <translation>是否以只读方式打开，只查看台账而不做任何修改？</translation>
    </message>
    <message>
        <source>Ledger file damaged</source>
        <translation>台账文件已损坏</translation>
    </message>
    <message>
        <source>About this ledger file</source>
        <translation>关于此台账文件</translation>
    </message>
    <message>
        <source>&amp;Import ledgers…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Import our own exports and bundles, or a ledger kept in Excel or WPS</source>
        <translation>导入本程序导出的文件和汇总包，或用 Excel、WPS 制作的台账</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>操作记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Who changed what and when in this file, field by field; export it as CSV</source>
        <translation>查看谁在什么时候修改了本文件中的什么内容，逐个字段列出；可导出为CSV</translation>
    </message>
    <message>
        <source>&amp;Move to the Recycle Bin</source>
        <translation>移入回收站(&amp;M)</translation>
    </message>
    <message>
        <source>Moves the selected record of the list shown to the recycle bin</source>
        <translation>将当前列表中所选记录移入回收站</translation>
    </message>
    <message>
        <source>Move the selected de&amp;puty to the Recycle Bin…</source>
        <translation>将所选代表移入回收站(&amp;P)…</translation>
    </message>
    <message>
        <source>Recycle &amp;Bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>Deleted records: restore them or delete them permanently</source>
        <translation>已删除的记录：恢复或永久删除</translation>
    </message>
    <message>
        <source>&amp;History of the selected record…</source>
        <translation>所选记录的修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change to the selected record: when, who, and each field&apos;s old and new value</source>
        <translation>所选记录的每一次修改：时间、操作人、每个字段的原值和新值</translation>
    </message>
    <message>
        <source>Select a record in one of the ledgers&apos; lists first.</source>
        <translation>请先在台账列表中选择一条记录。</translation>
    </message>
    <message>
        <source>Move to the Recycle Bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>%1 moved to the recycle bin (Records › Recycle Bin… restores it).</source>
        <translation>%1已移入回收站（可在“记录 › 回收站…”中恢复）。</translation>
    </message>
    <message>
        <source>Select a deputy in the list on the left first.</source>
        <translation>请先在左侧列表中选择一名代表。</translation>
    </message>
    <message>
        <source>Move deputy %1 to the recycle bin?

Do this only for a deputy entered by mistake. A deputy who left office keeps their place: enter the end of the mandate instead. Records that name this deputy stay in the ledgers.</source>
        <translation>确定将代表%1移入回收站吗？

仅用于误录入的代表。已离任的代表应保留，请填写任期结束日期。涉及该代表的记录仍保留在台账中。</translation>
    </message>
    <message>
        <source>Deputy %1 moved to the recycle bin (Records › Recycle Bin… restores them).</source>
        <translation>代表%1已移入回收站（可在“记录 › 回收站…”中恢复）。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Select a record in a list (or a deputy) first.</source>
        <translation>请先在列表中选择一条记录（或选择一位代表）。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>A form that is still open keeps what you typed, but it can no longer be saved into this file: copy the text you need before closing it.</source>
        <translation>仍打开着的表单保留了您输入的内容，但已不能保存到此文件中：请在关闭表单前复制需要保留的文字。</translation>
    </message>
    <message>
        <source>The ledger file is open read-only: nothing can be changed or saved.</source>
        <translation>台账文件以只读方式打开：不能修改或保存任何内容。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup: %1</source>
        <translation>今日自动备份：%1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Upgrading the ledger file &quot;%1&quot; to this version of the program. A backup of it is made first. This takes a few seconds, up to a minute or more for a very large file.</source>
        <translation>正在把台账文件“%1”升级到本版本程序的格式，升级前先做备份。通常只需几秒钟，很大的文件可能需要一分钟或更久。</translation>
    </message>
    <message>
        <source>Upgrading the ledger file</source>
        <translation>正在升级台账文件</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <source>Work report texts</source>
        <translation>年度总结文字</translation>
    </message>
    <message>
        <source>&amp;Year of the report:</source>
        <translation>总结年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The work report prints what you write here word for word: each line becomes a paragraph. The figures of part 一 are computed from the ledgers.</source>
        <translation>年度工作总结按原文打印这里填写的内容，每一行为一个段落。第一部分的数字由台账自动统计。</translation>
    </message>
    <message>
        <source>The ledger file is open read-only: these texts can be read but not changed.</source>
        <translation>台账文件以只读方式打开：这些文字只能查看，不能修改。</translation>
    </message>
    <message>
        <source>&amp;Shortcomings (printed under 二、存在不足):</source>
        <translation>存在不足(&amp;S)（印在“二、存在不足”下）：</translation>
    </message>
    <message>
        <source>&amp;Plans for %1 (printed under 三、%1年工作思路):</source>
        <translation>%1年工作思路(&amp;P)（印在“三、%1年工作思路”下）：</translation>
    </message>
    <message>
        <source>Not written yet for %1.</source>
        <translation>%1年度尚未填写。</translation>
    </message>
    <message>
        <source>Work report texts %1 (not saved)</source>
        <translation>%1年度总结文字（未保存）</translation>
    </message>
    <message>
        <source>Work report texts %1</source>
        <translation>%1年度总结文字</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>文字未保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The texts of %1 have changes that are not saved. Save them?</source>
        <translation>%1年度总结文字有未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Choose a folder you can write to.</source>
        <translation>无法写入“%1”：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Could not produce the OpenDocument file &quot;%1&quot;.</source>
        <translation>无法生成 OpenDocument 文件“%1”。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>选区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>人口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Voters:</source>
        <translation>选民数(&amp;V)：</translation>
    </message>
    <message>
        <source>Co&amp;mmunities:</source>
        <translation>社区(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Enterprises:</source>
        <translation>企业(&amp;E)：</translation>
    </message>
    <message>
        <source>Public &amp;facilities:</source>
        <translation>公共设施(&amp;F)：</translation>
    </message>
    <message>
        <source>Standing p&amp;roblems:</source>
        <translation>长期存在的问题(&amp;R)：</translation>
    </message>
    <message>
        <source>Last &amp;updated:</source>
        <translation>最近更新(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Fixed-contact voters (联系选民)</source>
        <translation>固定联系选民</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add voter</source>
        <translation>添加选民</translation>
    </message>
    <message>
        <source>Remove voter</source>
        <translation>移除选民</translation>
    </message>
    <message>
        <source>Contact voters</source>
        <translation>固定联系选民</translation>
    </message>
    <message>
        <source>Constituency profile %1</source>
        <translation>选区情况 %1</translation>
    </message>
    <message>
        <source>New constituency profile</source>
        <translation>新选区情况</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add profile</source>
        <translation>添加选区情况(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s); practice is at least %1.</source>
        <translation>
            <numerusform>共 %n 名选民；按惯例至少应有 %1 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s).</source>
        <translation>
            <numerusform>共 %n 名选民。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from the %1 profile: check what has changed, then save.</source>
        <translation>已按%1年的选区情况预先填写：请核对有变化的内容后保存。</translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Enterprise link</source>
        <translation>联系企业</translation>
    </message>
    <message>
        <source>Enterprise visit</source>
        <translation>企业走访</translation>
    </message>
    <message>
        <source>Constituency profile</source>
        <translation>选区概况</translation>
    </message>
    <message>
        <source>Contact voter</source>
        <translation>联系选民</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>履职活动</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This ledger file is open read-only, so nothing in the recycle bin can be restored or deleted. Open the file for writing (when no other program has it open) and try again.</source>
        <translation>台账文件以只读方式打开，回收站中的记录无法恢复或删除。请在没有其他程序打开该文件时以可写方式打开后重试。</translation>
    </message>
    <message>
        <source>A record you chose is no longer in the recycle bin (another window may have restored or deleted it). Nothing was restored; look at the list again.</source>
        <translation>所选记录已不在回收站中（可能已在其他窗口中恢复或删除）。未恢复任何记录，请重新查看列表。</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is in the recycle bin too. Restore %2 first, or select both and restore them together. Nothing was restored.</source>
        <translation>%1 属于%2，而%2也在回收站中。请先恢复%2，或同时选中两者一起恢复。未恢复任何记录。</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2 Nothing was restored.</source>
        <translation>%1 无法恢复：%2 未恢复任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in the recycle bin: %n record(s) outside the recycle bin still refer to it (%2).</source>
        <translation>
            <numerusform>%1 保留在回收站中：回收站外仍有 %n 条记录引用它（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in the recycle bin: %n other record(s) in the recycle bin still refer to it (%2); delete them permanently too.</source>
        <translation>
            <numerusform>%1 保留在回收站中：回收站中另有 %n 条记录引用它（%2），请将它们一并永久删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record changed while it was being deleted; nothing was deleted. Look at the recycle bin again and retry.</source>
        <translation>删除过程中有记录发生了变化，未删除任何记录。请重新查看回收站后再试。</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Records deleted from the ledgers wait here. Restore puts them back where they were; Delete Permanently removes them from the file for good.</source>
        <translation>从台账中删除的记录暂存在这里。“恢复”将记录放回原台账；“永久删除”将记录从文件中彻底删除。</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>Search number, name, content, deputy</source>
        <translation>搜索编号、名称、内容、代表</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number / name</source>
        <translation>编号 / 名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected records back into their ledgers</source>
        <translation>将所选记录放回原台账</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected records from the file for good</source>
        <translation>将所选记录从文件中彻底删除</translation>
    </message>
    <message>
        <source>&amp;Empty Recycle Bin…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>This file is open read-only: you can look at the recycle bin, but not restore or delete anything.</source>
        <translation>此文件以只读方式打开：可以查看回收站，但不能恢复或删除任何记录。</translation>
    </message>
    <message>
        <source>Belongs to %1 %2, which is in the recycle bin too</source>
        <translation>属于%1 %2，该记录也在回收站中</translation>
    </message>
    <message>
        <source>The recycle bin is empty.

Records you delete from the ledgers wait here, so that a mistake can be undone.</source>
        <translation>回收站是空的。

从台账中删除的记录会先放在这里，误删后可以恢复。</translation>
    </message>
    <message>
        <source>No record in the recycle bin matches what you chose to show.</source>
        <translation>回收站中没有符合所选条件的记录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored to the ledgers.</source>
        <translation>
            <numerusform>已将 %n 条记录恢复到台账。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Nothing can be deleted permanently:</source>
        <translation>没有可以永久删除的记录：</translation>
    </message>
    <message numerus="yes">
        <source>Empty the recycle bin? %n record(s) will be gone forever; they cannot be restored afterwards.</source>
        <translation>
            <numerusform>确定清空回收站吗？%n 条记录将被永久删除，之后无法恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete permanently? %n record(s) will be gone forever; they cannot be restored afterwards.</source>
        <translation>
            <numerusform>确定永久删除吗？%n 条记录将被永久删除，之后无法恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This includes %n record(s) that belong to them (%1), even where those were not deleted themselves.</source>
        <translation>
            <numerusform>其中包括从属于这些记录的 %n 条记录（%1），即使它们本身未被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Empty Recycle Bin</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted permanently.</source>
        <translation>
            <numerusform>已永久删除 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay in the recycle bin because other records still refer to them.</source>
        <translation>
            <numerusform>%n 条记录仍被其他记录引用，保留在回收站中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinPrompt</name>
    <message>
        <source>Move to the Recycle Bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Move the selected record (%1) to the recycle bin?

You can restore it later from Records › Recycle Bin.</source>
        <translation>确定将所选记录（%1）移入回收站吗？

之后可以在“记录 › 回收站”中恢复。</translation>
    </message>
</context>
<context>
    <name>ReportChoiceDialog</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>代表(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>All deputies in office in %1 (one book with a contents page)</source>
        <translation>%1年在任的全部代表（合订一本，带目录）</translation>
    </message>
    <message>
        <source>%1 (%2 deputy)</source>
        <translation>%1（%2代表）</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Re&amp;port</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Annual work report…</source>
        <translation>年度工作总结(&amp;A)…</translation>
    </message>
    <message>
        <source>The year&apos;s work-report summary (年度工作总结): preview, print, PDF, ODT or HTML</source>
        <translation>本年度工作总结：预览、打印，导出 PDF、ODT 或 HTML</translation>
    </message>
    <message>
        <source>Annual report &amp;texts…</source>
        <translation>年度总结文字(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the report&apos;s 存在不足 and next year&apos;s plans</source>
        <translation>填写总结中的“存在不足”和下一年工作思路</translation>
    </message>
    <message>
        <source>&amp;Ledger book…</source>
        <translation>代表履职台账(&amp;L)…</translation>
    </message>
    <message>
        <source>A deputy&apos;s ledger book (台账本) for a year, or every deputy&apos;s</source>
        <translation>某位代表或全部代表的年度履职台账本</translation>
    </message>
    <message>
        <source>Print the &amp;form of the selected record…</source>
        <translation>打印所选记录的表格(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Blank forms</source>
        <translation>空白表格(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reception record for an appeal (人大代表接待选民记录表)…</source>
        <translation>人大代表接待选民记录表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Opinion form for a suggestion (征询意见表)…</source>
        <translation>代表建议办理情况征询意见表(&amp;O)…</translation>
    </message>
    <message>
        <source>Annual work report</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <source>Edit the texts…</source>
        <translation>编辑总结文字…</translation>
    </message>
    <message>
        <source>Ledger book</source>
        <translation>代表履职台账</translation>
    </message>
    <message>
        <source>No deputy was in office in %1, so there is no ledger book to print. Choose another year.</source>
        <translation>%1年没有在任代表，没有可打印的台账。请选择其他年度。</translation>
    </message>
    <message>
        <source>Select an appeal or a suggestion in its list first</source>
        <translation>请先在列表中选择一条诉求或建议</translation>
    </message>
    <message>
        <source>Print a form</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <source>Select an appeal in the Appeals list or a suggestion in the Suggestions list first; its paper form is then printed.</source>
        <translation>请先在“诉求”列表中选择一条诉求，或在“建议”列表中选择一条建议，然后即可打印其纸质表格。</translation>
    </message>
</context>
<context>
    <name>ReportNarrativeRepository</name>
    <message>
        <source>Year: must be from %1 to %2.</source>
        <translation>年份：必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <source>Plans for next year</source>
        <translation>下一年度工作打算</translation>
    </message>
    <message>
        <source>Create the station first: the report belongs to a liaison station.</source>
        <translation>请先建立联络站：工作总结必须属于一个代表联络站。</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>%1 — Print preview</source>
        <translation>%1 — 打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer (Ctrl+P)</source>
        <translation>用本机连接的打印机打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation>导出为 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>OpenDocument text, opens in WPS and Word (*.odt)</source>
        <translation>OpenDocument 文档，可用 WPS 和 Word 打开 (*.odt)</translation>
    </message>
    <message>
        <source>An editable document to finish in WPS, Word or LibreOffice</source>
        <translation>可在 WPS、Word 或 LibreOffice 中继续编辑的文档</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>This document can be exported as %1 only; &quot;%2&quot; has another ending.</source>
        <translation>此文档只能导出为 %1；“%2”的扩展名不符。</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <source>Printed to %1</source>
        <translation>已打印到 %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>已发送到打印机 %1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>联络站名称：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>所属街道：</translation>
    </message>
    <message>
        <source>Clerk&apos;s name:</source>
        <translation>工作人员姓名：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Days the handling unit gets by default, counted from the day the appeal is assigned. The deadline can still be changed for each appeal.</source>
        <translation>承办单位默认的办理天数，自诉求交办之日起计算。每件诉求的办理时限仍可单独修改。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>联络站</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Handling units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>New handling unit</source>
        <translation>新承办单位</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Records that use it keep it; it is only no longer offered for new records</source>
        <translation>已使用该项的记录保持不变，只是新记录不再提供该选项</translation>
    </message>
    <message>
        <source>These lists also grow when a new value is typed in a form. Changes here are saved at once.</source>
        <translation>在表单中输入新值时，这些列表也会自动增加。此处的更改立即保存。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>Recorded as the visitor of follow-up visits and, with your system user name, in the audit trail of every change you make</source>
        <translation>记为回访工作人员，并与您的系统用户名一起记入您所做每次修改的操作记录</translation>
    </message>
</context>
<context>
    <name>SoftDelete</name>
    <message>
        <source>The record no longer exists or is already in the recycle bin.</source>
        <translation>该记录已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>The record is not in the recycle bin, so there is nothing to restore.</source>
        <translation>该记录不在回收站中，无需恢复。</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Constituent</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>选区</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>选民数</translation>
    </message>
    <message>
        <source>Contact voters</source>
        <translation>固定联系选民</translation>
    </message>
    <message>
        <source>Key problems</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>挂钩起始</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Appeal / suggestion</source>
        <translation>诉求 / 建议</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Visited person</source>
        <translation>被回访人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意程度</translation>
    </message>
    <message>
        <source>More work needed</source>
        <translation>需继续办理</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈意见</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Lead deputy</source>
        <translation>领衔代表</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
</context>
<context>
    <name>StationRepository</name>
    <message>
        <source>Station name: enter the liaison station&apos;s name.</source>
        <translation>联络站名称：请填写代表联络站的名称。</translation>
    </message>
    <message>
        <source>The station no longer exists.</source>
        <translation>该联络站已不存在。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>联络站名称</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>The ledger is on a network folder (%1). Network folders cannot share SQLite&apos;s write-ahead log safely, so the ledger is written in the slower rollback-journal mode. Keep the ledger on this computer&apos;s own disk if you can.</source>
        <translation>台账位于网络文件夹（%1）。网络文件夹无法安全共享 SQLite 的预写日志，因此台账改用较慢的回滚日志模式写入。如有可能，请将台账保存在本机磁盘上。</translation>
    </message>
    <message>
        <source>network drive</source>
        <translation>网络驱动器</translation>
    </message>
</context>
<context>
    <name>SuggestionForm</name>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>appeal numbers, e.g. 2026-0012 2026-0031</source>
        <translation>诉求编号，例如 2026-0012 2026-0031</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>移除单位</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>代表建议</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>建议类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Lead deputy (领衔):</source>
        <translation>领衔代表(&amp;L)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Co-signers (联名):</source>
        <translation>联名代表：</translation>
    </message>
    <message>
        <source>Handling units:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>建议内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From appeals:</source>
        <translation>来源诉求(&amp;F)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>提交日期：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>办理结果等次：</translation>
    </message>
    <message>
        <source>Deputy&apos;s satisfaction:</source>
        <translation>代表满意程度：</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>以往各轮</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意程度</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion %1&lt;/b&gt; &amp;nbsp; %2</source>
        <translation>&lt;b&gt;代表建议 %1&lt;/b&gt; &amp;nbsp; %2</translation>
    </message>
    <message>
        <source>Suggestion %1</source>
        <translation>代表建议 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New suggestion&lt;/b&gt; — saved as a draft; submit it to the handling units when ready.</source>
        <translation>&lt;b&gt;新代表建议&lt;/b&gt; — 先保存为草稿，准备好后再提交承办单位。</translation>
    </message>
    <message>
        <source>New suggestion</source>
        <translation>新代表建议</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Round %1 (re-handled)</source>
        <translation>第 %1 轮（重新办理）</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>无需再办。</translation>
    </message>
    <message>
        <source>From appeals: there is no appeal %1.</source>
        <translation>来源诉求：不存在诉求 %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Submit suggestion %1</source>
        <translation>提交代表建议 %1</translation>
    </message>
    <message>
        <source>Sent to the handling units listed in the form; by rule a written reply is due within 3 months.</source>
        <translation>送交表中所列的承办单位；按规定应在 3 个月内书面答复。</translation>
    </message>
    <message>
        <source>Reply due by:</source>
        <translation>答复截止日期：</translation>
    </message>
    <message>
        <source>Extend the deadline of %1</source>
        <translation>延长 %1 的办理期限</translation>
    </message>
    <message>
        <source>Once a round, by at most 3 more months.</source>
        <translation>每轮只能延期一次，最多再延 3 个月。</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新的办理期限：</translation>
    </message>
    <message>
        <source>Reply to suggestion %1</source>
        <translation>登记代表建议 %1 的答复</translation>
    </message>
    <message>
        <source>The handling unit&apos;s written reply and how far the matter is solved.</source>
        <translation>承办单位的书面答复及问题解决程度。</translation>
    </message>
    <message>
        <source>Reply received on:</source>
        <translation>收到答复日期：</translation>
    </message>
    <message>
        <source>Summary of the reply:</source>
        <translation>答复摘要：</translation>
    </message>
    <message>
        <source>Deputy&apos;s satisfaction with %1</source>
        <translation>代表对 %1 的满意程度</translation>
    </message>
    <message>
        <source>不满意 sends the suggestion back for re-handling.</source>
        <translation>选择“不满意”将退回该建议重新办理。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意程度：</translation>
    </message>
    <message>
        <source>Re-handle suggestion %1 (重办)</source>
        <translation>重新办理代表建议 %1（重办）</translation>
    </message>
    <message>
        <source>A new round starts with its own deadline; the finished round is kept.</source>
        <translation>开始新一轮办理，设有新的办理期限；已完成的一轮予以保留。</translation>
    </message>
    <message>
        <source>Sent back on:</source>
        <translation>退回日期：</translation>
    </message>
</context>
<context>
    <name>SuggestionRepository</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Lead deputy</source>
        <translation>领衔代表</translation>
    </message>
    <message>
        <source>Kind of suggestion</source>
        <translation>建议类型</translation>
    </message>
    <message>
        <source>Co-signers: the lead deputy cannot also co-sign.</source>
        <translation>附议代表：领衔代表不能同时附议。</translation>
    </message>
    <message>
        <source>Co-signers: a deputy is listed twice.</source>
        <translation>附议代表：有代表重复列出。</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议代表</translation>
    </message>
    <message>
        <source>Source appeals: an appeal is listed twice.</source>
        <translation>来源诉求：有诉求重复列出。</translation>
    </message>
    <message>
        <source>Source appeals: an appeal no longer exists or is in the recycle bin.</source>
        <translation>来源诉求：有诉求已不存在或已在回收站中。</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Role of the handling unit</source>
        <translation>承办单位的角色</translation>
    </message>
    <message>
        <source>Handling units: &quot;%1&quot; is listed twice.</source>
        <translation>承办单位：“%1”重复列出。</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create the station first: a suggestion belongs to a liaison station.</source>
        <translation>请先建立联络站：代表建议必须属于一个代表联络站。</translation>
    </message>
    <message>
        <source>Date submitted: must lie between %1 and today.</source>
        <translation>提交日期：必须在 %1 与今天之间。</translation>
    </message>
    <message>
        <source>The suggestion no longer exists or is in the recycle bin.</source>
        <translation>该代表建议已不存在或已在回收站中。</translation>
    </message>
</context>
<context>
    <name>SuggestionWorkflow</name>
    <message>
        <source>Submit for handling</source>
        <translation>提交办理</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>延长办理期限</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <source>Record the deputy&apos;s satisfaction</source>
        <translation>登记代表满意程度</translation>
    </message>
    <message>
        <source>Send back for re-handling</source>
        <translation>退回重新办理</translation>
    </message>
    <message>
        <source>Record a follow-up visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Suggestion %1 is &quot;%2&quot;: &quot;%3&quot; is not possible in that state. Nothing was changed.</source>
        <translation>代表建议 %1 当前为“%2”：此状态下不能“%3”。未作任何更改。</translation>
    </message>
    <message>
        <source>The suggestion no longer exists.</source>
        <translation>该代表建议已不存在。</translation>
    </message>
    <message>
        <source>Suggestion %1 is in the recycle bin; restore it first.</source>
        <translation>代表建议 %1 在回收站中，请先恢复。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>the date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Deadline: at most %1 months after submission (%2); extend it later if the unit needs more time.</source>
        <translation>办理期限：最迟为提交后 %1 个月（%2）；如承办单位需要更多时间，可在之后延期。</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>the date its source appeal was received</source>
        <translation>其来源诉求的接收日期</translation>
    </message>
    <message>
        <source>Handling units: name the main handling unit (主办) before submitting.</source>
        <translation>承办单位：提交前请指定主办单位。</translation>
    </message>
    <message>
        <source>The deadline of suggestion %1 was already extended once this round (to %2); it cannot be extended again.</source>
        <translation>代表建议 %1 的办理期限在本轮已延期一次（至 %2），不能再次延期。</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新的办理期限</translation>
    </message>
    <message>
        <source>%1: required; enter a date.</source>
        <translation>%1：必填，请填写日期。</translation>
    </message>
    <message>
        <source>%1: an extension must go past %2, the end of the three months.</source>
        <translation>%1：延期后的期限必须晚于三个月期满之日 %2。</translation>
    </message>
    <message>
        <source>%1: can be extended by at most three months, to %2.</source>
        <translation>%1：最多延期三个月，即至 %2。</translation>
    </message>
    <message>
        <source>Date of the reply</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Summary of the reply</source>
        <translation>答复摘要</translation>
    </message>
    <message>
        <source>Outcome grade</source>
        <translation>办理结果等次</translation>
    </message>
    <message>
        <source>Date rated</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>the date of the reply</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意程度</translation>
    </message>
    <message>
        <source>Date sent back</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>the date the deputy rated the reply</source>
        <translation>代表评价答复的日期</translation>
    </message>
    <message>
        <source>This visit belongs to an appeal; record it on the appeal.</source>
        <translation>这次回访属于群众诉求，请在该诉求中登记。</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1: at most %2 characters (now %3). Shorten the text.</source>
        <translation>%1：最多 %2 个字符（现有 %3 个）。请精简文字。</translation>
    </message>
    <message>
        <source>%1: contains invisible control characters; retype the text instead of pasting it.</source>
        <translation>%1：含有不可见的控制字符；请重新输入，不要粘贴。</translation>
    </message>
    <message>
        <source>%1: must be one line without control characters.</source>
        <translation>%1：必须是一行文字，且不含控制字符。</translation>
    </message>
    <message>
        <source>%1: required; please fill it in.</source>
        <translation>%1：必填，请填写。</translation>
    </message>
    <message>
        <source>%1: required; enter a date.</source>
        <translation>%1：必填，请填写日期。</translation>
    </message>
    <message>
        <source>%1: cannot be before %2; check the year.</source>
        <translation>%1：不能早于 %2；请检查年份。</translation>
    </message>
    <message>
        <source>%1: cannot be after today.</source>
        <translation>%1：不能晚于今天。</translation>
    </message>
    <message>
        <source>%1: cannot be before %2 (%3).</source>
        <translation>%1：不能早于%2（%3）。</translation>
    </message>
    <message>
        <source>%1: required; enter a phone number.</source>
        <translation>%1：必填，请填写电话号码。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number. Enter an 11-digit mobile number (13812345678) or a landline with its area code (027-88886666).</source>
        <translation>%1：“%2”不是有效的电话号码。请填写 11 位手机号码（13812345678）或带区号的固定电话（027-88886666）。</translation>
    </message>
    <message>
        <source>%1: required; choose one of the listed values.</source>
        <translation>%1：必填，请从列表中选择。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the listed values.</source>
        <translation>%1：“%2”不在可选列表中。</translation>
    </message>
    <message>
        <source>%1: required; choose a deputy.</source>
        <translation>%1：必填，请选择代表。</translation>
    </message>
    <message>
        <source>%1: the chosen deputy does not exist; choose another.</source>
        <translation>%1：所选代表不存在，请另选。</translation>
    </message>
    <message>
        <source>%1: the chosen deputy is in the recycle bin; restore the deputy or choose another.</source>
        <translation>%1：所选代表在回收站中；请恢复该代表或另选。</translation>
    </message>
    <message>
        <source>%1: the deputy&apos;s mandate began on %2, after this record&apos;s date (%3).</source>
        <translation>%1：该代表的任期始于 %2，晚于本记录的日期（%3）。</translation>
    </message>
    <message>
        <source>%1: the deputy&apos;s mandate ended on %2, before this record&apos;s date (%3).</source>
        <translation>%1：该代表的任期已于 %2 结束，早于本记录的日期（%3）。</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1：必须是 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>VocabularyRepository</name>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Only categories and handling units can be added to.</source>
        <translation>只能向诉求类别和承办单位列表中添加内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list.</source>
        <translation>“%1”不在列表中。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Liaison Ledger</source>
        <translation>欢迎使用代表联络站台账</translation>
    </message>
    <message>
        <source>New ledger file</source>
        <translation>新建台账文件</translation>
    </message>
    <message>
        <source>This program keeps the ledgers of your deputies&apos; liaison station. To begin, tell it which station the ledgers belong to.</source>
        <translation>本程序用于记录代表联络站的各项台账。开始之前，请先填写台账所属的联络站。</translation>
    </message>
    <message>
        <source>A new ledger file belongs to one station. Which one?</source>
        <translation>一个新的台账文件属于一个联络站。是哪一个？</translation>
    </message>
    <message>
        <source>e.g. 丁字桥街人大代表联络站</source>
        <translation>例如 丁字桥街人大代表联络站</translation>
    </message>
    <message>
        <source>e.g. 丁字桥街道</source>
        <translation>例如 丁字桥街道</translation>
    </message>
    <message>
        <source>Load demo data to look around (made-up deputies and appeals; start a new file for real records)</source>
        <translation>载入演示数据先看看（虚构的代表和诉求；正式记录请另建新文件）</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>联络站名称：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>所属街道：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Enter the station&apos;s name first.</source>
        <translation>请先填写联络站名称。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: liaison-ledger-cli [--db FILE] COMMAND [options]</source>
        <translation>用法：liaison-ledger-cli [--db 文件] 命令 [选项]</translation>
    </message>
    <message>
        <source>Keeps the four ledgers of a people&apos;s-congress deputies&apos; liaison station.</source>
        <translation>记录人大代表联络站的四个台账。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>&quot;liaison-ledger-cli COMMAND --help&quot; describes a command&apos;s options.</source>
        <translation>“liaison-ledger-cli 命令 --help”可查看该命令的选项。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 后面需要文件名。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; see --help.</source>
        <translation>未知选项“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>The ledger file to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
</context>
</TS>
