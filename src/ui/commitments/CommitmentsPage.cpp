#include "commitments/CommitmentsPage.h"

#include "commitments/CommitmentDialogs.h"
#include "commitments/CommitmentSource.h"
#include "common/FormSupport.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "reviews/ReviewDialog.h"
#include "reviews/ReviewHtml.h"

#include <QAction>
#include <QMessageBox>
#include <QToolBar>

namespace baton::ui {
using namespace baton::domain;

CommitmentsPage::CommitmentsPage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search commitments…"), parent)
    , m_status(addFilter(tr("Status filter"), tr("Show commitments with this status")))
    , m_owner(addFilter(tr("Owner filter"), tr("Show commitments this member owns")))
    , m_due(addFilter(tr("Due filter"), tr("Show overdue commitments only")))
{
    m_new = actions()->addAction(tr("New…"), this, &CommitmentsPage::createNew);
    m_edit = actions()->addAction(tr("Edit…"), this, &CommitmentsPage::editCurrent);
    m_done = actions()->addAction(tr("Mark Done…"), this, [this] { closeCurrent(CommitmentStatus::Done); });
    m_missed = actions()->addAction(tr("Mark Missed…"), this, [this] { closeCurrent(CommitmentStatus::Missed); });
    m_dropped = actions()->addAction(tr("Drop…"), this, [this] { closeCurrent(CommitmentStatus::Dropped); });
    m_review = actions()->addAction(tr("Hold a Review…"), this, &CommitmentsPage::reviewCurrent);
    m_review->setObjectName(QStringLiteral("reviewCommitment"));
    m_review->setToolTip(tr("A shared-responsibility review of a missed commitment: what happened, what contributed, "
                            "what we change"));
    m_retract = actions()->addAction(tr("Retract…"), this, [this] {
        if (const auto c = this->session().commitment(CommitmentId(toStd(currentId()))))
            retractCurrent(RecordKind::Commitment, toQ(c->description));
    });
    m_retract->setToolTip(tr("Hide a commitment entered by mistake; it stays in the history"));
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Member || kind == RecordKind::Team)
            if (model())
                fillFilters();
        if (kind == RecordKind::Commitment || kind == RecordKind::Team)
            reload();
    });
    currentChanged({});
}

void CommitmentsPage::fillFilters()
{
    const FilterRefill keep{m_status, m_owner, m_due};
    const bool first = m_status->count() == 0;
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (std::size_t i = 0; i < EnumNames<CommitmentStatus>::kNames.size(); ++i)
        m_status->addItem(displayName(static_cast<CommitmentStatus>(i)), static_cast<int>(i));
    if (first)
        m_status->setCurrentIndex(1); // open ones, until the user asks for more
    fillMemberPicker(m_owner, session(), false, tr("Any owner"));
    m_due->clear();
    m_due->addItem(tr("Any due date"), 0);
    m_due->addItem(tr("Overdue"), 1);
}

std::unique_ptr<PagedSource> CommitmentsPage::makeSource(const QString& searchText)
{
    CommitmentFilter f;
    f.text = toStd(searchText);
    if (m_status->currentData().toInt() >= 0)
        f.status = static_cast<CommitmentStatus>(m_status->currentData().toInt());
    f.owner = pickedMember(m_owner);
    if (m_due->currentData().toInt() == 1)
        f.overdueOn = session().today();
    return std::make_unique<CommitmentSource>(session().db(), std::move(f), session().today());
}

QString CommitmentsPage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick a commitment to see who owns it, who supports it and where it came from."));
    const auto c = session().commitment(CommitmentId(toStd(id)));
    if (!c)
        return html::hint(tr("This commitment no longer exists."));
    QString out = html::heading(toQ(c->description));
    out += html::field(tr("Owner (accountable)"),
                       html::link(PageId::People, toQ(c->owner.str()), session().memberName(c->owner)));
    QStringList supporters;
    for (const auto& s : c->supporters)
        supporters << html::link(PageId::People, toQ(s.str()), session().memberName(s));
    out += html::field(tr("Supporters"), supporters.join(QStringLiteral(", ")));
    QString status = html::escape(displayName(c->status));
    if (c->isOverdueOn(session().today()))
        status += QStringLiteral(" <span style=\"color:#c0392b\"><b>") + html::escape(tr("overdue")) +
                  QStringLiteral("</b></span>");
    out += html::field(tr("Status"), status);
    out += html::field(tr("Due"), displayDate(c->dueOn)) + html::field(tr("Closed"), displayDate(c->closedOn));
    if (c->decision) {
        const auto d = session().decision(*c->decision);
        out += html::field(tr("From decision"),
                           html::link(PageId::Decisions, toQ(c->decision->str()), d ? toQ(d->title) : tr("(missing)")));
    }
    if (c->initiative) {
        const auto i = session().initiative(*c->initiative);
        out += html::field(tr("Initiative"), html::link(PageId::Initiatives, toQ(c->initiative->str()),
                                                        i ? toQ(i->title) : tr("(missing)")));
    }
    out += html::paragraph(tr("Outcome"), toQ(c->outcome));
    out += reviewsHtml(session(), ReviewSubjectKind::Commitment, c->id.str(), c->status == CommitmentStatus::Missed);
    const auto [created, changed] = session().authors(RecordKind::Commitment, c->id.str());
    out += html::authorsLine(created, changed);
    out += html::historySection(session(), toStd(id));
    return out;
}

void CommitmentsPage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    std::optional<Commitment> c;
    if (!id.isEmpty())
        c = session().commitment(CommitmentId(toStd(id)));
    const bool open = c && c->status == CommitmentStatus::Open;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && c);
    m_done->setEnabled(writable && open);
    m_missed->setEnabled(writable && open);
    m_dropped->setEnabled(writable && open);
    m_retract->setEnabled(writable && c);
    m_review->setEnabled(writable && c && c->status == CommitmentStatus::Missed);
}

void CommitmentsPage::reviewCurrent()
{
    const auto c = session().commitment(CommitmentId(toStd(currentId())));
    if (!c)
        return;
    if (holdReview(session(), ReviewSubjectKind::Commitment, c->id.str(),
                   tr("the commitment “%1”").arg(toQ(c->description)), this))
        reload();
}

void CommitmentsPage::createNew()
{
    Commitment draft;
    draft.id = CommitmentId(session().newId());
    draft.owner = session().me().value_or(MemberId());
    draft.dueOn = session().today().addDays(14);
    CommitmentEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Commitment c = editor.result();
    if (auto ok = session().apply(tr("Add commitment “%1”").arg(toQ(c.description)),
                                  [&](edit::EditService& e) { return e.commitments.addCommitment(c); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
    else
        emit navigate(Location{PageId::Commitments, toQ(c.id.str())});
}

void CommitmentsPage::editCurrent()
{
    const auto before = session().commitment(CommitmentId(toStd(currentId())));
    if (!before)
        return;
    CommitmentEditor editor(session(), *before, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto ok = session().apply(tr("Edit commitment “%1”").arg(toQ(before->description)),
                                  [&](edit::EditService& e) { return e.commitments.editCommitment(editor.result()); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void CommitmentsPage::closeCurrent(CommitmentStatus status)
{
    const auto before = session().commitment(CommitmentId(toStd(currentId())));
    if (!before)
        return;
    CloseCommitmentDialog dialog(session(), *before, status, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Commitment after = dialog.result();
    if (auto ok = session().apply(tr("Mark “%1” %2").arg(toQ(before->description), displayName(after.status).toLower()),
                                  [&](edit::EditService& e) {
                                      return e.commitments.close(before->id, after.status,
                                                                 after.closedOn.value_or(session().today()),
                                                                 after.outcome);
                                  });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

} // namespace baton::ui
