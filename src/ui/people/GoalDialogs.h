#pragma once

#include "baton/domain/DevelopmentGoal.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace baton::ui {

class TeamSession;

/// Sets or reviews a development goal: the member, the area, the level aimed for, a mentor
/// (never the member), when it started and when to review it, its status and a note. A new
/// goal's target must be above the member's level now; the rule is checked as the user types.
class GoalEditor : public QDialog {
    Q_OBJECT
public:
    GoalEditor(TeamSession& session, domain::DevelopmentGoal goal, bool isNew, QWidget* parent);
    domain::DevelopmentGoal result() const;
    QString problem() const;

private:
    void validate();
    TeamSession& m_session;
    domain::DevelopmentGoal m_original;
    bool m_new;
    QComboBox* m_member;
    QComboBox* m_area;
    QLabel* m_levelNow;
    QSpinBox* m_target;
    QComboBox* m_mentor;
    QDateEdit* m_startedOn;
    QCheckBox* m_hasReview;
    QDateEdit* m_reviewOn;
    QComboBox* m_status;
    QLineEdit* m_note;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks for a new goal (for `member` when given) and saves it; the new goal's id, or nothing
/// when cancelled or refused (the refusal is shown).
std::optional<domain::GoalId> setGoal(TeamSession& session, const std::optional<domain::MemberId>& member,
                                      QWidget* parent);
/// Lets the user pick one of the active goals (of `member` when given), edits and saves it;
/// true when a change was saved.
bool reviewGoal(TeamSession& session, const std::optional<domain::MemberId>& member, QWidget* parent);

} // namespace baton::ui
