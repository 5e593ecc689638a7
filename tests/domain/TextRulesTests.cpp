#include "support/Catch.h"

#include "baton/domain/Enums.h"
#include "baton/domain/TextRules.h"

using namespace baton::domain;

TEST_CASE("Well-formed UTF-8 is accepted, including four-byte characters", "[domain][text]")
{
    CHECK(isValidUtf8("plain"));
    CHECK(isValidUtf8("Zoë, Łukasz, 日本, 🎉"));
}

TEST_CASE("Broken UTF-8 is refused: stray bytes, overlongs, surrogates, truncation", "[domain][text]")
{
    CHECK_FALSE(isValidUtf8("\xff"));
    CHECK_FALSE(isValidUtf8("\xc0\xaf"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xed\xa0\x80"));     // UTF-16 surrogate
    CHECK_FALSE(isValidUtf8("\xe6\x97"));         // cut short
    CHECK_FALSE(isValidUtf8("\xf4\x90\x80\x80")); // past U+10FFFF
}

TEST_CASE("Name length counts characters, not bytes", "[domain][text]")
{
    CHECK(codePointCount("abc") == 3);
    CHECK(codePointCount("Zoë") == 3);
    CHECK(codePointCount("🎉🎉") == 2);
}

TEST_CASE("Blank text is only white space", "[domain][text]")
{
    CHECK(isBlank(""));
    CHECK(isBlank(" \t\n"));
    CHECK_FALSE(isBlank(" a "));
}

TEST_CASE("Case folding makes emails compare case-insensitively", "[domain][text]")
{
    CHECK(foldCase("Ana.Silva@Example.COM") == "ana.silva@example.com");
}

TEST_CASE("Every enum round-trips through its exchange spelling", "[domain][enums]")
{
    CHECK(parseEnum<DecisionMethod>("majority_vote") == DecisionMethod::MajorityVote);
    CHECK(toString(DecisionMethod::MajorityVote) == "majority_vote");
    CHECK(parseEnum<StintRole>("co-lead") == StintRole::CoLead);
    CHECK(parseEnum<ContributionStatus>("in_progress") == ContributionStatus::InProgress);
    CHECK_FALSE(parseEnum<DecisionStatus>("Decided"));
    CHECK_FALSE(parseEnum<Stance>(""));
    for (const auto name : EnumNames<DecisionStatus>::kNames)
        CHECK(toString(*parseEnum<DecisionStatus>(name)) == name);
}

TEST_CASE("Allowed values are listed for error messages", "[domain][enums]")
{
    CHECK(allowedValues<CommitmentStatus>() == "\"open\", \"done\", \"missed\" or \"dropped\"");
}
