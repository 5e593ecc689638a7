#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace baton::domain {
class Clock;
}

namespace baton::ui {

class FileOpener;
class SyncController;
class TeamSession;
class WelcomePage;
class Workspace;

/// Menus, the welcome page and the workspace of the open team file. Feature logic lives
/// in the pages and the session; this class only wires them together.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    /// With the clock every session uses for "now" and "today" (tests fix the day with one).
    explicit MainWindow(std::unique_ptr<domain::Clock> clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString& path);
    bool createFile(const QString& path, const QString& teamName);
    bool openSampleCopy(const QString& copyPath);
    void reopenLastFile();
    void closeFile();
    /// Shows a workspace page by its English name (for --page); unknown names are ignored.
    void showPage(const QString& name);

    TeamSession* session() const { return m_session.get(); }
    Workspace* workspace() const { return m_workspace; }
    WelcomePage* welcome() const { return m_welcome; }
    FileOpener& opener() { return *m_opener; }
    /// Dialogs that report problems stay silent and only record the message (tests).
    void setQuiet(bool quiet);

    /// Publishes the open file to a team server (File > Publish to Server…, without the dialog).
    bool publishToServer(const QString& connection, const QString& password, bool remember = false);
    /// Makes a team file at `path` from a server's team and opens it (File > Join Team…).
    bool joinServerTeam(const QString& connection, const QString& password, const QString& path, bool remember = false);
    /// The open file's team server link; null when no file is open.
    SyncController* sync() const { return m_sync.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateActions();
    void adopt(std::unique_ptr<class TeamSession> session, const QString& path);
    void askNew();
    void askOpen();
    void askSample();
    void saveCopy();
    void importData();
    void exportData();
    void chooseWhoAmI();
    void askPublish();
    void askJoin();
    void showConflicts();
    /// Starts the team server link of the open file; `password` is the one just typed, if any.
    void startSync(const QString& password = {});
    void rebuildRecentMenu();
    void checkInBackground(const QString& path);
    void startCheck(const QString& path);

    std::unique_ptr<domain::Clock> m_clock;
    std::unique_ptr<FileOpener> m_opener;
    std::unique_ptr<TeamSession> m_session;
    std::unique_ptr<SyncController> m_sync;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    Workspace* m_workspace = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_howWeWork = nullptr;
    QAction* m_close = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_newRecord = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_whoAmI = nullptr;
    QAction* m_publish = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_conflicts = nullptr;
    QMenu* m_goMenu = nullptr;
    bool m_quiet = false;
    QString m_joinPassword; ///< typed in Join Team, used once by the joined file's link
};

} // namespace baton::ui
