#include "edit/EditFixture.h"

#include "baton/storage/HistoryLog.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::EditFixture;

namespace {
const std::string kEve = "01930000-0000-7000-8000-000000000005";
const std::string kEndorse = "01930000-0000-7000-8000-0000000000e1";

Endorsement endorsement(const std::string& endorser, const std::string& member, const std::string& area)
{
    Endorsement e;
    e.id = EndorsementId(kEndorse);
    e.endorser = MemberId(endorser);
    e.member = MemberId(member);
    e.area = AreaId(area);
    e.note = "Her churn model saved us a month";
    e.on = baton::test::day("2026-11-20");
    return e;
}
} // namespace

TEST_CASE_METHOD(EditFixture, "Adding a member writes one add-member entry with no author while nobody is chosen",
                 "[edit][people]")
{
    const auto count = historyCount();
    REQUIRE_FALSE(me());
    const auto written = expectWrote(service.people.addMember(member(kEve, "Eve Adams", "eve@northwind.example")),
                                     count, "add-member", {{RecordKind::Member, kEve, std::nullopt}});
    CHECK_FALSE(written[0].author);
    CHECK(written[0].at == clock.now());
    const auto eve = stored<Member>(kEve);
    CHECK(eve.name == "Eve Adams");
    CHECK(eve.updatedAt == clock.now());
}

TEST_CASE_METHOD(EditFixture, "Once a member is chosen for this workstation each entry names them as author",
                 "[edit][people]")
{
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    const auto count = historyCount();
    const auto written = expectWrote(service.people.addMember(member(kEve, "Eve Adams", std::nullopt)), count,
                                     "add-member", {{RecordKind::Member, kEve, std::nullopt}});
    CHECK(written[0].author == kBo);
    CHECK(storage::HistoryLog(db()).firstOf(kEve)->author == kBo);

    REQUIRE(service.setMe(MemberId(kAna)).ok());
    auto eve = stored<Member>(kEve);
    eve.title = "Designer";
    const auto before = canon(RecordKind::Member, kEve);
    const auto edited =
        expectWrote(service.people.editMember(eve), count + 1, "edit-member", {{RecordKind::Member, kEve, before}});
    CHECK(edited[0].author == kAna);
    CHECK(storage::HistoryLog(db()).firstOf(kEve)->author == kBo);   // who created it
    CHECK(storage::HistoryLog(db()).latestOf(kEve)->author == kAna); // who changed it last
}

TEST_CASE_METHOD(EditFixture, "Editing a member records every field before and after", "[edit][people]")
{
    clock.advanceMillis(60'000);
    const auto count = historyCount();
    const auto before = canon(RecordKind::Member, kBo);
    auto bo = stored<Member>(kBo);
    bo.title = "Copywriter";
    bo.facilitator = true;
    const auto written =
        expectWrote(service.people.editMember(bo), count, "edit-member", {{RecordKind::Member, kBo, before}});
    CHECK(written[0].after.find("\"title\":\"Copywriter\"") != std::string::npos);
    CHECK(written[0].after.find("\"facilitator\":true") != std::string::npos);
    CHECK(written[0].before->find("\"title\":null") != std::string::npos);
    CHECK(stored<Member>(kBo).updatedAt == clock.now());
}

TEST_CASE_METHOD(EditFixture, "Adding and editing an area each write their entry", "[edit][people]")
{
    const std::string kDesign = "01930000-0000-7000-8000-0000000000a3";
    const auto count = historyCount();
    expectWrote(service.people.addArea(area(kDesign, "Design", std::nullopt)), count, "add-area",
                {{RecordKind::Area, kDesign, std::nullopt}});
    auto design = stored<ExpertiseArea>(kDesign);
    design.description = "Interfaces and copy";
    design.parent = AreaId(kData);
    const auto before = canon(RecordKind::Area, kDesign);
    expectWrote(service.people.editArea(design), count + 1, "edit-area", {{RecordKind::Area, kDesign, before}});
    CHECK(stored<ExpertiseArea>(kDesign).parent == AreaId(kData));
}

TEST_CASE_METHOD(EditFixture, "Setting a level creates the expertise row and a second setting changes it",
                 "[edit][people]")
{
    const std::string key = kAna + "/" + kAnalytics;
    Expertise e;
    e.member = MemberId(kAna);
    e.area = AreaId(kAnalytics);
    e.level = 3;
    const auto count = historyCount();
    expectWrote(service.people.setLevel(e), count, "set-level", {{RecordKind::Expertise, key, std::nullopt}});
    e.level = 5;
    e.wantsToLearn = true;
    const auto before = canon(RecordKind::Expertise, key);
    const auto written =
        expectWrote(service.people.setLevel(e), count + 1, "set-level", {{RecordKind::Expertise, key, before}});
    CHECK(written[0].after.find("\"level\":5") != std::string::npos);
    CHECK(written[0].before->find("\"level\":3") != std::string::npos);
}

TEST_CASE_METHOD(EditFixture, "An endorsement is written with its entry", "[edit][people]")
{
    const auto count = historyCount();
    expectWrote(service.people.endorse(endorsement(kBo, kAna, kAnalytics)), count, "endorse",
                {{RecordKind::Endorsement, kEndorse, std::nullopt}});
    CHECK(stored<Endorsement>(kEndorse).note == "Her churn model saved us a month");
}

TEST_CASE_METHOD(EditFixture, "Members cannot endorse themselves and the file stays as it was",
                 "[edit][people][refused]")
{
    expectRefused([&] { return service.people.endorse(endorsement(kAna, kAna, kAnalytics)); },
                  "cannot endorse themselves");
}

TEST_CASE_METHOD(EditFixture, "An endorsement cannot reuse the id of another endorsement", "[edit][people][refused]")
{
    requireOk(service.people.endorse(endorsement(kBo, kAna, kAnalytics)));
    expectRefused([&] { return service.people.endorse(endorsement(kDee, kBo, kData)); }, "already exists");
    CHECK(stored<Endorsement>(kEndorse).endorser == MemberId(kBo));
}

TEST_CASE_METHOD(EditFixture, "A member cannot take an email another member already has", "[edit][people][refused]")
{
    expectRefused([&] { return service.people.addMember(member(kEve, "Eve Adams", "ana@northwind.example")); },
                  "already belongs to Ana Silva");
    auto dee = stored<Member>(kDee);
    dee.email = "bo@northwind.example";
    expectRefused([&] { return service.people.editMember(dee); }, "already belongs to Bo Chen");
}

TEST_CASE_METHOD(EditFixture, "An email that differs only by case is still taken", "[edit][people][refused]")
{
    expectRefused([&] { return service.people.addMember(member(kEve, "Eve Adams", "Ana@NorthWind.Example")); },
                  "already belongs to Ana Silva");
}

TEST_CASE_METHOD(EditFixture, "An area cannot move inside itself or one of its own sub-areas",
                 "[edit][people][refused]")
{
    auto data = stored<ExpertiseArea>(kData);
    data.parent = AreaId(kAnalytics);
    expectRefused([&] { return service.people.editArea(data); },
                  "cannot sit inside itself or one of its own sub-areas");
    data.parent = AreaId(kData);
    expectRefused([&] { return service.people.editArea(data); }, "cannot sit inside itself");
}

TEST_CASE_METHOD(EditFixture, "A level outside 1 to 5 is refused", "[edit][people][refused]")
{
    Expertise e;
    e.member = MemberId(kAna);
    e.area = AreaId(kData);
    e.level = 0;
    expectRefused([&] { return service.people.setLevel(e); }, "from 1 (aware) to 5 (authority)");
    e.level = 6;
    expectRefused([&] { return service.people.setLevel(e); }, "from 1 (aware) to 5 (authority)");
}

TEST_CASE_METHOD(EditFixture, "People edits naming an unknown or a retracted record are refused",
                 "[edit][people][refused]")
{
    expectRefused([&] { return service.people.endorse(endorsement(kBo, kMissing, kData)); },
                  "The member endorsed: there is no member with id " + kMissing);
    expectRefused([&] { return service.people.addArea(area(kMissing, "Orphan", kMissing)); },
                  "The parent area: there is no area with id " + kMissing);
    const std::string kDesign = "01930000-0000-7000-8000-0000000000a3";
    requireOk(service.people.addArea(area(kDesign, "Design", std::nullopt)));
    requireOk(service.retract(RecordKind::Area, kDesign));
    Expertise e;
    e.member = MemberId(kAna);
    e.area = AreaId(kDesign);
    e.level = 2;
    expectRefused([&] { return service.people.setLevel(e); }, "The area: area “Design” was retracted");
    expectRefused([&] { return service.people.endorse(endorsement(kBo, kAna, kDesign)); }, "was retracted");
}
