#include "voice/VoiceSource.h"

#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/VoiceItemRepository.h"

#include <QCoreApplication>

namespace baton::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("VoiceSource", text);
}
} // namespace

VoiceSource::VoiceSource(TeamSession& session, const QString& text, std::optional<domain::VoiceStatus> status,
                         std::optional<domain::VoiceKind> kind)
{
    for (const auto& v : storage::VoiceItemRepository(session.db()).all()) {
        if (status && v.status != *status)
            continue;
        if (kind && v.kind != *kind)
            continue;
        const QString body = toQ(v.text);
        const QString response = toQ(v.response);
        if (!text.isEmpty() && !body.contains(text, Qt::CaseInsensitive) &&
            !response.contains(text, Qt::CaseInsensitive))
            continue;
        const QString author = v.author ? session.memberName(*v.author) : tr("Anonymous");
        m_rows.push_back(
            ListRow{toQ(v.id.str()),
                    {displayName(v.kind), body, author, v.raisedOn ? toQ(v.raisedOn->toString()) : QString(),
                     displayName(v.status), response},
                    {}});
    }
}

QString VoiceSource::header(int column) const
{
    switch (column) {
    case 0:
        return tr("Kind");
    case 1:
        return tr("Text");
    case 2:
        return tr("Raised by");
    case 3:
        return tr("Raised on");
    case 4:
        return tr("Status");
    default:
        return tr("Response");
    }
}

} // namespace baton::ui
