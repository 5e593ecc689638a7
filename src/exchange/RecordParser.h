#pragma once

#include "FieldReader.h"
#include "TeamDraft.h"

namespace baton::exchange {

/// The exchange format version this build reads and writes.
constexpr int kFormatVersion = 1;

/// Reads the top level and every record of an exchange file into a draft, reporting each
/// field-level problem (types, ranges, enums, required fields) at its JSON Pointer.
/// Records with problems are left out of the draft; the caller refuses the import.
TeamDraft parseTeamDocument(const Json& root, IssueSink& sink);

} // namespace baton::exchange
