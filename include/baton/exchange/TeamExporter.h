#pragma once

#include "baton/domain/Clock.h"
#include "baton/domain/Result.h"
#include "baton/storage/TeamFile.h"

#include <ostream>
#include <string>

namespace baton::exchange {

/// Writes a whole team file in the exchange format, streaming record by record.
class TeamExporter {
public:
    TeamExporter(storage::TeamFile& file, const domain::Clock& clock) : m_file(file), m_clock(clock) {}

    /// Writes atomically: a temporary file next to `path` is renamed over it only when complete.
    domain::Result<void> exportFile(const std::string& path);
    void write(std::ostream& out);

private:
    storage::TeamFile& m_file;
    const domain::Clock& m_clock;
};

} // namespace baton::exchange
