#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baton::domain {

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    static Date fromDays(std::int32_t days) { return Date(days); }
    /// Builds a date; the caller guarantees a valid day (use parse for user text).
    static Date fromYmd(int year, unsigned month, unsigned day);
    /// Parses exactly `YYYY-MM-DD` and refuses impossible days such as 2026-02-30.
    static std::optional<Date> parse(std::string_view text);

    std::int32_t days() const { return m_days; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    Date addDays(std::int32_t n) const { return Date(m_days + n); }
    std::string toString() const;

    friend constexpr auto operator<=>(Date, Date) = default;

private:
    explicit constexpr Date(std::int32_t days) : m_days(days) {}
    std::int32_t m_days = 0;
};

/// A UTC instant with microsecond precision, written as RFC 3339 (`2026-03-01T09:30:00Z`).
class Timestamp {
public:
    constexpr Timestamp() = default;
    static constexpr Timestamp fromMillis(std::int64_t ms) { return Timestamp(ms * 1000); }
    static constexpr Timestamp fromMicros(std::int64_t us) { return Timestamp(us); }
    /// Parses RFC 3339 in UTC: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+00:00)`.
    static std::optional<Timestamp> parse(std::string_view text);

    constexpr std::int64_t millis() const { return m_us / 1000; }
    constexpr std::int64_t micros() const { return m_us; }
    Date date() const;
    /// Canonical text; a fraction is written only when it is not zero (3 digits, or 6 when needed).
    std::string toString() const;

    friend constexpr auto operator<=>(Timestamp, Timestamp) = default;

private:
    explicit constexpr Timestamp(std::int64_t us) : m_us(us) {}
    std::int64_t m_us = 0;
};

} // namespace baton::domain
