#pragma once

#include "models/InMemorySource.h"

#include "baton/domain/Enums.h"

#include <optional>

namespace baton::ui {

class TeamSession;

/// The voice channel's items, newest raised first, narrowed by text, status and kind: text, kind,
/// raised by, raised on, status and response. An anonymous item's author reads "Anonymous".
class VoiceSource final : public InMemorySource {
public:
    VoiceSource(TeamSession& session, const QString& text, std::optional<domain::VoiceStatus> status,
                std::optional<domain::VoiceKind> kind);
    int columnCount() const override { return 6; }
    QString header(int column) const override;
};

} // namespace baton::ui
