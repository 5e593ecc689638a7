#pragma once

#include "baton/domain/Initiative.h"

#include <QDialog>

class QLabel;

namespace baton::ui {

class ContributionChainView;
class TeamSession;

/// "Chain of Work": one initiative's contributions as a graph, with a legend and the critical
/// path in words. Double-clicking a card edits that contribution (when the file is writable);
/// the graph follows every change to the initiative's contributions.
class ContributionChainDialog : public QDialog {
    Q_OBJECT
public:
    ContributionChainDialog(TeamSession& session, domain::Initiative initiative, QWidget* parent);
    ContributionChainView* view() const { return m_view; }
    /// Reads the contributions again and redraws, keeping the selection.
    void reload();
    /// Opens the contribution editor on one of the chain's contributions and saves what it says.
    void editContribution(const QString& contributionId);

private:
    TeamSession& m_session;
    domain::Initiative m_initiative;
    ContributionChainView* m_view;
    QLabel* m_criticalPath;
};

} // namespace baton::ui
