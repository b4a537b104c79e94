#pragma once

#include "app/cli/cli_arguments.h"
#include "core/today/agenda.h"

#include <qcoro/qcorotask.h>

namespace helios {
class Store;
}

namespace helios::cli {

bool isTodayCommand(Command command);

// today and task tomorrow over an opened store (core/today's TodayService).
QCoro::Task<int> runTodayCommand(Store &store, const Request &request);

// The day's list: agendaToJson, or a table per section.
void printAgenda(const Agenda &agenda, bool json);
// today --reschedule-overdue when nothing is overdue.
void printNothingOverdue(const Agenda &agenda, const Request &request);

} // namespace helios::cli
