#include "support/Catch.h"

#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"

using namespace baton::domain;

TEST_CASE("An anonymous voice item has no author at all", "[domain][voice]")
{
    VoiceItem item;
    item.kind = VoiceKind::Concern;
    item.text = "Stand-ups run long";
    CHECK(item.anonymous());
    CHECK(voiceItemProblems(item).empty());

    item.author = MemberId("");
    CHECK_FALSE(item.anonymous());
    CHECK(voiceItemProblems(item) ==
          std::vector<std::string>{"an anonymous item has no author at all, not an empty one"});

    item.author = MemberId("ana");
    CHECK(voiceItemProblems(item).empty());
}

TEST_CASE("A voice item needs its text, and a named responder is a member", "[domain][voice]")
{
    VoiceItem item;
    item.kind = VoiceKind::Question;
    item.text = " \n";
    item.responder = MemberId("");
    const auto problems = voiceItemProblems(item);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "say what the question is");
    CHECK(problems[1] == "a responder, when named, is a member");
}

TEST_CASE("A review names its subject and no blank factor", "[domain][review]")
{
    Review review;
    review.subjectKind = ReviewSubjectKind::Initiative;
    review.contributingFactors = {"the deadline was set before the scope", ""};
    const auto problems = reviewProblems(review);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "a review names the initiative it looks back on");
    CHECK(problems[1] == "contributing factor 2 is empty");

    review.subject = "0193a000-0000-7000-8000-000000000001";
    review.contributingFactors.pop_back();
    review.followUps = {CommitmentId("c1")};
    CHECK(reviewProblems(review).empty());
}
