#pragma once

#include "IssueSink.h"

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baton::exchange {

using Json = nlohmann::json;

/// Escapes a key for use in a JSON Pointer (RFC 6901: ~ becomes ~0, / becomes ~1).
std::string pointerToken(std::string_view key);

/// Reads typed fields from one JSON object, reporting each problem at its JSON Pointer.
/// Absent and null mean the same thing, as the exchange spec says.
class FieldReader {
public:
    enum class Need { Optional, Required };

    /// Reports keys not in `known` as warnings; reports a non-object as an error.
    FieldReader(const Json& value, std::string pointer, IssueSink& sink, std::initializer_list<std::string_view> known);

    bool isObject() const { return m_object != nullptr; }
    /// True when any field of this record was refused.
    bool failed() const { return m_failed; }
    const std::string& pointer() const { return m_pointer; }
    std::string at(std::string_view key) const { return m_pointer + "/" + pointerToken(key); }

    std::string text(std::string_view key, Need need, std::size_t maxChars = 0);
    std::optional<std::string> optionalText(std::string_view key);
    std::optional<domain::Date> date(std::string_view key, Need need = Need::Optional);
    std::optional<domain::Timestamp> timestamp(std::string_view key, Need need);
    bool boolean(std::string_view key, bool fallback);
    /// A boolean that may be absent or null (nullopt then).
    std::optional<bool> optionalBoolean(std::string_view key);
    std::optional<int> integer(std::string_view key, int min, int max, Need need);
    std::optional<std::string> id(std::string_view key, Need need);
    std::vector<std::string> idArray(std::string_view key);
    std::vector<std::string> textArray(std::string_view key);
    /// The array at `key` (nullptr when absent or refused).
    const Json* array(std::string_view key, Need need);

    template <typename E> std::optional<E> enumeration(std::string_view key, Need need)
    {
        const Json* v = field(key);
        if (!v) {
            if (need == Need::Required)
                fail(key, "is required; use one of " + domain::allowedValues<E>());
            return std::nullopt;
        }
        if (!v->is_string()) {
            fail(key, "must be a string, one of " + domain::allowedValues<E>());
            return std::nullopt;
        }
        const auto parsed = domain::parseEnum<E>(v->get_ref<const std::string&>());
        if (!parsed)
            fail(key, "\"" + v->get<std::string>() + "\" is not allowed; use one of " + domain::allowedValues<E>());
        return parsed;
    }

    void fail(std::string_view key, std::string what);
    /// Marks the record refused when a nested reader already reported the problem.
    void markFailed() { m_failed = true; }

private:
    const Json* field(std::string_view key) const; ///< nullptr when absent or null
    const Json* m_object = nullptr;
    std::string m_pointer;
    IssueSink& m_sink;
    bool m_failed = false;
};

} // namespace baton::exchange
