#pragma once

#include "baton/storage/Migrations.h"

#include <vector>

#include <pqxx/connection>

namespace baton::server {

/// The team server's numbered migrations, embedded from src/server/migrations at build time.
const std::vector<storage::Migration>& serverMigrations();

/// The schema version a connected server has (0 when it has no Baton schema).
int installedSchemaVersion(pqxx::connection& connection);

} // namespace baton::server
