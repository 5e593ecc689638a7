#pragma once

#include "baton/storage/Database.h"

#include <string>

namespace baton::storage {

/// Tables whose rows note who created and who last changed them.
enum class AuthoredTable { Members, ExpertiseAreas, Initiatives, Contributions, Decisions, Commitments };

/// Records `member` as the last to change row `id` (and as its creator when none is noted yet).
void stampAuthor(Database& db, AuthoredTable table, const std::string& id, const std::string& member);

/// (created_by, updated_by) member ids of a row; empty strings when not noted.
std::pair<std::string, std::string> authorsOf(Database& db, AuthoredTable table, const std::string& id);

} // namespace baton::storage
