#pragma once

#include "baton/report/TrustView.h"
#include "baton/storage/Database.h"

namespace baton::report {

/// Conflicts (open ones with their rung and days on it), reviews and how many missed
/// commitments and initiatives were reviewed, as of `asOf`. A team keeps a few dozen
/// conflicts and reviews; the missed counts are read by index.
TrustView readTrust(storage::Database& db, domain::Date asOf);

} // namespace baton::report
