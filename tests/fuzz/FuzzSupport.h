#pragma once

// What the fuzz targets share: a scratch folder for the process, and a team file that every
// input starts from, put back only after an input changed it.

#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/storage/TeamFile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace baton::fuzz {

/// The instant every fuzz target's clock shows, so a run depends only on its input.
inline domain::FixedClock& fixedClock()
{
    static domain::FixedClock clock(*domain::Timestamp::parse("2026-11-20T09:00:00Z"));
    return clock;
}

/// One scratch folder per process, removed when the process exits normally.
inline const test::TempDir& scratch()
{
    static const test::TempDir dir;
    return dir;
}

/// Stops the run with a message: libFuzzer (and the replay) count an abort as a crash.
[[noreturn]] inline void fail(const std::string& what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
    std::abort();
}

inline void removeTeamFile(const std::string& path)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ignored);
}

/// A team file made once by `setUp` and kept as bytes; reset() writes them back and opens it.
class TemplateTeamFile {
public:
    TemplateTeamFile(const std::string& name, const std::function<void(storage::TeamFile&)>& setUp)
        : m_path(scratch().file(name))
    {
        {
            auto created = storage::TeamFile::create(m_path, "Fuzz", fixedClock());
            if (!created)
                fail("cannot create " + m_path + ": " + created.error().message);
            setUp(*created.value());
        } // closing checkpoints: the whole file is in m_path
        m_bytes = test::readFile(m_path);
        reset();
    }

    storage::TeamFile& file() { return *m_file; }

    /// Back to the bytes setUp left; for after an input that changed the file.
    void reset()
    {
        m_file.reset();
        removeTeamFile(m_path);
        test::writeFile(m_path, m_bytes);
        auto opened = storage::TeamFile::open(m_path, storage::OpenMode::ReadWrite, storage::IntegrityCheck::Deferred);
        if (!opened)
            fail("cannot reopen " + m_path + ": " + opened.error().message);
        m_file = std::move(opened.value());
    }

private:
    std::string m_path;
    std::string m_bytes;
    std::unique_ptr<storage::TeamFile> m_file;
};

} // namespace baton::fuzz
