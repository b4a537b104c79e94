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
    <name>AppSettings</name>
    <message>
        <source>The saved setting %1 is not a whole number; the default %2 is used.</source>
        <translation>The saved setting %1 is not a whole number; the default %2 is used.</translation>
    </message>
    <message>
        <source>The endpoint “%1” is not an http:// or https:// URL, such as http://127.0.0.1:11434.</source>
        <translation>The endpoint “%1” is not an http:// or https:// URL, such as http://127.0.0.1:11434.</translation>
    </message>
    <message>
        <source>Choose a model: press “Refresh models” to see the ones the server offers.</source>
        <translation>Choose a model: press “Refresh models” to see the ones the server offers.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2, not %1.</source>
        <translation>The temperature must be between 0 and 2, not %1.</translation>
    </message>
    <message>
        <source>The context size must be between %1 and %2 tokens, not %3.</source>
        <translation>The context size must be between %1 and %2 tokens, not %3.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>The connect timeout must be between %1 and %2 seconds, not %3.</translation>
    </message>
    <message>
        <source>The time to wait for the first byte must be between %1 and %2 seconds, not %3.</source>
        <translation>The time to wait for the first byte must be between %1 and %2 seconds, not %3.</translation>
    </message>
    <message>
        <source>The idle timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>The idle timeout must be between %1 and %2 seconds, not %3.</translation>
    </message>
    <message>
        <source>The overall deadline must be between %1 and %2 seconds, not %3.</source>
        <translation>The overall deadline must be between %1 and %2 seconds, not %3.</translation>
    </message>
    <message>
        <source>The overall deadline (%1 s) must not be shorter than the time to wait for the first byte (%2 s).</source>
        <translation>The overall deadline (%1 s) must not be shorter than the time to wait for the first byte (%2 s).</translation>
    </message>
    <message>
        <source>The number of requests at once must be between %1 and %2, not %3.</source>
        <translation>The number of requests at once must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <source>The answers kept in memory must be between %1 and %2, not %3.</source>
        <translation>The answers kept in memory must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <source>The answers kept on disk must be between %1 (no limit) and %2, not %3.</source>
        <translation>The answers kept on disk must be between %1 (no limit) and %2, not %3.</translation>
    </message>
    <message>
        <source>Cached answers must be kept between %1 and %2 days, not %3.</source>
        <translation>Cached answers must be kept between %1 and %2 days, not %3.</translation>
    </message>
    <message>
        <source>The saved provider “%1” is unknown; the offline planner is used.</source>
        <translation>The saved provider “%1” is unknown; the offline planner is used.</translation>
    </message>
    <message>
        <source>The saved setting %1 is not a number; the default %2 is used.</source>
        <translation>The saved setting %1 is not a number; the default %2 is used.</translation>
    </message>
    <message>
        <source>The saved language “%1” is unknown; the system&apos;s language is used.</source>
        <translation>The saved language “%1” is unknown; the system&apos;s language is used.</translation>
    </message>
    <message>
        <source>%1 The default is used.</source>
        <translation>%1 The default is used.</translation>
    </message>
    <message>
        <source>The saved time %1 “%2” is not a time; %3 is used.</source>
        <translation>The saved time %1 “%2” is not a time; %3 is used.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The last bucket of a latency histogram: slower than every bound</extracomment>
        <translation>more</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused access, so the API key was not saved.</source>
        <translation>The keychain refused access, so the API key was not saved.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the saved API key could not be read.</source>
        <translation>The keychain refused access, so the saved API key could not be read.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the API key was not removed.</source>
        <translation>The keychain refused access, so the API key was not removed.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so the API key was not saved.</source>
        <translation>No system keychain (such as GNOME Keyring or KWallet) is available, so the API key was not saved.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so no saved API key can be read.</source>
        <translation>No system keychain (such as GNOME Keyring or KWallet) is available, so no saved API key can be read.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so there is no saved API key to remove.</source>
        <translation>No system keychain (such as GNOME Keyring or KWallet) is available, so there is no saved API key to remove.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
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
    <name>PlanKind</name>
    <message>
        <source>Helios does not know this kind of goal yet, so these are only the first steps. For a full plan, choose a model server in Settings and plan it again, or start from a template.</source>
        <translation>Helios does not know this kind of goal yet, so these are only the first steps. For a full plan, choose a model server in Settings and plan it again, or start from a template.</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Recognised as %1.</translation>
    </message>
    <message>
        <source>Recognised as %1 (%2).</source>
        <translation>Recognised as %1 (%2).</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between recognised words</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 on %2.</translation>
    </message>
</context>
<context>
    <name>PlanningErrors</name>
    <message>
        <source>The model server could not make the plan: %1</source>
        <translation>The model server could not make the plan: %1</translation>
    </message>
    <message>
        <source>The model&apos;s answer could not be used, even after asking it again: %1</source>
        <translation>The model&apos;s answer could not be used, even after asking it again: %1</translation>
    </message>
    <message>
        <source>Helios could not save or read its data: %1</source>
        <translation>Helios could not save or read its data: %1</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>Planning was cancelled.</translation>
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
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Anywhere</translation>
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
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>researcher</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>planner</translation>
    </message>
    <message>
        <source>reviser</source>
        <translation>reviser</translation>
    </message>
    <message>
        <source>The %1&apos;s answer was rejected even after a repair round: %2</source>
        <translation>The %1&apos;s answer was rejected even after a repair round: %2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model client was closed before the %1 had answered.</source>
        <translation>The model client was closed before the %1 had answered.</translation>
    </message>
    <message>
        <source>The %1&apos;s prompt does not fit: %2</source>
        <translation>The %1&apos;s prompt does not fit: %2</translation>
    </message>
    <message>
        <source>A revision needs the date of today.</source>
        <translation>A revision needs the date of today.</translation>
    </message>
    <message>
        <source>Every task of the plan is finished; there is nothing to revise.</source>
        <translation>Every task of the plan is finished; there is nothing to revise.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The file is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>The file is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>The iCalendar file is broken: line %1 is not a property (NAME:value).</source>
        <translation>The iCalendar file is broken: line %1 is not a property (NAME:value).</translation>
    </message>
    <message>
        <source>The iCalendar file is broken: END:%1 on line %2 closes nothing that was opened.</source>
        <translation>The iCalendar file is broken: END:%1 on line %2 closes nothing that was opened.</translation>
    </message>
    <message>
        <source>The iCalendar file is cut short: END:%1 is missing.</source>
        <translation>The iCalendar file is cut short: END:%1 is missing.</translation>
    </message>
    <message>
        <source>The iCalendar file holds no tasks (VTODO); events are not imported.</source>
        <translation>The iCalendar file holds no tasks (VTODO); events are not imported.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MiB; the limit is 16 MiB).</source>
        <translation>%1 is too large to import (%2 MiB; the limit is 16 MiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is 16 MiB).</source>
        <translation>%1 is too large to import (the limit is 16 MiB).</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: save it as UTF-8 and import it again.</source>
        <translation>The file is not valid %1 text: save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it cannot be imported.</source>
        <translation>The file holds binary data, not text: it cannot be imported.</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>version entry %1 of plan %2</source>
        <translation>version entry %1 of plan %2</translation>
    </message>
    <message>
        <source>task %1 of %2</source>
        <translation>task %1 of %2</translation>
    </message>
    <message>
        <source>Task %1 of %2 is not an object.</source>
        <translation>Task %1 of %2 is not an object.</translation>
    </message>
    <message>
        <source>Task %1 of %2 has the id of an earlier task.</source>
        <translation>Task %1 of %2 has the id of an earlier task.</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on a task id that is not in the %3.</source>
        <translation>Task %1 of %2 depends on a task id that is not in the %3.</translation>
    </message>
    <message>
        <source>The %1 of %2 is not a date (YYYY-MM-DD).</source>
        <translation>The %1 of %2 is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The %1 of %2 is not a number of hours.</source>
        <translation>The %1 of %2 is not a number of hours.</translation>
    </message>
    <message>
        <source>The title of %1 is empty.</source>
        <translation>The title of %1 is empty.</translation>
    </message>
    <message>
        <source>The status &apos;%1&apos; of %2 is not todo, in_progress, done or skipped.</source>
        <translation>The status &apos;%1&apos; of %2 is not todo, in_progress, done or skipped.</translation>
    </message>
    <message>
        <source>The %1 is not an object.</source>
        <translation>The %1 is not an object.</translation>
    </message>
    <message>
        <source>The %1 has no version number above the one before it.</source>
        <translation>The %1 has no version number above the one before it.</translation>
    </message>
    <message>
        <source>The created_at of %1 is not an ISO 8601 time.</source>
        <translation>The created_at of %1 is not an ISO 8601 time.</translation>
    </message>
    <message>
        <source>The reason of %1 is not text.</source>
        <translation>The reason of %1 is not text.</translation>
    </message>
    <message>
        <source>The tasks of %1 are not a list.</source>
        <translation>The tasks of %1 are not a list.</translation>
    </message>
    <message>
        <source>Plan %1 has no goal.</source>
        <translation>Plan %1 has no goal.</translation>
    </message>
    <message>
        <source>Plan %1 has no tasks.</source>
        <translation>Plan %1 has no tasks.</translation>
    </message>
    <message>
        <source>The versions of %1 are not a list.</source>
        <translation>The versions of %1 are not a list.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>The file is not valid JSON (%1 at character %2).</translation>
    </message>
    <message>
        <source>The JSON file is not a Helios plan export (its &quot;format&quot; is not &quot;helios-plan&quot;).</source>
        <translation>The JSON file is not a Helios plan export (its &quot;format&quot; is not &quot;helios-plan&quot;).</translation>
    </message>
    <message>
        <source>The Helios JSON file has no valid formatVersion.</source>
        <translation>The Helios JSON file has no valid formatVersion.</translation>
    </message>
    <message>
        <source>The file is in Helios JSON format version %1, newer than the version %2 this Helios reads.</source>
        <translation>The file is in Helios JSON format version %1, newer than the version %2 this Helios reads.</translation>
    </message>
    <message>
        <source>The Helios JSON file holds no plans.</source>
        <translation>The Helios JSON file holds no plans.</translation>
    </message>
    <message>
        <source>The Markdown text has no list items, so there are no tasks to import.</source>
        <translation>The Markdown text has no list items, so there are no tasks to import.</translation>
    </message>
    <message>
        <source>Writing the export failed: %1.</source>
        <translation>Writing the export failed: %1.</translation>
    </message>
    <message>
        <source>The file is %1, not %2: import it with --format %3 or without --format.</source>
        <translation>The file is %1, not %2: import it with --format %3 or without --format.</translation>
    </message>
    <message>
        <source>Helios cannot tell which format the file is in (Helios JSON, iCalendar, Markdown or todo.txt): give it with --format.</source>
        <translation>Helios cannot tell which format the file is in (Helios JSON, iCalendar, Markdown or todo.txt): give it with --format.</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is 16 MiB).</source>
        <translation>The file is too large to import (the limit is 16 MiB).</translation>
    </message>
    <message>
        <source>The file is empty: there are no tasks to import.</source>
        <translation>The file is empty: there are no tasks to import.</translation>
    </message>
    <message>
        <source>Helios exports CSV but does not import it: import Helios JSON, iCalendar, Markdown or todo.txt.</source>
        <translation>Helios exports CSV but does not import it: import Helios JSON, iCalendar, Markdown or todo.txt.</translation>
    </message>
    <message>
        <source>The todo.txt file has no task lines.</source>
        <translation>The todo.txt file has no task lines.</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>There is no job with id %1.</translation>
    </message>
    <message>
        <source>Job %1 is already %2; only a pending or running job can be cancelled.</source>
        <translation>Job %1 is already %2; only a pending or running job can be cancelled.</translation>
    </message>
    <message>
        <source>Job %1 is %2; only a completed job&apos;s plan can be recorded.</source>
        <translation>Job %1 is %2; only a completed job&apos;s plan can be recorded.</translation>
    </message>
    <message>
        <source>Plan %1 is not a template.</source>
        <translation>Plan %1 is not a template.</translation>
    </message>
    <message>
        <source>A saved version of the plan is damaged.</source>
        <translation>A saved version of the plan is damaged.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Version %1 of plan %2 is damaged, so the plan cannot be exported without loss; export it in another format.</source>
        <translation>Version %1 of plan %2 is damaged, so the plan cannot be exported without loss; export it in another format.</translation>
    </message>
    <message>
        <source>The export stopped before it was complete.</source>
        <translation>The export stopped before it was complete.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <source>Plan %1 has no version %2; &apos;versions %1&apos; lists them.</source>
        <translation>Plan %1 has no version %2; &apos;versions %1&apos; lists them.</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>The stream ended before the answer was complete.</translation>
    </message>
    <message>
        <source>The server sent a stream %1 that is not valid JSON: %2.</source>
        <translation>The server sent a stream %1 that is not valid JSON: %2.</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>Could not connect to the model server within %1 s.</source>
        <translation>Could not connect to the model server within %1 s.</translation>
    </message>
    <message>
        <source>The model server did not answer within %1 s.</source>
        <translation>The model server did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The model server sent nothing for %1 s in the middle of its answer.</source>
        <translation>The model server sent nothing for %1 s in the middle of its answer.</translation>
    </message>
    <message>
        <source>The model call did not finish before its deadline.</source>
        <translation>The model call did not finish before its deadline.</translation>
    </message>
    <message>
        <source>The model&apos;s answer was larger than the limit of %1 bytes; the transfer was stopped.</source>
        <translation>The model&apos;s answer was larger than the limit of %1 bytes; the transfer was stopped.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The model server answered %1: %2</source>
        <translation>The model server answered %1: %2</translation>
    </message>
    <message>
        <source>The model server reported an error: %1</source>
        <translation>The model server reported an error: %1</translation>
    </message>
    <message>
        <source>The model server closed the connection in the middle of its answer.</source>
        <translation>The model server closed the connection in the middle of its answer.</translation>
    </message>
    <message>
        <source>Could not reach the model server: %1</source>
        <translation>Could not reach the model server: %1</translation>
    </message>
    <message>
        <source>The model provider was closed during the call.</source>
        <translation>The model provider was closed during the call.</translation>
    </message>
    <message>
        <source>The model server&apos;s list of models could not be read.</source>
        <translation>The model server&apos;s list of models could not be read.</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>The server reported an error without a message.</translation>
    </message>
    <message>
        <source>The model client was closed.</source>
        <translation>The model client was closed.</translation>
    </message>
    <message>
        <source>No free slot for the model call before its deadline.</source>
        <translation>No free slot for the model call before its deadline.</translation>
    </message>
    <message>
        <source>A JSON line is larger than %1 bytes.</source>
        <translation>A JSON line is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The model server did not say its version.</source>
        <translation>The model server did not say its version.</translation>
    </message>
    <message>
        <source>The server reported an error in the stream.</source>
        <translation>The server reported an error in the stream.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1.</source>
        <translation>The server&apos;s answer is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no message.</source>
        <translation>The server&apos;s answer has no message.</translation>
    </message>
    <message>
        <source>The offline planner does not use a model server.</source>
        <translation>The offline planner does not use a model server.</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>The endpoint &quot;%1&quot; is not an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>A server-sent event is larger than %1 bytes.</source>
        <translation>A server-sent event is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>The prompt needs about %1 tokens but the model&apos;s context leaves room for %2; shorten the goal or raise the context size.</source>
        <translation>The prompt needs about %1 tokens but the model&apos;s context leaves room for %2; shorten the goal or raise the context size.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>(%1 day)</source>
        <translation>(%1 day)</translation>
    </message>
    <message>
        <source>(%1 days)</source>
        <translation>(%1 days)</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>renamed from &quot;%1&quot;</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notes changed</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>estimate %1 h → %2 h</source>
        <translation>estimate %1 h → %2 h</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>milestone &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>prerequisites changed</source>
        <translation>prerequisites changed</translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation>~ %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>due %1 → %2</translation>
    </message>
    <message>
        <source>start %1 → %2</source>
        <translation>start %1 → %2</translation>
    </message>
    <message>
        <source>start %1 → %2, due %3 → %4</source>
        <translation>start %1 → %2, due %3 → %4</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>* Deadline: %1 → %2</source>
        <translation>* Deadline: %1 → %2</translation>
    </message>
    <message>
        <source>* Hours per week: %1 → %2</source>
        <translation>* Hours per week: %1 → %2</translation>
    </message>
    <message>
        <source>* Now at risk: %1 h short</source>
        <translation>* Now at risk: %1 h short</translation>
    </message>
    <message>
        <source>* No longer at risk</source>
        <translation>* No longer at risk</translation>
    </message>
    <message>
        <source>* Hours short: %1 → %2</source>
        <translation>* Hours short: %1 → %2</translation>
    </message>
    <message>
        <source>* Finish: %1 → %2</source>
        <translation>* Finish: %1 → %2</translation>
    </message>
    <message>
        <source>- Removed: %1</source>
        <translation>- Removed: %1</translation>
    </message>
    <message>
        <source>+ Added: %1 (%2 h)</source>
        <translation>+ Added: %1 (%2 h)</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>The backup %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Writing the backup %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Cannot write the backup %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2; nothing was changed.</source>
        <translation>The backup %1 cannot be restored: %2; nothing was changed.</translation>
    </message>
    <message>
        <source>it is not a database or is damaged</source>
        <translation>it is not a database or is damaged</translation>
    </message>
    <message>
        <source>it is damaged (integrity check: %1)</source>
        <translation>it is damaged (integrity check: %1)</translation>
    </message>
    <message>
        <source>it is not a Helios database</source>
        <translation>it is not a Helios database</translation>
    </message>
    <message>
        <source>it was written by a newer Helios (schema %1, this one knows up to %2)</source>
        <translation>it was written by a newer Helios (schema %1, this one knows up to %2)</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>A backup cannot overwrite the database itself.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>There is no backup at %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Cannot read the backup %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into %2; nothing was changed.</source>
        <translation>Cannot copy the backup %1 into %2; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot move the database %1 aside to %2; nothing was restored.</source>
        <translation>Cannot move the database %1 aside to %2; nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the database was left as it was.</source>
        <translation>Cannot put the backup in place of %1; the database was left as it was.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1</source>
        <translation>The backup was restored but could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>%1 failed: the database is damaged (%2); restore a backup.</source>
        <translation>%1 failed: the database is damaged (%2); restore a backup.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full (%2); free some space and try again.</source>
        <translation>%1 failed: the disk is full (%2); free some space and try again.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 failed: %2.</translation>
    </message>
    <message>
        <source>SQLite support is missing: install the Qt SQLite plugin (Debian package libqt6sql6-sqlite)</source>
        <translation>SQLite support is missing: install the Qt SQLite plugin (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Opening the database %1</translation>
    </message>
    <message>
        <source>%1 is not a Helios database or is damaged (%2)</source>
        <translation>%1 is not a Helios database or is damaged (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Helios (schema %2, this one knows up to %3); it was left untouched.</source>
        <translation>%1 was written by a newer Helios (schema %2, this one knows up to %3); it was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; Helios needs to write to it.</source>
        <translation>The database %1 is read-only; Helios needs to write to it.</translation>
    </message>
    <message>
        <source>Using the LLM response cache</source>
        <translation>Using the LLM response cache</translation>
    </message>
    <message>
        <source>Using the LLM call log</source>
        <translation>Using the LLM call log</translation>
    </message>
    <message>
        <source>Reading the journal mode</source>
        <translation>Reading the journal mode</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>Checking the database&apos;s integrity</source>
        <translation>Checking the database&apos;s integrity</translation>
    </message>
    <message>
        <source>Checking the database&apos;s references</source>
        <translation>Checking the database&apos;s references</translation>
    </message>
    <message>
        <source>%1 was written by a newer Helios (schema %2); this one knows up to %3 and cannot move it.</source>
        <translation>%1 was written by a newer Helios (schema %2); this one knows up to %3 and cannot move it.</translation>
    </message>
    <message>
        <source>There is no schema version %1; the latest is %2.</source>
        <translation>There is no schema version %1; the latest is %2.</translation>
    </message>
    <message>
        <source>Updating the database schema</source>
        <translation>Updating the database schema</translation>
    </message>
    <message>
        <source>Starting a schema update</source>
        <translation>Starting a schema update</translation>
    </message>
    <message>
        <source>Saving a schema update</source>
        <translation>Saving a schema update</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Reading the database</translation>
    </message>
    <message>
        <source>Reading the local profile</source>
        <translation>Reading the local profile</translation>
    </message>
    <message>
        <source>Creating the local profile</source>
        <translation>Creating the local profile</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Saving the plan</translation>
    </message>
    <message>
        <source>Saving the plans</source>
        <translation>Saving the plans</translation>
    </message>
    <message>
        <source>Saving the plan&apos;s tasks</source>
        <translation>Saving the plan&apos;s tasks</translation>
    </message>
    <message>
        <source>Saving the plan&apos;s dependencies</source>
        <translation>Saving the plan&apos;s dependencies</translation>
    </message>
    <message>
        <source>Listing plans</source>
        <translation>Listing plans</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Reading the plan</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>There is no plan with id %1.</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s tasks</source>
        <translation>Reading the plan&apos;s tasks</translation>
    </message>
    <message>
        <source>Reading the plans&apos; tasks</source>
        <translation>Reading the plans&apos; tasks</translation>
    </message>
    <message>
        <source>Updating the task</source>
        <translation>Updating the task</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>There is no task with id %1.</translation>
    </message>
    <message>
        <source>Updating the task&apos;s notes</source>
        <translation>Updating the task&apos;s notes</translation>
    </message>
    <message>
        <source>Reading the task</source>
        <translation>Reading the task</translation>
    </message>
    <message>
        <source>Updating the plan</source>
        <translation>Updating the plan</translation>
    </message>
    <message>
        <source>Counting templates</source>
        <translation>Counting templates</translation>
    </message>
    <message>
        <source>Listing templates</source>
        <translation>Listing templates</translation>
    </message>
    <message>
        <source>Computing statistics</source>
        <translation>Computing statistics</translation>
    </message>
    <message>
        <source>Reading tasks</source>
        <translation>Reading tasks</translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation>Reading plans</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s versions</source>
        <translation>Reading the plan&apos;s versions</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <source>Opening the database failed.</source>
        <translation>Opening the database failed.</translation>
    </message>
    <message>
        <source>%1 failed: the connection is not SQLite.</source>
        <translation>%1 failed: the connection is not SQLite.</translation>
    </message>
    <message>
        <source>waiting to start</source>
        <translation>waiting to start</translation>
    </message>
    <message>
        <source>analysing the goal</source>
        <translation>analysing the goal</translation>
    </message>
    <message>
        <source>researching</source>
        <translation>researching</translation>
    </message>
    <message>
        <source>planning the tasks</source>
        <translation>planning the tasks</translation>
    </message>
    <message>
        <source>scheduling</source>
        <translation>scheduling</translation>
    </message>
    <message>
        <source>repairing an answer</source>
        <translation>repairing an answer</translation>
    </message>
    <message>
        <source>Saving a version of the plan</source>
        <translation>Saving a version of the plan</translation>
    </message>
    <message>
        <source>Reading a version of the plan</source>
        <translation>Reading a version of the plan</translation>
    </message>
    <message>
        <source>Saving the new version of the plan</source>
        <translation>Saving the new version of the plan</translation>
    </message>
    <message>
        <source>Deleting the plan</source>
        <translation>Deleting the plan</translation>
    </message>
    <message>
        <source>Saving the job</source>
        <translation>Saving the job</translation>
    </message>
    <message>
        <source>Updating the job</source>
        <translation>Updating the job</translation>
    </message>
    <message>
        <source>Reading the job</source>
        <translation>Reading the job</translation>
    </message>
    <message>
        <source>Reading the jobs</source>
        <translation>Reading the jobs</translation>
    </message>
    <message>
        <source>Helios stopped while this job was %1; run it again.</source>
        <translation>Helios stopped while this job was %1; run it again.</translation>
    </message>
    <message>
        <source>Another program keeps changing the database&apos;s schema; close it and try again.</source>
        <translation>Another program keeps changing the database&apos;s schema; close it and try again.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the full stop that ends a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 model</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 models</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of numbers</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 has no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be text, not %3.</source>
        <translation>%1: &quot;%2&quot; should be text, not %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty.</source>
        <translation>%1: &quot;%2&quot; is empty.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 characters long; at most %4 are allowed.</source>
        <translation>%1: &quot;%2&quot; is %3 characters long; at most %4 are allowed.</translation>
    </message>
    <message>
        <source>The answer has no &quot;%1&quot; list.</source>
        <translation>The answer has no &quot;%1&quot; list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list of texts, not %2.</source>
        <translation>&quot;%1&quot; should be a list of texts, not %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; has %2 items; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; item %2 should be text, not %3.</source>
        <translation>&quot;%1&quot; item %2 should be text, not %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; item %2 is %3 characters long; at most %4 are allowed.</source>
        <translation>&quot;%1&quot; item %2 is %3 characters long; at most %4 are allowed.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>%1: &quot;depends_on&quot; should hold task ids, not %2.</source>
        <translation>%1: &quot;depends_on&quot; should hold task ids, not %2.</translation>
    </message>
    <message>
        <source>%1 depends on %2, which names no task.</source>
        <translation>%1 depends on %2, which names no task.</translation>
    </message>
    <message>
        <source>%1 depends on itself.</source>
        <translation>%1 depends on itself.</translation>
    </message>
    <message>
        <source>Tasks %1 depend on each other in a cycle.</source>
        <translation>Tasks %1 depend on each other in a cycle.</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>The analysis</translation>
    </message>
    <message>
        <source>The answer has no &quot;tasks&quot; list.</source>
        <translation>The answer has no &quot;tasks&quot; list.</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; should be a list, not %1.</source>
        <translation>&quot;tasks&quot; should be a list, not %1.</translation>
    </message>
    <message>
        <source>The plan has no tasks; at least %1 is needed.</source>
        <translation>The plan has no tasks; at least %1 is needed.</translation>
    </message>
    <message>
        <source>The plan has %1 tasks; at most %2 are allowed.</source>
        <translation>The plan has %1 tasks; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>%1 should be an object, not %2.</source>
        <translation>%1 should be an object, not %2.</translation>
    </message>
    <message>
        <source>%1 uses the id &quot;%2&quot; of a finished task; finished tasks are kept as they are and must not be listed.</source>
        <translation>%1 uses the id &quot;%2&quot; of a finished task; finished tasks are kept as they are and must not be listed.</translation>
    </message>
    <message>
        <source>%1 has the id &quot;%2&quot;, which task %3 already uses.</source>
        <translation>%1 has the id &quot;%2&quot;, which task %3 already uses.</translation>
    </message>
    <message>
        <source>%1 has no &quot;estimate_hours&quot;.</source>
        <translation>%1 has no &quot;estimate_hours&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;estimate_hours&quot; should be a number, not %2.</source>
        <translation>%1: &quot;estimate_hours&quot; should be a number, not %2.</translation>
    </message>
    <message>
        <source>%1: &quot;estimate_hours&quot; is %2; it must be from %3 to %4.</source>
        <translation>%1: &quot;estimate_hours&quot; is %2; it must be from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: &quot;depends_on&quot; should be a list of task ids, not %2.</source>
        <translation>%1: &quot;depends_on&quot; should be a list of task ids, not %2.</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>The answer contains no JSON object.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON object is cut off before its end.</source>
        <translation>The answer&apos;s JSON object is cut off before its end.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is malformed (%1 at character %2).</source>
        <translation>The answer&apos;s JSON is malformed (%1 at character %2).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <source>The goal of %1 is %2 characters long; Helios takes goals of at most %3.</source>
        <translation>The goal of %1 is %2 characters long; Helios takes goals of at most %3.</translation>
    </message>
    <message>
        <source>The subject, language or kind of %1 is longer than Helios takes.</source>
        <translation>The subject, language or kind of %1 is longer than Helios takes.</translation>
    </message>
    <message>
        <source>There are %1 tasks in %2; Helios takes at most %3 in one plan.</source>
        <translation>There are %1 tasks in %2; Helios takes at most %3 in one plan.</translation>
    </message>
    <message>
        <source>The title of task %1 of %2 is %3 characters long; Helios takes titles of at most %4.</source>
        <translation>The title of task %1 of %2 is %3 characters long; Helios takes titles of at most %4.</translation>
    </message>
    <message>
        <source>The milestone of task %1 of %2 is %3 characters long; Helios takes names of at most %4.</source>
        <translation>The milestone of task %1 of %2 is %3 characters long; Helios takes names of at most %4.</translation>
    </message>
    <message>
        <source>The notes of task %1 of %2 are %3 characters long; Helios takes notes of at most %4.</source>
        <translation>The notes of task %1 of %2 are %3 characters long; Helios takes notes of at most %4.</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on %3 tasks; Helios takes at most %4.</source>
        <translation>Task %1 of %2 depends on %3 tasks; Helios takes at most %4.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; Helios takes notes of at most %2.</source>
        <translation>The notes are %1 characters long; Helios takes notes of at most %2.</translation>
    </message>
    <message>
        <source>The iCalendar file nests components more than %1 deep (line %2); Helios takes at most %1.</source>
        <translation>The iCalendar file nests components more than %1 deep (line %2); Helios takes at most %1.</translation>
    </message>
    <message>
        <source>The iCalendar file holds more than %1 tasks (VTODO); Helios takes at most %1 in one plan.</source>
        <translation>The iCalendar file holds more than %1 tasks (VTODO); Helios takes at most %1 in one plan.</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on itself (id %3); a task cannot wait for itself.</source>
        <translation>Task %1 of %2 depends on itself (id %3); a task cannot wait for itself.</translation>
    </message>
    <message>
        <source>Plan %1 has no start_date (YYYY-MM-DD), which every plan in a Helios JSON file has.</source>
        <translation>Plan %1 has no start_date (YYYY-MM-DD), which every plan in a Helios JSON file has.</translation>
    </message>
    <message>
        <source>The JSON file nests lists and objects more than %1 deep; a Helios plan file never does.</source>
        <translation>The JSON file nests lists and objects more than %1 deep; a Helios plan file never does.</translation>
    </message>
    <message>
        <source>The file holds %1 plans; Helios imports at most %2 at once.</source>
        <translation>The file holds %1 plans; Helios imports at most %2 at once.</translation>
    </message>
    <message>
        <source>The Markdown list on line %1 is nested more than %2 levels deep; Helios takes at most %2.</source>
        <translation>The Markdown list on line %1 is nested more than %2 levels deep; Helios takes at most %2.</translation>
    </message>
    <message>
        <source>The Markdown text has more than %1 list items; Helios takes at most %2 tasks in one plan.</source>
        <translation>The Markdown text has more than %1 list items; Helios takes at most %2 tasks in one plan.</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>too many symbolic links</translation>
    </message>
    <message>
        <source>that descriptor is not open</source>
        <translation>that descriptor is not open</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a file (a folder, a socket or a disk); Helios writes to files, character devices and pipes.</source>
        <translation>Cannot write %1: it is not a file (a folder, a socket or a disk); Helios writes to files, character devices and pipes.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Tasks %1 of %2 (%3) depend on each other in a cycle, so no order of work can satisfy them; remove one of those dependencies and import it again.</source>
        <translation>Tasks %1 of %2 (%3) depend on each other in a cycle, so no order of work can satisfy them; remove one of those dependencies and import it again.</translation>
    </message>
    <message>
        <source>plan %1 of the file</source>
        <translation>plan %1 of the file</translation>
    </message>
    <message>
        <source>version entry %1 of plan %2 of the file</source>
        <translation>version entry %1 of plan %2 of the file</translation>
    </message>
    <message>
        <source>the file&apos;s plan</source>
        <translation>the file&apos;s plan</translation>
    </message>
    <message>
        <source>The todo.txt file has more than %1 task lines; Helios takes at most %1 in one plan.</source>
        <translation>The todo.txt file has more than %1 task lines; Helios takes at most %1 in one plan.</translation>
    </message>
    <message>
        <source>The backup folder %1 is a symbolic link; Helios writes backups only into a real folder beside the database. Remove the link.</source>
        <translation>The backup folder %1 is a symbolic link; Helios writes backups only into a real folder beside the database. Remove the link.</translation>
    </message>
    <message>
        <source>%1 is not a folder; Helios keeps its backups there. Move it away.</source>
        <translation>%1 is not a folder; Helios keeps its backups there. Move it away.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is written only to a new file.</source>
        <translation>%1 is not a regular file; a backup is written only to a new file.</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so no backup was written; the earlier backups are kept.</source>
        <translation>The database is damaged (%1), so no backup was written; the earlier backups are kept.</translation>
    </message>
    <message>
        <source>The backup %1 came out damaged (%2), so it was not kept; the earlier backups are.</source>
        <translation>The backup %1 came out damaged (%2), so it was not kept; the earlier backups are.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <source>plan %1 has %2 tasks, more than the %3 Helios takes</source>
        <translation>plan %1 has %2 tasks, more than the %3 Helios takes</translation>
    </message>
    <message>
        <source>the goal of plan %1 is longer than %2 characters</source>
        <translation>the goal of plan %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>task %1 has a title, milestone or notes longer than Helios takes</source>
        <translation>task %1 has a title, milestone or notes longer than Helios takes</translation>
    </message>
    <message>
        <source>task %1 depends on %2 tasks, more than the %3 Helios takes</source>
        <translation>task %1 depends on %2 tasks, more than the %3 Helios takes</translation>
    </message>
    <message>
        <source>it holds schema objects that Helios did not make: %1</source>
        <translation>it holds schema objects that Helios did not make: %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is restored only over a database file. Nothing was changed.</source>
        <translation>%1 is not a regular file; a backup is restored only over a database file. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 failed: Helios cannot write the database or the files SQLite keeps beside it (%2); check that the file and its folder are writable.</source>
        <translation>%1 failed: Helios cannot write the database or the files SQLite keeps beside it (%2); check that the file and its folder are writable.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Cannot use the database %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 of the database is read-only; Helios needs to write there (SQLite keeps its journal beside the database).</source>
        <translation>The folder %1 of the database is read-only; Helios needs to write there (SQLite keeps its journal beside the database).</translation>
    </message>
    <message>
        <source>Reading the database&apos;s schema</source>
        <translation>Reading the database&apos;s schema</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>%1 is not a Helios database or is damaged (%2); it was left untouched. Restore a backup: helios-cli backups lists them.</source>
        <translation>%1 is not a Helios database or is damaged (%2); it was left untouched. Restore a backup: helios-cli backups lists them.</translation>
    </message>
    <message>
        <source>Helios cannot read %1 (%2): check that the file and its folder may be read and written.</source>
        <translation>Helios cannot read %1 (%2): check that the file and its folder may be read and written.</translation>
    </message>
    <message>
        <source>%1 “%2” (not made by Helios)</source>
        <translation>%1 “%2” (not made by Helios)</translation>
    </message>
    <message>
        <source>%1 “%2” (changed)</source>
        <translation>%1 “%2” (changed)</translation>
    </message>
    <message>
        <source>%1 “%2” (missing)</source>
        <translation>%1 “%2” (missing)</translation>
    </message>
    <message>
        <source>%1 belongs to another program (its application id is %2), not to Helios; it was left untouched.</source>
        <translation>%1 belongs to another program (its application id is %2), not to Helios; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is not a Helios database: it holds another program&apos;s tables (%2); it was left untouched.</source>
        <translation>%1 is not a Helios database: it holds another program&apos;s tables (%2); it was left untouched.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); Helios does not use it. Restore a backup: helios-cli backups lists them.</source>
        <translation>The database %1 is damaged (%2); Helios does not use it. Restore a backup: helios-cli backups lists them.</translation>
    </message>
    <message>
        <source>The database %1 holds schema objects that Helios did not make: %2. Helios does not use it; restore a backup, or remove them (helios-cli db check lists them).</source>
        <translation>The database %1 holds schema objects that Helios did not make: %2. Helios does not use it; restore a backup, or remove them (helios-cli db check lists them).</translation>
    </message>
    <message>
        <source>Another Helios is restoring a backup into %1; try again in a moment.</source>
        <translation>Another Helios is restoring a backup into %1; try again in a moment.</translation>
    </message>
    <message>
        <source>Another Helios program is using %1 (the window, or a command still running); close it and try again. Nothing was changed.</source>
        <translation>Another Helios program is using %1 (the window, or a command still running); close it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>not a Helios database: it holds another program&apos;s tables (%1)</source>
        <translation>not a Helios database: it holds another program&apos;s tables (%1)</translation>
    </message>
    <message>
        <source>%1 is a second event; only one task can be the goal&apos;s event.</source>
        <translation>%1 is a second event; only one task can be the goal&apos;s event.</translation>
    </message>
    <message>
        <source>%1: &quot;event&quot; should be true or false, not %2.</source>
        <translation>%1: &quot;event&quot; should be true or false, not %2.</translation>
    </message>
    <message>
        <source>The event of %1 is not true or false.</source>
        <translation>The event of %1 is not true or false.</translation>
    </message>
    <message>
        <source>The kind_score of %1 is not a number.</source>
        <translation>The kind_score of %1 is not a number.</translation>
    </message>
    <message>
        <source>The kind_reason of %1 is not a list of words.</source>
        <translation>The kind_reason of %1 is not a list of words.</translation>
    </message>
    <message>
        <source>%1 is %2; Helios takes dates from the years %3 to %4.</source>
        <translation>%1 is %2; Helios takes dates from the years %3 to %4.</translation>
    </message>
    <message>
        <source>The start date of %1</source>
        <translation>The start date of %1</translation>
    </message>
    <message>
        <source>The deadline of %1</source>
        <translation>The deadline of %1</translation>
    </message>
    <message>
        <source>A date of task %1 of %2</source>
        <translation>A date of task %1 of %2</translation>
    </message>
    <message>
        <source>Task %1 of %2 cannot start on %3 and be done by %4: its first day is after its latest.</source>
        <translation>Task %1 of %2 cannot start on %3 and be done by %4: its first day is after its latest.</translation>
    </message>
    <message>
        <source>Tasks %1 and %2 of %3 are both the goal&apos;s event; a plan has at most one.</source>
        <translation>Tasks %1 and %2 of %3 are both the goal&apos;s event; a plan has at most one.</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;: use an id that helios-cli templates lists, such as kind:events/wedding or a number.</source>
        <translation>There is no template &apos;%1&apos;: use an id that helios-cli templates lists, such as kind:events/wedding or a number.</translation>
    </message>
    <message>
        <source>Cannot import %1: a template file is at most 1 MiB.</source>
        <translation>Cannot import %1: a template file is at most 1 MiB.</translation>
    </message>
    <message>
        <source>Cannot import %1: a template file holds one plan, this one holds %2.</source>
        <translation>Cannot import %1: a template file holds one plan, this one holds %2.</translation>
    </message>
    <message>
        <source>Cannot import %1: a template has at most %2 tasks, this one has %3.</source>
        <translation>Cannot import %1: a template has at most %2 tasks, this one has %3.</translation>
    </message>
    <message>
        <source>There is no database to import the template into.</source>
        <translation>There is no database to import the template into.</translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation>Reading the changes</translation>
    </message>
    <message>
        <source>“%1” is finished already: there is nothing to move.</source>
        <translation>“%1” is finished already: there is nothing to move.</translation>
    </message>
    <message>
        <source>“%1” does not start before %2 anyway.</source>
        <translation>“%1” does not start before %2 anyway.</translation>
    </message>
    <message>
        <source>Reading today&apos;s tasks</source>
        <translation>Reading today&apos;s tasks</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>Nothing planned today</translation>
    </message>
    <message>
        <source>%1 task today, %2 h</source>
        <translation>%1 task today, %2 h</translation>
    </message>
    <message>
        <source>%1 tasks today, %2 h</source>
        <translation>%1 tasks today, %2 h</translation>
    </message>
    <message>
        <source>%1 task overdue.</source>
        <translation>%1 task overdue.</translation>
    </message>
    <message>
        <source>%1 tasks overdue.</source>
        <translation>%1 tasks overdue.</translation>
    </message>
    <message>
        <source>You have %1 h today.</source>
        <translation>You have %1 h today.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>%1 task due today</source>
        <translation>%1 task due today</translation>
    </message>
    <message>
        <source>%1 tasks due today</source>
        <translation>%1 tasks due today</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <source>%1 · %2 h left</source>
        <translation>%1 · %2 h left</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Now: %1.</translation>
    </message>
    <message>
        <source>There is no task with id %1 in this plan.</source>
        <translation>There is no task with id %1 in this plan.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>A task needs a title.</translation>
    </message>
    <message>
        <source>A task&apos;s title can be at most %1 characters long; this one has %2.</source>
        <translation>A task&apos;s title can be at most %1 characters long; this one has %2.</translation>
    </message>
    <message>
        <source>An estimate is a number of hours above 0 and at most %1.</source>
        <translation>An estimate is a number of hours above 0 and at most %1.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>A task cannot depend on itself.</translation>
    </message>
    <message>
        <source>A plan needs a goal.</source>
        <translation>A plan needs a goal.</translation>
    </message>
    <message>
        <source>A goal can be at most %1 characters long; this one has %2.</source>
        <translation>A goal can be at most %1 characters long; this one has %2.</translation>
    </message>
    <message>
        <source>“%1” cannot wait for that: one of those tasks already waits for it.</source>
        <translation>“%1” cannot wait for that: one of those tasks already waits for it.</translation>
    </message>
    <message>
        <source>That is not a day in the calendar.</source>
        <translation>That is not a day in the calendar.</translation>
    </message>
    <message>
        <source>“%1” is finished and keeps its dates; set it to do first to move it.</source>
        <translation>“%1” is finished and keeps its dates; set it to do first to move it.</translation>
    </message>
    <message>
        <source>A task can be moved to today or a later day, not to %1.</source>
        <translation>A task can be moved to today or a later day, not to %1.</translation>
    </message>
    <message>
        <source>“%1” must be done by %2, so it cannot start on %3.</source>
        <translation>“%1” must be done by %2, so it cannot start on %3.</translation>
    </message>
    <message>
        <source>Saving the change to the plan</source>
        <translation>Saving the change to the plan</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program: choose another port.</source>
        <translation>Port %1 on %2 is already in use by another program: choose another port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>The local API&apos;s token could not be kept in the system keychain; set HELIOS_API_TOKEN to a token of your own instead.</source>
        <translation>The local API&apos;s token could not be kept in the system keychain; set HELIOS_API_TOKEN to a token of your own instead.</translation>
    </message>
    <message>
        <source>The token comes from $HELIOS_API_TOKEN here: change it there.</source>
        <translation>The token comes from $HELIOS_API_TOKEN here: change it there.</translation>
    </message>
    <message>
        <source>$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more.</source>
        <translation>$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 could not be removed.</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>The folder of %1 could not be made.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Nothing fell due while Helios was closed</source>
        <translation>Nothing fell due while Helios was closed</translation>
    </message>
    <message>
        <source>%1 task fell due while Helios was closed</source>
        <translation>%1 task fell due while Helios was closed</translation>
    </message>
    <message>
        <source>%1 tasks fell due while Helios was closed</source>
        <translation>%1 tasks fell due while Helios was closed</translation>
    </message>
    <message>
        <source>The iCalendar data is not valid at line %1: %2</source>
        <translation>The iCalendar data is not valid at line %1: %2</translation>
    </message>
    <message>
        <source>the text is not UTF-8.</source>
        <translation>the text is not UTF-8.</translation>
    </message>
    <message>
        <source>there is text after the end of the calendar.</source>
        <translation>there is text after the end of the calendar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a property of the form NAME:value.</source>
        <translation>&apos;%1&apos; is not a property of the form NAME:value.</translation>
    </message>
    <message>
        <source>BEGIN names no component.</source>
        <translation>BEGIN names no component.</translation>
    </message>
    <message>
        <source>it does not start with BEGIN:VCALENDAR.</source>
        <translation>it does not start with BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>END:%1 closes %2.</source>
        <translation>END:%1 closes %2.</translation>
    </message>
    <message>
        <source>it ends before END:%1.</source>
        <translation>it ends before END:%1.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message>
        <source>Reading the sync settings</source>
        <translation>Reading the sync settings</translation>
    </message>
    <message>
        <source>There is no sync binding with id %1.</source>
        <translation>There is no sync binding with id %1.</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>Saving the sync state</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Reading the sync state</translation>
    </message>
    <message>
        <source>Saving the sync settings</source>
        <translation>Saving the sync settings</translation>
    </message>
    <message>
        <source>Plan %1 is already synced with %2.</source>
        <translation>Plan %1 is already synced with %2.</translation>
    </message>
    <message>
        <source>Plan %1 already syncs with this calendar; to keep several plans in one calendar, bind each of them as sharing it (&quot;This calendar holds several plans&quot;, or --shared).</source>
        <translation>Plan %1 already syncs with this calendar; to keep several plans in one calendar, bind each of them as sharing it (&quot;This calendar holds several plans&quot;, or --shared).</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2 instead of a multistatus.</source>
        <translation>%1 failed: the server answered %2 instead of a multistatus.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Looking for the calendars on the server</source>
        <translation>Looking for the calendars on the server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (http:// or https://).</source>
        <translation>&apos;%1&apos; is not a server address (http:// or https://).</translation>
    </message>
    <message>
        <source>%1 failed: the server names no calendar home for this user (is it a CalDAV server?).</source>
        <translation>%1 failed: the server names no calendar home for this user (is it a CalDAV server?).</translation>
    </message>
    <message>
        <source>Listing the calendars</source>
        <translation>Listing the calendars</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Reading the calendar</translation>
    </message>
    <message>
        <source>%1 failed: %2 is not a calendar.</source>
        <translation>%1 failed: %2 is not a calendar.</translation>
    </message>
    <message>
        <source>Creating the calendar &apos;%1&apos;</source>
        <translation>Creating the calendar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Asking the server what changed</source>
        <translation>Asking the server what changed</translation>
    </message>
    <message>
        <source>Listing the tasks</source>
        <translation>Listing the tasks</translation>
    </message>
    <message>
        <source>Reading the changed tasks</source>
        <translation>Reading the changed tasks</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB; it was not read.</source>
        <translation>The server&apos;s answer was larger than %1 MB; it was not read.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>The server redirected more than %1 times.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not valid.</source>
        <translation>The server redirected to an address that is not valid.</translation>
    </message>
    <message>
        <source>The sync was closed during the request.</source>
        <translation>The sync was closed during the request.</translation>
    </message>
    <message>
        <source>Could not connect to the server within %1 s.</source>
        <translation>Could not connect to the server within %1 s.</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s.</source>
        <translation>The server sent nothing for %1 s.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>The server did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>The connection was closed.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Could not reach the server: %1</translation>
    </message>
    <message>
        <source>%1 failed: the server did not accept the user name and password (401).</source>
        <translation>%1 failed: the server did not accept the user name and password (401).</translation>
    </message>
    <message>
        <source>%1 failed: the server does not allow it (403).</source>
        <translation>%1 failed: the server does not allow it (403).</translation>
    </message>
    <message>
        <source>%1 failed: the server has nothing at %2 (404).</source>
        <translation>%1 failed: the server has nothing at %2 (404).</translation>
    </message>
    <message>
        <source>%1 failed: someone else changed it on the server meanwhile (412).</source>
        <translation>%1 failed: someone else changed it on the server meanwhile (412).</translation>
    </message>
    <message>
        <source>%1 failed: the server has no room left (507 Insufficient Storage).</source>
        <translation>%1 failed: the server has no room left (507 Insufficient Storage).</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation>%1 failed: the server answered %2.</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2 (%3).</source>
        <translation>%1 failed: the server answered %2 (%3).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>The server&apos;s answer is not a WebDAV multistatus.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid XML: %1.</source>
        <translation>The server&apos;s answer is not valid XML: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) received</source>
        <translation>
            <numerusform>%n task received</numerusform>
            <numerusform>%n tasks received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted on the server</source>
        <translation>
            <numerusform>%n task deleted on the server</numerusform>
            <numerusform>%n tasks deleted on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) sent</source>
        <translation>
            <numerusform>%n task sent</numerusform>
            <numerusform>%n tasks sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted from the server</source>
        <translation>
            <numerusform>%n task deleted from the server</numerusform>
            <numerusform>%n tasks deleted from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n conflict decided</numerusform>
            <numerusform>%n conflicts decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable task(s) skipped</source>
        <translation>
            <numerusform>%n unreadable task skipped</numerusform>
            <numerusform>%n unreadable tasks skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Sending a task to the server</source>
        <translation>Sending a task to the server</translation>
    </message>
    <message>
        <source>Deleting a task on the server</source>
        <translation>Deleting a task on the server</translation>
    </message>
    <message>
        <source>The task at %1 on the server could not be read: %2</source>
        <translation>The task at %1 on the server could not be read: %2</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Untitled task</translation>
    </message>
    <message>
        <source>edited on the server</source>
        <translation>edited on the server</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>deleted here</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>edited here</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>deleted on the server</translation>
    </message>
    <message>
        <source>The resource holds no task (no VTODO).</source>
        <translation>The resource holds no task (no VTODO).</translation>
    </message>
    <message>
        <source>The task has no UID.</source>
        <translation>The task has no UID.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the sync summary&apos;s sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Helios plans</source>
        <translation>Helios plans</translation>
    </message>
    <message>
        <source>The task at %1 on the server was not taken: %2</source>
        <translation>The task at %1 on the server was not taken: %2</translation>
    </message>
    <message>
        <source>its %1 has %2 characters, and Helios keeps at most %3; shorten it there</source>
        <translation>its %1 has %2 characters, and Helios keeps at most %3; shorten it there</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>it depends on %1 tasks, and Helios keeps at most %2</source>
        <translation>it depends on %1 tasks, and Helios keeps at most %2</translation>
    </message>
    <message>
        <source>the plan already has %1 tasks, the most it holds</source>
        <translation>the plan already has %1 tasks, the most it holds</translation>
    </message>
</context>
<context>
    <name>helios::ui</name>
    <message>
        <source>“%1” is not a date: write it as %2.</source>
        <translation>“%1” is not a date: write it as %2.</translation>
    </message>
    <message>
        <source>Write the year of “%1” with four digits, as in %2.</source>
        <translation>Write the year of “%1” with four digits, as in %2.</translation>
    </message>
</context>
<context>
    <name>helios::ui::AdaptPlanDialog</name>
    <message>
        <source>Adapt plan</source>
        <translation>Adapt plan</translation>
    </message>
    <message>
        <source>Helios proposes a new version of “%1”: the remaining work is scheduled again from today, finished tasks keep their dates. Nothing changes until you accept.</source>
        <translation>Helios proposes a new version of “%1”: the remaining work is scheduled again from today, finished tasks keep their dates. Nothing changes until you accept.</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>New deadline:</translation>
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
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Schedule the remaining tasks again from today</source>
        <translation>Schedule the remaining tasks again from today</translation>
    </message>
    <message>
        <source>Revise with the &amp;model</source>
        <translation>Revise with the &amp;model</translation>
    </message>
    <message>
        <source>Let the model split, add, drop and re-estimate the remaining tasks</source>
        <translation>Let the model split, add, drop and re-estimate the remaining tasks</translation>
    </message>
    <message>
        <source>Choose a model provider in Settings to use this</source>
        <translation>Choose a model provider in Settings to use this</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Scheduling the remaining tasks…</source>
        <translation>Scheduling the remaining tasks…</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Asking the model…</translation>
    </message>
    <message>
        <source>Saving the new version…</source>
        <translation>Saving the new version…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>No changes: the plan already fits from today.</source>
        <translation>No changes: the plan already fits from today.</translation>
    </message>
    <message>
        <source>Choose Propose to see what would change.</source>
        <translation>Choose Propose to see what would change.</translation>
    </message>
    <message>
        <source>Remove most of the plan?</source>
        <translation>Remove most of the plan?</translation>
    </message>
    <message>
        <source>This proposal removes %1 of the %2 tasks still to do. Accept it anyway?</source>
        <translation>This proposal removes %1 of the %2 tasks still to do. Accept it anyway?</translation>
    </message>
    <message>
        <source>Earlier versions of the plan stay in Version history, where they can be restored.</source>
        <translation>Earlier versions of the plan stay in Version history, where they can be restored.</translation>
    </message>
    <message>
        <source>Accept anyway</source>
        <translation>Accept anyway</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>Keep reviewing</translation>
    </message>
</context>
<context>
    <name>helios::ui::AdaptPlanViewModel</name>
    <message>
        <source>Analysing the goal…</source>
        <translation>Analysing the goal…</translation>
    </message>
    <message>
        <source>Researching…</source>
        <translation>Researching…</translation>
    </message>
    <message>
        <source>The model revises the remaining tasks…</source>
        <translation>The model revises the remaining tasks…</translation>
    </message>
    <message>
        <source>Scheduling the tasks…</source>
        <translation>Scheduling the tasks…</translation>
    </message>
    <message>
        <source>Asking the model to correct its answer…</source>
        <translation>Asking the model to correct its answer…</translation>
    </message>
    <message>
        <source>No model is configured: choose a provider in Settings.</source>
        <translation>No model is configured: choose a provider in Settings.</translation>
    </message>
</context>
<context>
    <name>helios::ui::AppTray</name>
    <message>
        <source>Open Helios</source>
        <translation>Open Helios</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
    <name>helios::ui::BackupsViewModel</name>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
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
    <message>
        <source>At current pace</source>
        <translation>At current pace</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Axis labels of a burn-down that spans years (QDateTime format).</extracomment>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
</context>
<context>
    <name>helios::ui::DateField</name>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Pick the day from a calendar</translation>
    </message>
    <message>
        <source>Type a date, as %1.</source>
        <translation>Type a date, as %1.</translation>
    </message>
    <message>
        <source>Pick %1 or a later day.</source>
        <translation>Pick %1 or a later day.</translation>
    </message>
</context>
<context>
    <name>helios::ui::DraftTaskModel</name>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
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
        <source>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</source>
        <translation>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Export template</translation>
    </message>
    <message>
        <source>Helios template (*.json)</source>
        <translation>Helios template (*.json)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Helios template (*.json);;All files (*)</source>
        <translation>Helios template (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>helios::ui::GoalPlanningViewModel</name>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Researcher</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Reviser</source>
        <translation>Reviser</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n constraint</numerusform>
            <numerusform>%n constraints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n success criterion(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n success criterion</numerusform>
            <numerusform>%n success criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) to learn</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n area to learn</numerusform>
            <numerusform>%n areas to learn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing its answer…</source>
        <translation>Writing its answer…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
</context>
<context>
    <name>helios::ui::ImportPreviewDialog</name>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>From %1. Nothing is saved until you choose Import.</source>
        <translation>From %1. Nothing is saved until you choose Import.</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>Plan &amp;name:</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>The file does not name the plan, so it is named after the file: change the name above if you like.</source>
        <translation>The file does not name the plan, so it is named after the file: change the name above if you like.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) had no due date in the file: Helios scheduled them from today.</source>
        <translation>
            <numerusform>%n task had no due date in the file: Helios scheduled them from today.</numerusform>
            <numerusform>%n tasks had no due date in the file: Helios scheduled them from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no dates.</source>
        <translation>
            <numerusform>%n task have no dates.</numerusform>
            <numerusform>%n tasks have no dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not list items are left out: %1</source>
        <translation>
            <numerusform>%n line that are not list items are left out: %1</numerusform>
            <numerusform>%n lines that are not list items are left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>helios::ui::LocalApiPage</name>
    <message>
        <source>Scripts and other programs on this computer can make and read plans through the local API. Every request needs the token. Changes here apply at once.</source>
        <translation>Scripts and other programs on this computer can make and read plans through the local API. Every request needs the token. Changes here apply at once.</translation>
    </message>
    <message>
        <source>Serve the local API while Helios runs</source>
        <translation>Serve the local API while Helios runs</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copy token</translation>
    </message>
    <message>
        <source>New token…</source>
        <translation>New token…</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Running: programs on this computer can reach it.</source>
        <translation>Running: programs on this computer can reach it.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>New token</translation>
    </message>
    <message>
        <source>Make a new token? Programs that use the current one will be refused until they are given the new one.</source>
        <translation>Make a new token? Programs that use the current one will be refused until they are given the new one.</translation>
    </message>
    <message>
        <source>Make a new token</source>
        <translation>Make a new token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>helios::ui::LocalApiViewModel</name>
    <message>
        <source>A new token is on the clipboard; the old one no longer works.</source>
        <translation>A new token is on the clipboard; the old one no longer works.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>The token is on the clipboard.</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Performance</translation>
    </message>
    <message>
        <source>Live LLM, storage and responsiveness figures</source>
        <translation>Live LLM, storage and responsiveness figures</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>There are no backups yet: Helios makes one each day it is opened.</source>
        <translation>There are no backups yet: Helios makes one each day it is opened.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>Your plan is ready</source>
        <translation>Your plan is ready</translation>
    </message>
    <message>
        <source>Review it and accept it in the New goal window.</source>
        <translation>Review it and accept it in the New goal window.</translation>
    </message>
    <message>
        <source>Planning failed</source>
        <translation>Planning failed</translation>
    </message>
    <message>
        <source>Planning was interrupted</source>
        <translation>Planning was interrupted</translation>
    </message>
    <message>
        <source>Helios stopped while it was planning “%1”. Plan it again?</source>
        <translation>Helios stopped while it was planning “%1”. Plan it again?</translation>
    </message>
    <message>
        <source>Plan again…</source>
        <translation>Plan again…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Template &amp;gallery…</source>
        <translation>Template &amp;gallery…</translation>
    </message>
    <message>
        <source>Start a goal from a template: one for every kind of goal Helios knows, and your own</source>
        <translation>Start a goal from a template: one for every kind of goal Helios knows, and your own</translation>
    </message>
    <message>
        <source>Save plan as &amp;template</source>
        <translation>Save plan as &amp;template</translation>
    </message>
    <message>
        <source>Keep a copy of the selected plan&apos;s tasks as your own template</source>
        <translation>Keep a copy of the selected plan&apos;s tasks as your own template</translation>
    </message>
    <message>
        <source>The plan is saved as a template: find it in the Template gallery under My templates.</source>
        <translation>The plan is saved as a template: find it in the Template gallery under My templates.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Every plan&apos;s tasks for today, the overdue ones and what is next</source>
        <translation>Every plan&apos;s tasks for today, the overdue ones and what is next</translation>
    </message>
    <message numerus="yes">
        <source>Today (%1) · %n overdue</source>
        <translation>
            <numerusform>Today (%1) · %n overdue</numerusform>
            <numerusform>Today (%1) · %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Keep Helios running?</source>
        <translation>Keep Helios running?</translation>
    </message>
    <message>
        <source>Keep Helios running in the tray when its window is closed? It can then remind you of the day&apos;s tasks. You can change this in Settings → Reminders.</source>
        <translation>Keep Helios running in the tray when its window is closed? It can then remind you of the day&apos;s tasks. You can change this in Settings → Reminders.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Keep running</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>“%1” is back.</translation>
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
        <source>Create plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Fixing its answer…</source>
        <translation>Fixing its answer…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Offline planner (no model)</source>
        <translation>Offline planner (no model)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Choose the model server in Tools → Settings.</source>
        <translation>Choose the model server in Tools → Settings.</translation>
    </message>
    <message>
        <source>Planned by:</source>
        <translation>Planned by:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop planning; nothing is saved</source>
        <translation>Stop planning; nothing is saved</translation>
    </message>
    <message>
        <source>Your plan, before it is saved</source>
        <translation>Your plan, before it is saved</translation>
    </message>
    <message>
        <source>Double-click a task&apos;s name or hours to change them; the dates follow.</source>
        <translation>Double-click a task&apos;s name or hours to change them; the dates follow.</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Accept plan</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Plan the goal again, without reusing saved answers</source>
        <translation>Plan the goal again, without reusing saved answers</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <source>Planning “%1” with %2…</source>
        <translation>Planning “%1” with %2…</translation>
    </message>
    <message>
        <source>Planning “%1” offline…</source>
        <translation>Planning “%1” offline…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 hours in all, done by %2.</source>
        <translation>
            <numerusform>%n task, %1 hours in all, done by %2.</numerusform>
            <numerusform>%n tasks, %1 hours in all, done by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit before the deadline: %1 hours short.</source>
        <translation>It does not fit before the deadline: %1 hours short.</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>From a template…</translation>
    </message>
    <message>
        <source>Start from a template of the gallery: its tasks come into the preview, to change before you accept them.</source>
        <translation>Start from a template of the gallery: its tasks come into the preview, to change before you accept them.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show what the model writes, as it writes it</source>
        <translation>Show what the model writes, as it writes it</translation>
    </message>
    <message>
        <source>Deadline taken from your goal: %1. Change it if you meant another day.</source>
        <translation>Deadline taken from your goal: %1. Change it if you meant another day.</translation>
    </message>
    <message>
        <source>Hours a week taken from your goal: %1. Change them if you meant another amount.</source>
        <translation>Hours a week taken from your goal: %1. Change them if you meant another amount.</translation>
    </message>
</context>
<context>
    <name>helios::ui::PendingPlanDeletion</name>
    <message>
        <source>Delete plan “%1”</source>
        <translation>Delete plan “%1”</translation>
    </message>
</context>
<context>
    <name>helios::ui::PerformanceDashboard</name>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>LLM latency (p50 / p95)</source>
        <translation>LLM latency (p50 / p95)</translation>
    </message>
    <message>
        <source>LLM requests</source>
        <translation>LLM requests</translation>
    </message>
    <message>
        <source>Time to first token (p50)</source>
        <translation>Time to first token (p50)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens per second</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Tokens in / out</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache hit rate</translation>
    </message>
    <message>
        <source>Store query latency (p95)</source>
        <translation>Store query latency (p95)</translation>
    </message>
    <message>
        <source>Event-loop lag (p95)</source>
        <translation>Event-loop lag (p95)</translation>
    </message>
    <message>
        <source>Memory (resident)</source>
        <translation>Memory (resident)</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Right now</translation>
    </message>
    <message>
        <source>LLM latency: requests per bucket</source>
        <translation>LLM latency: requests per bucket</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>response time up to</source>
        <translation>response time up to</translation>
    </message>
    <message>
        <source>LLM requests per second</source>
        <translation>LLM requests per second</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>Tokens per second (out)</source>
        <translation>Tokens per second (out)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation>Latency p95 (ms)</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>event loop</translation>
    </message>
    <message>
        <source>store query</source>
        <translation>store query</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Memory (MiB)</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>Last two minutes</source>
        <translation>Last two minutes</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>Median latency</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 latency</translation>
    </message>
    <message>
        <source>Answered from cache</source>
        <translation>Answered from cache</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) measured</source>
        <translation>
            <numerusform>%n request measured</numerusform>
            <numerusform>%n requests measured</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>no streamed answer yet</source>
        <translation>no streamed answer yet</translation>
    </message>
    <message>
        <source>prompt / answer</source>
        <translation>prompt / answer</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 joined</source>
        <translation>%1 hits, %2 misses, %3 joined</translation>
    </message>
    <message>
        <source>%1 queries, p50 %2</source>
        <translation>%1 queries, p50 %2</translation>
    </message>
    <message>
        <source>worst up to %1</source>
        <translation>worst up to %1</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>resident set size</source>
        <translation>resident set size</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>%1 tokens/s out</source>
        <translation>%1 tokens/s out</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>The call log could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the call log…</source>
        <translation>Reading the call log…</translation>
    </message>
    <message>
        <source>Every LLM call Helios made, from its log.</source>
        <translation>Every LLM call Helios made, from its log.</translation>
    </message>
    <message>
        <source>how fast answers are written</source>
        <translation>how fast answers are written</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
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
    <name>helios::ui::PlanChartsView</name>
    <message>
        <source>All the work is finished.</source>
        <translation>All the work is finished.</translation>
    </message>
    <message>
        <source>The remaining work cannot be scheduled.</source>
        <translation>The remaining work cannot be scheduled.</translation>
    </message>
    <message>
        <source>At the current pace (%1 of plan) the work ends on %2.</source>
        <translation>At the current pace (%1 of plan) the work ends on %2.</translation>
    </message>
    <message numerus="yes">
        <source>At the current pace (%1 of plan) the work ends on %2, %n day(s) after the deadline.</source>
        <translation>
            <numerusform>At the current pace (%1 of plan) the work ends on %2, %n day after the deadline.</numerusform>
            <numerusform>At the current pace (%1 of plan) the work ends on %2, %n days after the deadline.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the current pace (%1 of plan) the work ends on %2, the deadline.</source>
        <translation>At the current pace (%1 of plan) the work ends on %2, the deadline.</translation>
    </message>
    <message numerus="yes">
        <source>At the current pace (%1 of plan) the work ends on %2, %n day(s) before the deadline.</source>
        <translation>
            <numerusform>At the current pace (%1 of plan) the work ends on %2, %n day before the deadline.</numerusform>
            <numerusform>At the current pace (%1 of plan) the work ends on %2, %n days before the deadline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>Burn-down</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>No work is left, so there is no critical path.</source>
        <translation>No work is left, so there is no critical path.</translation>
    </message>
    <message numerus="yes">
        <source>Critical path (in red): %n task(s), %1 h that must happen one after another.</source>
        <translation>
            <numerusform>Critical path (in red): %n task, %1 h that must happen one after another.</numerusform>
            <numerusform>Critical path (in red): %n tasks, %1 h that must happen one after another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDeletion</name>
    <message>
        <source>&amp;Delete plan</source>
        <translation>&amp;Delete plan</translation>
    </message>
    <message>
        <source>Delete the selected plan; Undo brings it back for a few seconds</source>
        <translation>Delete the selected plan; Undo brings it back for a few seconds</translation>
    </message>
    <message>
        <source>In the plan list</source>
        <translation>In the plan list</translation>
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
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>finishes %1 at this pace</source>
        <translation>finishes %1 at this pace</translation>
    </message>
    <message>
        <source>On a plan&apos;s page</source>
        <translation>On a plan&apos;s page</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDiffModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk, %1 short</source>
        <translation>At risk, %1 short</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message numerus="yes">
        <source>Moves %n day(s) later</source>
        <translation>
            <numerusform>Moves %n day later</numerusform>
            <numerusform>Moves %n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves %n day(s) earlier</source>
        <translation>
            <numerusform>Moves %n day earlier</numerusform>
            <numerusform>Moves %n days earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates change</source>
        <translation>Dates change</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) move later</source>
        <translation>
            <numerusform>%n task moves later</numerusform>
            <numerusform>%n tasks move later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) move earlier</source>
        <translation>
            <numerusform>%n task moves earlier</numerusform>
            <numerusform>%n tasks move earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s) changed</source>
        <translation>
            <numerusform>%n estimate changed</numerusform>
            <numerusform>%n estimates changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) otherwise changed</source>
        <translation>
            <numerusform>%n task otherwise changed</numerusform>
            <numerusform>%n tasks otherwise changed</numerusform>
        </translation>
    </message>
    <message>
        <source>new deadline</source>
        <translation>new deadline</translation>
    </message>
    <message>
        <source>new weekly hours</source>
        <translation>new weekly hours</translation>
    </message>
    <message>
        <source>the finish date moves</source>
        <translation>the finish date moves</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>summary sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <source>now at risk</source>
        <translation>now at risk</translation>
    </message>
    <message>
        <source>no longer at risk</source>
        <translation>no longer at risk</translation>
    </message>
    <message>
        <source>the hours short change</source>
        <translation>the hours short change</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanEditActions</name>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>Type a task in one line: title, then hours and #milestone</source>
        <translation>Type a task in one line: title, then hours and #milestone</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>&amp;Edit task…</translation>
    </message>
    <message>
        <source>Re&amp;move task</source>
        <translation>Re&amp;move task</translation>
    </message>
    <message>
        <source>Rename &amp;plan…</source>
        <translation>Rename &amp;plan…</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Select a task first.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>Rename plan</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanEditor</name>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Rename the plan</source>
        <translation>Rename the plan</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>Re-estimate “%1”</source>
        <translation>Re-estimate “%1”</translation>
    </message>
    <message>
        <source>Plan renamed.</source>
        <translation>Plan renamed.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>“%1” removed.</translation>
    </message>
    <message>
        <source>“%1” now starts %2.</source>
        <translation>“%1” now starts %2.</translation>
    </message>
    <message>
        <source>“%1” changed.</source>
        <translation>“%1” changed.</translation>
    </message>
    <message>
        <source>No other task moved.</source>
        <translation>No other task moved.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved, the plan now finishes %1.</source>
        <translation>
            <numerusform>%n task moved, the plan now finishes %1.</numerusform>
            <numerusform>%n tasks moved, the plan now finishes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <source>%1 h short of the deadline.</source>
        <translation>%1 h short of the deadline.</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copied the plan as Markdown.</source>
        <translation>Copied the plan as Markdown.</translation>
    </message>
    <message>
        <source>Export &amp;all plans…</source>
        <translation>Export &amp;all plans…</translation>
    </message>
    <message>
        <source>Save every plan in one file; Helios JSON keeps their versions too</source>
        <translation>Save every plan in one file; Helios JSON keeps their versions too</translation>
    </message>
    <message>
        <source>Helios plans</source>
        <translation>Helios plans</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
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
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanVersionActions</name>
    <message>
        <source>&amp;Adapt plan…</source>
        <translation>&amp;Adapt plan…</translation>
    </message>
    <message>
        <source>Schedule the remaining work again from today and review the changes</source>
        <translation>Schedule the remaining work again from today and review the changes</translation>
    </message>
    <message>
        <source>&amp;Version history…</source>
        <translation>&amp;Version history…</translation>
    </message>
    <message>
        <source>Earlier versions of the plan, to compare and restore</source>
        <translation>Earlier versions of the plan, to compare and restore</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>The new plan is saved as version %1.</source>
        <translation>The new plan is saved as version %1.</translation>
    </message>
    <message>
        <source>Version %1 is restored.</source>
        <translation>Version %1 is restored.</translation>
    </message>
    <message>
        <source>The rescheduled plan is saved as a new version.</source>
        <translation>The rescheduled plan is saved as a new version.</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanningTeams</name>
    <message>
        <source>the first model of %1</source>
        <translation>the first model of %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>The model server offers no models; choose one in Settings.</source>
        <translation>The model server offers no models; choose one in Settings.</translation>
    </message>
    <message>
        <source>The settings changed; try again.</source>
        <translation>The settings changed; try again.</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlansViewModel</name>
    <message>
        <source>Plan created.</source>
        <translation>Plan created.</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>Plan deleted.</translation>
    </message>
</context>
<context>
    <name>helios::ui::ReminderScheduler</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>helios::ui::RescheduleOverdueDialog</name>
    <message>
        <source>rescheduled as version %1</source>
        <translation>rescheduled as version %1</translation>
    </message>
    <message>
        <source>rejected, unchanged</source>
        <translation>rejected, unchanged</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <source>proposing…</source>
        <translation>proposing…</translation>
    </message>
    <message>
        <source>Reschedule overdue tasks</source>
        <translation>Reschedule overdue tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue task(s). Each plan&apos;s remaining work is scheduled again from today, finished tasks keep their dates. Review the changes plan by plan; nothing changes until you accept.</source>
        <translation>
            <numerusform>%n overdue task. Each plan&apos;s remaining work is scheduled again from today, finished tasks keep their dates. Review the changes plan by plan; nothing changes until you accept.</numerusform>
            <numerusform>%n overdue tasks. Each plan&apos;s remaining work is scheduled again from today, finished tasks keep their dates. Review the changes plan by plan; nothing changes until you accept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this plan&apos;s schedule</source>
        <translation>&amp;Accept this plan&apos;s schedule</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Keep this plan as it is</source>
        <translation>Keep this plan as it is</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n overdue · %2</source>
        <translation>
            <numerusform>%1 — %n overdue · %2</numerusform>
            <numerusform>%1 — %n overdue · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n plan(s) rescheduled.</source>
        <translation>
            <numerusform>Done: %n plan rescheduled.</numerusform>
            <numerusform>Done: %n plans rescheduled.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the plan already fits from today.</source>
        <translation>No changes: the plan already fits from today.</translation>
    </message>
</context>
<context>
    <name>helios::ui::RestoreBackupDialog</name>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>replaced by a restore</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. Your current plans are kept in the backups folder, so you can come back to them.</source>
        <translation>Choose the backup to restore. Your current plans are kept in the backups folder, so you can come back to them.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios could not open its database</translation>
    </message>
    <message>
        <source>Helios could not open its database. Restore the backup from %1? The file that failed is kept in the backups folder.</source>
        <translation>Helios could not open its database. Restore the backup from %1? The file that failed is kept in the backups folder.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restore the backup from %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Replace your plans with the backup from %1? Your current plans are kept in the backups folder.</source>
        <translation>Replace your plans with the backup from %1? Your current plans are kept in the backups folder.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>helios::ui::RollingChartView</name>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
</context>
<context>
    <name>helios::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Model server</source>
        <translation>Model server</translation>
    </message>
    <message>
        <source>Timeouts and cache</source>
        <translation>Timeouts and cache</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Offline planner (no model server)</source>
        <translation>Offline planner (no model server)</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>Refresh models</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>Ask the server which models it offers</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>Asking the server for its models…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remove key</translation>
    </message>
    <message>
        <source>Delete this server&apos;s API key from the keychain</source>
        <translation>Delete this server&apos;s API key from the keychain</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied</source>
        <translation>Lower is more predictable, higher more varied</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The model&apos;s context window; prompts are shortened to fit it</source>
        <translation>The model&apos;s context window; prompts are shortened to fit it</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>Context size:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Waiting for the model server</source>
        <translation>Waiting for the model server</translation>
    </message>
    <message>
        <source>Loading a model can take minutes the first time</source>
        <translation>Loading a model can take minutes the first time</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>Connect:</translation>
    </message>
    <message>
        <source>First byte of the answer:</source>
        <translation>First byte of the answer:</translation>
    </message>
    <message>
        <source>Silence in the middle of an answer:</source>
        <translation>Silence in the middle of an answer:</translation>
    </message>
    <message>
        <source>Whole call:</source>
        <translation>Whole call:</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>Requests at once:</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>Response cache</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Clear cache</translation>
    </message>
    <message>
        <source>Forget every stored answer, in memory and on disk</source>
        <translation>Forget every stored answer, in memory and on disk</translation>
    </message>
    <message>
        <source>Kept in memory:</source>
        <translation>Kept in memory:</translation>
    </message>
    <message>
        <source>Kept on disk:</source>
        <translation>Kept on disk:</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>Kept for:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>A new language applies when Helios starts again.</source>
        <translation>A new language applies when Helios starts again.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>The database lives in the data folder and helios.log in the log folder. Start Helios with --db to use another database.</source>
        <translation>The database lives in the data folder and helios.log in the log folder. Start Helios with --db to use another database.</translation>
    </message>
    <message>
        <source>Not needed by the offline planner</source>
        <translation>Not needed by the offline planner</translation>
    </message>
    <message>
        <source>Not used by Ollama</source>
        <translation>Not used by Ollama</translation>
    </message>
    <message>
        <source>A key is saved in the keychain; type to replace it</source>
        <translation>A key is saved in the keychain; type to replace it</translation>
    </message>
    <message>
        <source>Optional; saved in the system keychain</source>
        <translation>Optional; saved in the system keychain</translation>
    </message>
    <message>
        <source>There is no response cache in this session</source>
        <translation>There is no response cache in this session</translation>
    </message>
    <message numerus="yes">
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>The server lists %n model.</numerusform>
            <numerusform>The server lists %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key for this server is saved in the keychain.</source>
        <translation>A key for this server is saved in the keychain.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened in the file manager.</source>
        <translation>The folder “%1” could not be opened in the file manager.</translation>
    </message>
    <message numerus="yes">
        <source> answer(s)</source>
        <extracomment>Unit after a number of cached answers in a spin box (the number is not in the text)</extracomment>
        <translation>
            <numerusform> answer</numerusform>
            <numerusform> answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Unit after a number of days in a spin box (the number is not in the text)</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Local API</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Sum up my day in a notification every day</source>
        <translation>Sum up my day in a notification every day</translation>
    </message>
    <message>
        <source>Keep Helios running in the tray when its window is closed</source>
        <translation>Keep Helios running in the tray when its window is closed</translation>
    </message>
    <message>
        <source>Start Helios when I log in</source>
        <translation>Start Helios when I log in</translation>
    </message>
    <message>
        <source>Reminders come while Helios runs, in the window or in the tray. Those that fall while it is closed are summed up once when it starts.</source>
        <translation>Reminders come while Helios runs, in the window or in the tray. Those that fall while it is closed are summed up once when it starts.</translation>
    </message>
    <message>
        <source>Daily summary at:</source>
        <translation>Daily summary at:</translation>
    </message>
    <message>
        <source>Remind me of each task due today, at %1</source>
        <translation>Remind me of each task due today, at %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>helios::ui::SettingsViewModel</name>
    <message>
        <source>The server lists no models: install or load one first.</source>
        <translation>The server lists no models: install or load one first.</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2</source>
        <translation>Connected in %1 ms: %2</translation>
    </message>
    <message>
        <source>There is no response cache to clear in this session.</source>
        <translation>There is no response cache to clear in this session.</translation>
    </message>
    <message>
        <source>The response cache is empty now.</source>
        <translation>The response cache is empty now.</translation>
    </message>
    <message>
        <source>The API key was removed from the keychain.</source>
        <translation>The API key was removed from the keychain.</translation>
    </message>
</context>
<context>
    <name>helios::ui::StatusChartView</name>
    <message numerus="yes">
        <source>%1: %n task(s), %2 h (%3)</source>
        <extracomment>Legend entry of the status chart: status, number of tasks, hours, share of hours.</extracomment>
        <translation>
            <numerusform>%1: %n task, %2 h (%3)</numerusform>
            <numerusform>%1: %n tasks, %2 h (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::SyncPage</name>
    <message>
        <source>Sync plans with a CalDAV server (Nextcloud, Radicale, Fastmail…) as task lists, and from there with your phone. The password is kept in the system keychain.</source>
        <translation>Sync plans with a CalDAV server (Nextcloud, Radicale, Fastmail…) as task lists, and from there with your phone. The password is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Password or app password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Sync this plan</source>
        <translation>Sync this plan</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Selected plan:</source>
        <translation>Selected plan:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>A new calendar named after the plan</source>
        <translation>A new calendar named after the plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never.</source>
        <translation>Never.</translation>
    </message>
    <message>
        <source>Choose a plan in the list first.</source>
        <translation>Choose a plan in the list first.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Value set aside</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Use this value instead</source>
        <translation>Use this value instead</translation>
    </message>
    <message>
        <source>Conflicts (both sides changed a field; the newer edit was kept):</source>
        <translation>Conflicts (both sides changed a field; the newer edit was kept):</translation>
    </message>
    <message>
        <source>Stop syncing this plan</source>
        <translation>Stop syncing this plan</translation>
    </message>
    <message>
        <source>This calendar holds several plans</source>
        <translation>This calendar holds several plans</translation>
    </message>
    <message>
        <source>%1 (several plans)</source>
        <translation>%1 (several plans)</translation>
    </message>
    <message>
        <source>Each plan&apos;s tasks go under its goal in the calendar, and a sync leaves the other plans&apos; to-dos and your own alone. Bind every plan of the calendar this way.</source>
        <translation>Each plan&apos;s tasks go under its goal in the calendar, and a sync leaves the other plans&apos; to-dos and your own alone. Bind every plan of the calendar this way.</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Stop syncing</translation>
    </message>
    <message>
        <source>Stop syncing “%1” with the server? The plan stays here as it is, and its calendar on the server is left as it is (delete it there if you no longer want it). Changes not sent yet are not sent now; syncing the plan with that calendar again later finds its tasks there and brings both sides&apos; edits together.</source>
        <translation>Stop syncing “%1” with the server? The plan stays here as it is, and its calendar on the server is left as it is (delete it there if you no longer want it). Changes not sent yet are not sent now; syncing the plan with that calendar again later finds its tasks there and brings both sides&apos; edits together.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Delete the task</translation>
    </message>
    <message>
        <source>Delete “%1” from the plan? The next sync deletes it on the server too (Edit → Undo brings it back).</source>
        <translation>Delete “%1” from the plan? The next sync deletes it on the server too (Edit → Undo brings it back).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>helios::ui::SyncViewModel</name>
    <message>
        <source>No password is kept for %1: connect again in Settings → Sync.</source>
        <translation>No password is kept for %1: connect again in Settings → Sync.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address as https://… (or http://… on your own network).</source>
        <translation>Give the server&apos;s address as https://… (or http://… on your own network).</translation>
    </message>
    <message>
        <source>Give the password (or app password) of %1.</source>
        <translation>Give the password (or app password) of %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected; the server has no calendar for tasks yet: Helios can create one.</source>
        <translation>Connected; the server has no calendar for tasks yet: Helios can create one.</translation>
    </message>
    <message numerus="yes">
        <source>Connected; %n calendar(s) take tasks.</source>
        <translation>
            <numerusform>Connected; %n calendar takes tasks.</numerusform>
            <numerusform>Connected; %n calendars take tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>Connect to the server first.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synced.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the system keychain.</source>
        <translation>The password of %1 could not be read from the system keychain.</translation>
    </message>
    <message>
        <source>Helios keeps the password only in the system keychain, and it could not be written there (is GNOME Keyring or KWallet running?).</source>
        <translation>Helios keeps the password only in the system keychain, and it could not be written there (is GNOME Keyring or KWallet running?).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Estimate (hours)</source>
        <translation>Estimate (hours)</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depends on</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Going on without the server&apos;s latest edits (%1); they are merged field by field at the next sync.</source>
        <translation>Going on without the server&apos;s latest edits (%1); they are merged field by field at the next sync.</translation>
    </message>
    <message>
        <source>This value cannot be put back from here: change it in the plan.</source>
        <translation>This value cannot be put back from here: change it in the plan.</translation>
    </message>
    <message>
        <source>The task of this conflict no longer exists.</source>
        <translation>The task of this conflict no longer exists.</translation>
    </message>
    <message>
        <source>“%1” of “%2” is back; the next sync sends it.</source>
        <translation>“%1” of “%2” is back; the next sync sends it.</translation>
    </message>
    <message>
        <source>This plan is not synced with a server.</source>
        <translation>This plan is not synced with a server.</translation>
    </message>
    <message>
        <source>A sync is under way; stop syncing the plan once it has finished.</source>
        <translation>A sync is under way; stop syncing the plan once it has finished.</translation>
    </message>
    <message>
        <source>“%1” is no longer synced; its calendar on the server was left as it is.</source>
        <translation>“%1” is no longer synced; its calendar on the server was left as it is.</translation>
    </message>
    <message>
        <source>“%1” is deleted; the next sync deletes it on the server too.</source>
        <translation>“%1” is deleted; the next sync deletes it on the server too.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Put back “%1” of “%2”</source>
        <translation>Put back “%1” of “%2”</translation>
    </message>
    <message>
        <source>A task it depended on is no longer in the plan: change its dependencies in the plan.</source>
        <translation>A task it depended on is no longer in the plan: change its dependencies in the plan.</translation>
    </message>
    <message>
        <source>The other value has no due date, and a task needs one: change it in the plan.</source>
        <translation>The other value has no due date, and a task needs one: change it in the plan.</translation>
    </message>
    <message>
        <source>That due date is before the task starts: change the dates in the plan.</source>
        <translation>That due date is before the task starts: change the dates in the plan.</translation>
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
    <message>
        <source>Add a task: “Read chapter 4 2h #Basics”, then Enter (hours and #milestone optional)</source>
        <translation>Add a task: “Read chapter 4 2h #Basics”, then Enter (hours and #milestone optional)</translation>
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
    <name>helios::ui::TaskEditDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pick another milestone to move the task there, or type a new one.</source>
        <translation>Pick another milestone to move the task there, or type a new one.</translation>
    </message>
    <message>
        <source>A finished task keeps its dates.</source>
        <translation>A finished task keeps its dates.</translation>
    </message>
    <message>
        <source>The task is done from this day on, or as soon after it as the tasks before it allow; the rest of the plan follows.</source>
        <translation>The task is done from this day on, or as soon after it as the tasks before it allow; the rest of the plan follows.</translation>
    </message>
    <message>
        <source>Task numbers, like 3, 5</source>
        <translation>Task numbers, like 3, 5</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Estimate:</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Milestone:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation>&amp;Waits for:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“%1” is not the number of a task of this plan (1 to %2).</source>
        <translation>“%1” is not the number of a task of this plan (1 to %2).</translation>
    </message>
    <message>
        <source>A task cannot wait for itself.</source>
        <translation>A task cannot wait for itself.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>A task needs a title.</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskEditsViewModel</name>
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
    <message>
        <source>Overdue: it was due %1</source>
        <translation>Overdue: it was due %1</translation>
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
    <name>helios::ui::TemplateGalleryDialog</name>
    <message>
        <source>Template gallery</source>
        <translation>Template gallery</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>All templates</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>My templates</translation>
    </message>
    <message>
        <source>Search templates, in English or Chinese</source>
        <translation>Search templates, in English or Chinese</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>Import template…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Export template…</translation>
    </message>
    <message>
        <source>Save current plan as template</source>
        <translation>Save current plan as template</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Use this template</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The plan is saved as a template: find it under My templates.</source>
        <translation>The plan is saved as a template: find it under My templates.</translation>
    </message>
    <message>
        <source>Template exported to %1.</source>
        <translation>Template exported to %1.</translation>
    </message>
    <message>
        <source>Template imported: find it under My templates.</source>
        <translation>Template imported: find it under My templates.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n template(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n template</numerusform>
            <numerusform>Page %1 of %2 · %n templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Choose a template</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (the day itself)</source>
        <translation>%1 (the day itself)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h in all</source>
        <translation>%1 h in all</translation>
    </message>
    <message>
        <source>done by %1 at %2 h a week</source>
        <translation>done by %1 at %2 h a week</translation>
    </message>
</context>
<context>
    <name>helios::ui::TimelineView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Drag sideways to move it; Esc cancels</source>
        <translation>Drag sideways to move it; Esc cancels</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Move to %1 – %2</source>
        <translation>Move to %1 – %2</translation>
    </message>
    <message>
        <source>Working out where it lands…</source>
        <translation>Working out where it lands…</translation>
    </message>
    <message>
        <source>Lands on %1: the plan cannot start it on %2</source>
        <translation>Lands on %1: the plan cannot start it on %2</translation>
    </message>
    <message>
        <source>Lands on %1 – %2: the plan cannot start it on %3</source>
        <translation>Lands on %1 – %2: the plan cannot start it on %3</translation>
    </message>
    <message>
        <source>“%1” is the goal&apos;s event: it stays on its day.</source>
        <translation>“%1” is the goal&apos;s event: it stays on its day.</translation>
    </message>
    <message>
        <source>“%1” is finished and keeps its dates; set it to do first to move it.</source>
        <translation>“%1” is finished and keeps its dates; set it to do first to move it.</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>On the critical path</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Month and year in the timeline&apos;s header (QDate format).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>The month alone in the timeline&apos;s header when month and year do not fit (QDate format).</extracomment>
        <translation>MMM</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Next up (%1)</source>
        <translation>Next up (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Was due %1</translation>
    </message>
    <message>
        <source>Hours planned today, of %1 h left</source>
        <translation>Hours planned today, of %1 h left</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayView</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Mark the selected task done (Space or Ctrl+D)</source>
        <translation>Mark the selected task done (Space or Ctrl+D)</translation>
    </message>
    <message>
        <source>Move to &amp;tomorrow</source>
        <translation>Move to &amp;tomorrow</translation>
    </message>
    <message>
        <source>Start the selected task tomorrow; the tasks that depend on it follow (Ctrl+T)</source>
        <translation>Start the selected task tomorrow; the tasks that depend on it follow (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Open in its plan</source>
        <translation>&amp;Open in its plan</translation>
    </message>
    <message>
        <source>Show the selected task in its plan (Enter)</source>
        <translation>Show the selected task in its plan (Enter)</translation>
    </message>
    <message>
        <source>Nothing to do today, nothing overdue, and nothing starts this week.</source>
        <translation>Nothing to do today, nothing overdue, and nothing starts this week.</translation>
    </message>
    <message>
        <source>Reading your plans…</source>
        <translation>Reading your plans…</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be read: %1</source>
        <translation>Today&apos;s tasks could not be read: %1</translation>
    </message>
    <message>
        <source>Schedule the remaining work of every plan with overdue tasks again from today, and review each plan&apos;s changes</source>
        <translation>Schedule the remaining work of every plan with overdue tasks again from today, and review each plan&apos;s changes</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n overdue task(s)…</source>
        <translation>
            <numerusform>Reschedule %n overdue task…</numerusform>
            <numerusform>Reschedule %n overdue tasks…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the Today page</source>
        <translation>On the Today page</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayViewModel</name>
    <message numerus="yes">
        <source>%n task(s) today</source>
        <translation>
            <numerusform>%n task today</numerusform>
            <numerusform>%n tasks today</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h planned of the %2 h you have</source>
        <translation>%1 h planned of the %2 h you have</translation>
    </message>
    <message>
        <source>%1 h planned</source>
        <translation>%1 h planned</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be read: %1</source>
        <translation>Today&apos;s tasks could not be read: %1</translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation>“%1” could not be marked done: %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>“%1” could not be moved: %2</translation>
    </message>
    <message>
        <source>Moved to tomorrow: %1</source>
        <translation>Moved to tomorrow: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved to tomorrow: %1, with %n task(s) that depend on it</source>
        <translation>
            <numerusform>Moved to tomorrow: %1, with %n task that depends on it</numerusform>
            <numerusform>Moved to tomorrow: %1, with %n tasks that depend on it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Bring the plan back (Ctrl+Z)</source>
        <translation>Bring the plan back (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete it now</source>
        <translation>Delete it now</translation>
    </message>
    <message>
        <source>Plan “%1” deleted</source>
        <translation>Plan “%1” deleted</translation>
    </message>
</context>
<context>
    <name>helios::ui::VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>This plan has no saved versions yet. Adapting it (Plan → Adapt plan…) saves the first ones.</source>
        <translation>This plan has no saved versions yet. Adapting it (Plan → Adapt plan…) saves the first ones.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <source>Restore version %1 of this plan?</source>
        <translation>Restore version %1 of this plan?</translation>
    </message>
    <message>
        <source>The plan as it is now stays in the history, so you can come back to it.</source>
        <translation>The plan as it is now stays in the history, so you can come back to it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Loading the versions…</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>Restoring version %1…</translation>
    </message>
    <message>
        <source>Version %1 is the plan as it is now.</source>
        <translation>Version %1 is the plan as it is now.</translation>
    </message>
    <message>
        <source>Restoring version %1 would change: %2</source>
        <translation>Restoring version %1 would change: %2</translation>
    </message>
    <message>
        <source>Every accepted re-plan, revision and restore of “%1” is kept as a version, and so is each session of edits (changes less than half an hour apart). Restoring one makes it current again as a new version.</source>
        <translation>Every accepted re-plan, revision and restore of “%1” is kept as a version, and so is each session of edits (changes less than half an hour apart). Restoring one makes it current again as a new version.</translation>
    </message>
</context>
<context>
    <name>helios::ui::VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>Original plan</translation>
    </message>
    <message>
        <source>Re-planned from today</source>
        <translation>Re-planned from today</translation>
    </message>
    <message>
        <source>Revised by the model</source>
        <translation>Revised by the model</translation>
    </message>
    <message>
        <source>Restore of version %1</source>
        <translation>Restore of version %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helios turns a goal into a dated plan of tasks.</source>
        <translation>Helios turns a goal into a dated plan of tasks.</translation>
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
    <message>
        <source>Language of the interface: en or zh_CN (default: the one chosen in Settings).</source>
        <translation>Language of the interface: en or zh_CN (default: the one chosen in Settings).</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (when the desktop has a tray).</source>
        <translation>Start in the tray, without the window (when the desktop has a tray).</translation>
    </message>
</context>
</TS>
