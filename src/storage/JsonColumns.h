#pragma once

// The short lists some records keep in one column as a JSON array (see migration 0007): written
// with the domain's canonical JSON helpers, read back with SQLite's own json_each, so storage
// needs no JSON library.

#include "baton/domain/CanonicalJson.h"
#include "baton/domain/Ids.h"
#include "baton/storage/Database.h"

#include <string>
#include <vector>

namespace baton::storage::columns {

inline std::string jsonTexts(const std::vector<std::string>& values)
{
    std::vector<std::string> quoted;
    quoted.reserve(values.size());
    for (const auto& v : values)
        quoted.push_back(domain::jsonString(v));
    return domain::jsonArray(quoted);
}

template <typename Tag> std::string jsonIds(const std::vector<domain::Id<Tag>>& ids)
{
    std::vector<std::string> values;
    values.reserve(ids.size());
    for (const auto& id : ids)
        values.push_back(id.str());
    return jsonTexts(values);
}

/// The strings of a JSON array column, in order.
inline std::vector<std::string> textsOf(Database& db, const std::string& json)
{
    Statement s = db.prepare("SELECT value FROM json_each(?1) ORDER BY key");
    s.bind(1, json);
    std::vector<std::string> out;
    while (s.step())
        out.push_back(s.columnText(0));
    return out;
}

template <typename IdType> std::vector<IdType> idsOf(Database& db, const std::string& json)
{
    std::vector<IdType> out;
    for (auto& text : textsOf(db, json))
        out.emplace_back(std::move(text));
    return out;
}

} // namespace baton::storage::columns
