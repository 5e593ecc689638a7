#pragma once

#include "baton/domain/Decision.h"
#include "baton/domain/Member.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DecisionEditor;
class DecideDialog;
class StanceDialog;
class ReasonDialog;
} // namespace Ui

class QComboBox;
class QLabel;

namespace baton::ui {

class TeamSession;
class LeadSuggestionList;
class CharterDefaults;

/// Edits a decision's own fields; the rules show inline and Save waits until they pass.
class DecisionEditor : public QDialog {
    Q_OBJECT
public:
    DecisionEditor(TeamSession& session, domain::Decision decision, QWidget* parent);
    ~DecisionEditor() override;
    /// The decision as edited (call after Accepted).
    domain::Decision result() const;

    /// Who Baton suggests to decide, shown for a new expert or advice decision.
    LeadSuggestionList* suggestions() const { return m_suggest; }
    QComboBox* decider() const { return m_decider; }
    /// The charter's defaults for the method, deadline and fallback.
    CharterDefaults* charterDefaults() const { return m_charter; }

private:
    void validate();
    void updateSuggestions();
    std::unique_ptr<Ui::DecisionEditor> m_ui;
    TeamSession& m_session;
    domain::Decision m_original;
    LeadSuggestionList* m_suggest = nullptr;
    QComboBox* m_decider = nullptr;
    QLabel* m_deciderLabel = nullptr;
    CharterDefaults* m_charter = nullptr;
};

/// "Decide": names the accountable member, the date, outcome and rationale; the domain's
/// decide() rule runs as the user types, so a standing objection shows before saving.
class DecideDialog : public QDialog {
    Q_OBJECT
public:
    DecideDialog(TeamSession& session, domain::Decision decision, QWidget* parent);
    ~DecideDialog() override;
    domain::Decision result() const;

private:
    std::optional<domain::Decision> attempt(QString* problem) const;
    std::unique_ptr<Ui::DecideDialog> m_ui;
    TeamSession& m_session;
    domain::Decision m_decision;
};

/// Records where one member stands on a decision (adds them as a participant if new).
class StanceDialog : public QDialog {
    Q_OBJECT
public:
    StanceDialog(TeamSession& session, const domain::Decision& decision, QWidget* parent);
    ~StanceDialog() override;
    domain::Decision result() const;
    /// The member whose stance is recorded, once picked.
    std::optional<domain::MemberId> member() const;

private:
    std::unique_ptr<Ui::StanceDialog> m_ui;
    domain::Decision m_decision;
};

/// Asks for a reason (reversing a decision, withdrawing it, ...); refuses an empty one.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent);
    ~ReasonDialog() override;
    QString reason() const;

private:
    std::unique_ptr<Ui::ReasonDialog> m_ui;
};

} // namespace baton::ui
