#pragma once

#include "support/Builders.h"
#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/storage/TeamFile.h"

#include <memory>
#include <stdexcept>

namespace baton::test {

/// A fresh team file on disk in its own temporary folder, with a fixed clock.
struct TeamFileFixture {
    TempDir dir;
    domain::FixedClock clock{*domain::Timestamp::parse("2026-11-26T09:00:00Z")};
    std::string path = dir.file("team.baton");
    std::unique_ptr<storage::TeamFile> file;

    TeamFileFixture()
    {
        auto created = storage::TeamFile::create(path, "Northwind", clock);
        if (!created)
            throw std::runtime_error(created.error().message);
        file = std::move(created.value());
    }
    storage::Database& db() { return file->db(); }
    /// Closes the file so the bytes on disk are final (WAL checkpointed).
    void close() { file.reset(); }
};

} // namespace baton::test
