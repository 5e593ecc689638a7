#pragma once

#include "shell/Page.h"

#include "baton/domain/Charter.h"

#include <vector>

class QAction;
class QTextBrowser;
class QToolBar;
class QTreeWidget;

namespace baton::ui {

/// The team charter, "how we work": three short lists (decision rules by area, the conflict
/// ladder by rung, accountability practices) and a detail pane with the rule's history. The
/// charter is a handful of rules, so it is read whole on the UI thread.
class CharterPage : public Page {
    Q_OBJECT
public:
    CharterPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Charter; }
    void showRecord(const QString& id) override;
    void activate() override;
    void focusSearch() override;
    void createNew() override;
    void editCurrent();
    void retractCurrent();
    /// The id of the rule shown in the detail pane (empty: none).
    QString currentId() const { return m_currentId; }

    QTreeWidget* decisionRules() const { return m_lists[0]; }
    QTreeWidget* conflictLadder() const { return m_lists[1]; }
    QTreeWidget* practices() const { return m_lists[2]; }
    QTextBrowser* detail() const { return m_detail; }
    /// Reads the charter again, keeping the rule shown when it is still there.
    void reload();

private:
    void fill();
    void select(QString id); // by value: callers pass m_currentId, which select() resets
    void showDetail();
    void updateActions();
    QString detailHtml(const domain::CharterRule& rule);
    QString areaNames(const domain::CharterRule& rule);

    std::vector<domain::CharterRule> m_rules;
    QTreeWidget* m_lists[3];
    QTextBrowser* m_detail;
    QToolBar* m_toolbar;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_retract;
    QString m_currentId;
    domain::CharterRuleKind m_lastKind = domain::CharterRuleKind::DecisionRule;
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace baton::ui
