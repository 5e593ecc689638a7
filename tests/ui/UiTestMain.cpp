// Catch2 main for the UI tests: offscreen platform unless told otherwise, test-mode paths,
// and QSettings kept in a throwaway folder, all before the QApplication exists.
#define CATCH_CONFIG_RUNNER
#include "support/Catch.h"

#include "shell/GuardedApplication.h"
#include "ui/DialogWatchdog.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    qputenv("BATON_NO_KEYRING", "1"); // never the tester's own keyring
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    baton::ui::GuardedApplication app(argc, argv); // the app's own catch-all, as shipped
    QApplication::setOrganizationName(QStringLiteral("BatonTests"));
    QApplication::setApplicationName(QStringLiteral("BatonTests"));
    baton::test::DialogWatchdog::instance(); // a dialog left open fails its test instead of hanging it
    return Catch::Session().run(argc, argv);
}
