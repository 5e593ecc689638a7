// "Today" is the local calendar day; the time zone is set per test through TZ (POSIX rules,
// so no tz database is needed) and put back afterwards.
#include "support/Catch.h"

#include "baton/domain/Clock.h"

#include <cstdlib>
#include <optional>
#include <string>

#include <time.h>

using namespace baton::domain;

namespace {

/// Sets TZ for the scope of a test and restores the previous value (or its absence).
class TimeZone {
public:
    explicit TimeZone(const char* tz)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~TimeZone()
    {
        if (m_old)
            setenv("TZ", m_old->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    std::optional<std::string> m_old;
};

Timestamp at(const char* text)
{
    return *Timestamp::parse(text);
}
Date day(const char* text)
{
    return *Date::parse(text);
}

/// Today from the system clock, bracketed by the local dates just before and after, so the
/// check holds even if midnight passes while it runs.
bool todayIsLocal(const SystemClock& clock)
{
    const Date before = localDateOf(clock.now());
    const Date today = clock.today();
    const Date after = localDateOf(clock.now());
    return today == before || today == after;
}

/// A clock that only knows now(): today() comes from the base class.
class Stopped final : public Clock {
public:
    explicit Stopped(Timestamp t)
        : m_t(t)
    {
    }
    Timestamp now() const override { return m_t; }

private:
    Timestamp m_t;
};

} // namespace

TEST_CASE("The local date of an instant follows the time zone, not UTC", "[domain][clock]")
{
    {
        const TimeZone zone("NZST-12"); // twelve hours ahead of UTC
        CHECK(localDateOf(at("2026-03-01T15:00:00Z")) == day("2026-03-02"));
        CHECK(localDateOf(at("2026-03-01T11:59:59.999Z")) == day("2026-03-01"));
    }
    {
        const TimeZone zone("EST5"); // five hours behind UTC
        CHECK(localDateOf(at("2026-03-01T02:00:00Z")) == day("2026-02-28"));
        CHECK(localDateOf(at("2026-03-01T05:00:00Z")) == day("2026-03-01"));
    }
    {
        const TimeZone zone("UTC0");
        CHECK(localDateOf(at("2026-03-01T23:59:59.999999Z")) == day("2026-03-01"));
        CHECK(localDateOf(at("1969-12-31T23:59:59.500Z")) == day("1969-12-31"));
    }
}

TEST_CASE("The system clock's today is the local date", "[domain][clock]")
{
    const SystemClock clock;
    std::optional<Date> ahead;
    std::optional<Date> behind;
    {
        const TimeZone zone("LINT-14"); // UTC+14
        CHECK(todayIsLocal(clock));
        ahead = clock.today();
    }
    {
        const TimeZone zone("BIT12"); // UTC-12: always another calendar day than UTC+14
        CHECK(todayIsLocal(clock));
        behind = clock.today();
    }
    CHECK(*ahead > *behind);
}

TEST_CASE("A clock that only tells the time takes today from the local date", "[domain][clock]")
{
    const TimeZone zone("NZST-12");
    CHECK(Stopped(at("2026-03-01T15:00:00Z")).today() == day("2026-03-02"));
}

TEST_CASE("A fixed clock's day is the UTC date unless a local day is fixed", "[domain][clock]")
{
    const TimeZone zone("NZST-12"); // the machine's zone must not matter to a fixed clock
    FixedClock clock(at("2026-03-01T15:00:00Z"));
    CHECK(clock.today() == day("2026-03-01"));
    clock.setToday(day("2026-03-02"));
    CHECK(clock.today() == day("2026-03-02"));
    clock.advanceMillis(24 * 3600 * 1000);
    CHECK(clock.today() == day("2026-03-02")); // a fixed day stays
    clock.setToday(std::nullopt);
    CHECK(clock.today() == day("2026-03-02")); // the UTC date of the moved time
    const FixedClock evening(at("2026-03-01T23:00:00Z"), day("2026-03-02"));
    CHECK(evening.today() == day("2026-03-02"));
    CHECK(evening.now() == at("2026-03-01T23:00:00Z"));
}
