// baton-ui-bench: time from process start to a usable decision list, and peak memory while
// scrolling from the first decision to the last. Prints figures; asserts nothing.
//
//   baton-ui-bench TEAMFILE [--scroll] [--activity]
// --activity: then opens the Activity page and times it to its first painted changes.
// Runs offscreen unless QT_QPA_PLATFORM is set. See bench/ui-launch.sh for the comparison
// with an empty team file.

#include "ProcessMemory.h"

#include "common/RecordListPage.h"
#include "models/PagedTableModel.h"
#include "shell/Location.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>

namespace {

/// Notes the moment the decision list first paints itself.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }
    double at = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
};

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // leave the user's recent files alone
    QApplication app(argc, argv);
    // Its own settings, as a user who last worked on the Decisions page.
    QApplication::setOrganizationName(QStringLiteral("BatonBench"));
    QSettings().setValue(QStringLiteral("workspace/lastPage"), static_cast<int>(baton::ui::PageId::Decisions));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: baton-ui-bench TEAMFILE [--scroll] [--activity]\n");
        return 2;
    }
    baton::ui::MainWindow window;
    window.setQuiet(true);
    window.show();
    const double appReady = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    FirstPaint firstPaint(sinceStart);
    if (!window.openFile(args[1])) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args[1]));
        return 1;
    }
    const double opened = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    auto* page = qobject_cast<baton::ui::RecordListPage*>(window.workspace()->currentPage());
    QTableView* table = page->table();
    table->viewport()->installEventFilter(&firstPaint);
    while (firstPaint.at < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const double ready = firstPaint.at; // the first rows are on screen
    const int rows = page->model()->rowCount();
    std::printf("%s: first %d decisions shown, launch to usable decision list %.0f ms (window %.0f, file open "
                "%.0f), memory %.0f MiB\n",
                qPrintable(args[1]), rows, ready, appReady, opened, baton::bench::memoryMiB("VmRSS:"));

    QElapsedTimer counting;
    counting.start();
    while (page->model()->counting())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("  full count (%d) known %.0f ms later, in the background\n", page->model()->rowCount(),
                static_cast<double>(counting.nsecsElapsed()) / 1e6);
    if (args.contains(QStringLiteral("--activity"))) {
        QElapsedTimer opening;
        opening.start();
        window.workspace()->navigate(baton::ui::Location{baton::ui::PageId::Activity, {}});
        auto* activity = qobject_cast<baton::ui::RecordListPage*>(window.workspace()->currentPage());
        FirstPaint shown(opening);
        activity->table()->viewport()->installEventFilter(&shown);
        activity->table()->viewport()->update();
        while (shown.at < 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        std::printf("  Activity page: first %d changes painted %.1f ms after it was opened\n",
                    activity->model() ? activity->model()->rowCount() : 0, shown.at);
    }
    const int total = page->model()->rowCount();
    if (args.contains(QStringLiteral("--scroll")) && total > 0) {
        QElapsedTimer scrolling;
        scrolling.start();
        QScrollBar* bar = table->verticalScrollBar();
        const int step = baton::ui::PagedTableModel::kPageSize;
        int steps = 0;
        for (int row = 0; row < total; row += step) {
            bar->setValue(row);
            table->repaint();
            ++steps;
        }
        bar->setValue(bar->maximum());
        table->repaint();
        std::printf("scrolled first to last in %d steps in %.1f s: peak memory %.0f MiB, now %.0f MiB, %zu pages "
                    "cached\n",
                    steps, static_cast<double>(scrolling.elapsed()) / 1000.0, baton::bench::memoryMiB("VmHWM:"),
                    baton::bench::memoryMiB("VmRSS:"), page->model()->cachedPages());
    }
    return 0;
}
