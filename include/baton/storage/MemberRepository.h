#pragma once

#include "baton/domain/Member.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <functional>
#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes members. Callers own the transaction around writes.
class MemberRepository {
public:
    explicit MemberRepository(Database& db)
        : m_db(db)
    {
    }

    /// Inserts the member, or replaces every field of the one with the same id.
    void upsert(const domain::Member& member);
    std::optional<domain::Member> find(const domain::MemberId& id);
    std::optional<domain::Timestamp> updatedAt(const std::string& id);
    /// Deletes the member (used to undo a creation; fails while records refer to them).
    void remove(const domain::MemberId& id);
    /// Every member, ordered by name. Teams are small; the whole roster fits in memory.
    std::vector<domain::Member> all(Retracted retracted = Retracted::Hidden);
    std::int64_t count();

private:
    Database& m_db;
    std::optional<Statement> m_upsert;
    std::optional<Statement> m_updatedAt;
    std::optional<Statement> m_find;
};

} // namespace baton::storage
