#include "baton/domain/CanonicalJson.h"

namespace baton::domain {

std::string jsonString(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    std::size_t run = 0; // start of the bytes copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
        } else {
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        }
    }
    out.append(text.substr(run));
    out += '"';
    return out;
}

std::string jsonArray(const std::vector<std::string>& values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += values[i];
    }
    out += ']';
    return out;
}

CanonicalObject& CanonicalObject::text(std::string_view key, std::string_view value)
{
    return raw(key, jsonString(value));
}

CanonicalObject& CanonicalObject::optionalText(std::string_view key, const std::optional<std::string>& value)
{
    return value ? text(key, std::string_view(*value)) : null(key);
}

CanonicalObject& CanonicalObject::integer(std::string_view key, std::int64_t value)
{
    return raw(key, std::to_string(value));
}

CanonicalObject& CanonicalObject::boolean(std::string_view key, bool value)
{
    return raw(key, value ? "true" : "false");
}

CanonicalObject& CanonicalObject::null(std::string_view key)
{
    return raw(key, "null");
}

CanonicalObject& CanonicalObject::texts(std::string_view key, const std::vector<std::string>& values)
{
    std::vector<std::string> quoted;
    quoted.reserve(values.size());
    for (const auto& v : values)
        quoted.push_back(jsonString(v));
    return raw(key, jsonArray(quoted));
}

CanonicalObject& CanonicalObject::raw(std::string_view key, std::string json)
{
    m_fields.insert_or_assign(std::string(key), std::move(json));
    return *this;
}

std::string CanonicalObject::str() const
{
    std::string out = "{";
    bool first = true;
    for (const auto& [key, value] : m_fields) {
        if (!first)
            out += ',';
        first = false;
        out += jsonString(key);
        out += ':';
        out += value;
    }
    out += '}';
    return out;
}

} // namespace baton::domain
