#include "baton/domain/CaseFold.h"

#include "CaseFoldTable.h"

#include <algorithm>

namespace baton::domain {
namespace {

/// Decodes the well-formed UTF-8 sequence starting at `i` into `cp` and returns its length;
/// 0 when the byte there does not start one (overlong, surrogate, truncated, out of range).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        len = 2;
        value = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        len = 3;
        value = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        len = 4;
        value = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto next = static_cast<unsigned char>(s[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3Fu);
    }
    const bool overlong = (len == 2 && value < 0x80) || (len == 3 && value < 0x800) || (len == 4 && value < 0x10000);
    if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    cp = value;
    return len;
}

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void appendFolded(std::string& out, char32_t cp)
{
    using namespace casefold;
    const FoldExpansion* expansions = kExpansions;
    const FoldExpansion* expansionsEnd = kExpansions + kExpansionCount;
    const auto expansion =
        std::lower_bound(expansions, expansionsEnd, cp, [](const FoldExpansion& e, char32_t c) { return e.from < c; });
    if (expansion != expansionsEnd && expansion->from == cp) {
        for (const char32_t to : expansion->to) {
            if (to != 0)
                append(out, to);
        }
        return;
    }
    const FoldRun* runs = kRuns;
    const FoldRun* runsEnd = kRuns + kRunCount;
    // The last run that starts at or before cp.
    const auto after = std::upper_bound(runs, runsEnd, cp, [](char32_t c, const FoldRun& r) { return c < r.first; });
    if (after != runs) {
        const FoldRun& run = *(after - 1);
        if (cp <= run.last && (cp - run.first) % run.stride == 0) {
            append(out, static_cast<char32_t>(static_cast<std::int32_t>(cp) + run.delta));
            return;
        }
    }
    append(out, cp);
}

} // namespace

std::string foldCase(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char c = utf8[i];
        if (static_cast<unsigned char>(c) < 0x80) {
            out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = decode(utf8, i, cp);
        if (len == 0) {
            out += c; // not UTF-8: kept as it is, so distinct bytes stay distinct
            ++i;
            continue;
        }
        appendFolded(out, cp);
        i += len;
    }
    return out;
}

std::string_view caseFoldUnicodeVersion()
{
    return casefold::kUnicodeVersion;
}

} // namespace baton::domain
