#include "support/Catch.h"

#include "baton/domain/Date.h"

using baton::domain::Date;
using baton::domain::Timestamp;

TEST_CASE("A date parses from YYYY-MM-DD and prints back the same", "[domain][date]")
{
    const auto d = Date::parse("2026-03-01");
    REQUIRE(d);
    CHECK(d->year() == 2026);
    CHECK(d->month() == 3u);
    CHECK(d->day() == 1u);
    CHECK(d->toString() == "2026-03-01");
}

TEST_CASE("Impossible calendar days are refused", "[domain][date]")
{
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("2025-13-01"));
    CHECK_FALSE(Date::parse("2025-04-31"));
    CHECK_FALSE(Date::parse("2025-00-10"));
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
}

TEST_CASE("Dates in other shapes are refused", "[domain][date]")
{
    CHECK_FALSE(Date::parse("2026-3-1"));
    CHECK_FALSE(Date::parse("01/03/2026"));
    CHECK_FALSE(Date::parse("2026-03-01T00:00:00Z"));
    CHECK_FALSE(Date::parse(""));
    CHECK_FALSE(Date::parse("2026-0a-01"));
}

TEST_CASE("Adding days crosses month and year ends", "[domain][date]")
{
    CHECK(Date::fromYmd(2025, 12, 31).addDays(1).toString() == "2026-01-01");
    CHECK(Date::fromYmd(2024, 3, 1).addDays(-1).toString() == "2024-02-29");
    CHECK(Date::fromYmd(1970, 1, 1).days() == 0);
}

TEST_CASE("Dates compare in calendar order", "[domain][date]")
{
    CHECK(Date::fromYmd(2026, 1, 2) > Date::fromYmd(2025, 12, 31));
    CHECK(Date::fromYmd(2026, 1, 2) == *Date::parse("2026-01-02"));
}

TEST_CASE("A UTC timestamp parses with or without a fraction and prints canonically", "[domain][date]")
{
    const auto t = Timestamp::parse("2026-03-01T09:30:00Z");
    REQUIRE(t);
    CHECK(t->toString() == "2026-03-01T09:30:00Z");
    CHECK(t->date().toString() == "2026-03-01");
    const auto f = Timestamp::parse("2026-03-01T09:30:00.25Z");
    REQUIRE(f);
    CHECK(f->millis() - t->millis() == 250);
    CHECK(f->toString() == "2026-03-01T09:30:00.250Z");
    CHECK(Timestamp::parse("2026-03-01T09:30:00+00:00") == t);
}

TEST_CASE("Timestamps that are not UTC or not RFC 3339 are refused", "[domain][date]")
{
    CHECK_FALSE(Timestamp::parse("2026-03-01T09:30:00+01:00"));
    CHECK_FALSE(Timestamp::parse("2026-03-01 09:30:00"));
    CHECK_FALSE(Timestamp::parse("2026-03-01T25:00:00Z"));
    CHECK_FALSE(Timestamp::parse("2026-03-01T09:30:00"));
    CHECK_FALSE(Timestamp::parse("2026-03-01T09:30:00.Z"));
}

TEST_CASE("Timestamps order by instant", "[domain][date]")
{
    CHECK(*Timestamp::parse("2026-03-01T09:30:00.001Z") > *Timestamp::parse("2026-03-01T09:30:00Z"));
}

TEST_CASE("Timestamps before 1970 keep the right calendar day", "[domain][date]")
{
    const auto t = Timestamp::parse("1969-12-31T23:59:59Z");
    REQUIRE(t);
    CHECK(t->date().toString() == "1969-12-31");
    CHECK(t->toString() == "1969-12-31T23:59:59Z");
}

TEST_CASE("Timestamps keep microseconds and print only the digits they need", "[domain][date]")
{
    const auto t = Timestamp::parse("2026-03-01T09:30:00.1231Z");
    REQUIRE(t);
    CHECK(t->toString() == "2026-03-01T09:30:00.123100Z");
    CHECK(*t > *Timestamp::parse("2026-03-01T09:30:00.123Z"));
    CHECK(Timestamp::parse("2026-03-01T09:30:00.5Z")->toString() == "2026-03-01T09:30:00.500Z");
}
