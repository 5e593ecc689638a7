#pragma once

#include "baton/domain/Contribution.h"
#include "baton/domain/Initiative.h"

#include <QDialog>

class QComboBox;

#include <memory>
#include <vector>

namespace Ui {
class InitiativeEditor;
class PassLeadDialog;
class ContributionEditor;
} // namespace Ui

namespace baton::ui {

class TeamSession;
class LeadSuggestionList;

/// Edits an initiative's own fields (its leadership changes only through Pass the Lead).
class InitiativeEditor : public QDialog {
    Q_OBJECT
public:
    InitiativeEditor(TeamSession& session, domain::Initiative initiative, QWidget* parent);
    ~InitiativeEditor() override;
    domain::Initiative result() const;
    /// For a new initiative: who Baton suggests to lead it, from the areas ticked.
    LeadSuggestionList* suggestions() const { return m_suggest; }
    QComboBox* lead() const { return m_lead; }

private:
    LeadSuggestionList* m_suggest = nullptr;
    QComboBox* m_lead = nullptr;
    std::unique_ptr<Ui::InitiativeEditor> m_ui;
    domain::Initiative m_original;
    domain::Date m_today; ///< from the session clock: a closing date is the local day
};

/// Passes the lead: ends the current lead stint the day before and starts the next one,
/// with the reason; the domain rule runs as the user types.
class PassLeadDialog : public QDialog {
    Q_OBJECT
public:
    /// Passing the lead, or (with CoLead) adding a co-lead who leads alongside the lead.
    enum class Mode { PassLead, AddCoLead };
    PassLeadDialog(TeamSession& session, domain::Initiative initiative, QWidget* parent, Mode mode = Mode::PassLead);
    ~PassLeadDialog() override;
    domain::Initiative result() const;
    LeadSuggestionList* suggestions() const { return m_suggest; }

private:
    std::optional<domain::Initiative> attempt(QString* problem) const;
    std::unique_ptr<Ui::PassLeadDialog> m_ui;
    LeadSuggestionList* m_suggest;
    TeamSession& m_session;
    domain::Initiative m_initiative;
    Mode m_mode;
};

/// Edits a contribution and what it depends on; a choice that would close a loop is refused
/// inline, naming the loop.
class ContributionEditor : public QDialog {
    Q_OBJECT
public:
    ContributionEditor(TeamSession& session, domain::Contribution contribution,
                       std::vector<domain::Contribution> siblings, QWidget* parent);
    ~ContributionEditor() override;
    domain::Contribution result() const;

private:
    void validate();
    std::unique_ptr<Ui::ContributionEditor> m_ui;
    domain::Contribution m_original;
    std::vector<domain::Contribution> m_siblings;
};

} // namespace baton::ui
