#pragma once

class QWidget;

namespace helios::ui {

// Opens the "About Helios" box without blocking.
void showAboutBox(QWidget *parent);

} // namespace helios::ui
