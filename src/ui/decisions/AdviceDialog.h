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

/// The advice process: what one advisor advised and whether the decision followed it (yes, no,
/// not yet). Picking a member shows what they advised before and their level in the decision's
/// areas; someone new becomes an advisor.
class AdviceDialog : public QDialog {
    Q_OBJECT
public:
    AdviceDialog(TeamSession& session, domain::Decision decision, QWidget* parent);
    std::optional<domain::MemberId> member() const;
    QString advice() const;
    std::optional<bool> followed() const;

private:
    void memberChanged();
    TeamSession& m_session;
    domain::Decision m_decision;
    QComboBox* m_member;
    QLabel* m_level;
    QPlainTextEdit* m_advice;
    QComboBox* m_followed;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks (AdviceDialog) and records the advice as one undoable edit; true when saved.
bool recordAdvice(TeamSession& session, const domain::DecisionId& id, QWidget* parent);

} // namespace baton::ui
