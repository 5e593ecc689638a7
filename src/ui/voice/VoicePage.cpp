#include "voice/VoicePage.h"

#include "common/FormSupport.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "models/PagedTableModel.h"
#include "voice/VoiceDialogs.h"
#include "voice/VoiceSource.h"

#include "baton/storage/VoiceItemRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>

namespace baton::ui {
using namespace baton::domain;

namespace {
template <typename E> std::optional<E> picked(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return static_cast<E>(value);
}
} // namespace

VoicePage::VoicePage(TeamSession& session, QWidget* parent)
    : RecordListPage(session, tr("Search ideas, concerns and questions…"), parent)
    , m_status(addFilter(tr("Status filter"), tr("Show items with this status")))
    , m_kind(addFilter(tr("Kind filter"), tr("Show ideas, concerns or questions only")))
{
    m_raise = actions()->addAction(tr("Raise…"), this, &VoicePage::createNew);
    m_respond = actions()->addAction(tr("Respond…"), this, &VoicePage::respondToCurrent);
    m_raise->setObjectName(QStringLiteral("raiseVoice"));
    m_respond->setObjectName(QStringLiteral("respondVoice"));
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::VoiceItem || kind == RecordKind::Member || kind == RecordKind::Team) {
            reload(); // the list and the current item's detail as they are now
        }
    });
    currentChanged({});
}

void VoicePage::prepareFilters()
{
    const FilterRefill keep{m_status, m_kind};
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (std::size_t i = 0; i < EnumNames<VoiceStatus>::kNames.size(); ++i)
        m_status->addItem(displayName(static_cast<VoiceStatus>(i)), static_cast<int>(i));
    m_kind->clear();
    m_kind->addItem(tr("Any kind"), -1);
    for (std::size_t i = 0; i < EnumNames<VoiceKind>::kNames.size(); ++i)
        m_kind->addItem(displayName(static_cast<VoiceKind>(i)), static_cast<int>(i));
}

std::unique_ptr<PagedSource> VoicePage::makeSource(const QString& searchText)
{
    return std::make_unique<VoiceSource>(session(), searchText, picked<VoiceStatus>(m_status),
                                         picked<VoiceKind>(m_kind));
}

QString VoicePage::detailHtml(const QString& id)
{
    if (id.isEmpty())
        return html::hint(tr("Anyone may raise an idea, a concern or a question here, with their name or "
                             "anonymously. Pick one to see the team's response."));
    const auto item = storage::VoiceItemRepository(session().db()).find(VoiceItemId(toStd(id)));
    if (!item || item->retracted)
        return html::hint(tr("This item no longer exists."));
    QString out = html::heading(displayName(item->kind));
    out += html::paragraph(QString(), toQ(item->text));
    out += html::field(tr("Raised by"), item->author ? html::link(PageId::People, toQ(item->author->str()),
                                                                  session().memberName(*item->author))
                                                     : html::escape(tr("Anonymous")));
    if (item->raisedOn)
        out += html::field(tr("Raised on"), html::escape(toQ(item->raisedOn->toString())));
    out += html::field(tr("Status"), html::escape(displayName(item->status)));
    if (item->initiative)
        if (const auto i = session().initiative(*item->initiative))
            out += html::field(tr("Initiative"), html::link(PageId::Initiatives, toQ(i->id.str()), toQ(i->title)));
    if (item->decision)
        if (const auto d = session().decision(*item->decision))
            out += html::field(tr("Decision"), html::link(PageId::Decisions, toQ(d->id.str()), toQ(d->title)));
    if (!item->response.empty() || item->responder) {
        out += html::subheading(tr("Response"));
        if (item->responder)
            out += html::field(tr("By"), html::link(PageId::People, toQ(item->responder->str()),
                                                    session().memberName(*item->responder)));
        out += html::paragraph(QString(), toQ(item->response));
    }
    out += html::historySection(session(), toStd(id));
    return out;
}

void VoicePage::currentChanged(const QString& id)
{
    const bool writable = !session().readOnly();
    m_raise->setEnabled(writable);
    m_respond->setEnabled(writable && !id.isEmpty());
}

void VoicePage::activate()
{
    RecordListPage::activate();
    // The text stretches; the response gets a fixed share (its whole text is in the detail pane),
    // where it would otherwise take the width it needs and squeeze the text to a word.
    if (model() && model()->columnCount() > 5) {
        auto* header = table()->horizontalHeader();
        header->setSectionResizeMode(5, QHeaderView::Interactive);
        header->resizeSection(5, header->fontMetrics().averageCharWidth() * 24);
    }
}

void VoicePage::createNew()
{
    raiseVoiceItem(session(), this);
}

void VoicePage::respondToCurrent()
{
    if (!currentId().isEmpty())
        respondToVoiceItem(session(), VoiceItemId(toStd(currentId())), this);
}

} // namespace baton::ui
