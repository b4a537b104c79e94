#pragma once

#include <QString>

#include <functional>

namespace helios::agents {

// The stages of making or revising a plan, the same for every PlanningTeam so that the jobs layer
// and the UI never care which team made the plan. Analysing and researching run at the same time.
enum class PlanningStage { Analysing, Researching, Planning, Scheduling, Repairing };

QString toString(PlanningStage stage); // "analysing", "researching", "planning", ...

// One thing that happened while a team worked, in the order it happened.
struct ProgressEvent
{
    enum class Kind {
        Stage, // stage and agent: that agent entered that stage
        Text,  // agent and text: the next streamed piece of that agent's answer
        Done,  // the plan is ready (only on success; a failure is the returned Error)
    };

    Kind kind = Kind::Stage;
    PlanningStage stage = PlanningStage::Analysing;
    QString agent; // "analyst", "researcher", "planner", "reviser", "scheduler"
    QString text;

    static ProgressEvent stageEntered(PlanningStage s, QString agentName)
    {
        return {Kind::Stage, s, std::move(agentName), {}};
    }
    static ProgressEvent piece(PlanningStage s, QString agentName, QString piece)
    {
        return {Kind::Text, s, std::move(agentName), std::move(piece)};
    }
    static ProgressEvent done() { return {Kind::Done, PlanningStage::Scheduling, {}, {}}; }
};

// Called on the thread that runs the team (the GUI thread); may be empty.
using ProgressSink = std::function<void(const ProgressEvent &)>;

} // namespace helios::agents
