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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>TaskEdit</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Set “%1” to %2</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>Edit the notes of “%1”</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
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
    <name>helios::ui::PlanActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Find tasks</source>
        <translation>&amp;Find tasks</translation>
    </message>
    <message>
        <source>Mark task &amp;done</source>
        <translation>Mark task &amp;done</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Next plan</source>
        <translation>&amp;Next plan</translation>
    </message>
    <message>
        <source>&amp;Previous plan</source>
        <translation>&amp;Previous plan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Select a task first.</translation>
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
    <message>
        <source>Notes of “%1” saved.</source>
        <translation>Notes of “%1” saved.</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskBoard</name>
    <message>
        <source>No tasks match these filters</source>
        <translation>No tasks match these filters</translation>
    </message>
    <message>
        <source>Try other words, another status, or clear the filters to see every task of the plan again.</source>
        <translation>Try other words, another status, or clear the filters to see every task of the plan again.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskDetailsPane</name>
    <message>
        <source>Select a task to see its details and write notes.</source>
        <translation>Select a task to see its details and write notes.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimate:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Scheduled:</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Milestone:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Depends on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Anything worth remembering about this task. Saved when you leave the field.</source>
        <translation>Anything worth remembering about this task. Saved when you leave the field.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskFilterBar</name>
    <message>
        <source>Search tasks and notes (Ctrl+F)</source>
        <translation>Search tasks and notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Only tasks not finished and due before today</source>
        <translation>Only tasks not finished and due before today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Only tasks scheduled in the current week</source>
        <translation>Only tasks scheduled in the current week</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>%n task shown</numerusform>
            <numerusform>%n tasks shown</numerusform>
        </translation>
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
    <name>helios::ui::TaskTreeModel</name>
    <message>
        <source>No milestone</source>
        <translation>No milestone</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <comment>finished tasks of a milestone</comment>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
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
