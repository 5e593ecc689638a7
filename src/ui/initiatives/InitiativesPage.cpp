#include "initiatives/InitiativesPage.h"

#include "common/FormSupport.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "initiatives/ChainText.h"
#include "initiatives/ContributionChainDialog.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativeSource.h"
#include "reviews/ReviewDialog.h"
#include "reviews/ReviewHtml.h"

#include "baton/domain/ContributionChain.h"
#include "baton/storage/SqliteDecisionCatalog.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>

#include <map>

namespace baton::ui {
using namespace baton::domain;

InitiativesPage::InitiativesPage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search initiatives by title…"), parent)
    , m_status(addFilter(tr("Status filter"), tr("Show initiatives with this status")))
    , m_lead(addFilter(tr("Led by filter"), tr("Show initiatives this member led or co-led")))
    , m_area(addFilter(tr("Area filter"), tr("Show initiatives needing this expertise")))
{
    m_new = actions()->addAction(tr("New…"), this, &InitiativesPage::createNew);
    m_edit = actions()->addAction(tr("Edit…"), this, &InitiativesPage::editCurrent);
    m_pass = actions()->addAction(tr("Pass the Lead…"), this, &InitiativesPage::passLead);
    m_coLead = actions()->addAction(tr("Add Co-lead…"), this, &InitiativesPage::addCoLead);
    m_endCoLead = actions()->addAction(tr("End Co-lead…"), this, &InitiativesPage::endCoLead);
    m_contribute = actions()->addAction(tr("Add Contribution…"), this, &InitiativesPage::addContribution);
    m_editContribution = actions()->addAction(tr("Edit Contribution…"), this, &InitiativesPage::editContribution);
    m_chain = actions()->addAction(tr("Chain of Work…"), this, &InitiativesPage::showChain);
    m_chain->setObjectName(QStringLiteral("chainOfWork"));
    m_chain->setToolTip(tr("See how the initiative's contributions wait on one another, and its critical path"));
    m_review = actions()->addAction(tr("Hold a Review…"), this, &InitiativesPage::reviewCurrent);
    m_review->setObjectName(QStringLiteral("reviewInitiative"));
    m_review->setToolTip(tr("A shared-responsibility review of a missed initiative: what happened, what contributed, "
                            "what we change"));
    m_retract = actions()->addAction(tr("Retract…"), this, [this] {
        if (const auto i = this->session().initiative(InitiativeId(toStd(currentId()))))
            retractCurrent(RecordKind::Initiative, toQ(i->title));
    });
    m_retract->setToolTip(tr("Hide an initiative entered by mistake; it stays in the history"));
    m_pass->setObjectName(QStringLiteral("passLead"));
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Member || kind == RecordKind::Area || kind == RecordKind::Team)
            if (model())
                fillFilters();
        if (kind == RecordKind::Initiative || kind == RecordKind::Contribution || kind == RecordKind::Decision ||
            kind == RecordKind::Team)
            reload();
    });
    currentChanged({});
}

void InitiativesPage::fillFilters()
{
    const FilterRefill keep{m_status, m_lead, m_area};
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (std::size_t i = 0; i < EnumNames<InitiativeStatus>::kNames.size(); ++i)
        m_status->addItem(displayName(static_cast<InitiativeStatus>(i)), static_cast<int>(i));
    m_status->addItem(tr("Active, nobody leading"), 100);
    fillMemberPicker(m_lead, session(), false, tr("Led by anyone"));
    fillAreaPicker(m_area, session(), tr("Any area"));
}

std::unique_ptr<PagedSource> InitiativesPage::makeSource(const QString& searchText)
{
    InitiativeFilter f;
    f.text = toStd(searchText);
    const int status = m_status->currentData().toInt();
    if (status == 100) {
        f.status = InitiativeStatus::Active;
        f.withoutCurrentLead = true;
    } else if (status >= 0) {
        f.status = static_cast<InitiativeStatus>(status);
    }
    f.ledBy = pickedMember(m_lead);
    f.area = pickedArea(m_area);
    return std::make_unique<InitiativeSource>(session().db(), std::move(f), session().today());
}

QString InitiativesPage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick an initiative to see who led it and when the lead passed on, its decisions and "
                             "how its contributions depend on one another."));
    const auto i = session().initiative(InitiativeId(toStd(id)));
    if (!i)
        return html::hint(tr("This initiative no longer exists."));
    const Date today = session().today();
    QString out = html::heading(toQ(i->title));
    out += html::field(tr("Status"), displayName(i->status));
    const LeadStint* lead = i->leadOn(today);
    const bool open = i->status == InitiativeStatus::Active || i->status == InitiativeStatus::Proposed;
    if (lead)
        out += html::field(tr("Current lead"),
                           html::link(PageId::People, toQ(lead->member.str()), session().memberName(lead->member)));
    else if (open)
        out += html::field(tr("Current lead"), QStringLiteral("<span style=\"color:#c0392b\">") +
                                                   html::escape(tr("nobody")) + QStringLiteral("</span>"));
    out += html::field(tr("Started"), displayDate(i->startedOn)) + html::field(tr("Due"), displayDate(i->dueOn)) +
           html::field(tr("Closed"), displayDate(i->closedOn));
    QStringList areas;
    for (const auto& a : i->areas) {
        const ExpertiseArea* area = session().area(a);
        areas << html::link(PageId::Expertise, toQ(a.str()), area ? toQ(area->name) : toQ(a.str()));
    }
    out += html::field(tr("Expertise needed"), areas.join(QStringLiteral(", ")));
    out += html::paragraph(tr("Description"), toQ(i->description));

    out += html::subheading(tr("Leadership timeline"));
    if (i->leadership.empty())
        out += html::hint(tr("Nobody has led it yet. Use Pass the Lead to name the first lead."));
    else {
        std::vector<LeadStint> stints = i->leadership;
        std::sort(stints.begin(), stints.end(), [](const LeadStint& a, const LeadStint& b) { return a.from < b.from; });
        // One entry per stint, period first: reads well in a narrow pane.
        for (const auto& st : stints) {
            const QString period =
                displayDate(st.from) + QStringLiteral(" – ") + (st.to ? displayDate(st.to) : tr("now"));
            out += QStringLiteral("<p><b>") + html::escape(period) + QStringLiteral("</b> · ") +
                   html::link(PageId::People, toQ(st.member.str()), session().memberName(st.member)) +
                   html::escape(tr(" (%1, %n days)", nullptr, st.daysUntil(today)).arg(displayName(st.role)));
            if (!st.reason.empty())
                out += QStringLiteral("<br/>") + html::escape(toQ(st.reason));
            out += QStringLiteral("</p>");
        }
    }

    out += html::subheading(tr("Contributions"));
    const auto contributions = session().contributionsOf(i->id);
    if (contributions.empty())
        out += html::hint(tr("No contributions recorded."));
    std::map<std::string, std::string> names;
    for (const auto& c : contributions)
        names[c.id.str()] = c.description;
    for (const auto& c : contributions) {
        out += html::escape(toQ(c.description)) + QStringLiteral(" — ") +
               html::link(PageId::People, toQ(c.member.str()), session().memberName(c.member)) + QStringLiteral(" (") +
               html::escape(displayName(c.status)) + QStringLiteral(")");
        if (!c.dependsOn.empty()) {
            QStringList deps;
            for (const auto& d : c.dependsOn)
                deps << html::escape(names.count(d.str()) ? toQ(names[d.str()]) : toQ(d.str()));
            out += QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;← ") + html::escape(tr("needs")) + QLatin1Char(' ') +
                   deps.join(QStringLiteral(", "));
        }
        out += QStringLiteral("<br/>");
    }
    if (const QString path = criticalPathText(buildContributionChain(contributions, today), contributions);
        !path.isEmpty())
        out += html::field(tr("Critical path"), html::escape(path));

    out += html::subheading(tr("Decisions"));
    DecisionFilter df;
    df.initiative = i->id;
    const auto decisions = storage::SqliteDecisionCatalog(session().db()).page(df, std::nullopt, 50);
    if (decisions.rows.empty())
        out += html::hint(tr("No decisions recorded."));
    for (const auto& d : decisions.rows)
        out += displayDate(d.listedOn) + QStringLiteral(" ") +
               html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title)) + QStringLiteral(" (") +
               html::escape(displayName(d.status)) + QStringLiteral(")<br/>");
    out += reviewsHtml(session(), ReviewSubjectKind::Initiative, i->id.str(), i->status == InitiativeStatus::Missed);
    const auto [created, changed] = session().authors(RecordKind::Initiative, i->id.str());
    out += html::authorsLine(created, changed);
    out += html::historySection(session(), toStd(id));
    return out;
}

void InitiativesPage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_pass->setEnabled(writable && !id.isEmpty());
    m_contribute->setEnabled(writable && !id.isEmpty());
    m_coLead->setEnabled(writable && !id.isEmpty());
    m_endCoLead->setEnabled(writable && !id.isEmpty());
    m_editContribution->setEnabled(writable && !id.isEmpty());
    m_chain->setEnabled(!id.isEmpty()); // looking needs no write access
    m_retract->setEnabled(writable && !id.isEmpty());
    const auto i = id.isEmpty() ? std::nullopt : session().initiative(InitiativeId(toStd(id)));
    m_review->setEnabled(writable && i && i->status == InitiativeStatus::Missed);
}

void InitiativesPage::reviewCurrent()
{
    const auto i = session().initiative(InitiativeId(toStd(currentId())));
    if (!i)
        return;
    if (holdReview(session(), ReviewSubjectKind::Initiative, i->id.str(), tr("the initiative “%1”").arg(toQ(i->title)),
                   this))
        reload();
}

void InitiativesPage::createNew()
{
    Initiative draft;
    draft.id = InitiativeId(session().newId());
    draft.status = InitiativeStatus::Proposed;
    InitiativeEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Initiative i = editor.result();
    if (auto ok = session().apply(tr("New initiative “%1”").arg(toQ(i.title)),
                                  [&](edit::EditService& e) { return e.initiatives.addInitiative(i); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
    else
        emit navigate(Location{PageId::Initiatives, toQ(i.id.str())});
}

void InitiativesPage::editCurrent()
{
    const auto before = session().initiative(InitiativeId(toStd(currentId())));
    if (!before)
        return;
    InitiativeEditor editor(session(), *before, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto ok = session().apply(tr("Edit “%1”").arg(toQ(before->title)),
                                  [&](edit::EditService& e) { return e.initiatives.editInitiative(editor.result()); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void InitiativesPage::passLead()
{
    changeLead(PassLeadDialog::Mode::PassLead);
}

void InitiativesPage::addCoLead()
{
    changeLead(PassLeadDialog::Mode::AddCoLead);
}

void InitiativesPage::changeLead(PassLeadDialog::Mode mode)
{
    const auto before = session().initiative(InitiativeId(toStd(currentId())));
    if (!before)
        return;
    PassLeadDialog dialog(session(), *before, this, mode);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Initiative after = dialog.result();
    if (after.leadership.size() <= before->leadership.size())
        return;
    const LeadStint stint = after.leadership.back();
    const QString who = session().memberName(stint.member);
    const bool pass = mode == PassLeadDialog::Mode::PassLead;
    const QString label = pass ? tr("Pass the lead of “%1” to %2").arg(toQ(before->title), who)
                               : tr("Add %1 as co-lead of “%2”").arg(who, toQ(before->title));
    if (auto ok = session().apply(label,
                                  [&](edit::EditService& e) {
                                      return pass ? e.initiatives.passLead(before->id, stint.member, stint.from,
                                                                           stint.reason, stint.suggestedRank)
                                                  : e.initiatives.addCoLead(before->id, stint.member, stint.from,
                                                                            stint.reason, stint.suggestedRank);
                                  });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void InitiativesPage::addContribution()
{
    const auto i = session().initiative(InitiativeId(toStd(currentId())));
    if (!i)
        return;
    Contribution draft;
    draft.id = ContributionId(session().newId());
    draft.initiative = i->id;
    ContributionEditor editor(session(), draft, session().contributionsOf(i->id), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Contribution c = editor.result();
    if (auto ok = session().apply(tr("Add contribution “%1”").arg(toQ(c.description)),
                                  [&](edit::EditService& e) { return e.initiatives.addContribution(c); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void InitiativesPage::endCoLead()
{
    const auto i = session().initiative(InitiativeId(toStd(currentId())));
    if (!i)
        return;
    std::vector<MemberId> current;
    QStringList names;
    for (const auto& s : i->leadership) {
        if (s.role == StintRole::CoLead && !s.to) {
            current.push_back(s.member);
            names << session().memberName(s.member);
        }
    }
    if (current.empty()) {
        QMessageBox::information(this, tr("No co-lead"), tr("Nobody co-leads “%1” now.").arg(toQ(i->title)));
        return;
    }
    bool chosen = true;
    const QString name = names.size() == 1 ? names.front()
                                           : QInputDialog::getItem(this, tr("End Co-lead"),
                                                                   tr("Whose co-lead stint ends "
                                                                      "today?"),
                                                                   names, 0, false, &chosen);
    if (!chosen)
        return;
    const MemberId who = current[static_cast<std::size_t>(names.indexOf(name))];
    const Date today = session().today();
    if (auto ok = session().apply(tr("End %1's co-lead of “%2”").arg(name, toQ(i->title)),
                                  [&](edit::EditService& e) { return e.initiatives.endCoLead(i->id, who, today); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void InitiativesPage::editContribution()
{
    const auto i = session().initiative(InitiativeId(toStd(currentId())));
    if (!i)
        return;
    const auto contributions = session().contributionsOf(i->id);
    if (contributions.empty()) {
        QMessageBox::information(this, tr("No contributions"),
                                 tr("“%1” has no contributions yet: add one first.").arg(toQ(i->title)));
        return;
    }
    QStringList labels;
    for (const auto& c : contributions)
        labels << tr("%1 (%2, %3)").arg(toQ(c.description), session().memberName(c.member), displayName(c.status));
    bool chosen = true;
    const QString label = labels.size() == 1
                              ? labels.front()
                              : QInputDialog::getItem(this, tr("Edit Contribution"), tr("Which contribution?"), labels,
                                                      0, false, &chosen);
    if (!chosen)
        return;
    const Contribution& before = contributions[static_cast<std::size_t>(labels.indexOf(label))];
    ContributionEditor editor(session(), before, contributions, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Contribution after = editor.result();
    if (auto ok = session().apply(tr("Edit contribution “%1”").arg(toQ(before.description)),
                                  [&](edit::EditService& e) { return e.initiatives.editContribution(after); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void InitiativesPage::showChain()
{
    const auto i = session().initiative(InitiativeId(toStd(currentId())));
    if (!i)
        return;
    ContributionChainDialog dialog(session(), *i, this);
    dialog.exec();
}

} // namespace baton::ui
