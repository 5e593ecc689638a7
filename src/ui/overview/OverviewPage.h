#pragma once

#include "shell/Page.h"

class QTextBrowser;

namespace baton::ui {

/// Overview: my open commitments, the team's overdue commitments, decisions past their
/// deadline, initiatives nobody leads, and recent decisions.
class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Overview; }
    void showRecord(const QString& id) override;
    void activate() override { refresh(); }
    void focusSearch() override {}
    void refresh();
    QTextBrowser* view() const { return m_view; }
    /// The overview as HTML (also what the page shows).
    QString html();

private:
    QTextBrowser* m_view;
    bool m_dirty = true;
};

} // namespace baton::ui
