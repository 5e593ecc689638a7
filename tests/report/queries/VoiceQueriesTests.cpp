// The voice channel's figures read by SQL from a real team file built through the edit service.
// Today is 2026-11-26 (the fixture's clock), so every response is dated 2026-11-26.
#include "edit/EditFixture.h"

#include "baton/report/ReportQueries.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;
using Catch::Detail::Approx;

namespace {

struct Voice : EditFixture {
    int n = 0;
    VoiceItemId raise(VoiceKind kind, const char* raisedOn, bool anonymous = false)
    {
        VoiceItem v;
        v.id = VoiceItemId("01930000-0000-7000-8000-0000000001" + std::to_string(10 + ++n));
        v.kind = kind;
        v.text = "item " + std::to_string(n);
        v.raisedOn = day(raisedOn);
        requireOk(anonymous ? service.voice.raiseAnonymously(v) : service.voice.raise(v));
        return v.id;
    }
    void respond(const VoiceItemId& id, VoiceStatus status) { requireOk(service.voice.respond(id, status, "ok")); }
};

} // namespace

TEST_CASE_METHOD(Voice, "Voice figures: open by kind, median days to the first response, acted on", "[report][voice]")
{
    REQUIRE(service.setMe(MemberId(kAna)).ok());
    // Responded on 2026-11-26: raised 11-20 (6 days), 11-24 (2), 11-01 (25), 11-16 (10).
    respond(raise(VoiceKind::Idea, "2026-11-20"), VoiceStatus::ActedOn);
    respond(raise(VoiceKind::Concern, "2026-11-24", true), VoiceStatus::Acknowledged);
    const auto late = raise(VoiceKind::Question, "2026-11-01");
    respond(late, VoiceStatus::Acknowledged);
    respond(late, VoiceStatus::ActedOn); // a second response: still 25 days to the first
    respond(raise(VoiceKind::Idea, "2026-11-16"), VoiceStatus::Declined);
    // Still open: two ideas and a concern; one raised before the period.
    raise(VoiceKind::Idea, "2026-11-25");
    raise(VoiceKind::Idea, "2026-09-01");
    raise(VoiceKind::Concern, "2026-11-25", true);

    const auto f = report::readVoiceFigures(db(), day("2026-10-01"), day("2026-11-26"));
    CHECK(f.openByKind == std::array<std::int64_t, 3>{2, 1, 0});
    CHECK(f.raised == 6);    // all but the one raised on 2026-09-01
    CHECK(f.responded == 4); // 6, 2, 25 and 10 days
    CHECK(f.actedOn == 2);
    // Days 2 6 10 25: the middle two are 6 and 10, so the median is 8.
    REQUIRE(f.medianDaysToRespond);
    CHECK(*f.medianDaysToRespond == Approx(8));
}
