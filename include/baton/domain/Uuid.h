#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace baton::domain {

class Clock;

/// True for the canonical lowercase 8-4-4-4-12 hexadecimal form of any UUID version.
bool isCanonicalUuid(std::string_view text);

/// Makes time-ordered UUID version 7 strings (RFC 9562) from an injected clock.
class UuidGenerator {
public:
    explicit UuidGenerator(const Clock& clock);
    UuidGenerator(const Clock& clock, std::uint64_t seed);
    std::string next();

private:
    const Clock& m_clock;
    std::mt19937_64 m_random;
};

} // namespace baton::domain
