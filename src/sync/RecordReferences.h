#pragma once

#include "baton/domain/Record.h"
#include "baton/storage/RecordStore.h"

#include <optional>
#include <string>

namespace baton::sync {

/// The first record `record` refers to that is not in the file ("area 0190..."), if any. A
/// change from the server that would leave such a reference is parked, not applied.
std::optional<std::string> missingReference(storage::RecordStore& store, const domain::AnyRecord& record);

} // namespace baton::sync
