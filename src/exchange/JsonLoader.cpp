#include "JsonLoader.h"

#include "baton/domain/TextRules.h"

namespace baton::exchange {

std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, domain::codePointCount(text.substr(lineStart, offset - lineStart)) + 1};
}

namespace {

std::string where(std::string_view text, std::size_t offset)
{
    const auto [line, column] = lineAndColumn(text, offset);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/// Finds the first place nesting passes `maxDepth`, skipping string contents.
std::optional<std::size_t> findTooDeep(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

/// nlohmann's message without its prefix and without the raw bytes it last read.
std::string plainReason(const std::string& message)
{
    std::string reason = message;
    if (const auto dash = reason.find(": "); dash != std::string::npos) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing ..."
        reason = reason.substr(dash + 2);
    }
    if (const auto last = reason.find("; last read"); last != std::string::npos)
        reason = reason.substr(0, last);
    if (const auto detail = reason.find(" - "); detail != std::string::npos)
        reason = reason.substr(detail + 3); // "syntax error while parsing object - unexpected ..."
    if (!domain::isValidUtf8(reason))
        reason = "the text is not valid UTF-8";
    return reason;
}

/// The parser reports where a bad token ends; people look for where it starts.
std::size_t tokenStart(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return offset;
    if (text[offset] == '"' && offset > 0) {
        for (std::size_t i = offset; i-- > 0;) {
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\'))
                return i;
            if (text[i] == '\n')
                break;
        }
        return offset;
    }
    const auto isWordChar = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '+';
    };
    std::size_t start = offset;
    if (!isWordChar(text[start]) && start > 0 && isWordChar(text[start - 1]))
        --start; // "tru}": the parser stopped on the brace after the bad word
    while (start > 0 && isWordChar(text[start]) && isWordChar(text[start - 1]))
        --start;
    return start;
}

} // namespace

std::optional<Json> loadJson(std::string_view text, const ImportOptions& options, IssueSink& sink)
{
    if (text.size() > options.maxFileBytes) {
        sink.error("", "the file is " + std::to_string(text.size() >> 20) + " MiB, larger than the "
                           + std::to_string(options.maxFileBytes >> 20) + " MiB this import accepts");
        return std::nullopt;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // a UTF-8 byte order mark carries no meaning
    if (const auto deep = findTooDeep(text, options.maxDepth)) {
        sink.error(where(text, *deep), "values are nested more than " + std::to_string(options.maxDepth)
                                           + " levels deep; an exchange file needs only a few levels");
        return std::nullopt;
    }
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        std::string reason = plainReason(e.what());
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        if (reason.find("UTF-8") == std::string::npos)
            offset = tokenStart(text, offset);
        if (reason.find("UTF-8") != std::string::npos || reason.find("ill-formed") != std::string::npos)
            reason = "the text is not valid UTF-8 (" + reason + ")";
        sink.error(where(text, offset), "syntax error: " + reason);
        return std::nullopt;
    } catch (const Json::exception& e) {
        // Numbers too large for a double (1e400) are refused here rather than by the parser.
        sink.error("", "the file holds a value Baton cannot read: " + plainReason(e.what()));
        return std::nullopt;
    }
}

} // namespace baton::exchange
