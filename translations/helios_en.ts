<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Helios</source>
        <translation>About Helios</translation>
    </message>
    <message>
        <source>An adaptive goal planner. Describe a goal and Helios turns it into a dated plan of tasks that adapts as you work. It runs offline and keeps everything in a local database.</source>
        <translation>An adaptive goal planner. Describe a goal and Helios turns it into a dated plan of tasks that adapts as you work. It runs offline and keeps everything in a local database.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MessageBoxErrorReporter</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>helios</name>
    <message>
        <source>The goal is empty: describe what you want to achieve.</source>
        <translation>The goal is empty: describe what you want to achieve.</translation>
    </message>
    <message>
        <source>The goal is too long: keep it under %1 characters.</source>
        <translation>The goal is too long: keep it under %1 characters.</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most %1.</source>
        <translation>Hours per week must be more than 0 and at most %1.</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>The start date is not a valid date.</translation>
    </message>
    <message>
        <source>The deadline %1 is in the past.</source>
        <translation>The deadline %1 is in the past.</translation>
    </message>
</context>
<context>
    <name>helios::ui::AtRiskBanner</name>
    <message>
        <source>At risk: %1 hours short of the deadline</source>
        <translation>At risk: %1 hours short of the deadline</translation>
    </message>
</context>
<context>
    <name>helios::ui::BurndownChartView</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the burn-down chart&apos;s axis labels (QDateTime format: MMM = short month).</extracomment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>helios::ui::EmptyStateWidget</name>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Opening your plans…</source>
        <translation>Opening your plans…</translation>
    </message>
    <message>
        <source>Welcome to Helios</source>
        <translation>Welcome to Helios</translation>
    </message>
    <message>
        <source>You have no plans yet. Click “New goal”, describe what you want to achieve — “learn Python in three months”, “run a half marathon by April” — and Helios turns it into a dated plan of tasks.</source>
        <translation>You have no plans yet. Click “New goal”, describe what you want to achieve — “learn Python in three months”, “run a half marathon by April” — and Helios turns it into a dated plan of tasks.</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios could not open its database</translation>
    </message>
</context>
<context>
    <name>helios::ui::FileDialogChooser</name>
    <message>
        <source>iCalendar tasks (*.ics)</source>
        <translation>iCalendar tasks (*.ics)</translation>
    </message>
    <message>
        <source>Markdown checklist (*.md)</source>
        <translation>Markdown checklist (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Helios JSON, complete (*.json)</source>
        <translation>Helios JSON, complete (*.json)</translation>
    </message>
    <message>
        <source>todo.txt (*.txt)</source>
        <translation>todo.txt (*.txt)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Export Plan</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Import Plan</translation>
    </message>
    <message>
        <source>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</source>
        <translation>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>helios::ui::MainWindow</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;New goal…</translation>
    </message>
    <message>
        <source>Describe a new goal and let Helios plan it</source>
        <translation>Describe a new goal and let Helios plan it</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Helios</source>
        <translation>&amp;About Helios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios could not open its database</translation>
    </message>
</context>
<context>
    <name>helios::ui::NewGoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>For example: Learn Python programming in three months
例如：三个月内学会Python编程</source>
        <translation>For example: Learn Python programming in three months
例如：三个月内学会Python编程</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours per week:</source>
        <translation>Hours per week:</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDetailView</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 hours left</source>
        <translation>%1 of %2 hours left</translation>
    </message>
    <message>
        <source>%1 h per week</source>
        <translation>%1 h per week</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>no deadline, finishes %1</source>
        <translation>no deadline, finishes %1</translation>
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
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the selected plan as iCalendar, Markdown, CSV, JSON or todo.txt</source>
        <translation>Save the selected plan as iCalendar, Markdown, CSV, JSON or todo.txt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Make a new plan from a JSON, iCalendar, Markdown or todo.txt file</source>
        <translation>Make a new plan from a JSON, iCalendar, Markdown or todo.txt file</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copy as &amp;Markdown</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported a plan of %n task(s).</source>
        <translation>
            <numerusform>Imported a plan of %n task.</numerusform>
            <numerusform>Imported a plan of %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import or export failed</source>
        <translation>Import or export failed</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copied the plan as Markdown.</source>
        <translation>Copied the plan as Markdown.</translation>
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
        <translation>At risk</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanListModel</name>
    <message>
        <source>%1% done: %2 of %3 hours</source>
        <translation>%1% done: %2 of %3 hours</translation>
    </message>
    <message>
        <source>At risk: %1 hours short of the deadline</source>
        <translation>At risk: %1 hours short of the deadline</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2% done</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlansViewModel</name>
    <message>
        <source>Plan created.</source>
        <translation>Plan created.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” is now %2.</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Estimate (h)</source>
        <translation>Estimate (h)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helios turns a goal into a dated plan of tasks.</source>
        <translation>Helios turns a goal into a dated plan of tasks.</translation>
    </message>
    <message>
        <source>Language of the interface: en or zh_CN.</source>
        <translation>Language of the interface: en or zh_CN.</translation>
    </message>
    <message>
        <source>Database file (default: $HELIOS_DB, else the data folder).</source>
        <translation>Database file (default: $HELIOS_DB, else the data folder).</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>Log debug messages too.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or zh_CN.</source>
        <translation>Unknown language “%1”: use en or zh_CN.</translation>
    </message>
</context>
</TS>
