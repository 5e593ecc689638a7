#include "baton/domain/Formatted.h"

#include <cstdarg>
#include <cstdio>

namespace baton::domain {

std::string formatted(const char* format, ...)
{
    std::va_list args;
    va_start(args, format);
    std::va_list again;
    va_copy(again, args);
    const int length = std::vsnprintf(nullptr, 0, format, args);
    va_end(args);
    std::string out;
    if (length > 0) {
        out.resize(static_cast<std::size_t>(length));
        // Writes the terminating zero into the string's own, always present, terminator.
        const int written = std::vsnprintf(out.data(), out.size() + 1, format, again);
        out.resize(written == length ? out.size() : 0);
    }
    va_end(again);
    return out;
}

} // namespace baton::domain
