#pragma once

#include "IssueSink.h"
#include "ScratchTables.h"

#include "baton/storage/DecisionRepository.h"

#include <string>
#include <unordered_set>

namespace baton::exchange {

/// Checks the references of records read one at a time: to members, areas and initiatives
/// (few; their ids are kept in memory, from the team file and from the file so far) and to
/// decisions (many; looked up in the team file, where this import has already written the
/// file's decisions read so far). A reference that does not resolve yet may point at a record
/// later in the file: it is kept in the scratch tables and checked again by resolve().
class ReferenceCheck {
public:
    ReferenceCheck(storage::Database& db, ScratchTables& scratch);

    /// A member, area or initiative read from the file.
    void known(RefKind kind, const std::string& id);
    /// Checks `id`; `pointer()` names where it was read, built only for one that does not resolve.
    template <typename Pointer> void check(RefKind kind, const std::string& id, Pointer pointer)
    {
        if (!exists(kind, id))
            m_scratch.defer(pointer(), kind, id);
    }
    /// Reports every kept reference that still does not resolve, now that the file is read.
    void resolve(IssueSink& sink);

private:
    bool exists(RefKind kind, const std::string& id);

    ScratchTables& m_scratch;
    storage::DecisionRepository m_decisions;
    std::unordered_set<std::string> m_members, m_areas, m_initiatives, m_charterRules;
};

} // namespace baton::exchange
