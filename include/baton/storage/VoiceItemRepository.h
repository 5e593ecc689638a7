#pragma once

#include "baton/domain/VoiceItem.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes the ideas, concerns and questions of the voice channel. An anonymous item
/// is written with no author: the column is NULL and nothing else names who raised it.
class VoiceItemRepository {
public:
    explicit VoiceItemRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::VoiceItem& item);
    std::optional<domain::VoiceItem> find(const domain::VoiceItemId& id);
    /// Every item, in the order they were first stored (as exported).
    std::vector<domain::VoiceItem> all(Retracted retracted = Retracted::Hidden);

private:
    Database& m_db;
    std::optional<Statement> m_upsert, m_find;
};

} // namespace baton::storage
