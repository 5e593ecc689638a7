#pragma once

#include "review/ReviewPage.h"

#include "baton/domain/Pulse.h"

#include <optional>

class QLabel;
class QPushButton;

namespace baton::ui {

/// The psychological-safety pulse: a facilitator opens and closes it, members answer it one at a
/// time at this workstation, and the team figure (mean and distribution) appears only once it is
/// closed with enough responses; the trend of the mean across closed pulses below.
class PulsePage : public ReviewPage {
    Q_OBJECT
public:
    PulsePage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Pulse; }
    void createNew() override { openNew(); }

    void openNew();
    void closeOpen();
    void answer();
    /// The open pulse, if any (the newest one opened).
    std::optional<domain::Pulse> openPulse();
    QLabel* status() const { return m_status; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* answerButton() const { return m_answer; }

protected:
    Read read() override;

private:
    void updateControls();
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_answer;
    QLabel* m_status;
};

} // namespace baton::ui
