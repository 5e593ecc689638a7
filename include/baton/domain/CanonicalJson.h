#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baton::domain {

/// Writes JSON in one canonical form (keys sorted, no spaces, minimal escapes), so equal
/// records always give equal bytes. The history hashes and compares these texts.
class CanonicalObject {
public:
    CanonicalObject& text(std::string_view key, std::string_view value);
    CanonicalObject& optionalText(std::string_view key, const std::optional<std::string>& value);
    CanonicalObject& integer(std::string_view key, std::int64_t value);
    CanonicalObject& boolean(std::string_view key, bool value);
    CanonicalObject& null(std::string_view key);
    CanonicalObject& texts(std::string_view key, const std::vector<std::string>& values);
    /// `json` must already be canonical (an object or array built with these helpers).
    CanonicalObject& raw(std::string_view key, std::string json);
    std::string str() const;

private:
    std::map<std::string, std::string, std::less<>> m_fields;
};

/// A JSON string literal with quotes; only `"`, `\` and control characters are escaped.
std::string jsonString(std::string_view text);
/// `[a,b,...]` from already-canonical values.
std::string jsonArray(const std::vector<std::string>& values);

} // namespace baton::domain
