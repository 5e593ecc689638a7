#pragma once

#include "baton/domain/DevelopmentGoal.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes development goals (the facilitator's coaching record).
class GoalRepository {
public:
    explicit GoalRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::DevelopmentGoal& goal);
    std::optional<domain::DevelopmentGoal> find(const domain::GoalId& id);
    /// Every goal in the order they were set; a team keeps a few per member, never millions.
    std::vector<domain::DevelopmentGoal> all(Retracted retracted = Retracted::Hidden);
    /// One member's goals, newest first, retracted ones left out.
    std::vector<domain::DevelopmentGoal> ofMember(const domain::MemberId& member);

private:
    Database& m_db;
    std::optional<Statement> m_upsert, m_find, m_ofMember;
};

} // namespace baton::storage
