#include "baton/domain/Uuid.h"

#include "baton/domain/Clock.h"

namespace baton::domain {

bool isCanonicalUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

UuidGenerator::UuidGenerator(const Clock& clock) : m_clock(clock), m_random(std::random_device{}()) {}

UuidGenerator::UuidGenerator(const Clock& clock, std::uint64_t seed) : m_clock(clock), m_random(seed) {}

std::string UuidGenerator::next()
{
    // RFC 9562 section 5.7: 48-bit Unix milliseconds, version 7, 74 random bits, variant 10.
    const auto ms = static_cast<std::uint64_t>(m_clock.now().millis());
    const std::uint64_t r1 = m_random();
    const std::uint64_t r2 = m_random();
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | (r1 & 0x0f));
    bytes[7] = static_cast<unsigned char>(r1 >> 8);
    bytes[8] = static_cast<unsigned char>(0x80 | ((r1 >> 16) & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = static_cast<unsigned char>(r2 >> (8 * (i - 9)));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 0x0f];
    }
    return out;
}

} // namespace baton::domain
