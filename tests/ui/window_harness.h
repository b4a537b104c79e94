#pragma once

// A main window over a real store, as the application wires it (for widget tests).

#include "tests/ui/ui_fixture.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_detail_view.h"

#include <QListView>
#include <QTreeView>

namespace helios::test {

struct WindowHarness
{
    explicit WindowHarness(StoreFixture &fixture)
        : viewModel(fixture.service(), fixture.opener()), window(viewModel, errors)
    {
        window.show();
        viewModel.start();
    }

    // Lets the store calls started by the window finish before the store goes away.
    ~WindowHarness()
    {
        if (!QTest::qWaitFor([this]() { return !viewModel.isBusy(); }))
            QTest::qFail("The window's store calls did not finish.", __FILE__, __LINE__);
    }

    WindowHarness(const WindowHarness &) = delete;
    WindowHarness &operator=(const WindowHarness &) = delete;

    RecordingErrorReporter errors;
    ui::PlansViewModel viewModel;
    ui::MainWindow window;
};

} // namespace helios::test
