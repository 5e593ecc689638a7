#include "activity/ActivityPage.h"

#include "activity/ActivitySource.h"
#include "common/FormSupport.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include <QComboBox>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// Where a record of this kind is shown, when it has a page of its own.
std::optional<PageId> pageFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Member:
        return PageId::People;
    case RecordKind::Area:
        return PageId::Expertise;
    case RecordKind::Initiative:
        return PageId::Initiatives;
    case RecordKind::Decision:
        return PageId::Decisions;
    case RecordKind::Commitment:
        return PageId::Commitments;
    default:
        return std::nullopt;
    }
}

} // namespace

ActivityPage::ActivityPage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Paste a record id to see only its changes…"), parent)
    , m_member(addFilter(tr("Member filter"), tr("Show changes this member made")))
    , m_kind(addFilter(tr("Kind filter"), tr("Show changes to records of this kind")))
    , m_period(addFilter(tr("Period filter"), tr("Show changes made in this period")))
{
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Member && model())
            fillFilters();
        if (model())
            reload();
    });
}

void ActivityPage::fillFilters()
{
    const FilterRefill keep{m_member, m_kind, m_period};
    fillMemberPicker(m_member, session(), false, tr("Anyone"));
    m_kind->clear();
    m_kind->addItem(tr("Any kind"), -1);
    // In RecordKind order: the index is the kind.
    const QStringList kinds{tr("Members"),       tr("Areas"),       tr("Levels"),
                            tr("Endorsements"),  tr("Initiatives"), tr("Contributions"),
                            tr("Decisions"),     tr("Commitments"), tr("Development goals"),
                            tr("Charter rules"), tr("Conflicts"),   tr("Voice items"),
                            tr("Pulses"),        tr("Reviews")};
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->addItem(kinds[i], i);
    m_period->clear();
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);
}

std::unique_ptr<PagedSource> ActivityPage::makeSource(const QString& searchText)
{
    storage::ChangeFilter filter;
    if (const auto who = pickedMember(m_member))
        filter.author = who->str();
    if (m_kind->currentData().toInt() >= 0 && m_kind->count() > 0)
        filter.kind = static_cast<RecordKind>(m_kind->currentData().toInt());
    if (const int days = m_period->currentData().toInt(); days > 0) {
        // Periods are local days: from local midnight `days - 1` days ago, as an instant.
        const QDate first = toQDate(session().today()).addDays(1 - days);
        filter.since = Timestamp::fromMillis(first.startOfDay().toUTC().toMSecsSinceEpoch());
    }
    if (const QString record = searchText.trimmed(); !record.isEmpty())
        filter.record = toStd(record.toLower());
    return std::make_unique<ActivitySource>(session(), std::move(filter));
}

QString ActivityPage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Pick a change to see who made it, when, and what it changed from and to. Every change "
                             "is kept: nothing in the history is ever edited or deleted."));
    const auto entry = storage::HistoryLog(session().db()).entry(id.toLongLong());
    if (!entry)
        return html::hint(tr("This change is not in the history."));
    QString out = html::heading(tr("Change #%1").arg(entry->seq));
    out += html::field(tr("When, who, what"), html::changeSummary(session(), *entry));
    QString record = html::escape(toQ(entry->record));
    if (const auto page = pageFor(entry->kind))
        record = html::link(*page, toQ(entry->record), record);
    out += html::field(tr("Record"), toQ(std::string(toString(entry->kind))) + QStringLiteral(" “") +
                                         html::escape(html::recordLabel(*entry)) + QStringLiteral("” ") + record);
    out += html::field(tr("Changed"), html::changeDetails(session(), *entry));
    if (entry->undoes)
        out += html::field(tr("Compensates"),
                           tr("change #%1 (an undo or redo is a new change; the original stays)").arg(*entry->undoes));
    out += html::field(tr("Hash"), QStringLiteral("<code>%1</code>").arg(toQ(entry->hash)));
    return out;
}

} // namespace baton::ui
