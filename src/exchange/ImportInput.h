#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace baton::exchange {

/// The bytes of an exchange file, from memory or read from disk a chunk at a time, for a
/// parser that streams through them once. A UTF-8 byte order mark at the start is skipped;
/// offsets count from after it.
class ImportInput {
public:
    /// Text already in memory; nothing is copied.
    explicit ImportInput(std::string_view text);
    /// A file, read in chunks as the parser asks for them; check ok() before use.
    explicit ImportInput(const std::string& path);

    bool ok() const { return m_file || m_path.empty(); }
    /// How many bytes the parser has taken so far.
    std::uint64_t consumed() const { return m_base + static_cast<std::uint64_t>(m_pos - m_begin); }
    /// The whole size (for files, as measured when opened).
    std::uint64_t size() const { return m_size; }

    /// A single-pass iterator over the bytes, as nlohmann::json's parser takes them.
    class Iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char*;
        using reference = const char&;

        explicit Iterator(ImportInput* in)
            : m_in(in)
        {
        }
        reference operator*() const { return *m_in->m_pos; }
        Iterator& operator++()
        {
            ++m_in->m_pos;
            return *this;
        }
        /// Only "not at the end" is ever asked; it reads the next chunk when this one is used up.
        bool operator!=(const Iterator&) const { return m_in->m_pos != m_in->m_end || m_in->refill(); }
        bool operator==(const Iterator& other) const { return !(*this != other); }

    private:
        ImportInput* m_in;
    };
    Iterator begin() { return Iterator(this); }
    Iterator end() { return Iterator(this); }

    /// "line L, column C" (both from 1, columns in characters) of byte `offset`, or of the start
    /// of the token that ends there when `tokenStart` is set. Rereads the file; for errors only.
    std::string where(std::uint64_t offset, bool tokenStart);

private:
    bool refill();
    /// Up to `length` bytes from `offset`, fewer at the end.
    std::string readAt(std::uint64_t offset, std::size_t length);

    std::string_view m_text; ///< the whole text when in memory
    std::string m_path;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_file{nullptr, &std::fclose};
    std::vector<char> m_buffer;
    std::uint64_t m_size = 0;
    std::uint64_t m_skipped = 0; ///< a byte order mark
    std::uint64_t m_base = 0;    ///< offset of m_begin
    const char* m_begin = nullptr;
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
};

} // namespace baton::exchange
