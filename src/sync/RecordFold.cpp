#include "baton/sync/RecordFold.h"

#include <map>
#include <nlohmann/json.hpp>

namespace baton::sync {

namespace {

using Json = nlohmann::json;

/// `updated_at` changes with every edit: it follows the newest change and is never a conflict.
constexpr const char* kStamp = "updated_at";

/// Arrays merged element by element, keyed by a field of each element: each member's part in a
/// decision is their own, so two members recording their stances apart never conflict.
struct KeyedArray {
    const char* field;
    const char* key;
};
constexpr KeyedArray kKeyedArrays[] = {{"participants", "member"}};
constexpr char kSeparator = '/';

/// Replaces each keyed array by one field per element ("participants/<member>").
Json explode(Json object)
{
    if (!object.is_object())
        return object;
    for (const KeyedArray& keyed : kKeyedArrays) {
        const auto it = object.find(keyed.field);
        if (it == object.end() || !it->is_array())
            continue;
        bool keyedEverywhere = true;
        for (const Json& element : *it)
            keyedEverywhere =
                keyedEverywhere && element.is_object() && element.contains(keyed.key) && element[keyed.key].is_string();
        if (!keyedEverywhere)
            continue;
        Json elements = std::move(*it);
        object.erase(keyed.field);
        for (Json& element : elements) {
            const std::string name = std::string(keyed.field) + kSeparator + element[keyed.key].get<std::string>();
            object[name] = std::move(element);
        }
    }
    return object;
}

Json parseObject(const std::optional<std::string>& text)
{
    if (!text)
        return Json();
    Json j = Json::parse(*text, nullptr, false);
    return j.is_object() ? explode(std::move(j)) : Json();
}

/// Puts keyed arrays back together, in the order of `model` (the newest change's own array)
/// and then, for elements that change had not seen, by key.
Json implode(const Json& exploded, const Json& model)
{
    Json out = Json::object();
    for (const auto& [name, value] : exploded.items())
        out[name] = value;
    for (const KeyedArray& keyed : kKeyedArrays) {
        const std::string prefix = std::string(keyed.field) + kSeparator;
        std::map<std::string, Json> elements;
        for (auto it = out.begin(); it != out.end();) {
            if (it.key().rfind(prefix, 0) == 0) {
                elements[it.key().substr(prefix.size())] = *it;
                it = out.erase(it);
            } else {
                ++it;
            }
        }
        const bool hadArray = model.is_object() && model.contains(keyed.field);
        if (elements.empty() && !hadArray)
            continue;
        Json array = Json::array();
        if (hadArray && model[keyed.field].is_array()) {
            for (const Json& element : model[keyed.field]) {
                if (!element.is_object() || !element.contains(keyed.key) || !element[keyed.key].is_string())
                    continue;
                const auto found = elements.find(element[keyed.key].get<std::string>());
                if (found != elements.end()) {
                    array.push_back(std::move(found->second));
                    elements.erase(found);
                }
            }
        }
        for (auto& [key, element] : elements)
            array.push_back(std::move(element));
        out[keyed.field] = std::move(array);
    }
    return out;
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

// clang-tidy 14 reports the implicit special members, which only run the members' own
// (std::function, nlohmann::json, std::map); this file adds nothing to them that throws.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct RecordFolder::State {
    std::function<bool(const std::string&)> valid;
    FoldResult result;
    Json value;
    std::map<std::string, std::string> lastWriter;                 // field -> change id that set it
    Json model;                                                    // whose array order stands
    std::map<std::string, std::vector<std::size_t>> openConflicts; // field -> indexes into result
    bool conflicted = false;                                       // in the last add
    std::vector<std::string> knowing;                              // fields the last add set knowingly
};

RecordFolder::RecordFolder(const std::optional<std::string>& base, std::function<bool(const std::string&)> valid)
    : m(std::make_unique<State>())
{
    m->valid = std::move(valid);
    m->value = parseObject(base);
    m->model = base ? Json::parse(*base, nullptr, false) : Json();
}

RecordFolder RecordFolder::resume(const std::string& fields, std::function<bool(const std::string&)> valid)
{
    RecordFolder folder(fields, std::move(valid));
    for (const auto& [key, v] : folder.m->value.items())
        folder.m->lastWriter[key] = std::string(); // someone wrote it; who, only the history knows
    return folder;
}

bool RecordFolder::addConflicted() const
{
    return m->conflicted;
}

const std::vector<std::string>& RecordFolder::knowingFields() const
{
    return m->knowing;
}

RecordFolder::~RecordFolder() = default;
RecordFolder::RecordFolder(RecordFolder&&) noexcept = default;
RecordFolder& RecordFolder::operator=(RecordFolder&&) noexcept = default;

void RecordFolder::add(const SyncChange& c)
{
    State& st = *m;
    st.conflicted = false;
    st.knowing.clear();
    const Json after = parseObject(c.after);
    if (!after.is_object())
        return; // not a record: nothing to apply
    st.model = Json::parse(c.after, nullptr, false);
    const Json before = parseObject(c.before);
    const bool fresh = !c.before.has_value();
    if (c.operation == "settle") {
        for (auto& [name, open] : st.openConflicts) {
            for (std::size_t i : open)
                st.result.conflicts[i].settledBy = c.changeId;
            open.clear();
        }
    }
    if (!st.value.is_object()) {
        st.value = after;
        for (const auto& [key, v] : after.items())
            st.lastWriter[key] = c.changeId;
        return;
    }
    for (const auto& [key, next] : after.items()) {
        const Json& current = field(st.value, key);
        if (current == next)
            continue;
        const bool changedHere = fresh || field(before, key) != next;
        if (!changedHere)
            continue; // the author left this field as they found it
        const Json& seen = fresh ? next : field(before, key);
        if (key != kStamp) {
            if (seen != current && st.lastWriter.count(key)) {
                st.result.conflicts.push_back(
                    {key, c.changeId, st.lastWriter[key], next.dump(), current.dump(), std::nullopt});
                st.openConflicts[key].push_back(st.result.conflicts.size() - 1);
                st.conflicted = true;
            } else if (seen == current) {
                st.knowing.push_back(key);
                for (std::size_t i : st.openConflicts[key])
                    st.result.conflicts[i].settledBy = c.changeId;
                st.openConflicts[key].clear();
            }
        }
        st.value[key] = next;
        st.lastWriter[key] = c.changeId;
    }
    // A field the author's record no longer has (an optional field cleared to absent).
    if (!fresh) {
        for (const auto& [key, was] : before.items()) {
            if (!after.contains(key) && st.value.contains(key) && st.value[key] == was) {
                st.value.erase(key);
                st.lastWriter[key] = c.changeId;
            }
        }
    }
    if (!st.valid)
        return;
    // The usual case: the merge is exactly the change's own record, which was valid where it
    // was made. Otherwise ask.
    const Json merged = implode(st.value, st.model);
    if (merged != st.model && !st.valid(merged.dump())) {
        st.value = after; // two edits that each made sense alone: this change's record stands
        for (const auto& [key, v] : after.items())
            st.lastWriter[key] = c.changeId;
    }
}

FoldResult RecordFolder::result() const
{
    FoldResult out = m->result;
    // What stands now, for the conflicts nobody has settled yet.
    for (const auto& [key, open] : m->openConflicts) {
        for (std::size_t i : open)
            out.conflicts[i].keptValue = field(m->value, key).dump();
    }
    if (m->value.is_object())
        out.fields = implode(m->value, m->model).dump();
    return out;
}

FoldResult foldRecord(const std::optional<std::string>& base, const std::vector<SyncChange>& changes,
                      const std::function<bool(const std::string&)>& valid)
{
    RecordFolder folder(base, valid);
    for (const SyncChange& c : changes)
        folder.add(c);
    return folder.result();
}

} // namespace baton::sync
