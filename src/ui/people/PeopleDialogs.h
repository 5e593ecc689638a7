#pragma once

#include "baton/domain/Endorsement.h"
#include "baton/domain/Member.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MemberEditor;
class EndorsementDialog;
} // namespace Ui

namespace baton::ui {

class TeamSession;

/// Edits a member: the formal title is kept apart from leadership on purpose.
class MemberEditor : public QDialog {
    Q_OBJECT
public:
    MemberEditor(TeamSession& session, domain::Member member, QWidget* parent);
    ~MemberEditor() override;
    domain::Member result() const;

private:
    void validate();
    std::unique_ptr<Ui::MemberEditor> m_ui;
    TeamSession& m_session;
    domain::Member m_original;
};

/// One member vouches for another's expertise in an area (never for themself).
class EndorsementDialog : public QDialog {
    Q_OBJECT
public:
    EndorsementDialog(TeamSession& session, const domain::MemberId& endorser,
                      const std::optional<domain::MemberId>& member, QWidget* parent);
    ~EndorsementDialog() override;
    domain::Endorsement result() const;

private:
    void validate();
    std::unique_ptr<Ui::EndorsementDialog> m_ui;
    TeamSession& m_session;
    domain::MemberId m_endorser;
    domain::EndorsementId m_id;
};

} // namespace baton::ui
