#include "voice/VoiceSource.h"

#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/VoiceItemRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace baton::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("VoiceSource", text);
}

/// A long response cut to its start in the list (the detail pane holds it whole), so that the
/// text column keeps its room.
QString elided(const QString& text)
{
    constexpr int kShown = 48;
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() <= kShown && line.size() == text.size())
        return text;
    return line.left(kShown).trimmed() + QStringLiteral("…");
}
} // namespace

VoiceSource::VoiceSource(TeamSession& session, const QString& text, std::optional<domain::VoiceStatus> status,
                         std::optional<domain::VoiceKind> kind)
{
    auto items = storage::VoiceItemRepository(session.db()).all();
    // Newest raised first (the repository lists them as stored).
    std::stable_sort(items.begin(), items.end(),
                     [](const domain::VoiceItem& a, const domain::VoiceItem& b) { return a.raisedOn > b.raisedOn; });
    for (const auto& v : items) {
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
                    {body, displayName(v.kind), author, v.raisedOn ? toQ(v.raisedOn->toString()) : QString(),
                     displayName(v.status), elided(response)},
                    {}});
    }
}

QString VoiceSource::header(int column) const
{
    switch (column) {
    case 0:
        return tr("Text");
    case 1:
        return tr("Kind");
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
