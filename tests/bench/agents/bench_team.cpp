// Agent team benchmark (issue 5, the seed's section 1.2): the wall time of generating a plan
// against the test LLM server when the analyst and the researcher run at the same time, as a
// ratio to running them one after the other, measured in the same run. Every agent's answer
// comes after a fixed delay, as a model's would; the planner starts when both are done, so the
// expected ratio is (a + r + p) / (max(a, r) + p) = 1.5 at equal delays.
//
// Usage: bench_agents_team [--quick] [--delay-ms D] [--runs R]
//   default: 300 ms per agent (analyst, researcher, planner), 7 runs of each mode, medians

#include "core/agents/llm_planning_team.h"
#include "core/llm/openai_provider.h"
#include "tests/support/team_answers.h"
#include "tests/support/test_llm_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <qcoro/qcorotask.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace helios;
using namespace helios::agents;
using namespace helios::llm;
using namespace helios::test;
using namespace helios::test::answers;

namespace {

// A realistic planner answer: 20 tasks in a chain of milestones.
QString tasks()
{
    QJsonArray list;
    for (int i = 1; i <= 20; ++i) {
        QJsonArray deps;
        if (i > 1)
            deps.append(QStringLiteral("t%1").arg(i - 1));
        list.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("t%1").arg(i)},
            {QStringLiteral("title"), QStringLiteral("Step %1 of learning Python").arg(i)},
            {QStringLiteral("description"), QStringLiteral("Read, practise and check.")},
            {QStringLiteral("estimate_hours"), 2.5},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("milestone"), QStringLiteral("Part %1").arg((i - 1) / 5 + 1)}});
    }
    return json({{QStringLiteral("tasks"), list}});
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int delayMs = 300;
    int runs = 7;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--quick") {
            delayMs = 100;
            runs = 1;
        } else if (arg == "--delay-ms" && i + 1 < argc) {
            delayMs = std::atoi(argv[++i]);
        } else if (arg == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: bench_agents_team [--quick] [--delay-ms D] [--runs R]\n");
            return 2;
        }
    }

    TestLlmServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "bench_agents_team: the test server could not listen\n");
        return 1;
    }
    ProviderConfig config;
    config.kind = ProviderKind::OpenAi;
    config.endpoint = server.baseUrl();
    config.model = QStringLiteral("bench-model");
    LlmClient client(std::make_unique<OpenAiProvider>(config));

    Goal goal;
    goal.text = QStringLiteral("Learn Python programming");
    goal.today = QDate(2026, 11, 30);
    goal.deadline = goal.today.addDays(90);
    goal.hoursPerWeek = 6;

    const auto measure = [&](bool parallel) {
        LlmTeamOptions options;
        options.parallel = parallel;
        options.call.bypassCache = true; // every run asks the server
        LlmPlanningTeam team(client, options);
        server.enqueue(reply(kAnalyst, analysisJson(), delayMs));
        server.enqueue(reply(kResearcher, researchJson(), delayMs));
        server.enqueue(reply(kPlanner, tasks(), delayMs));
        QElapsedTimer clock;
        clock.start();
        const Result<Plan> plan =
            QCoro::waitFor(team.generate(GoalRequest{goal, {}, {}}, {}, CancelToken()));
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!plan.ok() || plan->tasks.size() != 20) {
            std::fprintf(stderr, "bench_agents_team: generation failed: %s\n",
                         plan.ok() ? "wrong task count" : qPrintable(plan.error().message));
            std::exit(1);
        }
        return ms;
    };

    measure(true); // warm up: connections, prompt resources
    std::vector<double> parallel;
    std::vector<double> sequential;
    for (int i = 0; i < runs; ++i) { // interleaved, so that drift hits both modes alike
        parallel.push_back(measure(true));
        sequential.push_back(measure(false));
    }
    const double p = median(parallel);
    const double s = median(sequential);
    std::printf("agent team, %d ms per agent answer, %d runs each, medians\n", delayMs, runs);
    std::printf("  analyst || researcher, then planner   %8.1f ms  (ideal %d)\n", p, 2 * delayMs);
    std::printf("  analyst, researcher, planner in turn  %8.1f ms  (ideal %d)\n", s, 3 * delayMs);
    std::printf("  sequential / parallel                 %8.2f x   (ideal 1.50)\n", s / p);
    std::printf("  overhead over the ideal (parallel)    %8.1f ms\n", p - 2 * delayMs);
    return 0;
}
