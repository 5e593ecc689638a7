#pragma once

#include "baton/domain/Commitment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CommitmentEditor;
class CloseCommitmentDialog;
} // namespace Ui

namespace baton::ui {

class TeamSession;

/// Edits a commitment: exactly one accountable owner, supporters, due date.
class CommitmentEditor : public QDialog {
    Q_OBJECT
public:
    CommitmentEditor(TeamSession& session, domain::Commitment commitment, QWidget* parent);
    ~CommitmentEditor() override;
    domain::Commitment result() const;

private:
    void validate();
    std::unique_ptr<Ui::CommitmentEditor> m_ui;
    TeamSession& m_session;
    domain::Commitment m_original;
};

/// Marks a commitment done, missed or dropped, with the day and an outcome note.
class CloseCommitmentDialog : public QDialog {
    Q_OBJECT
public:
    CloseCommitmentDialog(TeamSession& session, domain::Commitment commitment, domain::CommitmentStatus status,
                          QWidget* parent);
    ~CloseCommitmentDialog() override;
    domain::Commitment result() const;

private:
    std::optional<domain::Commitment> attempt(QString* problem) const;
    std::unique_ptr<Ui::CloseCommitmentDialog> m_ui;
    domain::Commitment m_commitment;
};

} // namespace baton::ui
