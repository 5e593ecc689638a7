#pragma once

// Drives the real main window offscreen on a copy of the sample team.

#include "support/Catch.h"
#include "support/TempDir.h"

#include "common/RecordListPage.h"
#include "core/TeamSession.h"
#include "models/PagedTableModel.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include "baton/domain/Clock.h"
#include "baton/exchange/TeamImporter.h"
#include "baton/storage/TeamFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <filesystem>
#include <functional>
#include <memory>

namespace baton::test {

/// Builds the sample team file once per test run; each test gets its own copy.
inline const std::string& sampleTeamFile()
{
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = dir.file("sample.baton");
        domain::SystemClock clock;
        auto file = storage::TeamFile::create(p, "Sample", clock);
        REQUIRE(file.ok());
        REQUIRE(exchange::TeamImporter(*file.value()).importFile(BATON_SAMPLE_TEAM).applied);
        return p;
    }();
    return path;
}

/// Runs `act` on the next modal dialog of type D as soon as it opens.
template <typename D> void onNextDialog(std::function<void(D&)> act)
{
    QTimer::singleShot(0, [act] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr); // no REQUIRE here: nothing may throw through Qt's event loop
        if (!dialog) {
            if (auto* any = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                any->reject();
            return;
        }
        act(*dialog);
    });
}

/// Presses the dialog's OK/Save button if it is enabled; returns whether it was.
inline bool accept(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    for (auto* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            if (!b->isEnabled())
                return false;
            b->click();
            return true;
        }
    }
    return false;
}

/// Presses the dialog's `which` button if it is enabled; returns whether it was.
inline bool press(QDialog& dialog, QDialogButtonBox::StandardButton which = QDialogButtonBox::Ok)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    auto* button = box ? box->button(which) : nullptr;
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

/// Picks the item whose text is `text` in a combo (editable or not).
inline void choose(QComboBox* combo, const QString& text)
{
    const int i = combo->findText(text);
    CHECK(i >= 0);
    combo->setCurrentIndex(i);
    if (combo->isEditable())
        combo->setEditText(text);
}

/// Processes events until `done` holds or `ms` pass; returns whether it held.
inline bool waitFor(const std::function<bool()>& done, int ms = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

/// A review page once its figures are on screen (they are read on a worker).
template <typename P> P* settled(P* page)
{
    REQUIRE(waitFor([page] { return !page->updating() && !page->document().sections.empty(); }, 20000));
    return page;
}

/// Waits until a list knows how many rows it has (long lists count on another thread).
inline int settledRows(ui::PagedTableModel* model)
{
    waitFor([model] { return !model->counting(); }, 10000);
    return model->rowCount();
}

struct UiFixture {
    TempDir dir;
    std::string path = dir.file("team.baton");
    std::unique_ptr<ui::MainWindow> window;

    explicit UiFixture(bool open = true)
    {
        QSettings().clear();
        std::filesystem::copy_file(sampleTeamFile(), path);
        window = std::make_unique<ui::MainWindow>();
        window->setQuiet(true);
        window->show();
        if (open)
            REQUIRE(window->openFile(QString::fromStdString(path)));
    }
    ~UiFixture()
    {
        window.reset();
        QSettings().clear();
    }
    ui::TeamSession& session() { return *window->session(); }
    ui::Workspace& workspace() { return *window->workspace(); }
    storage::Database& db() { return session().db(); }
    std::int64_t count(const char* sql) { return db().queryInt(sql); }
    template <typename P> P* page(ui::PageId id)
    {
        workspace().navigate(ui::Location{id, {}});
        return qobject_cast<P*>(workspace().page(id));
    }
    /// The id of a record found by a query, as a QString.
    QString idOf(const char* sql) { return QString::fromStdString(db().queryText(sql)); }
};

} // namespace baton::test
