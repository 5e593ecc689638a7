#pragma once

#include "baton/domain/Date.h"
#include "baton/storage/TeamFile.h"

#include <string>
#include <vector>

namespace baton::storage {

/// What `check` found: errors break the file or the exchange spec; warnings are records
/// that Baton's edit rules would have refused but that history may hold.
struct CheckResult {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

/// Checks a whole team file: SQLite integrity, references, the full-text index, the
/// exchange spec's rules re-applied to what is stored, and the workflow rules as warnings.
CheckResult checkTeam(TeamFile& file);

} // namespace baton::storage
