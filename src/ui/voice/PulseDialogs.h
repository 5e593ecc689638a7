#pragma once

#include "baton/domain/Pulse.h"

#include <QDialog>

#include <array>
#include <functional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace baton::ui {

class TeamSession;

/// Opens a pulse: its title and how many responses it needs before any figure is shown.
class OpenPulseDialog : public QDialog {
    Q_OBJECT
public:
    OpenPulseDialog(TeamSession& session, QWidget* parent);
    domain::Pulse result() const;

private:
    void validate();
    TeamSession& m_session;
    QLineEdit* m_title;
    QSpinBox* m_minResponses;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// One member's private turn at the workstation: who they are (only members who have not
/// answered yet), then Edmondson's seven items, each 1..7 with nothing chosen beforehand. OK
/// stays disabled until all seven are answered. The answers go straight to `record` and the
/// dialog then clears every widget, so no answer stays behind on screen or in memory.
class PulseAnswerDialog : public QDialog {
    Q_OBJECT
public:
    /// Saves one member's answers; returns an error message, empty when saved.
    using Record = std::function<QString(const domain::MemberId&, const domain::PulseAnswers&)>;
    PulseAnswerDialog(TeamSession& session, const domain::Pulse& pulse, Record record, QWidget* parent);
    /// Items answered so far (0..7).
    int answered() const;
    QComboBox* member() const { return m_member; }
    /// The buttons of item `item` (0-based), answers 1..7 as ids.
    QButtonGroup* item(std::size_t item) const { return m_items[item]; }

    void accept() override;
    /// Cancelling clears the answers too, before the dialog goes.
    void reject() override;

private:
    void validate();
    /// Unchecks every answer and forgets who was chosen.
    void clear();
    Record m_record;
    QComboBox* m_member;
    std::array<QButtonGroup*, domain::kPulseItems> m_items{};
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Asks a facilitator for a new pulse and opens it; true when opened.
bool openPulse(TeamSession& session, QWidget* parent);
/// Lets one member answer the open pulse `id`; true when answers were saved. The edit goes on
/// no undo stack: the service keeps no author for it and cannot undo it.
bool answerPulse(TeamSession& session, const domain::PulseId& id, QWidget* parent);

} // namespace baton::ui
