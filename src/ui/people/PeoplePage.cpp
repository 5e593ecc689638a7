#include "people/PeoplePage.h"

#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "people/GoalDialogs.h"

#include "baton/report/ExpertiseQueries.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "people/MemberSource.h"
#include "people/PeopleDialogs.h"

#include "baton/storage/SqliteCommitmentCatalog.h"
#include "baton/storage/SqliteInitiativeCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QToolBar>

namespace baton::ui {
using namespace baton::domain;

PeoplePage::PeoplePage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search people by name or title…"), parent)
    , m_show(addFilter(tr("Show filter"), tr("Which members to list")))
{
    m_show->blockSignals(true); // nothing is read until the page is first shown
    m_show->addItem(tr("Current members"), static_cast<int>(MemberSource::Show::Active));
    m_show->addItem(tr("Everyone"), static_cast<int>(MemberSource::Show::Everyone));
    m_show->addItem(tr("Members who left"), static_cast<int>(MemberSource::Show::Left));
    m_show->addItem(tr("Facilitators"), static_cast<int>(MemberSource::Show::Facilitators));
    m_show->blockSignals(false);
    m_new = actions()->addAction(tr("New…"), this, &PeoplePage::createNew);
    m_edit = actions()->addAction(tr("Edit…"), this, &PeoplePage::editCurrent);
    m_endorse = actions()->addAction(tr("Endorse…"), this, &PeoplePage::endorse);
    m_me = actions()->addAction(tr("This Is Me"), this, &PeoplePage::thisIsMe);
    m_setGoal = actions()->addAction(tr("Set a Goal…"), this,
                                     [this] { setGoal(this->session(), MemberId(toStd(currentId())), this); });
    m_reviewGoal = actions()->addAction(tr("Review Goal…"), this,
                                        [this] { reviewGoal(this->session(), MemberId(toStd(currentId())), this); });
    m_setGoal->setObjectName(QStringLiteral("setGoal"));
    m_reviewGoal->setObjectName(QStringLiteral("reviewGoal"));
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Member || kind == RecordKind::Team || kind == RecordKind::Expertise ||
            kind == RecordKind::Endorsement || kind == RecordKind::Goal)
            reload();
    });
    currentChanged({});
}

std::unique_ptr<PagedSource> PeoplePage::makeSource(const QString& searchText)
{
    return std::make_unique<MemberSource>(session(), searchText,
                                          static_cast<MemberSource::Show>(m_show->currentData().toInt()));
}

QString PeoplePage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick a person to see their expertise, who endorsed it, what they led and what they "
                             "have committed to."));
    const Member* m = session().member(MemberId(toStd(id)));
    if (!m)
        return html::hint(tr("This member no longer exists."));
    const Date today = session().today();
    QString out = html::heading(toQ(m->name));
    out += html::field(tr("Formal title"), html::escape(toQ(m->title.value_or(""))));
    out += html::field(tr("Email"), html::escape(toQ(m->email.value_or(""))));
    if (m->facilitator)
        out += html::field(tr("Role"), html::escape(tr("Facilitator")));
    out += html::field(tr("Joined"), displayDate(m->joinedOn)) + html::field(tr("Left"), displayDate(m->leftOn));
    if (session().me() == m->id)
        out += html::hint(tr("This is you on this workstation."));

    out += html::subheading(tr("Expertise"));
    const auto endorsements = session().endorsements();
    bool any = false;
    for (const auto& e : session().expertise()) {
        if (e.member != m->id)
            continue;
        any = true;
        const ExpertiseArea* area = session().area(e.area);
        int count = 0;
        for (const auto& en : endorsements)
            count += (en.member == m->id && en.area == e.area) ? 1 : 0;
        out += html::link(PageId::Expertise, toQ(e.area.str()), area ? toQ(area->name) : toQ(e.area.str())) +
               QStringLiteral(": ") + html::escape(levelName(e.level)) +
               (count ? html::escape(tr(" · endorsed by %n", nullptr, count)) : QString()) +
               (e.wantsToLearn ? html::escape(tr(" · wants to learn")) : QString()) + QStringLiteral("<br/>");
    }
    if (!any)
        out += html::hint(tr("No expertise recorded."));

    out += html::subheading(tr("Endorsements received"));
    any = false;
    for (const auto& en : endorsements) {
        if (en.member != m->id)
            continue;
        any = true;
        const ExpertiseArea* area = session().area(en.area);
        out +=
            html::link(PageId::People, toQ(en.endorser.str()), session().memberName(en.endorser)) +
            QStringLiteral(" → ") + html::escape(area ? toQ(area->name) : QString()) +
            (en.note.empty() ? QString() : QStringLiteral(": “") + html::escape(toQ(en.note)) + QStringLiteral("”")) +
            QStringLiteral("<br/>");
    }
    if (!any)
        out += html::hint(tr("None yet."));

    out += html::subheading(tr("Development goals"));
    const auto goals = report::readMemberGoals(session().db(), m->id);
    if (goals.empty())
        out += html::hint(tr("No goals set. Set one with Set a Goal."));
    for (const auto& g : goals) {
        QString line = html::escape(
            tr("%1: from %2 to %3")
                .arg(toQ(g.area), g.levelNow > 0 ? levelName(g.levelNow) : tr("none"), levelName(g.goal.targetLevel)));
        if (!g.mentor.empty())
            line += html::escape(tr(" · mentor %1").arg(toQ(g.mentor)));
        if (g.goal.reviewOn)
            line += html::escape(tr(" · review %1").arg(displayDate(g.goal.reviewOn)));
        line += html::escape(QStringLiteral(" · ") + displayName(g.goal.status));
        if (g.goal.dueForReview(today))
            line += QStringLiteral(" <span style=\"color:#c0392b\">") + html::escape(tr("due for review")) +
                    QStringLiteral("</span>");
        if (!g.goal.note.empty())
            line += QStringLiteral("<br/>&nbsp;&nbsp;") + html::escape(toQ(g.goal.note));
        out += line + QStringLiteral("<br/>");
    }

    out += html::subheading(tr("Initiatives led"));
    InitiativeFilter led;
    led.ledBy = m->id;
    const auto initiatives = storage::SqliteInitiativeCatalog(session().db()).page(led, today, std::nullopt, 100);
    if (initiatives.rows.empty())
        out += html::hint(tr("Has not led an initiative yet."));
    for (const auto& i : initiatives.rows)
        out += html::link(PageId::Initiatives, toQ(i.id.str()), toQ(i.title)) + QStringLiteral(" (") +
               html::escape(displayName(i.status)) + QStringLiteral(")<br/>");

    out += html::subheading(tr("Commitments owned"));
    CommitmentFilter owned;
    owned.owner = m->id;
    owned.status = CommitmentStatus::Open;
    const auto open = storage::SqliteCommitmentCatalog(session().db()).page(owned, std::nullopt, 100);
    if (open.rows.empty())
        out += html::hint(tr("No open commitments."));
    for (const auto& c : open.rows) {
        const bool overdue = c.dueOn && *c.dueOn < today;
        out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ") +
               (overdue ? QStringLiteral("<span style=\"color:#c0392b\">") +
                              html::escape(tr("overdue since %1").arg(displayDate(c.dueOn))) + QStringLiteral("</span>")
                        : html::escape(tr("due %1").arg(displayDate(c.dueOn)))) +
               QStringLiteral("<br/>");
    }
    out += html::historySection(session(), toStd(id));
    return out;
}

void PeoplePage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_endorse->setEnabled(writable && session().me().has_value());
    m_endorse->setToolTip(session().me() ? tr("Vouch for a peer's expertise")
                                         : tr("Choose who you are first (Edit > Who Am I)"));
    m_me->setEnabled(writable && !id.isEmpty());
    m_setGoal->setEnabled(writable && !id.isEmpty());
    m_reviewGoal->setEnabled(writable && !id.isEmpty());
}

void PeoplePage::createNew()
{
    Member draft;
    draft.id = MemberId(session().newId());
    draft.joinedOn = session().today();
    MemberEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Member m = editor.result();
    if (auto ok = session().apply(tr("Add member %1").arg(toQ(m.name)),
                                  [&](edit::EditService& e) { return e.people.addMember(m); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
    else
        emit navigate(Location{PageId::People, toQ(m.id.str())});
}

void PeoplePage::editCurrent()
{
    const Member* current = session().member(MemberId(toStd(currentId())));
    if (!current)
        return;
    const Member before = *current;
    MemberEditor editor(session(), before, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto ok = session().apply(tr("Edit member %1").arg(toQ(before.name)),
                                  [&](edit::EditService& e) { return e.people.editMember(editor.result()); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void PeoplePage::endorse()
{
    const auto me = session().me();
    if (!me)
        return;
    std::optional<MemberId> target;
    if (!currentId().isEmpty() && MemberId(toStd(currentId())) != *me)
        target = MemberId(toStd(currentId()));
    EndorsementDialog dialog(session(), *me, target, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Endorsement e = dialog.result();
    if (auto ok = session().apply(tr("Endorse %1").arg(session().memberName(e.member)),
                                  [&](edit::EditService& edits) { return edits.people.endorse(e); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void PeoplePage::thisIsMe()
{
    if (auto ok = session().setMe(MemberId(toStd(currentId()))); !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
    else
        reload();
}

} // namespace baton::ui
