#pragma once

// Checks several edits share: names within the exchange format's limits, live references.

#include "baton/domain/Result.h"
#include "baton/edit/EditContext.h"

#include <string>
#include <string_view>
#include <vector>

namespace baton::edit {

/// `what` ("A name", "A title") is present and at most 200 characters.
domain::Result<void> checkName(const std::string& text, std::string_view what);

/// Every id in `ids` names a live record of `kind`.
template <typename IdType>
domain::Result<void> requireAllLive(EditWriter& w, domain::RecordKind kind, const std::vector<IdType>& ids,
                                    std::string_view what)
{
    for (const auto& id : ids) {
        if (auto ok = w.requireLive(kind, id.str(), what); !ok)
            return ok;
    }
    return {};
}

/// The optional id, when set, names a live record of `kind`.
template <typename IdType>
domain::Result<void> requireLiveIfSet(EditWriter& w, domain::RecordKind kind, const std::optional<IdType>& id,
                                      std::string_view what)
{
    return id ? w.requireLive(kind, id->str(), what) : domain::Result<void>{};
}

/// The stored, live record `key` of type T, or a NotFound error naming `what`.
template <typename T> domain::Result<T> loadLive(EditWriter& w, const std::string& key, std::string_view what)
{
    auto found = w.find<T>(key);
    if (!found || found->retracted)
        return domain::makeError(domain::ErrorCode::NotFound,
                                 "there is no " + std::string(what) + " with id " + key + " in this team");
    return std::move(*found);
}

} // namespace baton::edit
