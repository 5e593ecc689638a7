#include "baton/sync/RecordFold.h"

#include <map>
#include <nlohmann/json.hpp>

namespace baton::sync {

namespace {

using Json = nlohmann::json;

/// `updated_at` changes with every edit: it follows the newest change and is never a conflict.
constexpr const char* kStamp = "updated_at";

Json parseObject(const std::optional<std::string>& text)
{
    if (!text)
        return Json();
    Json j = Json::parse(*text, nullptr, false);
    return j.is_object() ? j : Json();
}

const Json& field(const Json& object, const std::string& key)
{
    static const Json kAbsent;
    if (!object.is_object())
        return kAbsent;
    const auto it = object.find(key);
    return it == object.end() ? kAbsent : *it;
}

} // namespace

FoldResult foldRecord(const std::optional<std::string>& base, const std::vector<SyncChange>& changes)
{
    FoldResult result;
    Json value = parseObject(base);
    std::map<std::string, std::string> lastWriter; // field -> change id that set it
    std::map<std::string, std::vector<std::size_t>> openConflicts; // field -> indexes into result

    for (const SyncChange& c : changes) {
        const Json after = parseObject(c.after);
        if (!after.is_object())
            continue; // not a record: nothing to apply
        const Json before = parseObject(c.before);
        const bool fresh = !c.before.has_value();
        if (c.operation == "settle") {
            for (auto& [name, open] : openConflicts) {
                for (std::size_t i : open)
                    result.conflicts[i].settledBy = c.changeId;
                open.clear();
            }
        }
        if (!value.is_object()) {
            value = after;
            for (const auto& [key, v] : after.items())
                lastWriter[key] = c.changeId;
            continue;
        }
        for (const auto& [key, next] : after.items()) {
            const Json& current = field(value, key);
            if (current == next)
                continue;
            const bool changedHere = fresh || field(before, key) != next;
            if (!changedHere)
                continue; // the author left this field as they found it
            const Json& seen = fresh ? next : field(before, key);
            if (key != kStamp) {
                if (seen != current && lastWriter.count(key)) {
                    result.conflicts.push_back(
                        {key, c.changeId, lastWriter[key], next.dump(), current.dump(), std::nullopt});
                    openConflicts[key].push_back(result.conflicts.size() - 1);
                } else if (seen == current) {
                    for (std::size_t i : openConflicts[key])
                        result.conflicts[i].settledBy = c.changeId;
                    openConflicts[key].clear();
                }
            }
            value[key] = next;
            lastWriter[key] = c.changeId;
        }
        // A field the author's record no longer has (an optional field cleared to absent).
        if (!fresh) {
            for (const auto& [key, was] : before.items()) {
                if (!after.contains(key) && value.contains(key) && value[key] == was) {
                    value.erase(key);
                    lastWriter[key] = c.changeId;
                }
            }
        }
    }
    // What stands now, for the conflicts nobody has settled yet.
    for (const auto& [key, open] : openConflicts) {
        for (std::size_t i : open)
            result.conflicts[i].keptValue = field(value, key).dump();
    }
    if (value.is_object())
        result.fields = value.dump();
    return result;
}

} // namespace baton::sync
