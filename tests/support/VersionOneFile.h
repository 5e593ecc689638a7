#pragma once

// A team file in Baton's first format (schema version 1, before the change history), holding a
// team and `members` members: what an upgrade starts from.

#include "baton/storage/Database.h"
#include "baton/storage/Migrations.h"
#include "baton/storage/TeamFile.h"

#include <cstdio>
#include <string>

namespace baton::test {

inline void writeVersionOneFile(const std::string& path, int members)
{
    storage::Database db(path, storage::Database::Mode::ReadWriteCreate);
    db.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
    storage::Transaction tx(db);
    db.exec(storage::embeddedMigrations().front().sql);
    const std::string ts = "2025-01-01T09:00:00Z";
    db.prepare("INSERT INTO team (singleton, name, created_at, updated_at) VALUES (1, 'Old', ?1, ?1)")
        .bind(1, ts)
        .run();
    for (int i = 1; i <= members; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "01900000-0000-7000-8000-%012d", 900 + i);
        db.prepare("INSERT INTO members (id, name, updated_at) VALUES (?, ?, ?)")
            .bind(1, std::string(id))
            .bind(2, "Old member " + std::to_string(i))
            .bind(3, ts)
            .run();
    }
    db.exec("PRAGMA user_version = 1");
    tx.commit();
}

} // namespace baton::test
