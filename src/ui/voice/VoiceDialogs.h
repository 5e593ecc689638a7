#pragma once

#include "baton/domain/VoiceItem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace baton::ui {

class TeamSession;

/// Raises an idea, concern or question: its kind, its text, an optional initiative or decision
/// it is about, and whether to raise it anonymously (then no name is stored anywhere).
class RaiseDialog : public QDialog {
    Q_OBJECT
public:
    RaiseDialog(TeamSession& session, QWidget* parent);
    /// The item as entered; its author is left for the edit service to set (or not).
    domain::VoiceItem result() const;
    bool anonymous() const;

private:
    void validate();
    TeamSession& m_session;
    bool m_hasMe;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QComboBox* m_initiative;
    QComboBox* m_decision;
    QCheckBox* m_anonymous;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Responds to an item: acknowledged, acted on or declined, with what the team says.
class RespondDialog : public QDialog {
    Q_OBJECT
public:
    RespondDialog(const domain::VoiceItem& item, QWidget* parent);
    domain::VoiceStatus status() const;
    std::string response() const;

private:
    void validate();
    QComboBox* m_status;
    QPlainTextEdit* m_response;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks for a new item and saves it, anonymously when asked (then off the undo stack, since
/// the service cannot undo what it keeps no author for); true when saved.
bool raiseVoiceItem(TeamSession& session, QWidget* parent);
/// Asks for a response to `id` and saves it; true when saved.
bool respondToVoiceItem(TeamSession& session, const domain::VoiceItemId& id, QWidget* parent);

} // namespace baton::ui
