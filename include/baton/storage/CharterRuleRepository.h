#pragma once

#include "baton/domain/Charter.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes the rules of the team charter (how the team decides, climbs a conflict and
/// keeps itself accountable).
class CharterRuleRepository {
public:
    explicit CharterRuleRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::CharterRule& rule);
    std::optional<domain::CharterRule> find(const domain::CharterRuleId& id);
    /// Every rule by kind and position; a charter holds a few dozen rules, never millions.
    std::vector<domain::CharterRule> all(Retracted retracted = Retracted::Hidden);

private:
    void loadAreas(domain::CharterRule& rule);

    Database& m_db;
    std::optional<Statement> m_upsert, m_find, m_clearAreas, m_addArea, m_areasOf;
};

} // namespace baton::storage
