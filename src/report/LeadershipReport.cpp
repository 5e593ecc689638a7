#include "baton/report/LeadershipReport.h"

#include "LeadershipRows.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace baton::report {
using namespace baton::domain;

double giniCoefficient(std::vector<std::int64_t> values)
{
    const auto n = static_cast<double>(values.size());
    const double total = static_cast<double>(std::accumulate(values.begin(), values.end(), std::int64_t{0}));
    if (values.empty() || total <= 0)
        return 0;
    std::sort(values.begin(), values.end());
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        weighted += static_cast<double>(i + 1) * static_cast<double>(values[i]);
    return (2 * weighted) / (n * total) - (n + 1) / n;
}

namespace {

/// Days of [from, to] (inclusive) that fall inside [lo, hi]; 0 when they do not meet.
std::int64_t overlapDays(Date from, Date to, Date lo, Date hi)
{
    const Date start = std::max(from, lo);
    const Date end = std::min(to, hi);
    return end < start ? 0 : end.days() - start.days() + 1;
}

bool selected(const Initiative& i, const LeadershipQuery& q)
{
    if (q.status && i.status != *q.status)
        return false;
    if (q.area && std::find(i.areas.begin(), i.areas.end(), *q.area) == i.areas.end())
        return false;
    return true;
}

} // namespace

bool activeDuring(const Member& m, Date from, Date to)
{
    const bool joined = !m.joinedOn || *m.joinedOn <= to;
    const bool stayed = !m.leftOn || *m.leftOn > from; // as Member::hasLeftBy: gone on left_on
    return joined && stayed;
}

LeadershipRows rosterRows(const std::vector<Member>& members, Date from, Date to)
{
    LeadershipRows rows;
    for (const auto& m : members) {
        MemberLeadership row;
        row.id = m.id;
        row.name = m.name;
        row.active = activeDuring(m, from, to);
        rows.emplace(m.id.str(), std::move(row));
    }
    return rows;
}

void finishLeadership(const LeadershipRows& rows, LeadershipReport& report)
{
    std::vector<std::int64_t> days;
    std::int64_t total = 0;
    for (const auto& [id, row] : rows) {
        const bool ledAny = row.initiativesLed + row.initiativesCoLed > 0;
        if (!row.active && !ledAny)
            continue;
        if (row.active) {
            ++report.spread.activeMembers;
            days.push_back(row.leadDays);
            total += row.leadDays;
            if (ledAny)
                ++report.spread.membersWhoLed;
            else
                report.neverLed.push_back(row.name);
        }
        report.members.push_back(row);
    }
    std::sort(report.members.begin(), report.members.end(), [](const MemberLeadership& a, const MemberLeadership& b) {
        if (a.leadDays != b.leadDays)
            return a.leadDays > b.leadDays;
        return a.name != b.name ? a.name < b.name : a.id.str() < b.id.str();
    });
    std::sort(report.neverLed.begin(), report.neverLed.end());

    auto& spread = report.spread;
    if (spread.activeMembers > 0)
        spread.shareWhoLed = static_cast<double>(spread.membersWhoLed) / spread.activeMembers;
    if (total > 0) {
        std::vector<std::int64_t> top = days;
        std::sort(top.rbegin(), top.rend());
        std::int64_t topThree = 0;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, top.size()); ++k)
            topThree += top[k];
        spread.topThreeShare = static_cast<double>(topThree) / static_cast<double>(total);
    }
    spread.gini = giniCoefficient(days);
}

LeadershipReport buildLeadershipReport(const std::vector<Member>& members, const std::vector<Initiative>& initiatives,
                                       const LeadershipQuery& query)
{
    LeadershipReport report;
    report.to = query.to.value_or(query.today);
    std::optional<Date> earliest;
    for (const auto& i : initiatives)
        for (const auto& s : i.leadership)
            earliest = earliest ? std::min(*earliest, s.from) : s.from;
    report.from = query.from.value_or(earliest.value_or(report.to));
    const Date from = report.from;
    const Date to = report.to;

    LeadershipRows byMember = rosterRows(members, from, to);
    std::map<std::string, std::set<std::string>> led;
    std::map<std::string, std::set<std::string>> coLed;

    for (const auto& initiative : initiatives) {
        if (!selected(initiative, query))
            continue;
        InitiativeTimeline timeline{initiative.id, initiative.title, initiative.status, {}};
        std::vector<LeadStint> leads;
        for (const auto& s : initiative.leadership) {
            const Date end = s.to.value_or(query.today);
            const std::int64_t days = overlapDays(s.from, end, from, to);
            if (days == 0)
                continue;
            LeadStint clipped = s;
            clipped.from = std::max(s.from, from);
            // A stint still running is shown open only when the period reaches today.
            if (s.to || to < query.today)
                clipped.to = std::min(s.to.value_or(query.today), to);
            timeline.stints.push_back(clipped);
            ++report.stintCount;
            auto it = byMember.find(s.member.str());
            if (it == byMember.end())
                continue;
            if (s.role == StintRole::Lead) {
                it->second.leadDays += days;
                led[s.member.str()].insert(initiative.id.str());
            } else {
                coLed[s.member.str()].insert(initiative.id.str());
            }
        }
        for (const auto& s : initiative.leadership)
            if (s.role == StintRole::Lead)
                leads.push_back(s);
        std::stable_sort(leads.begin(), leads.end(),
                         [](const LeadStint& a, const LeadStint& b) { return a.from < b.from; });
        // A handoff is one lead stint followed by the next; it counts when it happens in the period.
        for (std::size_t k = 1; k < leads.size(); ++k) {
            const Date handover = leads[k].from;
            if (handover < from || handover > to || leads[k].member == leads[k - 1].member)
                continue;
            if (auto in = byMember.find(leads[k].member.str()); in != byMember.end())
                ++in->second.handoffsIn;
            if (auto out = byMember.find(leads[k - 1].member.str()); out != byMember.end())
                ++out->second.handoffsOut;
        }
        if (!timeline.stints.empty())
            report.initiatives.push_back(std::move(timeline));
    }

    std::map<std::string, InitiativeStatus> statusOf;
    for (const auto& i : initiatives)
        statusOf[i.id.str()] = i.status;
    for (auto& [id, row] : byMember) {
        row.initiativesLed = static_cast<int>(led[id].size());
        row.initiativesCoLed = static_cast<int>(coLed[id].size());
        for (const auto& initiative : led[id]) {
            switch (statusOf[initiative]) {
            case InitiativeStatus::Completed:
                ++row.completed;
                break;
            case InitiativeStatus::Missed:
                ++row.missed;
                break;
            case InitiativeStatus::Cancelled:
                ++row.cancelled;
                break;
            default:
                break;
            }
        }
    }

    std::sort(report.initiatives.begin(), report.initiatives.end(),
              [](const InitiativeTimeline& a, const InitiativeTimeline& b) {
                  return a.title != b.title ? a.title < b.title : a.id.str() < b.id.str();
              });
    finishLeadership(byMember, report);
    return report;
}

} // namespace baton::report
