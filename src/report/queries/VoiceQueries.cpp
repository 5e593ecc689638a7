// The voice channel's and the pulse's figures by SQL. Days to respond come from the history:
// the day of the first entry after which an item was no longer open (a response made here,
// imported or synchronised alike), found through the changes_record index.
#include "baton/report/ReportQueries.h"
#include "baton/report/VoiceReport.h"
#include "baton/storage/Database.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/PulseRepository.h"

#include <algorithm>

namespace baton::report {
using namespace baton::domain;
using storage::Statement;

VoiceFigures readVoiceFigures(storage::Database& db, Date from, Date to)
{
    VoiceFigures f;
    Statement open = db.prepare("SELECT kind, count(*) FROM voice_items WHERE retracted = 0 AND status = 'open' "
                                "GROUP BY kind");
    while (open.step()) {
        if (const auto kind = parseEnum<VoiceKind>(open.columnView(0)))
            f.openByKind[static_cast<std::size_t>(*kind)] = open.columnInt(1);
    }
    Statement raised = db.prepare(R"(
        SELECT v.status,
               CAST(julianday((SELECT min(substr(c.at, 1, 10)) FROM changes c
                               WHERE c.record = v.id AND c.kind = 'voice_item'
                                 AND json_extract(c.after, '$.status') <> 'open'))
                    - julianday(v.raised_on) AS INTEGER)
        FROM voice_items v
        WHERE v.retracted = 0 AND v.raised_on BETWEEN ?1 AND ?2)");
    raised.bind(1, from.toString()).bind(2, to.toString());
    std::vector<std::int64_t> days;
    while (raised.step()) {
        ++f.raised;
        const auto status = parseEnum<VoiceStatus>(raised.columnView(0)).value_or(VoiceStatus::Open);
        if (status == VoiceStatus::ActedOn)
            ++f.actedOn;
        if (status != VoiceStatus::Open)
            ++f.responded;
        if (!raised.isNull(1))
            days.push_back(std::max<std::int64_t>(0, raised.columnInt(1)));
    }
    f.medianDaysToRespond = median(std::move(days));
    return f;
}

PulseOverview readPulseOverview(storage::Database& db, Date today)
{
    PulseOverview overview;
    for (const auto& pulse : storage::PulseRepository(db).all())
        overview.pulses.push_back(summarize(pulse));
    // The repository lists pulses as stored; the trend reads oldest opened first.
    std::stable_sort(overview.pulses.begin(), overview.pulses.end(),
                     [](const PulseSummary& a, const PulseSummary& b) { return a.openedOn < b.openedOn; });
    for (const auto& m : storage::MemberRepository(db).all())
        if (!m.retracted && !m.hasLeftBy(today))
            ++overview.members;
    return overview;
}

} // namespace baton::report
