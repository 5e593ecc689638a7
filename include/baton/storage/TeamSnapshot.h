#pragma once

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/storage/TeamFile.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace baton::storage {

/// Everything a facilitator report reads, loaded in one read transaction.
struct TeamSnapshot {
    std::string teamName;
    std::string historyHead; ///< hash at the head of the change history when read
    std::vector<domain::Member> members;
    std::vector<domain::Initiative> initiatives;
    std::vector<domain::Decision> decisions;
    std::vector<domain::Commitment> commitments;
    /// Readable names for ids: member names, initiative and decision titles, commitment descriptions.
    std::unordered_map<std::string, std::string> names;
};

TeamSnapshot loadSnapshot(TeamFile& file);

} // namespace baton::storage
