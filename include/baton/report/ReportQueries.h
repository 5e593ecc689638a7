#pragma once

#include "baton/report/AccountabilityReport.h"
#include "baton/report/LeadershipReport.h"
#include "baton/report/ReportDocuments.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>

namespace baton::storage {
class Database;
}

namespace baton::report {

/// How much of a report to read: the first `listLimit` entries of each long list (0: all of
/// them; a screen shows a few hundred, an export every one), and a flag that, once true,
/// stops the reading with ReportCancelled.
struct ReadLimits {
    std::size_t listLimit = 0;
    const std::atomic<bool>* cancel = nullptr;
};

/// Thrown when ReadLimits::cancel turned true while a report was read.
class ReportCancelled : public std::runtime_error {
public:
    ReportCancelled()
        : std::runtime_error("the report was cancelled")
    {
    }
};

/// The leadership review computed by SQL over the team file's indexes: only the initiatives
/// of the status and area asked for, and only their stints that meet the period, are read.
/// Gives the same figures as buildLeadershipReport over the same records.
LeadershipReport readLeadershipReport(storage::Database& db, const LeadershipQuery& query,
                                      const ReadLimits& limits = {});

/// The accountability review as of a date, computed by SQL over the team file's indexes.
/// Gives the same figures as buildAccountabilityReport over the same records.
AccountabilityReport readAccountabilityReport(storage::Database& db, domain::Date asOf, const ReadLimits& limits = {});

/// The voice channel's figures: items open now by kind, and of the items raised from..to (both
/// inclusive) how many were responded to, the median days to the first response (the first
/// history entry that left the item no longer open) and how many were acted on.
VoiceFigures readVoiceFigures(storage::Database& db, domain::Date from, domain::Date to);

/// Every live pulse (figures only for the closed ones with enough responses) and how many live
/// members could answer one on `today`.
PulseOverview readPulseOverview(storage::Database& db, domain::Date today);

/// A report's cover and footers as read from the team file (its name and history head) with
/// who asked and when, and names for member ids (the roster, retracted members too).
ReportContext readReportContext(storage::Database& db, std::string generatedAt, std::string generatedBy);

} // namespace baton::report
