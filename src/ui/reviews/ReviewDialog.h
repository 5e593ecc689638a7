#pragma once

#include "baton/domain/Commitment.h"
#include "baton/domain/Review.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace baton::ui {

class TeamSession;

/// A shared-responsibility review of something that went wrong: who took part, what happened,
/// the factors that contributed (one per line: factors, not people), what the team changes,
/// and follow-up commitments to create. By design there is no field for blaming anyone.
class ReviewEditor : public QDialog {
    Q_OBJECT
public:
    ReviewEditor(TeamSession& session, domain::Review review, const QString& subject, QWidget* parent);
    domain::Review result() const;
    /// New commitments to create with the review, each with a fresh id.
    std::vector<domain::Commitment> followUps() const;
    /// Adds a follow-up row (description, owner, due date), for the user and for tests.
    void addFollowUp(const QString& description = {});

private:
    void validate();
    TeamSession& m_session;
    domain::Review m_original;
    QListWidget* m_participants;
    QDateEdit* m_heldOn;
    QPlainTextEdit* m_whatHappened;
    QPlainTextEdit* m_factors;
    QPlainTextEdit* m_change;
    QTableWidget* m_followUps;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Holds a review of the commitment, initiative or decision `subject` and saves it with its
/// follow-ups; the review's id, or nothing when cancelled or refused (the refusal is shown).
std::optional<domain::ReviewId> holdReview(TeamSession& session, domain::ReviewSubjectKind kind,
                                           const std::string& subject, const QString& label, QWidget* parent);

} // namespace baton::ui
