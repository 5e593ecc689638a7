// Accountability figures as of a date, checked against hand-computed expectations.
#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/report/AccountabilityReport.h"

using namespace baton::domain;
using namespace baton::report;
using baton::test::day;
using baton::test::member;
using baton::test::stint;

namespace {

Commitment commitment(const std::string& id, const std::string& owner, CommitmentStatus status, const char* due,
                      const char* closed = nullptr, const std::string& description = "Do the thing")
{
    Commitment c;
    c.id = CommitmentId(id);
    c.owner = MemberId(owner);
    c.status = status;
    c.description = description;
    if (due)
        c.dueOn = day(due);
    if (closed)
        c.closedOn = day(closed);
    return c;
}

Decision decision(const std::string& id, DecisionStatus status, const char* accountable, const char* decideBy = nullptr)
{
    Decision d;
    d.id = DecisionId(id);
    d.title = id;
    d.status = status;
    if (accountable)
        d.accountable = MemberId(accountable);
    if (decideBy)
        d.decideBy = day(decideBy);
    return d;
}

/// As of 2026-04-10. Ana is active; Bo left on 2026-03-01; Cy is active.
struct Books {
    std::vector<Member> members{member("a", "Ana"), member("b", "Bo", "2026-03-01"), member("c", "Cy")};
    std::vector<Commitment> commitments{
        commitment("c1", "a", CommitmentStatus::Open, "2026-04-09"),                 // overdue by a day
        commitment("c2", "a", CommitmentStatus::Open, "2026-04-10"),                 // due today: not overdue
        commitment("c3", "a", CommitmentStatus::Done, "2026-04-01", "2026-03-30"),   // done on time
        commitment("c4", "a", CommitmentStatus::Done, "2026-04-01", "2026-04-02"),   // done late
        commitment("c5", "a", CommitmentStatus::Missed, "2026-03-01", "2026-03-05"), // missed
        commitment("c6", "b", CommitmentStatus::Open, "2026-05-01"),                 // owner has left
        commitment("c7", "b", CommitmentStatus::Dropped, nullptr, "2026-02-01"),
        commitment("c8", "a", CommitmentStatus::Done, "2026-04-15", "2026-04-20"), // closed after the as-of date
    };
    std::vector<Decision> decisions{
        decision("d1", DecisionStatus::Decided, "a"),
        decision("d2", DecisionStatus::Decided, nullptr), // should never exist
        decision("d3", DecisionStatus::Proposed, nullptr, "2026-04-09"),
        decision("d4", DecisionStatus::Proposed, "c", "2026-04-10"),
        decision("d5", DecisionStatus::Superseded, "b"),
        decision("d6", DecisionStatus::Withdrawn, "a"),
    };
    std::vector<Initiative> initiatives;
    Books()
    {
        Initiative unled;
        unled.id = InitiativeId("i1");
        unled.status = InitiativeStatus::Active;
        unled.leadership = {stint("a", "2026-01-01", "2026-04-05")};
        Initiative led = unled;
        led.id = InitiativeId("i2");
        led.leadership = {stint("c", "2026-01-01")};
        Initiative done = unled;
        done.id = InitiativeId("i3");
        done.status = InitiativeStatus::Completed;
        initiatives = {unled, led, done};
    }
    AccountabilityReport run(const char* asOf = "2026-04-10")
    {
        return buildAccountabilityReport(members, initiatives, decisions, commitments, day(asOf));
    }
};

const OwnerAccountability* owner(const AccountabilityReport& r, const std::string& name)
{
    for (const auto& o : r.owners)
        if (o.name == name)
            return &o;
    return nullptr;
}

template <typename IdT> std::vector<std::string> ids(const std::vector<IdT>& list)
{
    std::vector<std::string> out;
    for (const auto& id : list)
        out.push_back(id.str());
    return out;
}

} // namespace

TEST_CASE_METHOD(Books, "Open, done, missed and dropped are counted per owner", "[report][accountability]")
{
    const auto r = run();
    const auto* ana = owner(r, "Ana");
    REQUIRE(ana);
    CHECK(ana->open == 3); // c1, c2 and c8 (closed only after the as-of date)
    CHECK(ana->done == 2);
    CHECK(ana->missed == 1);
    CHECK(owner(r, "Bo")->open == 1);
    CHECK(owner(r, "Bo")->dropped == 1);
}

TEST_CASE_METHOD(Books, "Overdue means open and due before the as-of date, not on it", "[report][accountability]")
{
    const auto r = run();
    CHECK(owner(r, "Ana")->overdue == 1);
    CHECK(ids(r.gaps.overdueCommitments) == std::vector<std::string>{"c1"});
}

TEST_CASE_METHOD(Books, "One day later the commitment due today is overdue too", "[report][accountability]")
{
    const auto r = run("2026-04-11");
    CHECK(ids(r.gaps.overdueCommitments) == std::vector<std::string>{"c1", "c2"});
}

TEST_CASE_METHOD(Books, "A commitment closed after the as-of date was still open then", "[report][accountability]")
{
    CHECK(owner(run("2026-04-19"), "Ana")->open == 3);
    CHECK(owner(run("2026-04-20"), "Ana")->open == 2);
    CHECK(owner(run("2026-04-20"), "Ana")->done == 3);
    CHECK(owner(run("2026-04-16"), "Ana")->overdue == 3); // c1, c2, and c8 (due Apr 15, open until Apr 20)
}

TEST_CASE_METHOD(Books, "The on-time rate is done-by-the-due-date out of done or missed", "[report][accountability]")
{
    const auto r = run();
    REQUIRE(owner(r, "Ana")->onTimeRate);
    CHECK(*owner(r, "Ana")->onTimeRate == Approx(1.0 / 3.0)); // c3 on time; c4 late; c5 missed
    CHECK_FALSE(owner(r, "Bo")->onTimeRate);                  // nothing done or missed
}

TEST_CASE_METHOD(Books, "Open commitments of members who have left are a gap", "[report][accountability]")
{
    const auto r = run();
    CHECK(owner(r, "Bo")->hasLeft);
    CHECK(ids(r.gaps.openOwnedByLeavers) == std::vector<std::string>{"c6"});
    CHECK(run("2026-02-28").gaps.openOwnedByLeavers.empty()); // Bo had not left yet
}

TEST_CASE_METHOD(Books, "A decided decision without an accountable member is shown as a gap",
                 "[report][accountability]")
{
    CHECK(ids(run().gaps.decidedWithoutAccountable) == std::vector<std::string>{"d2"});
}

TEST_CASE_METHOD(Books, "Proposed decisions past decide_by are a gap, due today is not", "[report][accountability]")
{
    CHECK(ids(run().gaps.decisionsPastDeadline) == std::vector<std::string>{"d3"});
    CHECK(ids(run("2026-04-11").gaps.decisionsPastDeadline) == std::vector<std::string>{"d3", "d4"});
}

TEST_CASE_METHOD(Books, "Decisions are counted by accountable member, withdrawn ones are not taken",
                 "[report][accountability]")
{
    const auto r = run();
    REQUIRE(r.decisionOwners.size() == 3);
    CHECK(r.decisionOwners[0].name == "Ana");
    CHECK(r.decisionOwners[0].decided == 1);
    CHECK(r.decisionOwners[1].name == "Bo");
    CHECK(r.decisionOwners[1].decided == 1); // superseded still counts as taken
    CHECK(r.decisionOwners[2].name == "Cy");
    CHECK(r.decisionOwners[2].proposed == 1);
}

TEST_CASE_METHOD(Books, "Active initiatives with nobody leading on the as-of date are a gap",
                 "[report][accountability]")
{
    CHECK(ids(run().gaps.initiativesWithoutLead) == std::vector<std::string>{"i1"});
    CHECK(run("2026-04-05").gaps.initiativesWithoutLead.empty()); // still led that day
}

TEST_CASE("Near-identical open commitments on one decision with different owners are likely duplicates",
          "[report][accountability]")
{
    const std::vector<Member> members{member("a", "Ana"), member("c", "Cy")};
    auto first = commitment("x1", "a", CommitmentStatus::Open, "2026-05-01", nullptr, "Update the help centre article");
    auto second =
        commitment("x2", "c", CommitmentStatus::Open, "2026-05-01", nullptr, "Update the help-centre article.");
    auto sameOwner =
        commitment("x3", "a", CommitmentStatus::Open, "2026-05-01", nullptr, "Update the help centre article!");
    auto other = commitment("x4", "c", CommitmentStatus::Open, "2026-05-01", nullptr, "Order lunch for the workshop");
    auto elsewhere =
        commitment("x5", "c", CommitmentStatus::Open, "2026-05-01", nullptr, "Update the help centre article");
    for (auto* c : {&first, &second, &sameOwner, &other})
        c->decision = DecisionId("d1");
    elsewhere.decision = DecisionId("d2");
    const auto r =
        buildAccountabilityReport(members, {}, {}, {first, second, sameOwner, other, elsewhere}, day("2026-04-10"));
    REQUIRE(r.gaps.likelyDuplicates.size() == 2); // x1~x2 and x2~x3; x1~x3 share an owner
    for (const auto& d : r.gaps.likelyDuplicates)
        CHECK(d.similarity >= 0.8);
}

TEST_CASE("Closed commitments are never reported as duplicates", "[report][accountability]")
{
    const std::vector<Member> members{member("a", "Ana"), member("c", "Cy")};
    auto open = commitment("y1", "a", CommitmentStatus::Open, nullptr, nullptr, "Write the release notes");
    auto done = commitment("y2", "c", CommitmentStatus::Done, nullptr, "2026-04-01", "Write the release notes");
    open.initiative = done.initiative = InitiativeId("i");
    CHECK(buildAccountabilityReport(members, {}, {}, {open, done}, day("2026-04-10")).gaps.likelyDuplicates.empty());
}

TEST_CASE("Similarity ignores case, punctuation and hyphens, and tolerates a few extra words",
          "[report][accountability]")
{
    CHECK(descriptionSimilarity("Update the help centre", "update the HELP-CENTRE.") == Approx(1.0));
    CHECK(descriptionSimilarity("Tell customer support before launch",
                                "Tell the customer support team before launch") >= 0.8);
    CHECK(descriptionSimilarity("Write the release notes", "Write the next release notes") >= 0.8);
    CHECK(descriptionSimilarity("Write the release notes", "Book the venue for the offsite") < 0.5);
    CHECK(descriptionSimilarity("", "") == Approx(1.0));
}

TEST_CASE("An owner missing from the roster is still reported, by id", "[report][accountability]")
{
    const auto r = buildAccountabilityReport({}, {}, {}, {commitment("z", "ghost", CommitmentStatus::Open, nullptr)},
                                             day("2026-04-10"));
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].name == "ghost");
    CHECK(r.owners[0].open == 1);
}

TEST_CASE("Decisions are read as they stood on the as-of date", "[report][accountability]")
{
    Decision late = decision("late", DecisionStatus::Decided, "a", "2026-04-01");
    late.proposedOn = day("2026-03-01");
    late.decidedOn = day("2026-04-20"); // decided after the as-of date: still proposed then
    Decision future = decision("future", DecisionStatus::Proposed, nullptr, "2026-04-02");
    future.proposedOn = day("2026-05-01"); // not yet proposed on the as-of date
    const auto r = buildAccountabilityReport({member("a", "Ana")}, {}, {late, future}, {}, day("2026-04-10"));
    CHECK(ids(r.gaps.decisionsPastDeadline) == std::vector<std::string>{"late"});
    REQUIRE(r.decisionOwners.size() == 1);
    CHECK(r.decisionOwners[0].proposed == 1);
    CHECK(r.decisionOwners[0].decided == 0);
}

TEST_CASE("Commitments linked to both a decision and an initiative are compared through either",
          "[report][accountability]")
{
    auto both = commitment("b1", "a", CommitmentStatus::Open, nullptr, nullptr, "Write the release notes");
    both.decision = DecisionId("d1");
    both.initiative = InitiativeId("i1");
    auto initiativeOnly = commitment("b2", "c", CommitmentStatus::Open, nullptr, nullptr, "Write the release notes.");
    initiativeOnly.initiative = InitiativeId("i1");
    auto alsoBoth = commitment("b3", "c", CommitmentStatus::Open, nullptr, nullptr, "Write the release notes!");
    alsoBoth.decision = DecisionId("d1");
    alsoBoth.initiative = InitiativeId("i1");
    const auto r = buildAccountabilityReport({member("a", "Ana"), member("c", "Cy")}, {}, {},
                                             {both, initiativeOnly, alsoBoth}, day("2026-04-10"));
    CHECK(r.gaps.likelyDuplicates.size() == 2); // b1~b2 and b1~b3, each once; b2 and b3 share an owner
}

TEST_CASE("Duplicate detection folds case beyond ASCII, so Überprüfung Q3 meets überprüfung q3",
          "[report][accountability]")
{
    CHECK(descriptionSimilarity("Überprüfung Q3", "überprüfung q3") == Approx(1.0));
    CHECK(descriptionSimilarity("ПРОВЕРКА ОТЧЁТА", "проверка отчёта") == Approx(1.0));
    CHECK(descriptionSimilarity("Straße sperren", "STRASSE SPERREN") == Approx(1.0));

    auto upper = commitment("u1", "a", CommitmentStatus::Open, nullptr, nullptr, "Überprüfung Q3");
    auto lower = commitment("u2", "c", CommitmentStatus::Open, nullptr, nullptr, "überprüfung q3");
    auto cyrillicUpper = commitment("u3", "a", CommitmentStatus::Open, nullptr, nullptr, "ОТЧЁТ");
    auto cyrillicLower = commitment("u4", "c", CommitmentStatus::Open, nullptr, nullptr, "отчёт");
    upper.decision = lower.decision = DecisionId("d1");
    cyrillicUpper.decision = cyrillicLower.decision = DecisionId("d2");
    const auto r = buildAccountabilityReport({member("a", "Ana"), member("c", "Cy")}, {}, {},
                                             {upper, lower, cyrillicUpper, cyrillicLower}, day("2026-04-10"));
    REQUIRE(r.gaps.likelyDuplicates.size() == 2);
    for (const auto& d : r.gaps.likelyDuplicates)
        CHECK(d.similarity == Approx(1.0));
}
