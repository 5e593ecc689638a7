#include "RecordReferences.h"

#include "baton/storage/RecordStore.h"

namespace baton::sync {
using namespace baton::domain;

std::optional<std::string> missingReference(storage::RecordStore& store, const AnyRecord& record)
{
    const std::string self = keyOf(record);
    for (const auto& [kind, key] : referencesOf(record)) {
        if (key.empty() || (kind == kindOf(record) && key == self))
            continue;
        if (!store.retracted(kind, key))
            return std::string(toString(kind)) + " " + key;
    }
    return std::nullopt;
}

} // namespace baton::sync
