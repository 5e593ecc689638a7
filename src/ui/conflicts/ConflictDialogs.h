#pragma once

#include "baton/domain/Conflict.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace baton::ui {

class TeamSession;

/// Raises a conflict: a title, what it is about, and the two or more members in it.
class ConflictEditor : public QDialog {
    Q_OBJECT
public:
    ConflictEditor(TeamSession& session, domain::Conflict conflict, QWidget* parent);
    domain::Conflict result() const;

private:
    void validate();
    domain::Conflict m_original;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QListWidget* m_parties;
    QDateEdit* m_raisedOn;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Takes an open conflict one rung up the charter's ladder (named in the dialog), or settles
/// it: resolved, perhaps by a decision, or withdrawn. The conflict is picked in the dialog.
class ConflictStepDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Climb, Settle };
    ConflictStepDialog(TeamSession& session, Mode mode, const std::optional<domain::ConflictId>& preselect,
                       QWidget* parent);
    /// False when there is no open conflict to act on (the dialog then need not be shown).
    bool hasConflicts() const;
    /// Saves the step through the edit service; the refusal, when there is one, in words.
    std::optional<QString> save();

private:
    void conflictChanged();
    void validate();
    TeamSession& m_session;
    Mode m_mode;
    std::vector<domain::Conflict> m_open;
    QComboBox* m_conflict;
    QLabel* m_standing;
    QRadioButton* m_resolved = nullptr;
    QRadioButton* m_withdrawn = nullptr;
    QComboBox* m_decision = nullptr;
    QDateEdit* m_on;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks for a new conflict and saves it; its id, or nothing when cancelled or refused.
std::optional<domain::ConflictId> raiseConflict(TeamSession& session, QWidget* parent);
/// Climbs or settles an open conflict; true when a change was saved.
bool stepConflict(TeamSession& session, ConflictStepDialog::Mode mode, QWidget* parent);

} // namespace baton::ui
