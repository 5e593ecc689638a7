#pragma once

#include "baton/report/LeadershipReport.h"

#include <map>
#include <string>

namespace baton::report {

/// Each roster member's leadership row, by member id, as the figures are added up.
using LeadershipRows = std::map<std::string, MemberLeadership>;

/// True when the member belonged to the team at some point in [from, to].
bool activeDuring(const domain::Member& member, domain::Date from, domain::Date to);

/// A row per roster member, with `active` set for the report's period.
LeadershipRows rosterRows(const std::vector<domain::Member>& members, domain::Date from, domain::Date to);

/// Turns the added-up rows into the report's member list (active members and anyone who led,
/// most lead-days first), the members who never led, and the spread figures. Shared by the
/// in-memory and the SQL reading, so that both rank and summarise alike.
void finishLeadership(const LeadershipRows& rows, LeadershipReport& report);

} // namespace baton::report
