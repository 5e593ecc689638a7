#pragma once

#include "models/InMemorySource.h"

namespace baton::ui {

class TeamSession;

/// The people list: teams are small, so it filters the session's cached roster in memory.
class MemberSource final : public InMemorySource {
public:
    enum class Show { Everyone, Active, Left, Facilitators };
    MemberSource(TeamSession& session, const QString& text, Show show);
    int columnCount() const override { return 4; }
    QString header(int column) const override;
};

} // namespace baton::ui
