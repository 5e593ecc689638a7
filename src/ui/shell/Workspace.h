#pragma once

#include "shell/Location.h"

#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace baton::ui {

class NavigationHistory;
class Page;
class TeamSession;

/// The open team: a sidebar of pages, the pages themselves, Back/Forward history, and the
/// banners for read-only files and for choosing who uses this workstation.
class Workspace : public QWidget {
    Q_OBJECT
public:
    Workspace(TeamSession& session, QWidget* parent = nullptr);

    void navigate(const Location& where);
    void goBack();
    void goForward();
    Page* page(PageId id) const { return m_pages[static_cast<std::size_t>(id)]; }
    Page* currentPage() const;
    NavigationHistory* history() const { return m_history; }
    void refreshBanners();
    void saveState() const;
    void restoreState();

signals:
    void whoAmIRequested();

private:
    void show(const Location& where);

    TeamSession& m_session;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QLabel* m_readOnlyBanner;
    QWidget* m_meBanner;
    NavigationHistory* m_history;
    std::array<Page*, kPageCount> m_pages{};
    bool m_restoring = false;
};

} // namespace baton::ui
