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
    <name>AppSettings</name>
    <message>
        <source>The saved setting %1 is not a whole number; the default %2 is used.</source>
        <translation>保存的设置 %1 不是整数，已改用默认值 %2。</translation>
    </message>
    <message>
        <source>The endpoint “%1” is not an http:// or https:// URL, such as http://127.0.0.1:11434.</source>
        <translation>端点“%1”不是 http:// 或 https:// 网址（例如 http://127.0.0.1:11434）。</translation>
    </message>
    <message>
        <source>Choose a model: press “Refresh models” to see the ones the server offers.</source>
        <translation>请选择模型：点击“刷新模型列表”查看服务器提供的模型。</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2, not %1.</source>
        <translation>温度必须在 0 到 2 之间，当前为 %1。</translation>
    </message>
    <message>
        <source>The context size must be between %1 and %2 tokens, not %3.</source>
        <translation>上下文长度必须在 %1 到 %2 个词元之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>连接超时必须在 %1 到 %2 秒之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The time to wait for the first byte must be between %1 and %2 seconds, not %3.</source>
        <translation>等待首个字节的时间必须在 %1 到 %2 秒之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The idle timeout must be between %1 and %2 seconds, not %3.</source>
        <translation>空闲超时必须在 %1 到 %2 秒之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The overall deadline must be between %1 and %2 seconds, not %3.</source>
        <translation>总时限必须在 %1 到 %2 秒之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The overall deadline (%1 s) must not be shorter than the time to wait for the first byte (%2 s).</source>
        <translation>总时限（%1 秒）不能短于等待首个字节的时间（%2 秒）。</translation>
    </message>
    <message>
        <source>The number of requests at once must be between %1 and %2, not %3.</source>
        <translation>同时请求数必须在 %1 到 %2 之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The answers kept in memory must be between %1 and %2, not %3.</source>
        <translation>内存中保留的回答数必须在 %1 到 %2 之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The answers kept on disk must be between %1 (no limit) and %2, not %3.</source>
        <translation>磁盘上保留的回答数必须在 %1（不限）到 %2 之间，当前为 %3。</translation>
    </message>
    <message>
        <source>Cached answers must be kept between %1 and %2 days, not %3.</source>
        <translation>缓存回答的保留天数必须在 %1 到 %2 天之间，当前为 %3。</translation>
    </message>
    <message>
        <source>The saved provider “%1” is unknown; the offline planner is used.</source>
        <translation>无法识别保存的提供方“%1”，已改用离线规划器。</translation>
    </message>
    <message>
        <source>The saved setting %1 is not a number; the default %2 is used.</source>
        <translation>保存的设置 %1 不是数字，已改用默认值 %2。</translation>
    </message>
    <message>
        <source>The saved language “%1” is unknown; the system&apos;s language is used.</source>
        <translation>无法识别保存的语言“%1”，已改用系统语言。</translation>
    </message>
    <message>
        <source>%1 The default is used.</source>
        <translation>%1已改用默认值。</translation>
    </message>
    <message>
        <source>The saved time %1 “%2” is not a time; %3 is used.</source>
        <translation>保存的时间 %1“%2”不是有效时间，改用 %3。</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The last bucket of a latency histogram: slower than every bound</extracomment>
        <translation>更长</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain refused access, so the API key was not saved.</source>
        <translation>钥匙串拒绝访问，API 密钥未保存。</translation>
    </message>
    <message>
        <source>The keychain refused access, so the saved API key could not be read.</source>
        <translation>钥匙串拒绝访问，无法读取已保存的 API 密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access, so the API key was not removed.</source>
        <translation>钥匙串拒绝访问，API 密钥未删除。</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so the API key was not saved.</source>
        <translation>系统中没有可用的钥匙串（如 GNOME Keyring 或 KWallet），因此 API 密钥未保存。</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so no saved API key can be read.</source>
        <translation>系统中没有可用的钥匙串（如 GNOME Keyring 或 KWallet），因此无法读取已保存的 API 密钥。</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so there is no saved API key to remove.</source>
        <translation>系统中没有可用的钥匙串（如 GNOME Keyring 或 KWallet），因此没有可删除的 API 密钥。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
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
    <name>PlanKind</name>
    <message>
        <source>Helios does not know this kind of goal yet, so these are only the first steps. For a full plan, choose a model server in Settings and plan it again, or start from a template.</source>
        <translation>Helios 还不熟悉这类目标，这里只列出了开头几步。想要完整的计划，可以在“设置”里选一个模型服务器再规划一次，或者从模板开始。</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>识别为：%1。</translation>
    </message>
    <message>
        <source>Recognised as %1 (%2).</source>
        <translation>识别为：%1（依据：%2）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between recognised words</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>PlanningErrors</name>
    <message>
        <source>The model server could not make the plan: %1</source>
        <translation>模型服务器未能生成计划：%1</translation>
    </message>
    <message>
        <source>The model&apos;s answer could not be used, even after asking it again: %1</source>
        <translation>模型的回答无法使用（已要求其重新回答）：%1</translation>
    </message>
    <message>
        <source>Helios could not save or read its data: %1</source>
        <translation>Helios 无法保存或读取数据：%1</translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation>已取消规划。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用位置</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何位置</translation>
    </message>
</context>
<context>
    <name>TaskEdit</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>将“%1”设为%2</translation>
    </message>
    <message>
        <source>Edit the notes of “%1”</source>
        <translation>编辑“%1”的备注</translation>
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
    <message>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>规划师</translation>
    </message>
    <message>
        <source>reviser</source>
        <translation>修订者</translation>
    </message>
    <message>
        <source>The %1&apos;s answer was rejected even after a repair round: %2</source>
        <translation>%1的回答在一轮修复后仍被拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>The model client was closed before the %1 had answered.</source>
        <translation>%1回答之前，模型客户端已关闭。</translation>
    </message>
    <message>
        <source>The %1&apos;s prompt does not fit: %2</source>
        <translation>%1的提示词放不下：%2</translation>
    </message>
    <message>
        <source>A revision needs the date of today.</source>
        <translation>修订计划需要今天的日期。</translation>
    </message>
    <message>
        <source>Every task of the plan is finished; there is nothing to revise.</source>
        <translation>计划中的所有任务都已完成，没有可修订的内容。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The file is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>该文件不是 iCalendar 文件：它不以 BEGIN:VCALENDAR 开头。</translation>
    </message>
    <message>
        <source>The iCalendar file is broken: line %1 is not a property (NAME:value).</source>
        <translation>iCalendar 文件已损坏：第 %1 行不是属性（NAME:value）。</translation>
    </message>
    <message>
        <source>The iCalendar file is broken: END:%1 on line %2 closes nothing that was opened.</source>
        <translation>iCalendar 文件已损坏：第 %2 行的 END:%1 没有对应的开始。</translation>
    </message>
    <message>
        <source>The iCalendar file is cut short: END:%1 is missing.</source>
        <translation>iCalendar 文件不完整：缺少 END:%1。</translation>
    </message>
    <message>
        <source>The iCalendar file holds no tasks (VTODO); events are not imported.</source>
        <translation>iCalendar 文件中没有任务（VTODO）；日程事件不会被导入。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MiB; the limit is 16 MiB).</source>
        <translation>%1 太大，无法导入（%2 MiB；上限为 16 MiB）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is 16 MiB).</source>
        <translation>%1 太大，无法导入（上限为 16 MiB）。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: save it as UTF-8 and import it again.</source>
        <translation>该文件不是有效的 %1 文本：请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it cannot be imported.</source>
        <translation>该文件包含二进制数据而不是文本，无法导入。</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>version entry %1 of plan %2</source>
        <translation>计划 %2 的版本条目 %1</translation>
    </message>
    <message>
        <source>task %1 of %2</source>
        <translation>%2 的任务 %1</translation>
    </message>
    <message>
        <source>Task %1 of %2 is not an object.</source>
        <translation>%2 的任务 %1 不是对象。</translation>
    </message>
    <message>
        <source>Task %1 of %2 has the id of an earlier task.</source>
        <translation>%2 的任务 %1 与前面的任务 id 重复。</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on a task id that is not in the %3.</source>
        <translation>%2 的任务 %1 依赖的任务 id 不在%3中。</translation>
    </message>
    <message>
        <source>The %1 of %2 is not a date (YYYY-MM-DD).</source>
        <translation>%2 的 %1 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The %1 of %2 is not a number of hours.</source>
        <translation>%2 的 %1 不是小时数。</translation>
    </message>
    <message>
        <source>The title of %1 is empty.</source>
        <translation>%1 的标题为空。</translation>
    </message>
    <message>
        <source>The status &apos;%1&apos; of %2 is not todo, in_progress, done or skipped.</source>
        <translation>%2 的状态“%1”不是 todo、in_progress、done 或 skipped 之一。</translation>
    </message>
    <message>
        <source>The %1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>The %1 has no version number above the one before it.</source>
        <translation>%1 的版本号没有大于前一个版本。</translation>
    </message>
    <message>
        <source>The created_at of %1 is not an ISO 8601 time.</source>
        <translation>%1 的 created_at 不是 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>The reason of %1 is not text.</source>
        <translation>%1 的 reason 不是文本。</translation>
    </message>
    <message>
        <source>The tasks of %1 are not a list.</source>
        <translation>%1 的 tasks 不是列表。</translation>
    </message>
    <message>
        <source>Plan %1 has no goal.</source>
        <translation>计划 %1 没有目标。</translation>
    </message>
    <message>
        <source>Plan %1 has no tasks.</source>
        <translation>计划 %1 没有任务。</translation>
    </message>
    <message>
        <source>The versions of %1 are not a list.</source>
        <translation>%1 的 versions 不是列表。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>该文件不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The JSON file is not a Helios plan export (its &quot;format&quot; is not &quot;helios-plan&quot;).</source>
        <translation>该 JSON 文件不是 Helios 计划导出文件（其 &quot;format&quot; 不是 &quot;helios-plan&quot;）。</translation>
    </message>
    <message>
        <source>The Helios JSON file has no valid formatVersion.</source>
        <translation>该 Helios JSON 文件没有有效的 formatVersion。</translation>
    </message>
    <message>
        <source>The file is in Helios JSON format version %1, newer than the version %2 this Helios reads.</source>
        <translation>该文件是 Helios JSON 格式第 %1 版，比本 Helios 能读取的第 %2 版更新。</translation>
    </message>
    <message>
        <source>The Helios JSON file holds no plans.</source>
        <translation>该 Helios JSON 文件中没有计划。</translation>
    </message>
    <message>
        <source>The Markdown text has no list items, so there are no tasks to import.</source>
        <translation>Markdown 文本中没有列表项，因此没有可导入的任务。</translation>
    </message>
    <message>
        <source>Writing the export failed: %1.</source>
        <translation>写入导出文件失败：%1。</translation>
    </message>
    <message>
        <source>The file is %1, not %2: import it with --format %3 or without --format.</source>
        <translation>该文件是 %1 而不是 %2：请用 --format %3 或不带 --format 导入。</translation>
    </message>
    <message>
        <source>Helios cannot tell which format the file is in (Helios JSON, iCalendar, Markdown or todo.txt): give it with --format.</source>
        <translation>Helios 无法判断该文件的格式（Helios JSON、iCalendar、Markdown 或 todo.txt）：请用 --format 指定。</translation>
    </message>
    <message>
        <source>The file is too large to import (the limit is 16 MiB).</source>
        <translation>该文件太大，无法导入（上限为 16 MiB）。</translation>
    </message>
    <message>
        <source>The file is empty: there are no tasks to import.</source>
        <translation>该文件为空：没有可导入的任务。</translation>
    </message>
    <message>
        <source>Helios exports CSV but does not import it: import Helios JSON, iCalendar, Markdown or todo.txt.</source>
        <translation>Helios 可以导出 CSV，但不能导入 CSV：请导入 Helios JSON、iCalendar、Markdown 或 todo.txt。</translation>
    </message>
    <message>
        <source>The todo.txt file has no task lines.</source>
        <translation>该 todo.txt 文件中没有任务行。</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>不存在 id 为 %1 的作业。</translation>
    </message>
    <message>
        <source>Job %1 is already %2; only a pending or running job can be cancelled.</source>
        <translation>作业 %1 已经是 %2 状态；只有等待中或运行中的作业可以取消。</translation>
    </message>
    <message>
        <source>Job %1 is %2; only a completed job&apos;s plan can be recorded.</source>
        <translation>作业 %1 处于 %2 状态；只有已完成作业的计划可以记录。</translation>
    </message>
    <message>
        <source>Plan %1 is not a template.</source>
        <translation>计划 %1 不是模板。</translation>
    </message>
    <message>
        <source>A saved version of the plan is damaged.</source>
        <translation>计划的一个已保存版本已损坏。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Version %1 of plan %2 is damaged, so the plan cannot be exported without loss; export it in another format.</source>
        <translation>计划 %2 的第 %1 版已损坏，无法无损导出该计划；请改用其他格式导出。</translation>
    </message>
    <message>
        <source>The export stopped before it was complete.</source>
        <translation>导出在完成之前停止了。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Plan %1 has no version %2; &apos;versions %1&apos; lists them.</source>
        <translation>计划 %1 没有第 %2 版；&apos;versions %1&apos; 会列出所有版本。</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>回答尚未完成，数据流就结束了。</translation>
    </message>
    <message>
        <source>The server sent a stream %1 that is not valid JSON: %2.</source>
        <translation>服务器发送的数据流%1不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Could not connect to the model server within %1 s.</source>
        <translation>%1 秒内无法连接到模型服务器。</translation>
    </message>
    <message>
        <source>The model server did not answer within %1 s.</source>
        <translation>模型服务器在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <source>The model server sent nothing for %1 s in the middle of its answer.</source>
        <translation>模型服务器在回答过程中 %1 秒没有发送任何内容。</translation>
    </message>
    <message>
        <source>The model call did not finish before its deadline.</source>
        <translation>模型调用未能在截止时间前完成。</translation>
    </message>
    <message>
        <source>The model&apos;s answer was larger than the limit of %1 bytes; the transfer was stopped.</source>
        <translation>模型的回答超过了 %1 字节的上限，传输已停止。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The model server answered %1: %2</source>
        <translation>模型服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>The model server reported an error: %1</source>
        <translation>模型服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>The model server closed the connection in the middle of its answer.</source>
        <translation>模型服务器在回答过程中关闭了连接。</translation>
    </message>
    <message>
        <source>Could not reach the model server: %1</source>
        <translation>无法连接到模型服务器：%1</translation>
    </message>
    <message>
        <source>The model provider was closed during the call.</source>
        <translation>调用期间模型提供方已关闭。</translation>
    </message>
    <message>
        <source>The model server&apos;s list of models could not be read.</source>
        <translation>无法读取模型服务器的模型列表。</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>服务器报告了错误，但没有附带说明。</translation>
    </message>
    <message>
        <source>The model client was closed.</source>
        <translation>模型客户端已关闭。</translation>
    </message>
    <message>
        <source>No free slot for the model call before its deadline.</source>
        <translation>截止时间之前没有可用的模型调用名额。</translation>
    </message>
    <message>
        <source>A JSON line is larger than %1 bytes.</source>
        <translation>一行 JSON 超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The model server did not say its version.</source>
        <translation>模型服务器没有告知其版本。</translation>
    </message>
    <message>
        <source>The server reported an error in the stream.</source>
        <translation>服务器在数据流中报告了错误。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1.</source>
        <translation>服务器的回答不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no message.</source>
        <translation>服务器的回答中没有消息。</translation>
    </message>
    <message>
        <source>The offline planner does not use a model server.</source>
        <translation>离线规划器不使用模型服务器。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>端点“%1”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <source>A server-sent event is larger than %1 bytes.</source>
        <translation>一个服务器推送事件超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The prompt needs about %1 tokens but the model&apos;s context leaves room for %2; shorten the goal or raise the context size.</source>
        <translation>提示词约需 %1 个 token，但模型上下文只剩 %2 个的空间；请缩短目标或增大上下文大小。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>(%1 day)</source>
        <translation>（%1 天）</translation>
    </message>
    <message>
        <source>(%1 days)</source>
        <translation>（%1 天）</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>由“%1”改名</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>备注已更改</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>estimate %1 h → %2 h</source>
        <translation>估时 %1 小时 → %2 小时</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>里程碑“%1”→“%2”</translation>
    </message>
    <message>
        <source>prerequisites changed</source>
        <translation>前置任务已更改</translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation>~ %1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>截止 %1 → %2</translation>
    </message>
    <message>
        <source>start %1 → %2</source>
        <translation>开始 %1 → %2</translation>
    </message>
    <message>
        <source>start %1 → %2, due %3 → %4</source>
        <translation>开始 %1 → %2，截止 %3 → %4</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>* Deadline: %1 → %2</source>
        <translation>* 截止日期：%1 → %2</translation>
    </message>
    <message>
        <source>* Hours per week: %1 → %2</source>
        <translation>* 每周小时数：%1 → %2</translation>
    </message>
    <message>
        <source>* Now at risk: %1 h short</source>
        <translation>* 现在有风险：缺 %1 小时</translation>
    </message>
    <message>
        <source>* No longer at risk</source>
        <translation>* 不再有风险</translation>
    </message>
    <message>
        <source>* Hours short: %1 → %2</source>
        <translation>* 缺少小时数：%1 → %2</translation>
    </message>
    <message>
        <source>* Finish: %1 → %2</source>
        <translation>* 完成日期：%1 → %2</translation>
    </message>
    <message>
        <source>- Removed: %1</source>
        <translation>- 已删除：%1</translation>
    </message>
    <message>
        <source>+ Added: %1 (%2 h)</source>
        <translation>+ 已添加：%1（%2 小时）</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>备份 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>写入备份 %1</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2; nothing was changed.</source>
        <translation>无法恢复备份 %1：%2；没有做任何更改。</translation>
    </message>
    <message>
        <source>it is not a database or is damaged</source>
        <translation>它不是数据库或已损坏</translation>
    </message>
    <message>
        <source>it is damaged (integrity check: %1)</source>
        <translation>它已损坏（完整性检查：%1）</translation>
    </message>
    <message>
        <source>it is not a Helios database</source>
        <translation>它不是 Helios 数据库</translation>
    </message>
    <message>
        <source>it was written by a newer Helios (schema %1, this one knows up to %2)</source>
        <translation>它由更新版本的 Helios 写入（架构 %1，本版本最多支持 %2）</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into %2; nothing was changed.</source>
        <translation>无法将备份 %1 复制到 %2；没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot move the database %1 aside to %2; nothing was restored.</source>
        <translation>无法将数据库 %1 移到 %2；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the database was left as it was.</source>
        <translation>无法用备份替换 %1；数据库保持原样。</translation>
    </message>
    <message>
        <source>The backup was restored but could not be brought up to date: %1</source>
        <translation>备份已恢复，但无法升级到最新架构：%1</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>%1 failed: the database is damaged (%2); restore a backup.</source>
        <translation>%1失败：数据库已损坏（%2）；请恢复一个备份。</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full (%2); free some space and try again.</source>
        <translation>%1失败：磁盘已满（%2）；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1失败：%2。</translation>
    </message>
    <message>
        <source>SQLite support is missing: install the Qt SQLite plugin (Debian package libqt6sql6-sqlite)</source>
        <translation>缺少 SQLite 支持：请安装 Qt SQLite 插件（Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>打开数据库 %1</translation>
    </message>
    <message>
        <source>%1 is not a Helios database or is damaged (%2)</source>
        <translation>%1 不是 Helios 数据库或已损坏（%2）</translation>
    </message>
    <message>
        <source>%1 was written by a newer Helios (schema %2, this one knows up to %3); it was left untouched.</source>
        <translation>%1 由更新版本的 Helios 写入（架构 %2，本版本最多支持 %3）；未对其做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is read-only; Helios needs to write to it.</source>
        <translation>数据库 %1 是只读的；Helios 需要写入它。</translation>
    </message>
    <message>
        <source>Using the LLM response cache</source>
        <translation>使用 LLM 回答缓存</translation>
    </message>
    <message>
        <source>Using the LLM call log</source>
        <translation>使用 LLM 调用记录</translation>
    </message>
    <message>
        <source>Reading the journal mode</source>
        <translation>读取日志模式</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking the database&apos;s integrity</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <source>Checking the database&apos;s references</source>
        <translation>检查数据库引用</translation>
    </message>
    <message>
        <source>%1 was written by a newer Helios (schema %2); this one knows up to %3 and cannot move it.</source>
        <translation>%1 由更新版本的 Helios 写入（架构 %2）；本版本最多支持 %3，无法迁移它。</translation>
    </message>
    <message>
        <source>There is no schema version %1; the latest is %2.</source>
        <translation>不存在架构版本 %1；最新版本是 %2。</translation>
    </message>
    <message>
        <source>Updating the database schema</source>
        <translation>更新数据库架构</translation>
    </message>
    <message>
        <source>Starting a schema update</source>
        <translation>开始架构更新</translation>
    </message>
    <message>
        <source>Saving a schema update</source>
        <translation>保存架构更新</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>Reading the local profile</source>
        <translation>读取本地用户资料</translation>
    </message>
    <message>
        <source>Creating the local profile</source>
        <translation>创建本地用户资料</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Saving the plans</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Saving the plan&apos;s tasks</source>
        <translation>保存计划的任务</translation>
    </message>
    <message>
        <source>Saving the plan&apos;s dependencies</source>
        <translation>保存计划的依赖关系</translation>
    </message>
    <message>
        <source>Listing plans</source>
        <translation>列出计划</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>读取计划</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>不存在 id 为 %1 的计划。</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s tasks</source>
        <translation>读取计划的任务</translation>
    </message>
    <message>
        <source>Reading the plans&apos; tasks</source>
        <translation>读取各计划的任务</translation>
    </message>
    <message>
        <source>Updating the task</source>
        <translation>更新任务</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>不存在 id 为 %1 的任务。</translation>
    </message>
    <message>
        <source>Updating the task&apos;s notes</source>
        <translation>更新任务备注</translation>
    </message>
    <message>
        <source>Reading the task</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <source>Updating the plan</source>
        <translation>更新计划</translation>
    </message>
    <message>
        <source>Counting templates</source>
        <translation>统计模板</translation>
    </message>
    <message>
        <source>Listing templates</source>
        <translation>列出模板</translation>
    </message>
    <message>
        <source>Computing statistics</source>
        <translation>计算统计数据</translation>
    </message>
    <message>
        <source>Reading tasks</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation>读取计划</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s versions</source>
        <translation>读取计划的版本</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Opening the database failed.</source>
        <translation>打开数据库失败。</translation>
    </message>
    <message>
        <source>%1 failed: the connection is not SQLite.</source>
        <translation>%1失败：该连接不是 SQLite。</translation>
    </message>
    <message>
        <source>waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>analysing the goal</source>
        <translation>分析目标</translation>
    </message>
    <message>
        <source>researching</source>
        <translation>调研</translation>
    </message>
    <message>
        <source>planning the tasks</source>
        <translation>规划任务</translation>
    </message>
    <message>
        <source>scheduling</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>repairing an answer</source>
        <translation>修复回答</translation>
    </message>
    <message>
        <source>Saving a version of the plan</source>
        <translation>保存计划的一个版本</translation>
    </message>
    <message>
        <source>Reading a version of the plan</source>
        <translation>读取计划的一个版本</translation>
    </message>
    <message>
        <source>Saving the new version of the plan</source>
        <translation>保存计划的新版本</translation>
    </message>
    <message>
        <source>Deleting the plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Saving the job</source>
        <translation>保存作业</translation>
    </message>
    <message>
        <source>Updating the job</source>
        <translation>更新作业</translation>
    </message>
    <message>
        <source>Reading the job</source>
        <translation>读取作业</translation>
    </message>
    <message>
        <source>Reading the jobs</source>
        <translation>读取作业</translation>
    </message>
    <message>
        <source>Helios stopped while this job was %1; run it again.</source>
        <translation>Helios 在该作业%1时停止了；请重新运行。</translation>
    </message>
    <message>
        <source>Another program keeps changing the database&apos;s schema; close it and try again.</source>
        <translation>另一个程序在不断更改数据库架构；请关闭它后重试。</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the full stop that ends a sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of numbers</comment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 缺少 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; should be text, not %3.</source>
        <translation>%1：&quot;%2&quot; 应为文本，而不是%3。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty.</source>
        <translation>%1：&quot;%2&quot; 为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 characters long; at most %4 are allowed.</source>
        <translation>%1：&quot;%2&quot; 长 %3 个字符；最多允许 %4 个。</translation>
    </message>
    <message>
        <source>The answer has no &quot;%1&quot; list.</source>
        <translation>回答中没有 &quot;%1&quot; 列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list of texts, not %2.</source>
        <translation>&quot;%1&quot; 应为文本列表，而不是%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; 有 %2 项；最多允许 %3 项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; item %2 should be text, not %3.</source>
        <translation>&quot;%1&quot; 的第 %2 项应为文本，而不是%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; item %2 is %3 characters long; at most %4 are allowed.</source>
        <translation>&quot;%1&quot; 的第 %2 项长 %3 个字符；最多允许 %4 个。</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1: &quot;depends_on&quot; should hold task ids, not %2.</source>
        <translation>%1：&quot;depends_on&quot; 应包含任务 id，而不是%2。</translation>
    </message>
    <message>
        <source>%1 depends on %2, which names no task.</source>
        <translation>%1 依赖于 %2，但它不对应任何任务。</translation>
    </message>
    <message>
        <source>%1 depends on itself.</source>
        <translation>%1 依赖于自身。</translation>
    </message>
    <message>
        <source>Tasks %1 depend on each other in a cycle.</source>
        <translation>任务 %1 之间存在循环依赖。</translation>
    </message>
    <message>
        <source>The analysis</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <source>The answer has no &quot;tasks&quot; list.</source>
        <translation>回答中没有 &quot;tasks&quot; 列表。</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; should be a list, not %1.</source>
        <translation>&quot;tasks&quot; 应为列表，而不是%1。</translation>
    </message>
    <message>
        <source>The plan has no tasks; at least %1 is needed.</source>
        <translation>计划中没有任务；至少需要 %1 个。</translation>
    </message>
    <message>
        <source>The plan has %1 tasks; at most %2 are allowed.</source>
        <translation>计划有 %1 个任务；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>%1 should be an object, not %2.</source>
        <translation>%1 应为对象，而不是%2。</translation>
    </message>
    <message>
        <source>%1 uses the id &quot;%2&quot; of a finished task; finished tasks are kept as they are and must not be listed.</source>
        <translation>%1 使用了已完成任务的 id &quot;%2&quot;；已完成的任务保持不变，不应列出。</translation>
    </message>
    <message>
        <source>%1 has the id &quot;%2&quot;, which task %3 already uses.</source>
        <translation>%1 的 id &quot;%2&quot; 已被任务 %3 使用。</translation>
    </message>
    <message>
        <source>%1 has no &quot;estimate_hours&quot;.</source>
        <translation>%1 缺少 &quot;estimate_hours&quot;。</translation>
    </message>
    <message>
        <source>%1: &quot;estimate_hours&quot; should be a number, not %2.</source>
        <translation>%1：&quot;estimate_hours&quot; 应为数字，而不是%2。</translation>
    </message>
    <message>
        <source>%1: &quot;estimate_hours&quot; is %2; it must be from %3 to %4.</source>
        <translation>%1：&quot;estimate_hours&quot; 为 %2；必须在 %3 到 %4 之间。</translation>
    </message>
    <message>
        <source>%1: &quot;depends_on&quot; should be a list of task ids, not %2.</source>
        <translation>%1：&quot;depends_on&quot; 应为任务 id 列表，而不是%2。</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>回答中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON object is cut off before its end.</source>
        <translation>回答中的 JSON 对象在结尾之前被截断。</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is malformed (%1 at character %2).</source>
        <translation>回答中的 JSON 格式错误（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>该计划</translation>
    </message>
    <message>
        <source>The goal of %1 is %2 characters long; Helios takes goals of at most %3.</source>
        <translation>%1 的目标长达 %2 个字符；Helios 接受的目标最多 %3 个字符。</translation>
    </message>
    <message>
        <source>The subject, language or kind of %1 is longer than Helios takes.</source>
        <translation>%1 的主题、语言或类型超过了 Helios 允许的长度。</translation>
    </message>
    <message>
        <source>There are %1 tasks in %2; Helios takes at most %3 in one plan.</source>
        <translation>%2 中有 %1 个任务；Helios 一个计划最多接受 %3 个任务。</translation>
    </message>
    <message>
        <source>The title of task %1 of %2 is %3 characters long; Helios takes titles of at most %4.</source>
        <translation>%2 的任务 %1 的标题长达 %3 个字符；Helios 接受的标题最多 %4 个字符。</translation>
    </message>
    <message>
        <source>The milestone of task %1 of %2 is %3 characters long; Helios takes names of at most %4.</source>
        <translation>%2 的任务 %1 的里程碑名称长达 %3 个字符；Helios 接受的名称最多 %4 个字符。</translation>
    </message>
    <message>
        <source>The notes of task %1 of %2 are %3 characters long; Helios takes notes of at most %4.</source>
        <translation>%2 的任务 %1 的备注长达 %3 个字符；Helios 接受的备注最多 %4 个字符。</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on %3 tasks; Helios takes at most %4.</source>
        <translation>%2 的任务 %1 依赖 %3 个任务；Helios 最多接受 %4 个。</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; Helios takes notes of at most %2.</source>
        <translation>备注长达 %1 个字符；Helios 接受的备注最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The iCalendar file nests components more than %1 deep (line %2); Helios takes at most %1.</source>
        <translation>这个 iCalendar 文件的组件嵌套超过 %1 层（第 %2 行）；Helios 最多接受 %1 层。</translation>
    </message>
    <message>
        <source>The iCalendar file holds more than %1 tasks (VTODO); Helios takes at most %1 in one plan.</source>
        <translation>这个 iCalendar 文件中的任务（VTODO）超过 %1 个；Helios 一个计划最多接受 %1 个任务。</translation>
    </message>
    <message>
        <source>Task %1 of %2 depends on itself (id %3); a task cannot wait for itself.</source>
        <translation>%2 的任务 %1 依赖它自己（ID %3）；任务不能等待自己完成。</translation>
    </message>
    <message>
        <source>Plan %1 has no start_date (YYYY-MM-DD), which every plan in a Helios JSON file has.</source>
        <translation>计划 %1 没有 start_date（YYYY-MM-DD），而 Helios JSON 文件中的每个计划都应该有。</translation>
    </message>
    <message>
        <source>The JSON file nests lists and objects more than %1 deep; a Helios plan file never does.</source>
        <translation>这个 JSON 文件中列表和对象的嵌套超过 %1 层；Helios 计划文件从不会这样。</translation>
    </message>
    <message>
        <source>The file holds %1 plans; Helios imports at most %2 at once.</source>
        <translation>文件中有 %1 个计划；Helios 一次最多导入 %2 个。</translation>
    </message>
    <message>
        <source>The Markdown list on line %1 is nested more than %2 levels deep; Helios takes at most %2.</source>
        <translation>第 %1 行的 Markdown 列表嵌套超过 %2 层；Helios 最多接受 %2 层。</translation>
    </message>
    <message>
        <source>The Markdown text has more than %1 list items; Helios takes at most %2 tasks in one plan.</source>
        <translation>这段 Markdown 文本的列表项超过 %1 个；Helios 一个计划最多接受 %2 个任务。</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>that descriptor is not open</source>
        <translation>该文件描述符未打开</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a file (a folder, a socket or a disk); Helios writes to files, character devices and pipes.</source>
        <translation>无法写入 %1：它不是文件（而是文件夹、套接字或磁盘）；Helios 只写入文件、字符设备和管道。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Tasks %1 of %2 (%3) depend on each other in a cycle, so no order of work can satisfy them; remove one of those dependencies and import it again.</source>
        <translation>%2 的任务 %1（%3）彼此循环依赖，任何完成顺序都无法满足；请删除其中一个依赖后重新导入。</translation>
    </message>
    <message>
        <source>plan %1 of the file</source>
        <translation>文件中的计划 %1</translation>
    </message>
    <message>
        <source>version entry %1 of plan %2 of the file</source>
        <translation>文件中计划 %2 的版本条目 %1</translation>
    </message>
    <message>
        <source>the file&apos;s plan</source>
        <translation>文件中的计划</translation>
    </message>
    <message>
        <source>The todo.txt file has more than %1 task lines; Helios takes at most %1 in one plan.</source>
        <translation>这个 todo.txt 文件的任务行超过 %1 行；Helios 一个计划最多接受 %1 个任务。</translation>
    </message>
    <message>
        <source>The backup folder %1 is a symbolic link; Helios writes backups only into a real folder beside the database. Remove the link.</source>
        <translation>备份文件夹 %1 是一个符号链接；Helios 只把备份写入数据库旁边的真实文件夹。请删除这个链接。</translation>
    </message>
    <message>
        <source>%1 is not a folder; Helios keeps its backups there. Move it away.</source>
        <translation>%1 不是文件夹，而 Helios 要在那里存放备份。请把它移走。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is written only to a new file.</source>
        <translation>%1 不是普通文件；备份只会写入一个新文件。</translation>
    </message>
    <message>
        <source>The database is damaged (%1), so no backup was written; the earlier backups are kept.</source>
        <translation>数据库已损坏（%1），因此没有写入备份；之前的备份都保留着。</translation>
    </message>
    <message>
        <source>The backup %1 came out damaged (%2), so it was not kept; the earlier backups are.</source>
        <translation>写出的备份 %1 已损坏（%2），因此没有保留；之前的备份都保留着。</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>plan %1 has %2 tasks, more than the %3 Helios takes</source>
        <translation>计划 %1 有 %2 个任务，超过了 Helios 允许的 %3 个</translation>
    </message>
    <message>
        <source>the goal of plan %1 is longer than %2 characters</source>
        <translation>计划 %1 的目标超过了 %2 个字符</translation>
    </message>
    <message>
        <source>task %1 has a title, milestone or notes longer than Helios takes</source>
        <translation>任务 %1 的标题、里程碑或备注超过了 Helios 允许的长度</translation>
    </message>
    <message>
        <source>task %1 depends on %2 tasks, more than the %3 Helios takes</source>
        <translation>任务 %1 依赖 %2 个任务，超过了 Helios 允许的 %3 个</translation>
    </message>
    <message>
        <source>it holds schema objects that Helios did not make: %1</source>
        <translation>其中含有并非 Helios 创建的结构对象：%1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is restored only over a database file. Nothing was changed.</source>
        <translation>%1 不是普通文件；备份只能恢复到数据库文件上。没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 failed: Helios cannot write the database or the files SQLite keeps beside it (%2); check that the file and its folder are writable.</source>
        <translation>%1失败：Helios 无法写入数据库或 SQLite 放在它旁边的文件（%2）；请检查该文件及其所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>无法使用数据库 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 of the database is read-only; Helios needs to write there (SQLite keeps its journal beside the database).</source>
        <translation>数据库所在的文件夹 %1 是只读的；Helios 需要在其中写入（SQLite 会把日志文件放在数据库旁边）。</translation>
    </message>
    <message>
        <source>Reading the database&apos;s schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 is not a Helios database or is damaged (%2); it was left untouched. Restore a backup: helios-cli backups lists them.</source>
        <translation>%1 不是 Helios 数据库或已损坏（%2）；文件未被改动。请恢复一个备份：helios-cli backups 可列出所有备份。</translation>
    </message>
    <message>
        <source>Helios cannot read %1 (%2): check that the file and its folder may be read and written.</source>
        <translation>Helios 无法读取 %1（%2）：请检查该文件及其所在文件夹是否可读写。</translation>
    </message>
    <message>
        <source>%1 “%2” (not made by Helios)</source>
        <translation>%1“%2”（并非 Helios 创建）</translation>
    </message>
    <message>
        <source>%1 “%2” (changed)</source>
        <translation>%1“%2”（已被改动）</translation>
    </message>
    <message>
        <source>%1 “%2” (missing)</source>
        <translation>%1“%2”（缺失）</translation>
    </message>
    <message>
        <source>%1 belongs to another program (its application id is %2), not to Helios; it was left untouched.</source>
        <translation>%1 属于另一个程序（其应用 ID 为 %2），不是 Helios 的文件；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is not a Helios database: it holds another program&apos;s tables (%2); it was left untouched.</source>
        <translation>%1 不是 Helios 数据库：其中是另一个程序的表（%2）；文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); Helios does not use it. Restore a backup: helios-cli backups lists them.</source>
        <translation>数据库 %1 已损坏（%2），Helios 不会使用它。请恢复一个备份：helios-cli backups 可列出所有备份。</translation>
    </message>
    <message>
        <source>The database %1 holds schema objects that Helios did not make: %2. Helios does not use it; restore a backup, or remove them (helios-cli db check lists them).</source>
        <translation>数据库 %1 含有并非 Helios 创建的结构对象：%2。Helios 不会使用它；请恢复一个备份，或删除这些对象（helios-cli db check 会列出它们）。</translation>
    </message>
    <message>
        <source>Another Helios is restoring a backup into %1; try again in a moment.</source>
        <translation>另一个 Helios 正在把备份恢复到 %1，请稍后再试。</translation>
    </message>
    <message>
        <source>Another Helios program is using %1 (the window, or a command still running); close it and try again. Nothing was changed.</source>
        <translation>另一个 Helios 程序正在使用 %1（窗口，或仍在运行的命令）；请先关闭它再试。没有做任何更改。</translation>
    </message>
    <message>
        <source>not a Helios database: it holds another program&apos;s tables (%1)</source>
        <translation>不是 Helios 数据库：其中是另一个程序的表（%1）</translation>
    </message>
    <message>
        <source>%1 is a second event; only one task can be the goal&apos;s event.</source>
        <translation>%1 是第二个事件；一个目标只能有一个事件任务。</translation>
    </message>
    <message>
        <source>%1: &quot;event&quot; should be true or false, not %2.</source>
        <translation>%1：“event”应为 true 或 false，而不是%2。</translation>
    </message>
    <message>
        <source>The event of %1 is not true or false.</source>
        <translation>%1 的 event 不是 true 或 false。</translation>
    </message>
    <message>
        <source>The kind_score of %1 is not a number.</source>
        <translation>%1 的 kind_score 不是数字。</translation>
    </message>
    <message>
        <source>The kind_reason of %1 is not a list of words.</source>
        <translation>%1 的 kind_reason 不是一组词。</translation>
    </message>
    <message>
        <source>%1 is %2; Helios takes dates from the years %3 to %4.</source>
        <translation>%1是 %2；Helios 只接受 %3 年到 %4 年之间的日期。</translation>
    </message>
    <message>
        <source>The start date of %1</source>
        <translation>%1 的开始日期</translation>
    </message>
    <message>
        <source>The deadline of %1</source>
        <translation>%1 的截止日期</translation>
    </message>
    <message>
        <source>A date of task %1 of %2</source>
        <translation>%2 的任务 %1 有一个日期</translation>
    </message>
    <message>
        <source>Task %1 of %2 cannot start on %3 and be done by %4: its first day is after its latest.</source>
        <translation>%2 的任务 %1 不能 %3 才开始却要在 %4 前完成：最早开始日晚于最晚完成日。</translation>
    </message>
    <message>
        <source>Tasks %1 and %2 of %3 are both the goal&apos;s event; a plan has at most one.</source>
        <translation>%3 的任务 %1 和任务 %2 都被标为目标的事件；一个计划最多只能有一个事件任务。</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;: use an id that helios-cli templates lists, such as kind:events/wedding or a number.</source>
        <translation>没有模板“%1”：请使用 helios-cli templates 列出的编号，例如 kind:events/wedding 或一个数字。</translation>
    </message>
    <message>
        <source>Cannot import %1: a template file is at most 1 MiB.</source>
        <translation>无法导入 %1：模板文件最大为 1 MiB。</translation>
    </message>
    <message>
        <source>Cannot import %1: a template file holds one plan, this one holds %2.</source>
        <translation>无法导入 %1：一个模板文件只能包含一个计划，这个文件包含 %2 个。</translation>
    </message>
    <message>
        <source>Cannot import %1: a template has at most %2 tasks, this one has %3.</source>
        <translation>无法导入 %1：一个模板最多 %2 个任务，这个有 %3 个。</translation>
    </message>
    <message>
        <source>There is no database to import the template into.</source>
        <translation>还没有数据库，无法导入模板。</translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation>读取变更记录</translation>
    </message>
    <message>
        <source>“%1” is finished already: there is nothing to move.</source>
        <translation>“%1”已经完成，无需推迟。</translation>
    </message>
    <message>
        <source>“%1” does not start before %2 anyway.</source>
        <translation>“%1”本来就要到 %2 才开始。</translation>
    </message>
    <message>
        <source>Reading today&apos;s tasks</source>
        <translation>读取今天的任务</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>Nothing planned today</source>
        <translation>今天没有安排</translation>
    </message>
    <message>
        <source>%1 task today, %2 h</source>
        <translation>今天 %1 项任务，%2 小时</translation>
    </message>
    <message>
        <source>%1 tasks today, %2 h</source>
        <translation>今天 %1 项任务，%2 小时</translation>
    </message>
    <message>
        <source>%1 task overdue.</source>
        <translation>%1 项任务已逾期。</translation>
    </message>
    <message>
        <source>%1 tasks overdue.</source>
        <translation>%1 项任务已逾期。</translation>
    </message>
    <message>
        <source>You have %1 h today.</source>
        <translation>你今天有 %1 小时。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>还有 %1 项</translation>
    </message>
    <message>
        <source>%1 task due today</source>
        <translation>今天到期 %1 项任务</translation>
    </message>
    <message>
        <source>%1 tasks due today</source>
        <translation>今天到期 %1 项任务</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今天到期：%1</translation>
    </message>
    <message>
        <source>%1 · %2 h left</source>
        <translation>%1 · 还剩 %2 小时</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>现在：%1。</translation>
    </message>
    <message>
        <source>There is no task with id %1 in this plan.</source>
        <translation>这个计划里没有编号为 %1 的任务。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要一个标题。</translation>
    </message>
    <message>
        <source>A task&apos;s title can be at most %1 characters long; this one has %2.</source>
        <translation>任务标题最多 %1 个字符，这个有 %2 个。</translation>
    </message>
    <message>
        <source>An estimate is a number of hours above 0 and at most %1.</source>
        <translation>估时须大于 0 小时，且不超过 %1 小时。</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>任务不能依赖它自己。</translation>
    </message>
    <message>
        <source>A plan needs a goal.</source>
        <translation>计划需要一个目标。</translation>
    </message>
    <message>
        <source>A goal can be at most %1 characters long; this one has %2.</source>
        <translation>目标最多 %1 个字符，这个有 %2 个。</translation>
    </message>
    <message>
        <source>“%1” cannot wait for that: one of those tasks already waits for it.</source>
        <translation>“%1”不能等这些任务：其中有任务已经在等它。</translation>
    </message>
    <message>
        <source>That is not a day in the calendar.</source>
        <translation>日历上没有这一天。</translation>
    </message>
    <message>
        <source>“%1” is finished and keeps its dates; set it to do first to move it.</source>
        <translation>“%1”已经结束，日期不再变动；要移动它，先把状态改回待办。</translation>
    </message>
    <message>
        <source>A task can be moved to today or a later day, not to %1.</source>
        <translation>任务只能移到今天或以后，不能移到 %1。</translation>
    </message>
    <message>
        <source>“%1” must be done by %2, so it cannot start on %3.</source>
        <translation>“%1”最晚要在 %2 完成，所以不能从 %3 开始。</translation>
    </message>
    <message>
        <source>Saving the change to the plan</source>
        <translation>保存对计划的修改</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program: choose another port.</source>
        <translation>%2 上的端口 %1 已被其他程序占用，请换一个端口。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>The local API&apos;s token could not be kept in the system keychain; set HELIOS_API_TOKEN to a token of your own instead.</source>
        <translation>无法将本地 API 的令牌保存到系统钥匙串；请改为将 HELIOS_API_TOKEN 设为你自己的令牌。</translation>
    </message>
    <message>
        <source>The token comes from $HELIOS_API_TOKEN here: change it there.</source>
        <translation>此处的令牌来自 $HELIOS_API_TOKEN：请在那里更改。</translation>
    </message>
    <message>
        <source>$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more.</source>
        <translation>$HELIOS_API_TOKEN 太短，不足以保护 API：请至少使用 16 个字符。</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>The folder of %1 could not be made.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing fell due while Helios was closed</source>
        <translation>Helios 关闭期间没有任务到期</translation>
    </message>
    <message>
        <source>%1 task fell due while Helios was closed</source>
        <translation>Helios 关闭期间有 %1 项任务到期</translation>
    </message>
    <message>
        <source>%1 tasks fell due while Helios was closed</source>
        <translation>Helios 关闭期间有 %1 项任务到期</translation>
    </message>
    <message>
        <source>The iCalendar data is not valid at line %1: %2</source>
        <translation>iCalendar 数据第 %1 行无效：%2</translation>
    </message>
    <message>
        <source>the text is not UTF-8.</source>
        <translation>文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>there is text after the end of the calendar.</source>
        <translation>日历结束之后还有内容。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a property of the form NAME:value.</source>
        <translation>“%1”不是“名称:值”形式的属性。</translation>
    </message>
    <message>
        <source>BEGIN names no component.</source>
        <translation>BEGIN 没有写明组件名称。</translation>
    </message>
    <message>
        <source>it does not start with BEGIN:VCALENDAR.</source>
        <translation>开头不是 BEGIN:VCALENDAR。</translation>
    </message>
    <message>
        <source>END:%1 closes %2.</source>
        <translation>END:%1 关闭的却是 %2。</translation>
    </message>
    <message>
        <source>it ends before END:%1.</source>
        <translation>在 END:%1 之前就结束了。</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>内容为空。</translation>
    </message>
    <message>
        <source>Reading the sync settings</source>
        <translation>读取同步设置</translation>
    </message>
    <message>
        <source>There is no sync binding with id %1.</source>
        <translation>没有编号为 %1 的同步绑定。</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>保存同步状态</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>读取同步状态</translation>
    </message>
    <message>
        <source>Saving the sync settings</source>
        <translation>保存同步设置</translation>
    </message>
    <message>
        <source>Plan %1 is already synced with %2.</source>
        <translation>计划 %1 已经与 %2 同步。</translation>
    </message>
    <message>
        <source>Plan %1 already syncs with this calendar; to keep several plans in one calendar, bind each of them as sharing it (&quot;This calendar holds several plans&quot;, or --shared).</source>
        <translation>计划 %1 已经与此日历同步；要在一个日历中保存多个计划，请将每个计划都绑定为共享此日历（“此日历包含多个计划”，或 --shared）。</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2 instead of a multistatus.</source>
        <translation>%1失败：服务器返回了 %2，而不是 multistatus 响应。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Looking for the calendars on the server</source>
        <translation>查找服务器上的日历</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (http:// or https://).</source>
        <translation>“%1”不是服务器地址（应以 http:// 或 https:// 开头）。</translation>
    </message>
    <message>
        <source>%1 failed: the server names no calendar home for this user (is it a CalDAV server?).</source>
        <translation>%1失败：服务器没有给出该用户的日历主目录（这是 CalDAV 服务器吗？）。</translation>
    </message>
    <message>
        <source>Listing the calendars</source>
        <translation>列出日历</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>读取日历</translation>
    </message>
    <message>
        <source>%1 failed: %2 is not a calendar.</source>
        <translation>%1失败：%2 不是日历。</translation>
    </message>
    <message>
        <source>Creating the calendar &apos;%1&apos;</source>
        <translation>创建日历“%1”</translation>
    </message>
    <message>
        <source>Asking the server what changed</source>
        <translation>向服务器询问有哪些变化</translation>
    </message>
    <message>
        <source>Listing the tasks</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <source>Reading the changed tasks</source>
        <translation>读取有变化的任务</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB; it was not read.</source>
        <translation>服务器的响应超过 %1 MB，未予读取。</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>服务器重定向超过了 %1 次。</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not valid.</source>
        <translation>服务器重定向到了一个无效的地址。</translation>
    </message>
    <message>
        <source>The sync was closed during the request.</source>
        <translation>请求进行中同步已被关闭。</translation>
    </message>
    <message>
        <source>Could not connect to the server within %1 s.</source>
        <translation>%1 秒内无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server sent nothing for %1 s.</source>
        <translation>服务器已有 %1 秒没有发送任何数据。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>服务器在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>%1 failed: the server did not accept the user name and password (401).</source>
        <translation>%1失败：服务器不接受该用户名和密码（401）。</translation>
    </message>
    <message>
        <source>%1 failed: the server does not allow it (403).</source>
        <translation>%1失败：服务器不允许此操作（403）。</translation>
    </message>
    <message>
        <source>%1 failed: the server has nothing at %2 (404).</source>
        <translation>%1失败：服务器上 %2 处没有内容（404）。</translation>
    </message>
    <message>
        <source>%1 failed: someone else changed it on the server meanwhile (412).</source>
        <translation>%1失败：期间有人在服务器上修改了它（412）。</translation>
    </message>
    <message>
        <source>%1 failed: the server has no room left (507 Insufficient Storage).</source>
        <translation>%1失败：服务器已没有剩余空间（507 存储空间不足）。</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2.</source>
        <translation>%1失败：服务器返回了 %2。</translation>
    </message>
    <message>
        <source>%1 failed: the server answered %2 (%3).</source>
        <translation>%1失败：服务器返回了 %2（%3）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebDAV multistatus.</source>
        <translation>服务器的响应不是 WebDAV multistatus。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid XML: %1.</source>
        <translation>服务器的响应不是有效的 XML：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) received</source>
        <translation>
            <numerusform>收到 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted on the server</source>
        <translation>
            <numerusform>%n 个任务已在服务器上删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) sent</source>
        <translation>
            <numerusform>发送了 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) deleted from the server</source>
        <translation>
            <numerusform>从服务器删除了 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>处理了 %n 处冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable task(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 个无法读取的任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何变化。</translation>
    </message>
    <message>
        <source>Sending a task to the server</source>
        <translation>向服务器发送任务</translation>
    </message>
    <message>
        <source>Deleting a task on the server</source>
        <translation>删除服务器上的任务</translation>
    </message>
    <message>
        <source>The task at %1 on the server could not be read: %2</source>
        <translation>无法读取服务器上 %1 处的任务：%2</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>未命名任务</translation>
    </message>
    <message>
        <source>edited on the server</source>
        <translation>在服务器上修改过</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>已在本地删除</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>在本地修改过</translation>
    </message>
    <message>
        <source>deleted on the server</source>
        <translation>已在服务器上删除</translation>
    </message>
    <message>
        <source>The resource holds no task (no VTODO).</source>
        <translation>该资源中没有任务（没有 VTODO）。</translation>
    </message>
    <message>
        <source>The task has no UID.</source>
        <translation>该任务没有 UID。</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the sync summary&apos;s sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Helios plans</source>
        <translation>Helios 计划</translation>
    </message>
    <message>
        <source>The task at %1 on the server was not taken: %2</source>
        <translation>服务器上 %1 处的任务未被采用：%2</translation>
    </message>
    <message>
        <source>its %1 has %2 characters, and Helios keeps at most %3; shorten it there</source>
        <translation>它的%1有 %2 个字符，Helios 最多保存 %3 个；请在那边缩短</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>it depends on %1 tasks, and Helios keeps at most %2</source>
        <translation>它依赖 %1 个任务，Helios 最多保存 %2 个</translation>
    </message>
    <message>
        <source>the plan already has %1 tasks, the most it holds</source>
        <translation>计划已有 %1 个任务，已达上限</translation>
    </message>
</context>
<context>
    <name>helios::ui</name>
    <message>
        <source>“%1” is not a date: write it as %2.</source>
        <translation>“%1”不是日期：请写成 %2 这样。</translation>
    </message>
    <message>
        <source>Write the year of “%1” with four digits, as in %2.</source>
        <translation>“%1”的年份请写四位数，例如 %2。</translation>
    </message>
</context>
<context>
    <name>helios::ui::AdaptPlanDialog</name>
    <message>
        <source>Adapt plan</source>
        <translation>调整计划</translation>
    </message>
    <message>
        <source>Helios proposes a new version of “%1”: the remaining work is scheduled again from today, finished tasks keep their dates. Nothing changes until you accept.</source>
        <translation>Helios 为“%1”提出一个新版本：剩余的工作从今天起重新排期，已完成的任务保留原来的日期。在你接受之前不会做任何更改。</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新截止日期：</translation>
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
        <source>&amp;Propose</source>
        <translation>生成提议(&amp;P)</translation>
    </message>
    <message>
        <source>Schedule the remaining tasks again from today</source>
        <translation>从今天起重新安排剩余任务</translation>
    </message>
    <message>
        <source>Revise with the &amp;model</source>
        <translation>让模型修订(&amp;M)</translation>
    </message>
    <message>
        <source>Let the model split, add, drop and re-estimate the remaining tasks</source>
        <translation>让模型拆分、添加、删除剩余任务并重新估算小时数</translation>
    </message>
    <message>
        <source>Choose a model provider in Settings to use this</source>
        <translation>请先在“设置”中选择模型提供方</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scheduling the remaining tasks…</source>
        <translation>正在重新安排剩余任务…</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <source>Saving the new version…</source>
        <translation>正在保存新版本…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>No changes: the plan already fits from today.</source>
        <translation>没有变化：计划从今天起已经可行。</translation>
    </message>
    <message>
        <source>Choose Propose to see what would change.</source>
        <translation>点击“生成提议”查看会有哪些变化。</translation>
    </message>
    <message>
        <source>Remove most of the plan?</source>
        <translation>要删掉计划的大部分吗？</translation>
    </message>
    <message>
        <source>This proposal removes %1 of the %2 tasks still to do. Accept it anyway?</source>
        <translation>这个方案会删掉尚未完成的 %2 项任务中的 %1 项。仍然接受吗？</translation>
    </message>
    <message>
        <source>Earlier versions of the plan stay in Version history, where they can be restored.</source>
        <translation>计划以前的版本会保留在版本历史中，可以随时恢复。</translation>
    </message>
    <message>
        <source>Accept anyway</source>
        <translation>仍然接受</translation>
    </message>
    <message>
        <source>Keep reviewing</source>
        <translation>再看看</translation>
    </message>
</context>
<context>
    <name>helios::ui::AdaptPlanViewModel</name>
    <message>
        <source>Analysing the goal…</source>
        <translation>正在分析目标…</translation>
    </message>
    <message>
        <source>Researching…</source>
        <translation>正在调研…</translation>
    </message>
    <message>
        <source>The model revises the remaining tasks…</source>
        <translation>模型正在修订剩余任务…</translation>
    </message>
    <message>
        <source>Scheduling the tasks…</source>
        <translation>正在安排任务日期…</translation>
    </message>
    <message>
        <source>Asking the model to correct its answer…</source>
        <translation>正在请模型修正它的回答…</translation>
    </message>
    <message>
        <source>No model is configured: choose a provider in Settings.</source>
        <translation>尚未配置模型：请在“设置”中选择提供方。</translation>
    </message>
</context>
<context>
    <name>helios::ui::AppTray</name>
    <message>
        <source>Open Helios</source>
        <translation>打开 Helios</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
    <name>helios::ui::BackupsViewModel</name>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
</context>
<context>
    <name>helios::ui::BurndownChartView</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the burn-down chart&apos;s axis labels (QDateTime format: MMM = short month).</extracomment>
        <translation>M/d</translation>
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
    <message>
        <source>At current pace</source>
        <translation>按当前进度</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Axis labels of a burn-down that spans years (QDateTime format).</extracomment>
        <translation>yyyy/M/d</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy/M</translation>
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
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Type a date, as %1.</source>
        <translation>请输入日期，例如 %1。</translation>
    </message>
    <message>
        <source>Pick %1 or a later day.</source>
        <translation>请选择 %1 或之后的日期。</translation>
    </message>
</context>
<context>
    <name>helios::ui::DraftTaskModel</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
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
        <source>Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)</source>
        <translation>计划和任务清单 (*.json *.ics *.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Helios template (*.json)</source>
        <translation>Helios 模板 (*.json)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Helios template (*.json);;All files (*)</source>
        <translation>Helios 模板 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>helios::ui::GoalPlanningViewModel</name>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>规划员</translation>
    </message>
    <message>
        <source>Reviser</source>
        <translation>修订员</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>排程器</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个约束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n success criterion(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 条成功标准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) to learn</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个学习领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个里程碑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <comment>found so far</comment>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing its answer…</source>
        <translation>正在写回答…</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
</context>
<context>
    <name>helios::ui::ImportPreviewDialog</name>
    <message>
        <source>Import a plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>From %1. Nothing is saved until you choose Import.</source>
        <translation>来自 %1。选择“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>计划名称(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n 个计划</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n 个里程碑</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>The file does not name the plan, so it is named after the file: change the name above if you like.</source>
        <translation>文件里没有写计划名称，因此用文件名命名；可以在上方修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) had no due date in the file: Helios scheduled them from today.</source>
        <translation>
            <numerusform>文件中有 %n 个任务没有截止日期：Helios 已从今天起为它们排期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no dates.</source>
        <translation>
            <numerusform>%n 个任务没有日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not list items are left out: %1</source>
        <translation>
            <numerusform>有 %n 行不是列表项，未导入：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>helios::ui::LocalApiPage</name>
    <message>
        <source>Scripts and other programs on this computer can make and read plans through the local API. Every request needs the token. Changes here apply at once.</source>
        <translation>本机的脚本和程序可以通过本地 API 创建、读取计划，每个请求都须附带令牌。此页的更改立即生效。</translation>
    </message>
    <message>
        <source>Serve the local API while Helios runs</source>
        <translation>Helios 运行时提供本地 API</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>New token…</source>
        <translation>生成新令牌…</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Running: programs on this computer can reach it.</source>
        <translation>运行中：本机上的程序可以访问它。</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>Make a new token? Programs that use the current one will be refused until they are given the new one.</source>
        <translation>要生成新令牌吗？使用当前令牌的程序在换用新令牌之前都会被拒绝。</translation>
    </message>
    <message>
        <source>Make a new token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>helios::ui::LocalApiViewModel</name>
    <message>
        <source>A new token is on the clipboard; the old one no longer works.</source>
        <translation>新令牌已复制到剪贴板，旧令牌从此失效。</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>令牌已复制到剪贴板。</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>性能(&amp;P)</translation>
    </message>
    <message>
        <source>Live LLM, storage and responsiveness figures</source>
        <translation>实时查看 LLM、存储与响应性能数据</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>There are no backups yet: Helios makes one each day it is opened.</source>
        <translation>还没有备份：Helios 每天首次打开时会自动备份一次。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份未能恢复</translation>
    </message>
    <message>
        <source>Your plan is ready</source>
        <translation>你的计划已生成</translation>
    </message>
    <message>
        <source>Review it and accept it in the New goal window.</source>
        <translation>请在“新目标”窗口中查看并接受它。</translation>
    </message>
    <message>
        <source>Planning failed</source>
        <translation>规划失败</translation>
    </message>
    <message>
        <source>Planning was interrupted</source>
        <translation>规划被中断</translation>
    </message>
    <message>
        <source>Helios stopped while it was planning “%1”. Plan it again?</source>
        <translation>Helios 在规划“%1”时停止了。要重新规划吗？</translation>
    </message>
    <message>
        <source>Plan again…</source>
        <translation>重新规划…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Template &amp;gallery…</source>
        <translation>模板库(&amp;G)…</translation>
    </message>
    <message>
        <source>Start a goal from a template: one for every kind of goal Helios knows, and your own</source>
        <translation>从模板开始一个目标：Helios 认识的每类目标都有一个，还有你自己的模板</translation>
    </message>
    <message>
        <source>Save plan as &amp;template</source>
        <translation>将计划存为模板(&amp;T)</translation>
    </message>
    <message>
        <source>Keep a copy of the selected plan&apos;s tasks as your own template</source>
        <translation>把所选计划的任务复制一份，存为你自己的模板</translation>
    </message>
    <message>
        <source>The plan is saved as a template: find it in the Template gallery under My templates.</source>
        <translation>计划已存为模板：可在模板库的“我的模板”中找到。</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Every plan&apos;s tasks for today, the overdue ones and what is next</source>
        <translation>所有计划今天的任务、逾期的任务和接下来的任务</translation>
    </message>
    <message numerus="yes">
        <source>Today (%1) · %n overdue</source>
        <translation>
            <numerusform>今天（%1）· %n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>Keep Helios running?</source>
        <translation>让 Helios 继续运行？</translation>
    </message>
    <message>
        <source>Keep Helios running in the tray when its window is closed? It can then remind you of the day&apos;s tasks. You can change this in Settings → Reminders.</source>
        <translation>关闭窗口后，让 Helios 留在系统托盘中继续运行吗？这样它才能提醒你当天的任务。之后可以在“设置 → 提醒”中更改。</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>“%1”已恢复。</translation>
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
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Fixing its answer…</source>
        <translation>正在修正回答…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>工作中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Offline planner (no model)</source>
        <translation>离线规划器（不使用模型）</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Choose the model server in Tools → Settings.</source>
        <translation>在“工具 → 设置”中选择模型服务器。</translation>
    </message>
    <message>
        <source>Planned by:</source>
        <translation>规划方式：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop planning; nothing is saved</source>
        <translation>停止规划；不会保存任何内容</translation>
    </message>
    <message>
        <source>Your plan, before it is saved</source>
        <translation>你的计划（尚未保存）</translation>
    </message>
    <message>
        <source>Double-click a task&apos;s name or hours to change them; the dates follow.</source>
        <translation>双击任务名称或小时数即可修改；日期会随之调整。</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>接受计划</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Plan the goal again, without reusing saved answers</source>
        <translation>重新规划此目标，不使用已缓存的回答</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>Planning “%1” with %2…</source>
        <translation>正在使用 %2 规划“%1”…</translation>
    </message>
    <message>
        <source>Planning “%1” offline…</source>
        <translation>正在离线规划“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 hours in all, done by %2.</source>
        <translation>
            <numerusform>共 %n 个任务，合计 %1 小时，预计 %2 完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit before the deadline: %1 hours short.</source>
        <translation>截止日期前无法完成：还差 %1 小时。</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>从模板开始…</translation>
    </message>
    <message>
        <source>Start from a template of the gallery: its tasks come into the preview, to change before you accept them.</source>
        <translation>从模板库中的模板开始：它的任务会出现在预览里，接受之前可以随意修改。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show what the model writes, as it writes it</source>
        <translation>实时显示模型写出的内容</translation>
    </message>
    <message>
        <source>Deadline taken from your goal: %1. Change it if you meant another day.</source>
        <translation>截止日期取自你的目标：%1。如果你指的是另一天，请修改。</translation>
    </message>
    <message>
        <source>Hours a week taken from your goal: %1. Change them if you meant another amount.</source>
        <translation>每周时间取自你的目标：%1 小时。如果你指的是别的时长，请修改。</translation>
    </message>
</context>
<context>
    <name>helios::ui::PendingPlanDeletion</name>
    <message>
        <source>Delete plan “%1”</source>
        <translation>删除计划“%1”</translation>
    </message>
</context>
<context>
    <name>helios::ui::PerformanceDashboard</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>LLM latency (p50 / p95)</source>
        <translation>LLM 延迟（p50 / p95）</translation>
    </message>
    <message>
        <source>LLM requests</source>
        <translation>LLM 请求数</translation>
    </message>
    <message>
        <source>Time to first token (p50)</source>
        <translation>首个令牌耗时（p50）</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>每秒令牌数</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>输入 / 输出令牌</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Store query latency (p95)</source>
        <translation>存储查询延迟（p95）</translation>
    </message>
    <message>
        <source>Event-loop lag (p95)</source>
        <translation>事件循环延迟（p95）</translation>
    </message>
    <message>
        <source>Memory (resident)</source>
        <translation>内存（常驻）</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>当前速率</translation>
    </message>
    <message>
        <source>LLM latency: requests per bucket</source>
        <translation>LLM 延迟：各区间的请求数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>response time up to</source>
        <translation>响应时间上限</translation>
    </message>
    <message>
        <source>LLM requests per second</source>
        <translation>每秒 LLM 请求数</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Tokens per second (out)</source>
        <translation>每秒输出令牌数</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>令牌/秒</translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation>p95 延迟（毫秒）</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>store query</source>
        <translation>存储查询</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <source>Last two minutes</source>
        <translation>最近两分钟</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>调用记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Median latency</source>
        <translation>延迟中位数</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>Answered from cache</source>
        <translation>缓存应答占比</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) measured</source>
        <translation>
            <numerusform>已测量 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>no streamed answer yet</source>
        <translation>尚无流式回答</translation>
    </message>
    <message>
        <source>prompt / answer</source>
        <translation>提示 / 回答</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 joined</source>
        <translation>命中 %1，未命中 %2，合并 %3</translation>
    </message>
    <message>
        <source>%1 queries, p50 %2</source>
        <translation>%1 次查询，p50 %2</translation>
    </message>
    <message>
        <source>worst up to %1</source>
        <translation>最长不超过 %1</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>尚未测量</translation>
    </message>
    <message>
        <source>resident set size</source>
        <translation>常驻内存集大小</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message>
        <source>%1 tokens/s out</source>
        <translation>输出 %1 令牌/秒</translation>
    </message>
    <message>
        <source>The call log could not be read: %1</source>
        <translation>无法读取调用记录：%1</translation>
    </message>
    <message>
        <source>Reading the call log…</source>
        <translation>正在读取调用记录…</translation>
    </message>
    <message>
        <source>Every LLM call Helios made, from its log.</source>
        <translation>Helios 发出的每一次 LLM 调用，来自调用记录。</translation>
    </message>
    <message>
        <source>how fast answers are written</source>
        <translation>回答的生成速度</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Find tasks</source>
        <translation>查找任务(&amp;F)</translation>
    </message>
    <message>
        <source>Mark task &amp;done</source>
        <translation>标记任务为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next plan</source>
        <translation>下一个计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous plan</source>
        <translation>上一个计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanChartsView</name>
    <message>
        <source>All the work is finished.</source>
        <translation>所有工作都已完成。</translation>
    </message>
    <message>
        <source>The remaining work cannot be scheduled.</source>
        <translation>剩余工作无法排期。</translation>
    </message>
    <message>
        <source>At the current pace (%1 of plan) the work ends on %2.</source>
        <translation>按当前进度（计划的 %1），工作将于 %2 完成。</translation>
    </message>
    <message numerus="yes">
        <source>At the current pace (%1 of plan) the work ends on %2, %n day(s) after the deadline.</source>
        <translation>
            <numerusform>按当前进度（计划的 %1），工作将于 %2 完成，比截止日期晚 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>At the current pace (%1 of plan) the work ends on %2, the deadline.</source>
        <translation>按当前进度（计划的 %1），工作将于 %2 完成，正好是截止日期。</translation>
    </message>
    <message numerus="yes">
        <source>At the current pace (%1 of plan) the work ends on %2, %n day(s) before the deadline.</source>
        <translation>
            <numerusform>按当前进度（计划的 %1），工作将于 %2 完成，比截止日期早 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>燃尽图</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No work is left, so there is no critical path.</source>
        <translation>已没有剩余工作，因此没有关键路径。</translation>
    </message>
    <message numerus="yes">
        <source>Critical path (in red): %n task(s), %1 h that must happen one after another.</source>
        <translation>
            <numerusform>关键路径（红色）：%n 个任务，共 %1 小时，必须依次完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDeletion</name>
    <message>
        <source>&amp;Delete plan</source>
        <translation>删除计划(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected plan; Undo brings it back for a few seconds</source>
        <translation>删除所选计划；几秒内可点“撤销”找回</translation>
    </message>
    <message>
        <source>In the plan list</source>
        <translation>计划列表</translation>
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
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>finishes %1 at this pace</source>
        <translation>按当前进度 %1 完成</translation>
    </message>
    <message>
        <source>On a plan&apos;s page</source>
        <translation>计划页面</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanDiffModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>At risk, %1 short</source>
        <translation>有风险，差 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>每周小时数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message numerus="yes">
        <source>Moves %n day(s) later</source>
        <translation>
            <numerusform>推后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves %n day(s) earlier</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates change</source>
        <translation>日期变化</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算小时数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) move later</source>
        <translation>
            <numerusform>%n 个任务推后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) move earlier</source>
        <translation>
            <numerusform>%n 个任务提前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>新增 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>删除 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s) changed</source>
        <translation>
            <numerusform>%n 个估算小时数变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) otherwise changed</source>
        <translation>
            <numerusform>%n 个任务有其他变化</numerusform>
        </translation>
    </message>
    <message>
        <source>new deadline</source>
        <translation>截止日期变更</translation>
    </message>
    <message>
        <source>new weekly hours</source>
        <translation>每周小时数变更</translation>
    </message>
    <message>
        <source>the finish date moves</source>
        <translation>完成日期变化</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>summary sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>now at risk</source>
        <translation>现在有风险</translation>
    </message>
    <message>
        <source>no longer at risk</source>
        <translation>不再有风险</translation>
    </message>
    <message>
        <source>the hours short change</source>
        <translation>缺少的小时数有变化</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanEditActions</name>
    <message>
        <source>&amp;Add task</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message>
        <source>Type a task in one line: title, then hours and #milestone</source>
        <translation>一行写一个任务：标题，然后是小时数和 #里程碑</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>编辑任务(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move task</source>
        <translation>删除任务(&amp;M)</translation>
    </message>
    <message>
        <source>Rename &amp;plan…</source>
        <translation>重命名计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>你想实现什么目标？</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanEditor</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Rename the plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <source>Re-estimate “%1”</source>
        <translation>重新估时“%1”</translation>
    </message>
    <message>
        <source>Plan renamed.</source>
        <translation>计划已重命名。</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” now starts %2.</source>
        <translation>“%1”现在从 %2 开始。</translation>
    </message>
    <message>
        <source>“%1” changed.</source>
        <translation>“%1”已修改。</translation>
    </message>
    <message>
        <source>No other task moved.</source>
        <translation>其他任务没有变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) moved, the plan now finishes %1.</source>
        <translation>
            <numerusform>%n 个任务有变动，计划现在于 %1 完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>%1 h short of the deadline.</source>
        <translation>距截止日期还差 %1 小时。</translation>
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
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copied the plan as Markdown.</source>
        <translation>已将计划复制为 Markdown。</translation>
    </message>
    <message>
        <source>Export &amp;all plans…</source>
        <translation>导出全部计划(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every plan in one file; Helios JSON keeps their versions too</source>
        <translation>将所有计划保存到一个文件中；Helios JSON 还会保留计划的各个版本</translation>
    </message>
    <message>
        <source>Helios plans</source>
        <translation>Helios 计划</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n 项任务已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanVersionActions</name>
    <message>
        <source>&amp;Adapt plan…</source>
        <translation>调整计划(&amp;A)…</translation>
    </message>
    <message>
        <source>Schedule the remaining work again from today and review the changes</source>
        <translation>从今天起重新安排剩余工作，并查看变化</translation>
    </message>
    <message>
        <source>&amp;Version history…</source>
        <translation>版本历史(&amp;V)…</translation>
    </message>
    <message>
        <source>Earlier versions of the plan, to compare and restore</source>
        <translation>计划的早期版本，可比较和恢复</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>The new plan is saved as version %1.</source>
        <translation>新计划已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Version %1 is restored.</source>
        <translation>已恢复第 %1 版。</translation>
    </message>
    <message>
        <source>The rescheduled plan is saved as a new version.</source>
        <translation>重新安排的计划已保存为新版本。</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlanningTeams</name>
    <message>
        <source>the first model of %1</source>
        <translation>%1 的第一个模型</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>The model server offers no models; choose one in Settings.</source>
        <translation>模型服务器没有提供任何模型；请在设置中选择一个。</translation>
    </message>
    <message>
        <source>The settings changed; try again.</source>
        <translation>设置已更改；请重试。</translation>
    </message>
</context>
<context>
    <name>helios::ui::PlansViewModel</name>
    <message>
        <source>Plan created.</source>
        <translation>计划已创建。</translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation>计划已删除。</translation>
    </message>
</context>
<context>
    <name>helios::ui::ReminderScheduler</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天再做</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>helios::ui::RescheduleOverdueDialog</name>
    <message>
        <source>rescheduled as version %1</source>
        <translation>已重新安排，存为第 %1 版</translation>
    </message>
    <message>
        <source>rejected, unchanged</source>
        <translation>已拒绝，未改动</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待查看</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>proposing…</source>
        <translation>正在生成建议…</translation>
    </message>
    <message>
        <source>Reschedule overdue tasks</source>
        <translation>重新安排逾期任务</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue task(s). Each plan&apos;s remaining work is scheduled again from today, finished tasks keep their dates. Review the changes plan by plan; nothing changes until you accept.</source>
        <translation>
            <numerusform>共 %n 个逾期任务。每个计划中未完成的工作将从今天起重新排期，已完成的任务日期不变。请逐个计划查看改动；在你接受之前不会有任何变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept this plan&apos;s schedule</source>
        <translation>接受此计划的新安排(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Keep this plan as it is</source>
        <translation>保持此计划不变</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n overdue · %2</source>
        <translation>
            <numerusform>%1 — %n 个逾期 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n plan(s) rescheduled.</source>
        <translation>
            <numerusform>完成：已重新安排 %n 个计划。</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the plan already fits from today.</source>
        <translation>没有改动：从今天起这个计划已经排得下。</translation>
    </message>
</context>
<context>
    <name>helios::ui::RestoreBackupDialog</name>
    <message>
        <source>daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>恢复时被替换的数据库</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to restore. Your current plans are kept in the backups folder, so you can come back to them.</source>
        <translation>请选择要恢复的备份。当前的计划会保存在备份文件夹中，之后仍可找回。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Helios could not open its database</source>
        <translation>Helios 无法打开数据库</translation>
    </message>
    <message>
        <source>Helios could not open its database. Restore the backup from %1? The file that failed is kept in the backups folder.</source>
        <translation>Helios 无法打开数据库。要恢复 %1 的备份吗？无法打开的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>恢复 %1 的备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Replace your plans with the backup from %1? Your current plans are kept in the backups folder.</source>
        <translation>要用 %1 的备份替换当前的计划吗？当前的计划会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>helios::ui::RollingChartView</name>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>helios::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Model server</source>
        <translation>模型服务器</translation>
    </message>
    <message>
        <source>Timeouts and cache</source>
        <translation>超时与缓存</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Offline planner (no model server)</source>
        <translation>离线规划器（无需模型服务器）</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Refresh models</source>
        <translation>刷新模型列表</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>向服务器查询可用的模型</translation>
    </message>
    <message>
        <source>Asking the server for its models…</source>
        <translation>正在向服务器查询模型…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Delete this server&apos;s API key from the keychain</source>
        <translation>从钥匙串中删除此服务器的 API 密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Lower is more predictable, higher more varied</source>
        <translation>越低越稳定，越高越多样</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>The model&apos;s context window; prompts are shortened to fit it</source>
        <translation>模型的上下文窗口；提示词会被缩短以适应它</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>提供方：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Context size:</source>
        <translation>上下文长度：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Waiting for the model server</source>
        <translation>等待模型服务器</translation>
    </message>
    <message>
        <source>Loading a model can take minutes the first time</source>
        <translation>首次加载模型可能需要几分钟</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>First byte of the answer:</source>
        <translation>回答的首个字节：</translation>
    </message>
    <message>
        <source>Silence in the middle of an answer:</source>
        <translation>回答中途无响应：</translation>
    </message>
    <message>
        <source>Whole call:</source>
        <translation>整个调用：</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>同时请求数：</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>回答缓存</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>清空缓存</translation>
    </message>
    <message>
        <source>Forget every stored answer, in memory and on disk</source>
        <translation>清除内存和磁盘中保存的所有回答</translation>
    </message>
    <message>
        <source>Kept in memory:</source>
        <translation>内存中保留：</translation>
    </message>
    <message>
        <source>Kept on disk:</source>
        <translation>磁盘上保留：</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>保留时长：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies when Helios starts again.</source>
        <translation>新的语言将在 Helios 重新启动后生效。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>The database lives in the data folder and helios.log in the log folder. Start Helios with --db to use another database.</source>
        <translation>数据库位于数据文件夹，helios.log 位于日志文件夹。启动 Helios 时加上 --db 可使用其他数据库。</translation>
    </message>
    <message>
        <source>Not needed by the offline planner</source>
        <translation>离线规划器不需要</translation>
    </message>
    <message>
        <source>Not used by Ollama</source>
        <translation>Ollama 不使用</translation>
    </message>
    <message>
        <source>A key is saved in the keychain; type to replace it</source>
        <translation>钥匙串中已保存密钥；输入新密钥可替换</translation>
    </message>
    <message>
        <source>Optional; saved in the system keychain</source>
        <translation>可选；保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>There is no response cache in this session</source>
        <translation>本次会话没有回答缓存</translation>
    </message>
    <message numerus="yes">
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>服务器列出了 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>A key for this server is saved in the keychain.</source>
        <translation>钥匙串中已保存此服务器的密钥。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be opened in the file manager.</source>
        <translation>无法在文件管理器中打开文件夹“%1”。</translation>
    </message>
    <message numerus="yes">
        <source> answer(s)</source>
        <extracomment>Unit after a number of cached answers in a spin box (the number is not in the text)</extracomment>
        <translation>
            <numerusform> 条回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Unit after a number of days in a spin box (the number is not in the text)</extracomment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>本地 API</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Sum up my day in a notification every day</source>
        <translation>每天用一条通知汇总当天安排</translation>
    </message>
    <message>
        <source>Keep Helios running in the tray when its window is closed</source>
        <translation>关闭窗口后让 Helios 留在托盘中运行</translation>
    </message>
    <message>
        <source>Start Helios when I log in</source>
        <translation>登录时启动 Helios</translation>
    </message>
    <message>
        <source>Reminders come while Helios runs, in the window or in the tray. Those that fall while it is closed are summed up once when it starts.</source>
        <translation>Helios 运行时（无论窗口打开还是在托盘中）才会发出提醒。关闭期间错过的提醒，会在下次启动时汇总成一条。</translation>
    </message>
    <message>
        <source>Daily summary at:</source>
        <translation>每日汇总时间：</translation>
    </message>
    <message>
        <source>Remind me of each task due today, at %1</source>
        <translation>在 %1 提醒我今天到期的每项任务</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>helios::ui::SettingsViewModel</name>
    <message>
        <source>The server lists no models: install or load one first.</source>
        <translation>服务器没有列出任何模型：请先安装或加载一个模型。</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2</source>
        <translation>已连接，用时 %1 毫秒：%2</translation>
    </message>
    <message>
        <source>There is no response cache to clear in this session.</source>
        <translation>本次会话没有可清空的回答缓存。</translation>
    </message>
    <message>
        <source>The response cache is empty now.</source>
        <translation>回答缓存已清空。</translation>
    </message>
    <message>
        <source>The API key was removed from the keychain.</source>
        <translation>API 密钥已从钥匙串中删除。</translation>
    </message>
</context>
<context>
    <name>helios::ui::StatusChartView</name>
    <message numerus="yes">
        <source>%1: %n task(s), %2 h (%3)</source>
        <extracomment>Legend entry of the status chart: status, number of tasks, hours, share of hours.</extracomment>
        <translation>
            <numerusform>%1：%n 个任务，%2 小时（%3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::SyncPage</name>
    <message>
        <source>Sync plans with a CalDAV server (Nextcloud, Radicale, Fastmail…) as task lists, and from there with your phone. The password is kept in the system keychain.</source>
        <translation>将计划作为任务列表与 CalDAV 服务器（Nextcloud、Radicale、Fastmail…）同步，再由服务器同步到你的手机。密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>密码或应用专用密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Sync this plan</source>
        <translation>同步此计划</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Selected plan:</source>
        <translation>所选计划：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>A new calendar named after the plan</source>
        <translation>以计划命名的新日历</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Never.</source>
        <translation>从未同步。</translation>
    </message>
    <message>
        <source>Choose a plan in the list first.</source>
        <translation>请先在列表中选择一个计划。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>搁置的值</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Use this value instead</source>
        <translation>改用此值</translation>
    </message>
    <message>
        <source>Conflicts (both sides changed a field; the newer edit was kept):</source>
        <translation>冲突（两边都修改了同一字段；保留了较新的修改）：</translation>
    </message>
    <message>
        <source>Stop syncing this plan</source>
        <translation>停止同步此计划</translation>
    </message>
    <message>
        <source>This calendar holds several plans</source>
        <translation>此日历包含多个计划</translation>
    </message>
    <message>
        <source>%1 (several plans)</source>
        <translation>%1（多个计划）</translation>
    </message>
    <message>
        <source>Each plan&apos;s tasks go under its goal in the calendar, and a sync leaves the other plans&apos; to-dos and your own alone. Bind every plan of the calendar this way.</source>
        <translation>每个计划的任务都归在其目标之下，同步时不会改动其他计划的待办事项，也不会改动你自己的待办事项。请以这种方式绑定该日历中的每个计划。</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Stop syncing “%1” with the server? The plan stays here as it is, and its calendar on the server is left as it is (delete it there if you no longer want it). Changes not sent yet are not sent now; syncing the plan with that calendar again later finds its tasks there and brings both sides&apos; edits together.</source>
        <translation>停止与服务器同步“%1”？计划在这里保持原样，服务器上的日历也保持原样（如果不再需要，请在服务器上删除）。尚未发送的更改现在不会发送；以后再次将此计划与该日历同步时，会在其中找到它的任务，并合并双方的修改。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete “%1” from the plan? The next sync deletes it on the server too (Edit → Undo brings it back).</source>
        <translation>从计划中删除“%1”？下次同步时也会在服务器上删除它（编辑 → 撤销可以恢复）。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>helios::ui::SyncViewModel</name>
    <message>
        <source>No password is kept for %1: connect again in Settings → Sync.</source>
        <translation>没有保存 %1 的密码：请在“设置 → 同步”中重新连接。</translation>
    </message>
    <message>
        <source>Give the server&apos;s address as https://… (or http://… on your own network).</source>
        <translation>请以 https://… 的形式填写服务器地址（在自己的网络中也可以用 http://…）。</translation>
    </message>
    <message>
        <source>Give the password (or app password) of %1.</source>
        <translation>请填写 %1 的密码（或应用专用密码）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected; the server has no calendar for tasks yet: Helios can create one.</source>
        <translation>已连接；服务器上还没有存放任务的日历，Helios 可以新建一个。</translation>
    </message>
    <message numerus="yes">
        <source>Connected; %n calendar(s) take tasks.</source>
        <translation>
            <numerusform>已连接；%n 个日历可存放任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>请先连接服务器。</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>已同步。</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the system keychain.</source>
        <translation>无法从系统钥匙串读取 %1 的密码。</translation>
    </message>
    <message>
        <source>Helios keeps the password only in the system keychain, and it could not be written there (is GNOME Keyring or KWallet running?).</source>
        <translation>Helios 只把密码保存在系统钥匙串中，但无法写入（GNOME Keyring 或 KWallet 是否在运行？）。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Estimate (hours)</source>
        <translation>估计（小时）</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>已用小时</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Going on without the server&apos;s latest edits (%1); they are merged field by field at the next sync.</source>
        <translation>未包含服务器上的最新修改即继续（%1）；这些修改将在下次同步时逐字段合并。</translation>
    </message>
    <message>
        <source>This value cannot be put back from here: change it in the plan.</source>
        <translation>此值无法在这里恢复：请在计划中修改。</translation>
    </message>
    <message>
        <source>The task of this conflict no longer exists.</source>
        <translation>此冲突所属的任务已不存在。</translation>
    </message>
    <message>
        <source>“%1” of “%2” is back; the next sync sends it.</source>
        <translation>“%2”的“%1”已恢复，下次同步时会发送。</translation>
    </message>
    <message>
        <source>This plan is not synced with a server.</source>
        <translation>此计划未与服务器同步。</translation>
    </message>
    <message>
        <source>A sync is under way; stop syncing the plan once it has finished.</source>
        <translation>正在同步；请在同步完成后再停止同步此计划。</translation>
    </message>
    <message>
        <source>“%1” is no longer synced; its calendar on the server was left as it is.</source>
        <translation>“%1”已停止同步；服务器上的日历保持原样。</translation>
    </message>
    <message>
        <source>“%1” is deleted; the next sync deletes it on the server too.</source>
        <translation>“%1”已删除，下次同步时也会在服务器上删除。</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Put back “%1” of “%2”</source>
        <translation>恢复“%2”的“%1”</translation>
    </message>
    <message>
        <source>A task it depended on is no longer in the plan: change its dependencies in the plan.</source>
        <translation>它所依赖的任务已不在计划中：请在计划中修改其依赖关系。</translation>
    </message>
    <message>
        <source>The other value has no due date, and a task needs one: change it in the plan.</source>
        <translation>另一个值没有截止日期，而任务需要截止日期：请在计划中修改。</translation>
    </message>
    <message>
        <source>That due date is before the task starts: change the dates in the plan.</source>
        <translation>该截止日期早于任务开始日期：请在计划中修改日期。</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskBoard</name>
    <message>
        <source>No tasks match these filters</source>
        <translation>没有符合筛选条件的任务</translation>
    </message>
    <message>
        <source>Try other words, another status, or clear the filters to see every task of the plan again.</source>
        <translation>换个关键词或状态试试，或者清除筛选条件，重新显示计划中的全部任务。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Add a task: “Read chapter 4 2h #Basics”, then Enter (hours and #milestone optional)</source>
        <translation>添加任务：输入“读第 4 章 2小时 #基础”后按回车（小时数和 #里程碑可省略）</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskDetailsPane</name>
    <message>
        <source>Select a task to see its details and write notes.</source>
        <translation>选择一个任务，查看详情并记录备注。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>预计用时：</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>安排时间：</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>里程碑：</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>依赖于：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Anything worth remembering about this task. Saved when you leave the field.</source>
        <translation>记下这个任务值得留意的事情。离开输入框时自动保存。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskEditDialog</name>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Pick another milestone to move the task there, or type a new one.</source>
        <translation>选择另一个里程碑即可把任务移过去，也可以输入新的里程碑。</translation>
    </message>
    <message>
        <source>A finished task keeps its dates.</source>
        <translation>已结束的任务日期不变。</translation>
    </message>
    <message>
        <source>The task is done from this day on, or as soon after it as the tasks before it allow; the rest of the plan follows.</source>
        <translation>任务从这一天开始做；如果前面的任务还没做完，就在它们之后尽早开始。计划的其余部分随之调整。</translation>
    </message>
    <message>
        <source>Task numbers, like 3, 5</source>
        <translation>任务编号，例如 3, 5</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>估时(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation>等待(&amp;W)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“%1” is not the number of a task of this plan (1 to %2).</source>
        <translation>“%1”不是这个计划中的任务编号（1 到 %2）。</translation>
    </message>
    <message>
        <source>A task cannot wait for itself.</source>
        <translation>任务不能等待它自己。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要一个标题。</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskEditsViewModel</name>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”已改为%2。</translation>
    </message>
    <message>
        <source>Notes of “%1” saved.</source>
        <translation>已保存“%1”的备注。</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskFilterBar</name>
    <message>
        <source>Search tasks and notes (Ctrl+F)</source>
        <translation>搜索任务和备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Only tasks not finished and due before today</source>
        <translation>只显示未完成且截止日期早于今天的任务</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Only tasks scheduled in the current week</source>
        <translation>只显示安排在本周的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 个任务</numerusform>
        </translation>
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
        <translation>小时</translation>
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
    <message>
        <source>Overdue: it was due %1</source>
        <translation>已逾期：原定 %1 到期</translation>
    </message>
</context>
<context>
    <name>helios::ui::TaskTreeModel</name>
    <message>
        <source>No milestone</source>
        <translation>无里程碑</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <comment>finished tasks of a milestone</comment>
        <translation>
            <numerusform>已完成 %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>helios::ui::TemplateGalleryDialog</name>
    <message>
        <source>Template gallery</source>
        <translation>模板库</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>全部模板</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>Search templates, in English or Chinese</source>
        <translation>搜索模板（中英文均可）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <source>Save current plan as template</source>
        <translation>将当前计划存为模板</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>使用此模板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The plan is saved as a template: find it under My templates.</source>
        <translation>计划已存为模板：可在“我的模板”中找到。</translation>
    </message>
    <message>
        <source>Template exported to %1.</source>
        <translation>模板已导出到 %1。</translation>
    </message>
    <message>
        <source>Template imported: find it under My templates.</source>
        <translation>模板已导入：可在“我的模板”中找到。</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n template(s)</source>
        <translation>
            <numerusform>第 %1/%2 页 · 共 %n 个模板</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>请选择一个模板</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 (the day itself)</source>
        <translation>%1（当天）</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h in all</source>
        <translation>共 %1 小时</translation>
    </message>
    <message>
        <source>done by %1 at %2 h a week</source>
        <translation>每周 %2 小时，%1 完成</translation>
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
        <translation>左右拖动以改期；按 Esc 取消</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移到 %1</translation>
    </message>
    <message>
        <source>Move to %1 – %2</source>
        <translation>移到 %1 – %2</translation>
    </message>
    <message>
        <source>Working out where it lands…</source>
        <translation>正在计算实际排期…</translation>
    </message>
    <message>
        <source>Lands on %1: the plan cannot start it on %2</source>
        <translation>实际排在 %1（计划无法让它在 %2 开始）</translation>
    </message>
    <message>
        <source>Lands on %1 – %2: the plan cannot start it on %3</source>
        <translation>实际排在 %1 – %2（计划无法让它在 %3 开始）</translation>
    </message>
    <message>
        <source>“%1” is the goal&apos;s event: it stays on its day.</source>
        <translation>“%1”是目标本身的那一天，日期固定不动。</translation>
    </message>
    <message>
        <source>“%1” is finished and keeps its dates; set it to do first to move it.</source>
        <translation>“%1”已经结束，日期不再变动；要移动它，先把状态改回待办。</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>尚未排期</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>位于关键路径上</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Month and year in the timeline&apos;s header (QDate format).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>The month alone in the timeline&apos;s header when month and year do not fit (QDate format).</extracomment>
        <translation>M月</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>Next up (%1)</source>
        <translation>接下来（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>原定 %1 到期</translation>
    </message>
    <message>
        <source>Hours planned today, of %1 h left</source>
        <translation>今天计划的小时数（还剩 %1 小时）</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>剩余小时数</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayView</name>
    <message>
        <source>Mark &amp;done</source>
        <translation>标为完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected task done (Space or Ctrl+D)</source>
        <translation>将选中的任务标为完成（空格键或 Ctrl+D）</translation>
    </message>
    <message>
        <source>Move to &amp;tomorrow</source>
        <translation>移到明天(&amp;T)</translation>
    </message>
    <message>
        <source>Start the selected task tomorrow; the tasks that depend on it follow (Ctrl+T)</source>
        <translation>选中的任务改为明天开始，依赖它的任务随之顺延（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Open in its plan</source>
        <translation>在所属计划中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected task in its plan (Enter)</source>
        <translation>在所属计划中查看选中的任务（回车键）</translation>
    </message>
    <message>
        <source>Nothing to do today, nothing overdue, and nothing starts this week.</source>
        <translation>今天没有要做的事，没有逾期的任务，本周也没有要开始的任务。</translation>
    </message>
    <message>
        <source>Reading your plans…</source>
        <translation>正在读取你的计划…</translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be read: %1</source>
        <translation>无法读取今天的任务：%1</translation>
    </message>
    <message>
        <source>Schedule the remaining work of every plan with overdue tasks again from today, and review each plan&apos;s changes</source>
        <translation>把每个有逾期任务的计划中剩余的工作从今天起重新排期，并逐个查看改动</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n overdue task(s)…</source>
        <translation>
            <numerusform>重新安排 %n 个逾期任务…</numerusform>
        </translation>
    </message>
    <message>
        <source>On the Today page</source>
        <translation>“今天”页面</translation>
    </message>
</context>
<context>
    <name>helios::ui::TodayViewModel</name>
    <message numerus="yes">
        <source>%n task(s) today</source>
        <translation>
            <numerusform>今天 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h planned of the %2 h you have</source>
        <translation>已安排 %1 小时，你今天有 %2 小时</translation>
    </message>
    <message>
        <source>%1 h planned</source>
        <translation>已安排 %1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Today&apos;s tasks could not be read: %1</source>
        <translation>无法读取今天的任务：%1</translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation>无法将“%1”标为完成：%2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>“%1” could not be moved: %2</source>
        <translation>无法移动“%1”：%2</translation>
    </message>
    <message>
        <source>Moved to tomorrow: %1</source>
        <translation>已移到明天：%1</translation>
    </message>
    <message numerus="yes">
        <source>Moved to tomorrow: %1, with %n task(s) that depend on it</source>
        <translation>
            <numerusform>已移到明天：%1，依赖它的 %n 项任务随之顺延</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helios::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Bring the plan back (Ctrl+Z)</source>
        <translation>找回这个计划 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Delete it now</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <source>Plan “%1” deleted</source>
        <translation>计划“%1”已删除</translation>
    </message>
</context>
<context>
    <name>helios::ui::VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>This plan has no saved versions yet. Adapting it (Plan → Adapt plan…) saves the first ones.</source>
        <translation>这个计划还没有保存的版本。调整它（计划 → 调整计划…）会保存最初的版本。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Restore version %1 of this plan?</source>
        <translation>要恢复这个计划的第 %1 版吗？</translation>
    </message>
    <message>
        <source>The plan as it is now stays in the history, so you can come back to it.</source>
        <translation>当前的计划会保留在历史中，你随时可以回到它。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>正在加载版本…</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>正在恢复第 %1 版…</translation>
    </message>
    <message>
        <source>Version %1 is the plan as it is now.</source>
        <translation>第 %1 版就是当前的计划。</translation>
    </message>
    <message>
        <source>Restoring version %1 would change: %2</source>
        <translation>恢复第 %1 版会带来这些变化：%2</translation>
    </message>
    <message>
        <source>Every accepted re-plan, revision and restore of “%1” is kept as a version, and so is each session of edits (changes less than half an hour apart). Restoring one makes it current again as a new version.</source>
        <translation>“%1”每次被接受的重新规划、修订和恢复都会保存为一个版本，每一段编辑（间隔不到半小时的修改）也保存为一个版本。恢复某个版本会把它作为新版本重新设为当前计划。</translation>
    </message>
</context>
<context>
    <name>helios::ui::VersionListModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>原始计划</translation>
    </message>
    <message>
        <source>Re-planned from today</source>
        <translation>从今天起重新排期</translation>
    </message>
    <message>
        <source>Revised by the model</source>
        <translation>由模型修订</translation>
    </message>
    <message>
        <source>Restore of version %1</source>
        <translation>恢复自第 %1 版</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helios turns a goal into a dated plan of tasks.</source>
        <translation>Helios 把一个目标变成带日期的任务计划。</translation>
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
    <message>
        <source>Language of the interface: en or zh_CN (default: the one chosen in Settings).</source>
        <translation>界面语言：en 或 zh_CN（默认：设置中选择的语言）。</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (when the desktop has a tray).</source>
        <translation>启动时只显示托盘图标，不打开窗口（桌面有托盘时）。</translation>
    </message>
</context>
</TS>
