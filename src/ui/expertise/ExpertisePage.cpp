#include "expertise/ExpertisePage.h"

#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "expertise/AreaSource.h"
#include "expertise/ExpertiseDialogs.h"

#include <QAction>
#include <QMessageBox>
#include <QToolBar>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

ExpertisePage::ExpertisePage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search expertise areas…"), parent)
{
    m_new = actions()->addAction(tr("New Area…"), this, &ExpertisePage::createNew);
    m_edit = actions()->addAction(tr("Edit Area…"), this, &ExpertisePage::editCurrent);
    m_level = actions()->addAction(tr("Set Level…"), this, &ExpertisePage::setLevel);
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Area || kind == RecordKind::Expertise || kind == RecordKind::Endorsement ||
            kind == RecordKind::Member || kind == RecordKind::Team)
            reload();
    });
    currentChanged({});
}

std::unique_ptr<PagedSource> ExpertisePage::makeSource(const QString& searchText)
{
    return std::make_unique<AreaSource>(session(), searchText);
}

QString ExpertisePage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick an area to see who holds it at which level. Leadership in Baton follows "
                             "expertise: look here for who is closest to a problem."));
    const ExpertiseArea* area = session().area(AreaId(toStd(id)));
    if (!area)
        return html::hint(tr("This area no longer exists."));
    QString out = html::heading(toQ(area->name));
    if (area->parent)
        if (const ExpertiseArea* parent = session().area(*area->parent))
            out += html::field(tr("Part of"), html::link(PageId::Expertise, toQ(parent->id.str()), toQ(parent->name)));
    QStringList children;
    for (const auto& a : session().areas()) {
        if (a.parent == area->id)
            children << html::link(PageId::Expertise, toQ(a.id.str()), toQ(a.name));
    }
    out += html::field(tr("Includes"), children.join(QStringLiteral(", ")));
    out += html::paragraph(tr("Description"), toQ(area->description));

    out += html::subheading(tr("Who holds it"));
    auto rows = session().expertise();
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Expertise& e) { return e.area != area->id; }),
               rows.end());
    std::sort(rows.begin(), rows.end(), [](const Expertise& a, const Expertise& b) { return a.level > b.level; });
    const auto endorsements = session().endorsements();
    if (rows.empty())
        out += html::hint(tr("Nobody yet. Use Set Level to record who knows this area."));
    for (const auto& e : rows) {
        int count = 0;
        for (const auto& en : endorsements)
            count += (en.member == e.member && en.area == e.area) ? 1 : 0;
        out += html::link(PageId::People, toQ(e.member.str()), session().memberName(e.member)) + QStringLiteral(" — ") +
               html::escape(levelName(e.level)) +
               (count ? html::escape(tr(" · endorsed by %n", nullptr, count)) : QString()) +
               (e.wantsToLearn ? html::escape(tr(" · wants to learn")) : QString()) + QStringLiteral("<br/>");
    }
    out += html::historySection(session(), toStd(id));
    return out;
}

void ExpertisePage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_level->setEnabled(writable);
}

void ExpertisePage::createNew()
{
    ExpertiseArea draft;
    draft.id = AreaId(session().newId());
    if (!currentId().isEmpty())
        draft.parent = AreaId(toStd(currentId()));
    AreaEditor editor(session(), draft, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const ExpertiseArea a = editor.result();
    if (auto ok = session().apply(tr("Add area %1").arg(toQ(a.name)),
                                  [&](edit::EditService& e) { return e.people.addArea(a); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
    else
        emit navigate(Location{PageId::Expertise, toQ(a.id.str())});
}

void ExpertisePage::editCurrent()
{
    const ExpertiseArea* current = session().area(AreaId(toStd(currentId())));
    if (!current)
        return;
    const ExpertiseArea before = *current;
    AreaEditor editor(session(), before, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto ok = session().apply(tr("Edit area %1").arg(toQ(before.name)),
                                  [&](edit::EditService& e) { return e.people.editArea(editor.result()); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

void ExpertisePage::setLevel()
{
    std::optional<AreaId> area;
    if (!currentId().isEmpty())
        area = AreaId(toStd(currentId()));
    LevelDialog dialog(session(), session().me(), area, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Expertise e = dialog.result();
    if (auto ok = session().apply(tr("Set %1's level").arg(session().memberName(e.member)),
                                  [&](edit::EditService& edits) { return edits.people.setLevel(e); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

} // namespace baton::ui
