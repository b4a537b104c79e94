#include "core/log/logging.h"

#include "core/log/secret_scrubber.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/async.h>
#include <spdlog/async_logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace helios::log {

namespace {

constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;
constexpr std::size_t kQueueItems = 8192;
constexpr auto kLoggerName = "helios";
constexpr auto kPattern = "[%Y-%m-%d %H:%M:%S.%e] [%l] [%t] %v";
const QString kRedacted = QStringLiteral("[redacted]");

QString redactText(const QString &message);

// A cheap test on the raw bytes so that the regular expressions only run on lines that could
// hold a secret (most log lines do not).
bool mayHoldSecret(std::string_view text)
{
    static constexpr std::array<std::string_view, 14> needles{
        "bearer", "authorization", "key",  "token", "secret", "passw", "sk-",
        "aiza",   "ghp_",          "gho_", "ghu_",  "ghs_",   "ghr_",  "github_pat"};
    for (const auto needle : needles) {
        const auto found =
            std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
                return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
            });
        if (found != text.end())
            return true;
    }
    // JSON web tokens start with "eyJ" (base64 of '{"').
    return text.find("eyJ") != std::string_view::npos;
}

// Replaces every match of `re` in `text` by what `replacement` makes of it.
template <typename Replacement>
QString replaceEach(const QString &text, const QRegularExpression &re, Replacement replacement)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// Runs every message through redact() before the real sinks format and write it, so that secrets
// are removed whoever logs them (Qt messages or direct spdlog calls). It runs on the logger's
// worker thread, off the caller's path.
class RedactingSink final : public spdlog::sinks::sink
{
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> sinks) : m_sinks(std::move(sinks)) {}

    void log(const spdlog::details::log_msg &msg) override
    {
        const std::string_view payload(msg.payload.data(), msg.payload.size());
        if (!mayHoldSecret(payload) && !hasRememberedSecrets()) {
            forward(msg);
            return;
        }
        const QByteArray clean =
            redactText(QString::fromUtf8(payload.data(), static_cast<qsizetype>(payload.size())))
                .toUtf8();
        spdlog::details::log_msg copy(msg);
        copy.payload =
            spdlog::string_view_t(clean.constData(), static_cast<std::size_t>(clean.size()));
        forward(copy);
    }

    void flush() override
    {
        for (auto &s : m_sinks)
            s->flush();
    }

    void set_pattern(const std::string &pattern) override
    {
        for (auto &s : m_sinks)
            s->set_pattern(pattern);
    }

    void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override
    {
        for (auto &s : m_sinks)
            s->set_formatter(formatter->clone());
    }

private:
    void forward(const spdlog::details::log_msg &msg)
    {
        for (auto &s : m_sinks) {
            if (s->should_log(msg.level))
                s->log(msg);
        }
    }

    std::vector<spdlog::sink_ptr> m_sinks;
};

struct State
{
    std::mutex mutex;
    std::shared_ptr<spdlog::details::thread_pool> pool;
    std::shared_ptr<spdlog::logger> logger;
    QtMessageHandler previousHandler = nullptr;
    bool handlerInstalled = false;
};

State &state()
{
    static State s;
    return s;
}

std::shared_ptr<spdlog::logger> currentLogger()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.logger;
}

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (auto logger = currentLogger()) {
        QString line = message;
        if (context.category && qstrcmp(context.category, "default") != 0)
            line = QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category), message);
        const QByteArray bytes = line.toUtf8();
        logger->log(levelFor(type), spdlog::string_view_t(bytes.constData(),
                                                          static_cast<std::size_t>(bytes.size())));
    }
    if (type == QtFatalMsg) {
        shutdown(); // joins the worker, so the fatal line is on disk before we go
        std::abort();
    }
}

} // namespace

void init(const Options &options)
{
    shutdown(); // a second init replaces the first

    const spdlog::level::level_enum level =
        options.verbose ? spdlog::level::debug : spdlog::level::info;
    std::vector<spdlog::sink_ptr> sinks;
    QString fileProblem;

    const QString directory = options.directory.isEmpty() ? QDir::currentPath() : options.directory;
    if (!QDir().mkpath(directory)) {
        fileProblem = QStringLiteral("cannot create the log folder %1").arg(directory);
    } else {
        const QString file = QDir(directory).filePath(QStringLiteral("helios.log"));
        const QFileInfo existing(file);
        try {
            // Appending follows a symbolic link and writes into a device: a planted link or a
            // special file is never written to, the log goes to stderr instead.
            if (existing.isSymLink() || (existing.exists() && !existing.isFile()))
                throw spdlog::spdlog_ex("not a regular file");
            auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(file).toStdString(), kMaxFileBytes, kMaxFiles);
            fileSink->set_level(level);
            sinks.push_back(std::move(fileSink));
        } catch (const spdlog::spdlog_ex &e) {
            fileProblem =
                QStringLiteral("cannot open %1: %2").arg(file, QString::fromUtf8(e.what()));
        }
    }

    // Without a file, errors still reach the person on stderr; warnings too when asked for.
    const bool wantStderr = options.verbose || options.toStderr || sinks.empty();
    if (wantStderr) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        if (options.verbose)
            stderrSink->set_level(spdlog::level::debug);
        else if (options.toStderr)
            stderrSink->set_level(spdlog::level::warn);
        else
            stderrSink->set_level(spdlog::level::err);
        sinks.push_back(std::move(stderrSink));
    }

    auto redacting = std::make_shared<RedactingSink>(std::move(sinks));
    redacting->set_pattern(kPattern);

    auto pool = std::make_shared<spdlog::details::thread_pool>(kQueueItems, 1);
    auto logger = std::make_shared<spdlog::async_logger>(kLoggerName, std::move(redacting), pool,
                                                         spdlog::async_overflow_policy::block);
    logger->set_level(level);
    logger->flush_on(spdlog::level::warn);
    // A log that cannot be written (a full disk) must not add lines of its own to stderr, where
    // the CLI's one error sentence is; the lost lines cannot be logged anywhere else.
    logger->set_error_handler([](const std::string &) {});

    {
        State &s = state();
        std::lock_guard lock(s.mutex);
        s.pool = std::move(pool);
        s.logger = logger;
        s.previousHandler = qInstallMessageHandler(qtMessageHandler);
        s.handlerInstalled = true;
    }
    // The default logger lets any core code call spdlog::info(...) and reach the same file.
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));

    if (!fileProblem.isEmpty())
        logger->warn("Logging to stderr only: {}", fileProblem.toStdString());
}

void shutdown()
{
    std::shared_ptr<spdlog::details::thread_pool> pool;
    std::shared_ptr<spdlog::logger> logger;
    {
        State &s = state();
        std::lock_guard lock(s.mutex);
        if (s.handlerInstalled) {
            qInstallMessageHandler(s.previousHandler);
            s.previousHandler = nullptr;
            s.handlerInstalled = false;
        }
        pool = std::move(s.pool);
        logger = std::move(s.logger);
    }
    if (logger)
        logger->flush();
    spdlog::shutdown();
    logger.reset();
    // Destroying the pool drains its queue and joins the worker: after this everything logged is
    // written and the file is closed.
    pool.reset();

    // spdlog::shutdown() leaves no default logger; keep a quiet one so that stray spdlog calls
    // between shutdown and a later init neither crash nor write to stdout.
    auto fallback =
        std::make_shared<spdlog::logger>("", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    fallback->set_level(spdlog::level::err);
    spdlog::set_default_logger(std::move(fallback));
}

QString redact(const QString &message)
{
    const QByteArray probe = message.toUtf8();
    if (!mayHoldSecret(
            std::string_view(probe.constData(), static_cast<std::size_t>(probe.size()))) &&
        !hasRememberedSecrets())
        return message;
    return redactText(message);
}

namespace {

QString redactText(const QString &message)
{
    using RE = QRegularExpression;
    // "Authorization: Bearer xyz", "authorization=Basic abc", "\"Authorization\": \"Token t\""
    static const RE authorization(
        QStringLiteral(
            R"(((?:proxy-)?authorization\\?["']?\s*[:=]\s*\\?["']?(?:(?:bearer|basic|token|digest)\s+)?+)(?!\[redacted\])[^\s"'\\,;]+)"),
        RE::CaseInsensitiveOption);
    // "Bearer xyz" anywhere
    static const RE bearer(QStringLiteral(R"(\b(bearer\s+)(?!\[redacted\])[A-Za-z0-9\-._~+/]+=*)"),
                           RE::CaseInsensitiveOption);
    // api_key=..., "api_key": "...", apiKey: ..., x-api-key: ..., OPENAI_API_KEY=..., password=...
    static const RE keyValue(
        QStringLiteral(
            R"(((?:x-)?api[_-]?key|(?:access|refresh|id|auth|session)[_-]?token|client[_-]?secret|secret[_-]?key|private[_-]?key|password|passwd)(\\?["']?\s*[:=]\s*)(\\"(?:[^"\\]|\\[^"])*\\"|"(?:[^"\\]|\\.)*"|'[^']*'|(?!\[redacted\])[^\s"'&,;}\]]+))"),
        RE::CaseInsensitiveOption);
    // ?key=... &token=... in URLs
    static const RE queryParameter(
        QStringLiteral(
            R"(([?&](?:key|token|sig|signature|access_token|api_key)=)(?!\[redacted\])[^&\s"'#]+)"),
        RE::CaseInsensitiveOption);
    // sk-..., sk-proj-..., sk-ant-... (OpenAI, Anthropic and compatible servers)
    static const RE skKey(QStringLiteral(R"(\bsk-[A-Za-z0-9_\-]{20,})"));
    // Google API keys, GitHub tokens, JSON web tokens
    static const RE otherKeys(QStringLiteral(
        R"(\bAIza[0-9A-Za-z_\-]{30,}|\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{20,}|\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]+)"));

    // The keys actually in use first, whatever they look like; then the shapes of common ones.
    QString text = scrubRememberedSecrets(message);
    text = replaceEach(text, authorization,
                       [](const QRegularExpressionMatch &m) { return m.captured(1) + kRedacted; });
    text = replaceEach(text, bearer,
                       [](const QRegularExpressionMatch &m) { return m.captured(1) + kRedacted; });
    text = replaceEach(text, keyValue, [](const QRegularExpressionMatch &m) {
        const QString value = m.captured(3);
        QString quoted = kRedacted;
        if (value.startsWith(QLatin1String("\\\"")))
            quoted = QLatin1String("\\\"") + kRedacted + QLatin1String("\\\"");
        else if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            quoted = value.at(0) + kRedacted + value.at(0);
        return m.captured(1) + m.captured(2) + quoted;
    });
    text = replaceEach(text, queryParameter,
                       [](const QRegularExpressionMatch &m) { return m.captured(1) + kRedacted; });
    text = replaceEach(text, skKey, [](const QRegularExpressionMatch &) {
        return QStringLiteral("sk-") + kRedacted;
    });
    text = replaceEach(text, otherKeys, [](const QRegularExpressionMatch &) { return kRedacted; });
    return text;
}

} // namespace

} // namespace helios::log
