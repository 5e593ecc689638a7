#include "baton/storage/Migrations.h"

namespace baton::storage {

int currentSchemaVersion()
{
    const auto& all = embeddedMigrations();
    return all.empty() ? 0 : all.back().version;
}

} // namespace baton::storage
