#pragma once

#include "baton/domain/Clock.h"
#include "baton/exchange/ImportReport.h"
#include "baton/storage/TeamFile.h"

#include <string>
#include <string_view>
#include <vector>

namespace baton::exchange {

/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields.
/// Sets `error` to "line L: ..." and returns what it read so far when a quote is left open.
std::vector<std::vector<std::string>> parseCsv(std::string_view text, std::string& error);

/// Imports a member roster from CSV: a header row naming the columns in any order (name,
/// email, title, joined_on; name is required) and one member per row. A row whose email
/// matches a member updates that member; the others are added. Every error names the row
/// and column, and nothing is written unless every row is valid.
class RosterImporter {
public:
    RosterImporter(storage::TeamFile& file, const domain::Clock& clock) : m_file(file), m_clock(clock) {}
    ImportReport importFile(const std::string& path);
    ImportReport importText(std::string_view csv);

private:
    storage::TeamFile& m_file;
    const domain::Clock& m_clock;
};

} // namespace baton::exchange
