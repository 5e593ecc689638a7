#include "FieldReader.h"

#include "baton/domain/TextRules.h"
#include "baton/domain/Uuid.h"

#include <algorithm>
#include <limits>

namespace baton::exchange {

std::string pointerToken(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

namespace {
std::string typeName(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "true or false";
    case Json::value_t::number_float:
        return "a decimal number";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "a number";
    default:
        return "null";
    }
}
} // namespace

FieldReader::FieldReader(const Json& value, std::string pointer, IssueSink& sink,
                         std::initializer_list<std::string_view> known)
    : m_pointer(std::move(pointer))
    , m_sink(sink)
{
    if (!value.is_object()) {
        m_failed = true;
        m_sink.error(m_pointer, "must be an object, not " + typeName(value));
        return;
    }
    m_object = &value;
    for (const auto& [key, v] : value.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            m_sink.warning(at(key), "unknown key \"" + key + "\" was ignored");
    }
}

const Json* FieldReader::field(std::string_view key) const
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end() || it->is_null())
        return nullptr;
    return &*it;
}

void FieldReader::fail(std::string_view key, std::string what)
{
    m_failed = true;
    m_sink.error(at(key), std::move(what));
}

std::string FieldReader::text(std::string_view key, Need need, std::size_t maxChars)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required");
        return {};
    }
    if (!v->is_string()) {
        fail(key, "must be a string, not " + typeName(*v));
        return {};
    }
    const auto& s = v->get_ref<const std::string&>();
    if (need == Need::Required && s.empty()) {
        fail(key, "must not be empty");
        return {};
    }
    if (maxChars > 0 && domain::codePointCount(s) > maxChars) {
        fail(key, "is longer than " + std::to_string(maxChars) + " characters");
        return {};
    }
    return s;
}

std::optional<std::string> FieldReader::optionalText(std::string_view key)
{
    const Json* v = field(key);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        fail(key, "must be a string, not " + typeName(*v));
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<domain::Date> FieldReader::date(std::string_view key, Need need)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required (a date such as 2026-03-01)");
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(key, "must be a date written as \"YYYY-MM-DD\", not " + typeName(*v));
        return std::nullopt;
    }
    const auto parsed = domain::Date::parse(v->get_ref<const std::string&>());
    if (!parsed)
        fail(key, "\"" + v->get<std::string>() + "\" is not a valid date; write YYYY-MM-DD, e.g. 2026-03-01");
    return parsed;
}

std::optional<domain::Timestamp> FieldReader::timestamp(std::string_view key, Need need)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required (a UTC time such as 2026-03-01T09:30:00Z)");
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(key, "must be a UTC time written as a string, not " + typeName(*v));
        return std::nullopt;
    }
    const auto parsed = domain::Timestamp::parse(v->get_ref<const std::string&>());
    if (!parsed)
        fail(key, "\"" + v->get<std::string>() + "\" is not an RFC 3339 UTC time such as 2026-03-01T09:30:00Z");
    return parsed;
}

bool FieldReader::boolean(std::string_view key, bool fallback)
{
    const Json* v = field(key);
    if (!v)
        return fallback;
    if (!v->is_boolean()) {
        fail(key, "must be true or false, not " + typeName(*v));
        return fallback;
    }
    return v->get<bool>();
}

std::optional<bool> FieldReader::optionalBoolean(std::string_view key)
{
    const Json* v = field(key);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        fail(key, "must be true, false or null, not " + typeName(*v));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<int> FieldReader::integer(std::string_view key, int min, int max, Need need)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required (a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ")");
        return std::nullopt;
    }
    if (!v->is_number_integer()) {
        fail(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", not " +
                      typeName(*v));
        return std::nullopt;
    }
    const auto n = v->get<std::int64_t>();
    if (n < min || n > max) {
        fail(key, std::to_string(n) + " is out of range; use a whole number from " + std::to_string(min) + " to " +
                      std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(n);
}

std::optional<std::string> FieldReader::id(std::string_view key, Need need)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required (a lowercase UUID)");
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(key, "must be a UUID string, not " + typeName(*v));
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (!domain::isCanonicalUuid(s)) {
        fail(key, "\"" + s + "\" is not a lowercase UUID such as 0190a5d2-7c3e-7b1a-9f00-1234567890ab");
        return std::nullopt;
    }
    return s;
}

const Json* FieldReader::array(std::string_view key, Need need)
{
    const Json* v = field(key);
    if (!v) {
        if (need == Need::Required)
            fail(key, "is required (an array, which may be empty)");
        return nullptr;
    }
    if (!v->is_array()) {
        fail(key, "must be an array, not " + typeName(*v));
        return nullptr;
    }
    return v;
}

std::vector<std::string> FieldReader::idArray(std::string_view key)
{
    std::vector<std::string> out;
    const Json* arr = array(key, Need::Optional);
    if (!arr)
        return out;
    out.reserve(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const Json& item = (*arr)[i];
        const std::string where = at(key) + "/" + std::to_string(i);
        if (!item.is_string() || !domain::isCanonicalUuid(item.get_ref<const std::string&>())) {
            m_failed = true;
            m_sink.error(where, "must be a lowercase UUID string");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::vector<std::string> FieldReader::textArray(std::string_view key)
{
    std::vector<std::string> out;
    const Json* arr = array(key, Need::Optional);
    if (!arr)
        return out;
    out.reserve(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const Json& item = (*arr)[i];
        if (!item.is_string()) {
            m_failed = true;
            m_sink.error(at(key) + "/" + std::to_string(i), "must be a string, not " + typeName(item));
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace baton::exchange
