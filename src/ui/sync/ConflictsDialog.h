#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace baton::ui {

class TeamSession;

/// The fields two members changed without seeing each other's change, and the changes the
/// server refused. A facilitator settles a conflict with one more change: keep the value that
/// stands, or bring back the one that was lost. Others see the list but cannot settle.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(TeamSession& session, QWidget* parent = nullptr);

    /// Settles the conflict in row `row`; public for tests.
    bool settle(int row, bool restoreLost);
    int conflictCount() const;

signals:
    /// A conflict was settled here: the controller should sync.
    void settled();

private:
    void reload();
    void updateButtons();

    TeamSession& m_session;
    QTableWidget* m_table;
    QLabel* m_refusals;
    QLabel* m_hint;
    QPushButton* m_keep;
    QPushButton* m_restore;
    bool m_facilitator = false;
};

} // namespace baton::ui
