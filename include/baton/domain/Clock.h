#pragma once

#include "baton/domain/Date.h"

#include <optional>

namespace baton::domain {

/// The calendar date at `at` in the process's local time zone (TZ, else /etc/localtime).
Date localDateOf(Timestamp at);

/// Where "now" comes from; injected so rules and tests never read the wall clock directly.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
    /// The calendar day the user is living in: the local date of now(), not the UTC one.
    virtual Date today() const { return localDateOf(now()); }
};

/// The real clock: now() in UTC, today() the local date.
class SystemClock final : public Clock {
public:
    Timestamp now() const override;
    Date today() const override;
};

/// A clock that stands still until told to move; for tests and reproducible runs. Its day
/// is the UTC date of its timestamp unless a local day is fixed with setToday, so tests
/// never depend on the machine's time zone.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp at)
        : m_at(at)
    {
    }
    FixedClock(Timestamp at, Date today)
        : m_at(at)
        , m_today(today)
    {
    }
    Timestamp now() const override { return m_at; }
    Date today() const override { return m_today.value_or(m_at.date()); }
    void set(Timestamp at) { m_at = at; }
    void advanceMillis(std::int64_t ms) { m_at = Timestamp::fromMicros(m_at.micros() + ms * 1000); }
    /// Fixes the local day today() returns (it stays as the time moves); nullopt goes back
    /// to the UTC date of now().
    void setToday(std::optional<Date> day) { m_today = day; }

private:
    Timestamp m_at;
    std::optional<Date> m_today;
};

} // namespace baton::domain
