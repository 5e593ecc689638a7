#pragma once

#include "shell/Location.h"

#include <QWidget>

namespace baton::ui {

class TeamSession;

/// A workspace page: a list with search and filters, and a detail pane.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(TeamSession& session, QWidget* parent) : QWidget(parent), m_session(session) {}
    virtual PageId pageId() const = 0;
    /// Selects and shows a record (empty id: just the page).
    virtual void showRecord(const QString& id) = 0;
    /// Called when the page is shown without a particular record: load if not loaded yet.
    virtual void activate() {}
    /// Puts the keyboard focus in the page's search field.
    virtual void focusSearch() = 0;
    /// Starts creating a new record of the page's kind (File > New ... / Ctrl+N).
    virtual void createNew() {}

signals:
    /// The user followed a link or picked a row: the workspace records it in the history.
    void navigate(const baton::ui::Location& where);

protected:
    TeamSession& session() { return m_session; }

private:
    TeamSession& m_session;
};

} // namespace baton::ui
