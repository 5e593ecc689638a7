#pragma once

// Small helpers every record parser shares: ids from optional strings, and the fields every
// record ends with.

#include "FieldReader.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baton::exchange {

template <typename T> T makeId(const std::optional<std::string>& s)
{
    return s ? T(*s) : T();
}

template <typename T> std::optional<T> makeOptionalId(const std::optional<std::string>& s)
{
    if (!s)
        return std::nullopt;
    return T(*s);
}

template <typename T> std::vector<T> makeIds(const std::vector<std::string>& ids)
{
    std::vector<T> out;
    out.reserve(ids.size());
    for (const auto& s : ids)
        out.emplace_back(s);
    return out;
}

/// Reads `updated_at` (required) and `retracted`, the fields every record ends with; the
/// record, or nothing when any of its fields was refused.
template <typename T> std::optional<T> finished(FieldReader& r, T record)
{
    if (const auto ts = r.timestamp("updated_at", FieldReader::Need::Required))
        record.updatedAt = *ts;
    record.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return record;
}

} // namespace baton::exchange
