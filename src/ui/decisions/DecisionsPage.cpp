#include "decisions/DecisionsPage.h"

#include "commitments/CommitmentDialogs.h"
#include "common/FormSupport.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "decisions/AdviceDialog.h"
#include "decisions/DecisionDialogs.h"
#include "decisions/DecisionHtml.h"
#include "decisions/DecisionSource.h"
#include "decisions/FallbackDialog.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/DecisionRules.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/SqliteCommitmentCatalog.h"

#include <QAction>
#include <QMessageBox>
#include <QToolBar>

namespace baton::ui {
using namespace baton::domain;

DecisionsPage::DecisionsPage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search decisions (title, context, outcome, rationale)…"), parent)
    , m_status(addFilter(tr("Status filter"), tr("Show decisions with this status")))
    , m_method(addFilter(tr("Method filter"), tr("Show decisions taken this way")))
    , m_owner(addFilter(tr("Accountable filter"), tr("Show decisions this member is accountable for")))
    , m_period(addFilter(tr("Period filter"), tr("Show decisions from this period")))
    , m_area(addFilter(tr("Area filter"), tr("Show decisions in this expertise area")))
{
    m_new = actions()->addAction(tr("Propose…"), this, &DecisionsPage::createNew);
    m_edit = actions()->addAction(tr("Edit…"), this, &DecisionsPage::editCurrent);
    m_stance = actions()->addAction(tr("Record Stance…"), this, &DecisionsPage::recordStance);
    m_advice = actions()->addAction(tr("Record Advice…"), this,
                                    [this] { recordAdvice(this->session(), DecisionId(toStd(currentId())), this); });
    m_decide = actions()->addAction(tr("Decide…"), this, &DecisionsPage::decideCurrent);
    m_fallback = actions()->addAction(tr("Apply Fallback…"), this,
                                      [this] { applyFallback(this->session(), DecisionId(toStd(currentId())), this); });
    m_fallback->setToolTip(tr("The deadline has passed: do what the charter says happens then"));
    m_supersede = actions()->addAction(tr("Supersede…"), this, &DecisionsPage::supersedeCurrent);
    m_reverse = actions()->addAction(tr("Reverse…"), this, &DecisionsPage::reverseCurrent);
    m_withdraw = actions()->addAction(tr("Withdraw…"), this, &DecisionsPage::withdrawCurrent);
    m_commit = actions()->addAction(tr("Add Commitment…"), this, &DecisionsPage::addCommitment);
    m_retract = actions()->addAction(tr("Retract…"), this, [this] {
        if (const auto d = this->session().decision(DecisionId(toStd(currentId()))))
            retractCurrent(RecordKind::Decision, toQ(d->title));
    });
    m_retract->setToolTip(tr("Hide a decision entered by mistake; it stays in the history"));
    m_new->setObjectName(QStringLiteral("proposeDecision"));
    m_decide->setObjectName(QStringLiteral("decideDecision"));
    m_advice->setObjectName(QStringLiteral("recordAdvice"));
    m_fallback->setObjectName(QStringLiteral("applyFallback"));
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Member || kind == RecordKind::Area || kind == RecordKind::Team)
            if (model())
                fillFilters();
        if (kind == RecordKind::Decision || kind == RecordKind::Commitment || kind == RecordKind::Team)
            reload();
    });
    currentChanged({});
}

void DecisionsPage::fillFilters()
{
    const FilterRefill keep{m_status, m_method, m_owner, m_period, m_area};
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (std::size_t i = 0; i < EnumNames<DecisionStatus>::kNames.size(); ++i)
        m_status->addItem(displayName(static_cast<DecisionStatus>(i)), static_cast<int>(i));
    m_method->clear();
    m_method->addItem(tr("Any method"), -1);
    for (std::size_t i = 0; i < EnumNames<DecisionMethod>::kNames.size(); ++i)
        m_method->addItem(displayName(static_cast<DecisionMethod>(i)), static_cast<int>(i));
    fillMemberPicker(m_owner, session(), false, tr("Anyone accountable"));
    m_period->clear();
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    fillAreaPicker(m_area, session(), tr("Any area"));
}

std::unique_ptr<PagedSource> DecisionsPage::makeSource(const QString& searchText)
{
    DecisionFilter f;
    f.text = toStd(searchText);
    if (m_status->currentData().toInt() >= 0)
        f.status = static_cast<DecisionStatus>(m_status->currentData().toInt());
    if (m_method->currentData().toInt() >= 0)
        f.method = static_cast<DecisionMethod>(m_method->currentData().toInt());
    f.accountable = pickedMember(m_owner);
    if (const int days = m_period->currentData().toInt(); days > 0)
        f.from = session().today().addDays(-days);
    f.area = pickedArea(m_area);
    return std::make_unique<DecisionSource>(session().db(), std::move(f), session().today());
}

QString DecisionsPage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick a decision to see its context, who took part and where each stood, and the "
                             "commitments that follow from it."));
    const auto d = session().decision(DecisionId(toStd(id)));
    if (!d)
        return html::hint(tr("This decision no longer exists."));
    QString out = html::heading(toQ(d->title));
    out += html::field(tr("Status"), displayName(d->status)) + html::field(tr("Method"), displayName(d->method));
    if (d->accountable)
        out += html::field(tr("Accountable"), html::link(PageId::People, toQ(d->accountable->str()),
                                                         session().memberName(*d->accountable)));
    if (d->initiative) {
        const auto initiative = session().initiative(*d->initiative);
        out += html::field(tr("Initiative"), html::link(PageId::Initiatives, toQ(d->initiative->str()),
                                                        initiative ? toQ(initiative->title) : tr("(missing)")));
    }
    QStringList areas;
    for (const auto& a : d->areas) {
        const ExpertiseArea* area = session().area(a);
        areas << html::link(PageId::Expertise, toQ(a.str()), area ? toQ(area->name) : toQ(a.str()));
    }
    out += html::field(tr("Areas"), areas.join(QStringLiteral(", ")));
    out += html::field(tr("Proposed"), displayDate(d->proposedOn)) +
           html::field(tr("Decide by"), displayDate(d->decideBy)) +
           html::field(tr("Decided"), displayDate(d->decidedOn)) + html::field(tr("Review"), displayDate(d->reviewOn));
    out += charterHtml(session(), *d);
    out += html::paragraph(tr("Context"), toQ(d->context));
    if (!d->options.empty()) {
        out += QStringLiteral("<p><b>") + html::escape(tr("Options")) + QStringLiteral("</b></p><ul>");
        for (const auto& o : d->options)
            out += QStringLiteral("<li>") + html::escape(toQ(o)) + QStringLiteral("</li>");
        out += QStringLiteral("</ul>");
    }
    out += html::paragraph(tr("Outcome"), toQ(d->outcome)) + html::paragraph(tr("Rationale"), toQ(d->rationale));

    out += html::subheading(tr("Who took part"));
    out += participantsHtml(session(), *d);

    storage::DecisionRepository repo(session().db());
    if (d->supersedes) {
        const auto old = repo.find(*d->supersedes);
        out += html::field(tr("Supersedes"), html::link(PageId::Decisions, toQ(d->supersedes->str()),
                                                        old ? toQ(old->title) : tr("(missing)")));
    }
    for (const auto& [newer, title] : repo.supersededBy(d->id))
        out += html::field(tr("Superseded by"), html::link(PageId::Decisions, toQ(newer), toQ(title)));

    out += html::subheading(tr("Commitments"));
    CommitmentFilter cf;
    cf.decision = d->id;
    const auto commitments = storage::SqliteCommitmentCatalog(session().db()).page(cf, std::nullopt, 50);
    if (commitments.rows.empty())
        out += html::hint(tr("None yet. Use Add Commitment to make sure someone owns the follow-up."));
    for (const auto& c : commitments.rows)
        out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ") +
               html::escape(toQ(c.ownerName)) + QStringLiteral(" (") + html::escape(displayName(c.status)) +
               QStringLiteral(")<br/>");
    const auto [created, changed] = session().authors(RecordKind::Decision, d->id.str());
    out += html::authorsLine(created, changed);
    out += html::historySection(session(), toStd(id));
    return out;
}

void DecisionsPage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    std::optional<Decision> d;
    if (!id.isEmpty())
        d = session().decision(DecisionId(toStd(id)));
    const bool proposed = d && d->status == DecisionStatus::Proposed;
    const bool decided = d && d->status == DecisionStatus::Decided;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && d);
    m_stance->setEnabled(writable && proposed);
    m_decide->setEnabled(writable && proposed);
    m_advice->setEnabled(writable && d && (proposed || decided));
    m_fallback->setEnabled(writable && d && fallbackDue(*d, session().today()));
    m_supersede->setEnabled(writable && decided);
    m_reverse->setEnabled(writable && decided);
    m_withdraw->setEnabled(writable && proposed);
    m_commit->setEnabled(writable && d && (decided || proposed));
    m_retract->setEnabled(writable && d);
}

void DecisionsPage::saved(const Result<void>& result)
{
    if (!result)
        QMessageBox::warning(this, tr("Not saved"), toQ(result.error().message));
}

void DecisionsPage::createNew()
{
    Decision draft;
    draft.id = DecisionId(session().newId());
    draft.method = DecisionMethod::Consent;
    draft.proposedOn = session().today();
    if (const auto me = session().me())
        draft.participants.push_back({*me, ParticipantRole::Proposer, Stance::Support, {}, {}, std::nullopt});
    DecisionEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Decision d = editor.result();
    const auto ok = session().apply(tr("Propose “%1”").arg(toQ(d.title)),
                                    [&](edit::EditService& e) { return e.decisions.propose(d); });
    saved(ok);
    if (ok)
        emit navigate(Location{PageId::Decisions, toQ(d.id.str())});
}

void DecisionsPage::editCurrent()
{
    const auto before = session().decision(DecisionId(toStd(currentId())));
    if (!before)
        return;
    DecisionEditor editor(session(), *before, this);
    if (editor.exec() == QDialog::Accepted)
        saved(session().apply(tr("Edit “%1”").arg(toQ(before->title)),
                              [&](edit::EditService& e) { return e.decisions.editDecision(editor.result()); }));
}

void DecisionsPage::recordStance()
{
    const auto before = session().decision(DecisionId(toStd(currentId())));
    if (!before)
        return;
    StanceDialog dialog(session(), *before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto who = dialog.member();
    if (!who)
        return;
    for (const auto& p : dialog.result().participants) {
        if (p.member != *who)
            continue;
        saved(session().apply(tr("Record stance on “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
            return e.decisions.recordStance(before->id, p.member, p.role, p.stance, p.comment);
        }));
    }
}

void DecisionsPage::decideCurrent()
{
    const auto before = session().decision(DecisionId(toStd(currentId())));
    if (!before)
        return;
    DecideDialog dialog(session(), *before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Decision d = dialog.result();
    if (!d.accountable || !d.decidedOn)
        return;
    saved(session().apply(tr("Decide “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
        return e.decisions.decide(d.id, *d.accountable, *d.decidedOn, d.outcome, d.rationale);
    }));
}

void DecisionsPage::supersedeCurrent()
{
    const auto old = session().decision(DecisionId(toStd(currentId())));
    if (!old)
        return;
    Decision next;
    next.id = DecisionId(session().newId());
    next.title = old->title;
    next.context = old->context;
    next.method = old->method;
    next.initiative = old->initiative;
    next.areas = old->areas;
    next.proposedOn = session().today();
    DecisionEditor editor(session(), next, this);
    editor.setWindowTitle(tr("Supersede “%1”").arg(toQ(old->title)));
    if (editor.exec() != QDialog::Accepted)
        return;
    const Decision newAfter = editor.result();
    const auto ok = session().apply(tr("Supersede “%1”").arg(toQ(old->title)),
                                    [&](edit::EditService& e) { return e.decisions.supersede(old->id, newAfter); });
    saved(ok);
    if (ok)
        emit navigate(Location{PageId::Decisions, toQ(newAfter.id.str())});
}

void DecisionsPage::reverseCurrent()
{
    const auto before = session().decision(DecisionId(toStd(currentId())));
    if (!before)
        return;
    ReasonDialog dialog(tr("Reverse “%1”").arg(toQ(before->title)), tr("&Why is it reversed?"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saved(session().apply(tr("Reverse “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
        return e.decisions.reverse(before->id, toStd(dialog.reason()));
    }));
}

void DecisionsPage::withdrawCurrent()
{
    const auto before = session().decision(DecisionId(toStd(currentId())));
    if (!before || before->status != DecisionStatus::Proposed)
        return;
    ReasonDialog dialog(tr("Withdraw “%1”").arg(toQ(before->title)), tr("&Why is it withdrawn?"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saved(session().apply(tr("Withdraw “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
        return e.decisions.withdraw(before->id, toStd(dialog.reason()));
    }));
}

void DecisionsPage::addCommitment()
{
    const auto d = session().decision(DecisionId(toStd(currentId())));
    if (!d)
        return;
    Commitment draft;
    draft.id = CommitmentId(session().newId());
    draft.decision = d->id;
    draft.initiative = d->initiative;
    draft.owner = d->accountable.value_or(MemberId());
    draft.dueOn = session().today().addDays(14);
    CommitmentEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Commitment c = editor.result();
    saved(session().apply(tr("Add commitment “%1”").arg(toQ(c.description)),
                          [&](edit::EditService& e) { return e.commitments.addCommitment(c); }));
}

} // namespace baton::ui
