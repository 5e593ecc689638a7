#include "ImportInput.h"

#include <algorithm>

namespace baton::exchange {

namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
constexpr std::size_t kLookBack = std::size_t{64} << 10; ///< how far back a token's start is searched
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

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
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' ||
               c == '+';
    };
    std::size_t start = offset;
    if (!isWordChar(text[start]) && start > 0 && isWordChar(text[start - 1]))
        --start; // "tru}": the parser stopped on the brace after the bad word
    while (start > 0 && isWordChar(text[start]) && isWordChar(text[start - 1]))
        --start;
    return start;
}

} // namespace

ImportInput::ImportInput(std::string_view text)
{
    if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
        text.remove_prefix(kByteOrderMark.size()); // a byte order mark carries no meaning
        m_skipped = kByteOrderMark.size();
    }
    m_text = text;
    m_size = text.size();
    m_begin = m_pos = text.data();
    m_end = text.data() + text.size();
}

ImportInput::ImportInput(const std::string& path)
    : m_path(path)
{
    m_file.reset(std::fopen(path.c_str(), "rb"));
    if (!m_file)
        return;
    // The size is what progress is measured against. A stream that cannot seek (a pipe) has
    // none and is read as it comes; one that went to its end and cannot come back is unreadable.
    if (std::fseek(m_file.get(), 0, SEEK_END) == 0) {
        m_size = static_cast<std::uint64_t>(std::max(0L, std::ftell(m_file.get())));
        if (std::fseek(m_file.get(), 0, SEEK_SET) != 0) {
            m_file.reset();
            return;
        }
    }
    m_buffer.resize(kChunkBytes);
    m_begin = m_pos = m_end = m_buffer.data();
    refill();
    if (std::string_view(m_pos, static_cast<std::size_t>(m_end - m_pos)).substr(0, kByteOrderMark.size()) ==
        kByteOrderMark) {
        m_skipped = kByteOrderMark.size();
        m_begin = m_pos = m_pos + m_skipped;
    }
    m_size -= std::min(m_size, m_skipped);
}

bool ImportInput::refill()
{
    if (!m_file)
        return false;
    m_base += static_cast<std::uint64_t>(m_end - m_begin);
    const std::size_t n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file.get());
    m_begin = m_pos = m_buffer.data();
    m_end = m_begin + n;
    return n > 0;
}

std::string ImportInput::readAt(std::uint64_t offset, std::size_t length)
{
    if (!m_file) {
        if (offset >= m_text.size())
            return {};
        return std::string(m_text.substr(static_cast<std::size_t>(offset), length));
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> again(std::fopen(m_path.c_str(), "rb"), &std::fclose);
    if (!again || std::fseek(again.get(), static_cast<long>(offset + m_skipped), SEEK_SET) != 0)
        return {};
    std::string bytes(length, '\0');
    bytes.resize(std::fread(bytes.data(), 1, length, again.get()));
    return bytes;
}

std::string ImportInput::where(std::uint64_t offset, bool atTokenStart)
{
    if (atTokenStart) {
        const std::uint64_t from = offset > kLookBack ? offset - kLookBack : 0;
        const std::string window = readAt(from, static_cast<std::size_t>(offset - from) + 1);
        offset = from + tokenStart(window, static_cast<std::size_t>(offset - from));
    }
    // Count lines, and characters since the last line break, up to the offset.
    std::uint64_t line = 1;
    std::uint64_t column = 1;
    for (std::uint64_t at = 0; at < offset;) {
        const std::string chunk =
            readAt(at, static_cast<std::size_t>(std::min<std::uint64_t>(kChunkBytes, offset - at)));
        if (chunk.empty())
            break;
        for (const char c : chunk) {
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column;
            }
        }
        at += chunk.size();
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace baton::exchange
