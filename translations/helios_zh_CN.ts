<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Helios</source>
        <translation>关于 Helios</translation>
    </message>
    <message>
        <source>An adaptive goal planner. Describe a goal and Helios turns it into a dated plan of tasks that adapts as you work. It runs offline and keeps everything in a local database.</source>
        <translation>自适应目标规划工具。描述一个目标，Helios 会把它变成带日期的任务计划，并随着你的进展自动调整。它可以离线运行，所有数据都保存在本地数据库中。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MessageBoxErrorReporter</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>helios</name>
    <message>
        <source>The goal is empty: describe what you want to achieve.</source>
        <translation>目标为空：请描述你想达成的事情。</translation>
    </message>
    <message>
        <source>The goal is too long: keep it under %1 characters.</source>
        <translation>目标太长：请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most %1.</source>
        <translation>每周小时数必须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>开始日期不是有效的日期。</translation>
    </message>
    <message>
        <source>The deadline %1 is in the past.</source>
        <translation>截止日期 %1 已经过去。</translation>
    </message>
</context>
<context>
    <name>helios::ui::AtRiskBanner</name>
    <message>
        <source>At risk: %1 hours short of the deadline</source>
        <translation>有风险：距截止日期还差 %1 小时</translation>
    </message>
</context>
<context>
    <name>helios::ui::BurndownChartView</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the burn-down chart&apos;s axis labels (QDateTime format: MMM = short month).</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>剩余小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>helios::ui::EmptyStateWidget</name>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Opening your plans…</source>
        <translation>正在打开你的计划…</translation>
    </message>
    <message>
        <source>Welcome to Helios</source>
        <translation>欢迎使用 Helios</translation>
    </message>
    <message>
        <source>You have no plans yet. Click “New goal”, describe what you want to achieve — “learn Python in three months”, “run a half marathon by April” — and Helios turns it into a dated plan of tasks.</source>
        <translation>你还没有任何计划。点击“新建目标”，描述你想达成的事情——例如“三个月内学会Python编程”或“四月前跑完半程马拉松”——Helios 会把它变成带日期的任务计划。</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>helios::ui::FileDialogChooser</name>
    <message>
        <source>iCalendar tasks (*.ics)</source>
        <translation>iCalendar 任务 (*.ics)</translation>
    </message>
    <message>
        <source>Markdown checklist (*.md)</source>
        <translation>Markdown 清单 (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Helios JSON, complete (*.json)</source>
        <translation>Helios JSON，完整数据 (*.json)</translation>
    </message>
    <message>
        <source>todo.txt (*.txt)</source>
        <translation>todo.txt (*.txt)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</source>
        <translation>计划和任务清单 (*.json *.ics *.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>helios::ui::MainWindow</name>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>新建目标(&amp;N)…</translation>
    </message>
    <message>
        <source>Describe a new goal and let Helios plan it</source>
        <translation>描述一个新目标，让 Helios 为它制定计划</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Helios</source>
        <translation>关于 Helios(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>helios::ui::NewGoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>你想达成什么目标？</translation>
    </message>
    <message>
        <source>For example: Learn Python programming in three months
例如：三个月内学会Python编程</source>
        <translation>例如：三个月内学会Python编程
For example: Learn Python programming in three months</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours per week:</source>
        <translation>每周小时数：</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在制定计划…</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDetailView</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>已完成 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 hours left</source>
        <translation>剩余 %1 / %2 小时</translation>
    </message>
    <message>
        <source>%1 h per week</source>
        <translation>每周 %1 小时</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>截止日期 %1</translation>
    </message>
    <message>
        <source>no deadline, finishes %1</source>
        <translation>无截止日期，预计 %1 完成</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanFileActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected plan as iCalendar, Markdown, CSV, JSON or todo.txt</source>
        <translation>将所选计划保存为 iCalendar、Markdown、CSV、JSON 或 todo.txt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a new plan from a JSON, iCalendar, Markdown or todo.txt file</source>
        <translation>从 JSON、iCalendar、Markdown 或 todo.txt 文件新建计划</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Imported a plan of %n task(s).</source>
        <translation>
            <numerusform>已导入一个含 %n 个任务的计划。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import or export failed</source>
        <translation>导入或导出失败</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copied the plan as Markdown.</source>
        <translation>已将计划复制为 Markdown。</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanItemDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanListModel</name>
    <message>
        <source>%1% done: %2 of %3 hours</source>
        <translation>已完成 %1%：%2 / %3 小时</translation>
    </message>
    <message>
        <source>At risk: %1 hours short of the deadline</source>
        <translation>有风险：距截止日期还差 %1 小时</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1，已完成 %2%</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlansViewModel</name>
    <message>
        <source>Plan created.</source>
        <translation>计划已创建。</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”已改为%2。</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Estimate (h)</source>
        <translation>预计（小时）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helios turns a goal into a dated plan of tasks.</source>
        <translation>Helios 把一个目标变成带日期的任务计划。</translation>
    </message>
    <message>
        <source>Language of the interface: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Database file (default: $HELIOS_DB, else the data folder).</source>
        <translation>数据库文件（默认：$HELIOS_DB，否则为数据文件夹）。</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>同时记录调试信息。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
    </message>
</context>
</TS>
