// baton-responsiveness-bench: opens every page of a team file and changes every filter on it,
// while a heartbeat timer measures how long the event loop is ever kept from running. Prints
// the longest stall, what caused it, how long each review took to show its first figures, and
// peak memory. Asserts nothing.
//
//   baton-responsiveness-bench TEAMFILE [--page N]   (N: only that page, 0 = Overview)
// Runs offscreen unless QT_QPA_PLATFORM is set (under Xvfb: QT_QPA_PLATFORM=xcb).

#include "ProcessMemory.h"

#include "common/RecordListPage.h"
#include "models/PagedTableModel.h"
#include "review/ReviewPage.h"
#include "shell/Location.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

/// Ticks every 5 ms; the longest gap between two ticks is the longest the event loop stalled.
class Heartbeat : public QObject {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            const double gap = now - m_last;
            if (gap > longest) {
                longest = gap;
                during = m_doing;
            }
            if (gap > pageLongest) {
                pageLongest = gap;
                pageDuring = m_doing;
            }
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void doing(const QString& what)
    {
        m_doing = what;
        m_last = static_cast<double>(m_clock.nsecsElapsed()) / 1e6; // a stall counts from here on
    }
    double longest = 0;
    QString during;
    double pageLongest = 0; ///< since the page was opened
    QString pageDuring;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    QString m_doing;
};

/// Runs the event loop for `ms` milliseconds.
void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

/// Runs the event loop until `done` or 60 s; returns the milliseconds waited.
double until(const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct Figures {
    double worst = 0;
    QString worstWhat;
    int changes = 0;
    void note(double ms, const QString& what)
    {
        ++changes;
        if (ms > worst) {
            worst = ms;
            worstWhat = what;
        }
    }
};

/// Waits for a review page's figures after a change; for other pages lets the change settle.
void settle(baton::ui::Page* page, const QString& what, Figures& review)
{
    if (auto* r = qobject_cast<baton::ui::ReviewPage*>(page)) {
        bool shown = false;
        const auto c = QObject::connect(r, &baton::ui::ReviewPage::figuresShown, [&] { shown = true; });
        const double ms = until([&] { return shown && !r->updating(); });
        QObject::disconnect(c);
        review.note(ms, what);
        std::printf("    %-52s figures after %6.0f ms\n", qPrintable(what), ms);
        return;
    }
    if (auto* list = qobject_cast<baton::ui::RecordListPage*>(page); list && list->model())
        until([&] { return !list->model()->counting(); });
    idle(150);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BatonBench"));
    QSettings().setValue(QStringLiteral("workspace/lastPage"), static_cast<int>(baton::ui::PageId::Decisions));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: baton-responsiveness-bench TEAMFILE\n");
        return 2;
    }
    baton::ui::MainWindow window;
    window.setQuiet(true);
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(args[1])) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args[1]));
        return 1;
    }
    idle(500);
    Heartbeat heart;
    Figures review;
    auto* workspace = window.workspace();
    const auto only = args.indexOf(QStringLiteral("--page"));
    for (int p = 0; p < baton::ui::kPageCount; ++p) {
        if (only > 0 && only + 1 < args.size() && args[only + 1].toInt() != p)
            continue;
        const auto id = static_cast<baton::ui::PageId>(p);
        heart.doing(QStringLiteral("opening page %1").arg(p));
        heart.pageLongest = 0;
        workspace->navigate(baton::ui::Location{id, {}});
        baton::ui::Page* page = workspace->currentPage();
        const QString name = QString::fromLatin1(page->metaObject()->className()).section(QStringLiteral("::"), -1);
        heart.doing(name + QStringLiteral(": open"));
        std::printf("  %s\n", qPrintable(name));
        settle(page, QStringLiteral("open"), review);

        const auto change = [&](const QString& what, const std::function<void()>& act) {
            heart.doing(name + QStringLiteral(": ") + what);
            act();
            settle(page, what, review);
        };
        for (QDateEdit* date : page->findChildren<QDateEdit*>()) {
            if (!date->isVisibleTo(page))
                continue;
            const QDate was = date->date();
            const QString label = date->accessibleName().remove(QLatin1Char('&'));
            change(label + QStringLiteral(" a month earlier"), [&] { date->setDate(was.addMonths(-1)); });
            change(label + QStringLiteral(" back"), [&] { date->setDate(was); });
        }
        for (QComboBox* combo : page->findChildren<QComboBox*>()) {
            if (!combo->isVisibleTo(page) || combo->count() < 2 || combo->isEditable())
                continue;
            const QString label = combo->accessibleName().remove(QLatin1Char('&'));
            for (int i = 1; i < combo->count() && i < 7; ++i)
                change(label + QStringLiteral(" = ") + combo->itemText(i), [&] { combo->setCurrentIndex(i); });
            change(label + QStringLiteral(" back"), [&] { combo->setCurrentIndex(0); });
        }
        for (QLineEdit* search : page->findChildren<QLineEdit*>()) {
            if (!search->isVisibleTo(page) || search->isReadOnly() || search->parent() == nullptr ||
                qobject_cast<QDateEdit*>(search->parent()) || qobject_cast<QComboBox*>(search->parent()))
                continue;
            change(QStringLiteral("search \"plan\""), [&] { search->setText(QStringLiteral("plan")); });
            change(QStringLiteral("search cleared"), [&] { search->clear(); });
        }
        std::printf("    longest stall on this page: %.0f ms (%s)\n", heart.pageLongest, qPrintable(heart.pageDuring));
    }
    std::printf("longest event-loop stall: %.0f ms (target <= 100), while %s\n", heart.longest,
                qPrintable(heart.during));
    std::printf("review pages: %d clicks and filter changes, slowest to first figures %.0f ms (target <= 1000): %s\n",
                review.changes, review.worst, qPrintable(review.worstWhat));
    std::printf("memory: peak %.0f MiB, now %.0f MiB (target <= 300)\n", baton::bench::memoryMiB("VmHWM:"),
                baton::bench::memoryMiB("VmRSS:"));
    return 0;
}
