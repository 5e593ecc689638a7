#pragma once

#include "baton/exchange/ImportOptions.h"
#include "baton/exchange/ImportReport.h"
#include "baton/storage/TeamFile.h"

#include <string>
#include <string_view>

namespace baton::exchange {

class ImportInput;

/// Imports a team exchange file (shared/spec/interchange.md) into a team file, all or nothing.
class TeamImporter {
public:
    TeamImporter(storage::TeamFile& file, ImportOptions options = {});

    /// Reads the file as a stream, checking and writing record by record in one transaction
    /// (memory stays bounded however large the file); any error leaves the team file exactly
    /// as it was.
    ImportReport importFile(const std::string& path);
    /// The same for JSON text already in memory (used for tests and piping).
    ImportReport importText(std::string_view json);

private:
    ImportReport import(ImportInput& input);

    storage::TeamFile& m_file;
    ImportOptions m_options;
};

} // namespace baton::exchange
