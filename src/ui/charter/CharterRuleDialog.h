#pragma once

#include "baton/domain/Charter.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace baton::ui {

class TeamSession;

/// Adds or edits one charter rule. The form follows the kind: only a decision rule shows its
/// areas, default method, deadline in days and fallback; a conflict step's order is its rung.
/// The domain's charterRuleProblems run as the user types; OK waits until they pass.
class CharterRuleDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing`: the charter now, to number a new rule after the last of its kind.
    CharterRuleDialog(TeamSession& session, domain::CharterRule rule, bool isNew,
                      std::vector<domain::CharterRule> existing, QWidget* parent);
    /// The rule as edited; fields the kind does not use are cleared.
    domain::CharterRule result() const;
    QString problem() const;

private:
    void kindChanged();
    void validate();
    domain::CharterRule m_original;
    bool m_new;
    std::vector<domain::CharterRule> m_existing;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLabel* m_positionLabel;
    QSpinBox* m_position;
    QWidget* m_decisionPart;
    QListWidget* m_areas;
    QComboBox* m_method;
    QSpinBox* m_days;
    QComboBox* m_fallback;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks for a new rule (of `kind`) and saves it; its id, or nothing when cancelled or refused
/// (the refusal is shown).
std::optional<domain::CharterRuleId> addCharterRule(TeamSession& session, domain::CharterRuleKind kind,
                                                    QWidget* parent);
/// Edits the rule and saves it; true when a change was saved.
bool editCharterRule(TeamSession& session, const domain::CharterRuleId& id, QWidget* parent);

} // namespace baton::ui
