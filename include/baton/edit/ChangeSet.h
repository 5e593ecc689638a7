#pragma once

#include "baton/domain/Record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::edit {

/// One record's change within an edit, as written: `after` carries the fresh updated_at.
struct AppliedChange {
    std::optional<domain::AnyRecord> before; ///< empty when the edit created the record
    domain::AnyRecord after;
    std::int64_t seq = 0; ///< the history entry that recorded it
};

/// What one edit did, in order. Undo and redo revert a ChangeSet with a new, compensating one.
struct ChangeSet {
    std::string operation;
    std::vector<AppliedChange> changes;
    bool empty() const { return changes.empty(); }
};

} // namespace baton::edit
