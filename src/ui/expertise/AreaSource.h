#pragma once

#include "models/InMemorySource.h"

namespace baton::ui {

class TeamSession;

/// Expertise areas as a list with their place in the tree ("Data › Analytics").
class AreaSource final : public InMemorySource {
public:
    AreaSource(TeamSession& session, const QString& text);
    int columnCount() const override { return 3; }
    QString header(int column) const override;
};

} // namespace baton::ui
