#pragma once

namespace baton::ui {

/// Builds the QApplication, reads --help, --version and an optional team file, shows the
/// main window and runs the event loop.
int runApplication(int argc, char** argv);

} // namespace baton::ui
