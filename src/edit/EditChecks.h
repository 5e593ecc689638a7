#pragma once

// Checks several edits share: names within the exchange format's limits, live references.

#include "baton/domain/Result.h"
#include "baton/edit/EditContext.h"

#include <string>
#include <string_view>
#include <vector>

namespace baton::edit {

/// The first of a domain check's problems as an InvalidValue error (a sentence), or success.
domain::Result<void> firstProblem(const std::vector<std::string>& problems);

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

/// The plain "add" edit: refused when the id is taken or `check` refuses; saved live.
template <typename T, typename Check>
domain::Result<ChangeSet> addChecked(EditContext& context, std::string_view operation, T record, std::string_view what,
                                     Check check)
{
    return context.run(operation, [&](EditWriter& w) -> domain::Result<void> {
        if (w.find<T>(record.id.str()))
            return domain::makeError(
                domain::ErrorCode::Conflict,
                std::string(std::string_view("aeiou").find(what.front()) == std::string_view::npos ? "A " : "An ") +
                    std::string(what) + " with id " + record.id.str() + " already exists.");
        if (auto ok = check(w, record); !ok)
            return ok;
        record.retracted = false;
        w.write(record);
        return {};
    });
}

/// The plain "edit" edit: the record must exist and be live, and `check` must accept it.
template <typename T, typename Check>
domain::Result<ChangeSet> editChecked(EditContext& context, std::string_view operation, T record, std::string_view what,
                                      Check check)
{
    return context.run(operation, [&](EditWriter& w) -> domain::Result<void> {
        if (auto before = loadLive<T>(w, record.id.str(), what); !before)
            return before.error();
        if (auto ok = check(w, record); !ok)
            return ok;
        record.retracted = false;
        w.write(record);
        return {};
    });
}

} // namespace baton::edit
