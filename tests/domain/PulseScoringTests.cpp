#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/PulseScoring.h"

using namespace baton::domain;
using baton::test::day;

namespace {
// Five responses and their scores (items 1, 3 and 5 reversed as 8 - answer):
// {2,6,3,5,1,7,4} -> 6,6,5,5,7,7,4 = 40 -> 40/7
// {1,7,1,7,1,7,7} -> 7,7,7,7,7,7,7 = 49 -> 7
// {7,1,7,1,7,1,1} -> 1,1,1,1,1,1,1 = 7  -> 1
// {4,4,4,4,4,4,4} -> 4 each        = 28 -> 4
// {3,5,2,6,2,6,5} -> 5,5,6,6,6,6,5 = 39 -> 39/7
const std::vector<PulseAnswers> kFive{
    {2, 6, 3, 5, 1, 7, 4}, {1, 7, 1, 7, 1, 7, 7}, {7, 1, 7, 1, 7, 1, 1}, {4, 4, 4, 4, 4, 4, 4}, {3, 5, 2, 6, 2, 6, 5}};

Pulse pulseWith(const std::vector<PulseAnswers>& responses, int minResponses = 5)
{
    Pulse p;
    p.id = PulseId("p1");
    p.title = "Spring pulse";
    p.openedOn = day("2026-03-01");
    p.minResponses = minResponses;
    for (std::size_t i = 0; i < responses.size(); ++i)
        p.responded.push_back(MemberId("m" + std::to_string(i)));
    p.responses = sortedForStorage(responses);
    return p;
}
} // namespace

TEST_CASE("A response's score reverses items 1, 3 and 5 before taking the mean", "[domain][pulse]")
{
    // reversed items 1, 3, 5: 8 - 2 = 6, 8 - 3 = 5, 8 - 1 = 7; (6 + 6 + 5 + 5 + 7 + 7 + 4) / 7 = 40 / 7
    CHECK(scoreOf({2, 6, 3, 5, 1, 7, 4}) == Approx(40.0 / 7.0));
    CHECK(scoreOf({1, 7, 1, 7, 1, 7, 7}) == Approx(7.0)); // the safest answers everywhere
    CHECK(scoreOf({7, 1, 7, 1, 7, 1, 1}) == Approx(1.0)); // the least safe everywhere
    CHECK(scoreOf({4, 4, 4, 4, 4, 4, 4}) == Approx(4.0)); // the middle is its own reverse
    CHECK(kPulseReversed == std::array<bool, 7>{true, false, true, false, true, false, false});
}

TEST_CASE("The team mean is the mean of the responses' scores", "[domain][pulse]")
{
    const auto f = pulseFigures(pulseWith(kFive));
    CHECK(f.responses == 5);
    CHECK(f.shown);
    // (40/7 + 7 + 1 + 4 + 39/7) / 5 = (40 + 49 + 7 + 28 + 39) / 35 = 163 / 35 = 4.657143
    CHECK(f.mean == Approx(163.0 / 35.0));
}

TEST_CASE("The distribution counts raw answers per item", "[domain][pulse]")
{
    const auto f = pulseFigures(pulseWith(kFive));
    REQUIRE(f.shown);
    // item 1 answers 2, 1, 7, 4, 3 (raw, not reversed)
    CHECK(f.distribution[0] == std::array<int, 7>{1, 1, 1, 1, 0, 0, 1});
    // item 2 answers 6, 7, 1, 4, 5
    CHECK(f.distribution[1] == std::array<int, 7>{1, 0, 0, 1, 1, 1, 1});
    // item 7 answers 4, 7, 1, 4, 5
    CHECK(f.distribution[6] == std::array<int, 7>{1, 0, 0, 2, 1, 0, 1});
    for (const auto& item : f.distribution) {
        int total = 0;
        for (const int count : item)
            total += count;
        CHECK(total == 5);
    }
}

TEST_CASE("Below min_responses only the count is given", "[domain][pulse]")
{
    const std::vector<PulseAnswers> four(kFive.begin(), kFive.begin() + 4);
    const auto f = pulseFigures(pulseWith(four));
    CHECK(f.responses == 4);
    CHECK_FALSE(f.shown);
    CHECK(f.mean == 0.0);
    for (const auto& item : f.distribution)
        CHECK(item == std::array<int, 7>{});

    // with min_responses 3 the first three show: (40/7 + 7 + 1) / 3 = (40 + 49 + 7) / 21 = 96 / 21
    const std::vector<PulseAnswers> three(kFive.begin(), kFive.begin() + 3);
    const auto g = pulseFigures(pulseWith(three, 3));
    CHECK(g.shown);
    CHECK(g.mean == Approx(96.0 / 21.0));
    CHECK_FALSE(pulseFigures(pulseWith({}, 3)).shown);
}

TEST_CASE("Responses are stored sorted by their answers", "[domain][pulse]")
{
    const auto sorted =
        sortedForStorage({{4, 4, 4, 4, 4, 4, 4}, {2, 6, 3, 5, 1, 7, 4}, {2, 5, 7, 7, 7, 7, 7}, {1, 7, 1, 7, 1, 7, 7}});
    REQUIRE(sorted.size() == 4);
    CHECK(sorted[0] == PulseAnswers{1, 7, 1, 7, 1, 7, 7});
    CHECK(sorted[1] == PulseAnswers{2, 5, 7, 7, 7, 7, 7}); // 5 < 6 on the second answer
    CHECK(sorted[2] == PulseAnswers{2, 6, 3, 5, 1, 7, 4});
    CHECK(sorted[3] == PulseAnswers{4, 4, 4, 4, 4, 4, 4});
}

TEST_CASE("Recording a response keeps who and what apart and in sorted order", "[domain][pulse]")
{
    Pulse p = pulseWith({}, 3);
    REQUIRE(recordResponse(p, MemberId("zoe"), {4, 4, 4, 4, 4, 4, 4}).ok());
    REQUIRE(recordResponse(p, MemberId("ana"), {2, 6, 3, 5, 1, 7, 4}).ok());
    CHECK(p.responded == std::vector<MemberId>{MemberId("ana"), MemberId("zoe")});
    CHECK(p.responses == std::vector<PulseAnswers>{{2, 6, 3, 5, 1, 7, 4}, {4, 4, 4, 4, 4, 4, 4}});

    const auto twice = recordResponse(p, MemberId("ana"), {1, 1, 1, 1, 1, 1, 1});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == "this member has already responded to the pulse");
    const auto outOfRange = recordResponse(p, MemberId("bo"), {1, 2, 3, 4, 5, 6, 8});
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().message == "every answer runs from 1 to 7");
    CHECK(p.responses.size() == 2);

    REQUIRE(closePulse(p, day("2026-03-08")).ok());
    const auto closed = recordResponse(p, MemberId("bo"), {1, 2, 3, 4, 5, 6, 7});
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().message == "the pulse closed on 2026-03-08");
}

TEST_CASE("A pulse closes once, not before it opened", "[domain][pulse]")
{
    Pulse p = pulseWith({});
    const auto early = closePulse(p, day("2026-02-28"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == "the pulse cannot close (2026-02-28) before it opened (2026-03-01)");
    REQUIRE(closePulse(p, day("2026-03-01")).ok());
    CHECK(closePulse(p, day("2026-03-02")).error().message == "the pulse is already closed (2026-03-01)");
}

TEST_CASE("A response read from a file has exactly seven answers from 1 to 7", "[domain][pulse]")
{
    CHECK(answerProblems({1, 2, 3, 4, 5, 6, 7}).empty());
    CHECK(answerProblems({1, 2, 3}) ==
          std::vector<std::string>{"a response has exactly seven answers; this one has 3"});
    CHECK(answerProblems({1, 2, 3, 4, 5, 6, 8}) == std::vector<std::string>{"answer 7 is 8; answers run from 1 to 7"});
    CHECK(answerProblems({0, 2, 3, 4, 5, 6, 7, 1}).size() == 2);
}

TEST_CASE("A pulse has one response per member and a threshold of at least 3", "[domain][pulse]")
{
    CHECK(pulseProblems(pulseWith(kFive)).empty());

    Pulse low = pulseWith(kFive, 2);
    CHECK(pulseProblems(low) ==
          std::vector<std::string>{"a pulse shows figures from 3 responses at the least; min_responses is 2"});

    Pulse twice = pulseWith(kFive);
    twice.responded[4] = twice.responded[0];
    CHECK(pulseProblems(twice) == std::vector<std::string>{"member m0 is counted as responding twice"});

    Pulse missing = pulseWith(kFive);
    missing.responses.pop_back();
    CHECK(pulseProblems(missing) ==
          std::vector<std::string>{"one response per member: 5 responded but there are 4 responses"});

    Pulse bad = pulseWith(kFive);
    bad.responses[0][3] = 0;
    CHECK(pulseProblems(bad) == std::vector<std::string>{"response 1 has an answer outside 1 to 7"});

    Pulse backwards = pulseWith(kFive);
    backwards.closedOn = day("2026-02-01");
    CHECK(pulseProblems(backwards) ==
          std::vector<std::string>{"it is closed (2026-02-01) before it opened (2026-03-01)"});
}

TEST_CASE("An export below the threshold may withhold every response", "[domain][pulse]")
{
    // three responded, min 5: the file carries no responses, and that is valid
    Pulse withheld = pulseWith({kFive[0], kFive[1], kFive[2]});
    withheld.responses.clear();
    CHECK(pulseProblems(withheld).empty());
    // at the threshold nothing is withheld
    Pulse full = pulseWith(kFive);
    full.responses.clear();
    CHECK(pulseProblems(full).size() == 1);
}
