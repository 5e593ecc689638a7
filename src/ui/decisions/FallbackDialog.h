#pragma once

#include "baton/domain/Decision.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace baton::ui {

class TeamSession;

/// "Apply Fallback": says what the due fallback will do and, when the accountable member
/// decides, asks who (the accountable member or decider, else this workstation's member), the
/// outcome and the rationale; the domain's applyFallback runs as the user types.
class FallbackDialog : public QDialog {
    Q_OBJECT
public:
    FallbackDialog(TeamSession& session, domain::Decision decision, QWidget* parent);
    std::optional<domain::MemberId> accountable() const;
    QString outcome() const;
    QString rationale() const;

private:
    void validate();
    TeamSession& m_session;
    domain::Decision m_decision;
    QComboBox* m_accountable = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks (FallbackDialog) and applies the decision's due fallback as one undoable edit; true when
/// it was applied. A refusal is shown.
bool applyFallback(TeamSession& session, const domain::DecisionId& id, QWidget* parent);

} // namespace baton::ui
