#pragma once

#include "shell/Page.h"

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <optional>

class QTextBrowser;

namespace baton::storage {
class Database;
}

namespace baton::ui {

class ReadWorker;

/// Overview: my open commitments, the team's overdue commitments, decisions past their
/// deadline, initiatives nobody leads, and recent decisions.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Overview; }
    void showRecord(const QString& id) override;
    /// Reads once the event loop runs, and only if the page is still the one shown (a page
    /// asked for on the command line replaces it at once).
    void activate() override;
    void focusSearch() override {}
    void refresh();
    QTextBrowser* view() const { return m_view; }
    /// The overview as HTML (also what the page shows), read now on the session's connection.
    QString html();
    /// True while the overview is being read on the worker.
    bool updating() const;
    /// Open conflicts with their rung and days on it; empty when there are none.
    static QString conflictsHtml(storage::Database& db, domain::Date today);

private:
    /// What the overview depends on besides the records, taken on the UI thread.
    struct Inputs {
        domain::Date today;
        std::optional<domain::MemberId> me;
        QString teamName;
    };
    Inputs inputs();
    /// The overview as HTML; runs on any thread, over any connection to the team file.
    static QString readHtml(storage::Database& db, const Inputs& in);

    QTextBrowser* m_view;
    ReadWorker* m_worker = nullptr;
    bool m_dirty = true;
};

} // namespace baton::ui
