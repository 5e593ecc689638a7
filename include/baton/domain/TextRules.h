#pragma once

#include "baton/domain/CaseFold.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace baton::domain {

constexpr std::size_t kMaxNameLength = 200;

/// Number of Unicode code points in valid UTF-8 text.
std::size_t codePointCount(std::string_view utf8);
/// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view bytes);
/// True when the text is empty or only white space.
bool isBlank(std::string_view text);

} // namespace baton::domain
