#pragma once

#include <string>

namespace baton::domain {

/// printf-style text, exactly as long as it needs to be: never cut off at a buffer's end, and
/// empty when the format cannot be applied. The compiler checks the arguments against `format`.
[[gnu::format(printf, 1, 2)]] std::string formatted(const char* format, ...);

} // namespace baton::domain
