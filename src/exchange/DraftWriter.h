#pragma once

#include "ImportHistory.h"
#include "TeamDraft.h"

#include "baton/exchange/ImportReport.h"
#include "baton/storage/Database.h"

namespace baton::exchange {

/// Writes the checked records a draft holds (the team's members, areas, expertise,
/// endorsements, initiatives and contributions) by the merge rule, inside the caller's
/// transaction, counting them into the report.
void writeDraft(storage::Database& db, const TeamDraft& draft, ImportHistory& history, ImportReport& report);

} // namespace baton::exchange
