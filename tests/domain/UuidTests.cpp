#include "support/Catch.h"

#include "baton/domain/Clock.h"
#include "baton/domain/Uuid.h"

#include <set>

using namespace baton::domain;

TEST_CASE("Canonical lowercase UUIDs of any version are accepted", "[domain][uuid]")
{
    CHECK(isCanonicalUuid("0190a5d2-7c3e-7b1a-9f00-1234567890ab"));
    CHECK(isCanonicalUuid("123e4567-e89b-42d3-a456-426614174000"));
}

TEST_CASE("Uppercase, braced or malformed UUIDs are refused", "[domain][uuid]")
{
    CHECK_FALSE(isCanonicalUuid("0190A5D2-7C3E-7B1A-9F00-1234567890AB"));
    CHECK_FALSE(isCanonicalUuid("{0190a5d2-7c3e-7b1a-9f00-1234567890ab}"));
    CHECK_FALSE(isCanonicalUuid("0190a5d27c3e7b1a9f001234567890ab"));
    CHECK_FALSE(isCanonicalUuid("0190a5d2-7c3e-7b1a-9f00-1234567890ag"));
    CHECK_FALSE(isCanonicalUuid(""));
}

TEST_CASE("New ids are version 7 UUIDs that carry the clock's milliseconds", "[domain][uuid]")
{
    FixedClock clock(*Timestamp::parse("2026-03-01T09:30:00Z"));
    UuidGenerator gen(clock, 42);
    const std::string id = gen.next();
    CHECK(isCanonicalUuid(id));
    CHECK(id[14] == '7');
    CHECK((id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b'));
    const auto ms = std::stoull(id.substr(0, 8) + id.substr(9, 4), nullptr, 16);
    CHECK(static_cast<std::int64_t>(ms) == clock.now().millis());
}

TEST_CASE("Ids made later sort after ids made earlier", "[domain][uuid]")
{
    FixedClock clock(*Timestamp::parse("2026-03-01T09:30:00Z"));
    UuidGenerator gen(clock, 1);
    const std::string first = gen.next();
    clock.advanceMillis(5);
    CHECK(gen.next() > first);
}

TEST_CASE("Ten thousand new ids are all different", "[domain][uuid]")
{
    FixedClock clock(*Timestamp::parse("2026-03-01T09:30:00Z"));
    UuidGenerator gen(clock);
    std::set<std::string> ids;
    for (int i = 0; i < 10000; ++i)
        ids.insert(gen.next());
    CHECK(ids.size() == 10000);
}
