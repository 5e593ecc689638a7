#pragma once

#include "FieldReader.h"
#include "TeamDraft.h"

#include <optional>
#include <string_view>

namespace baton::exchange {

/// The exchange format version this build reads and writes.
constexpr int kFormatVersion = 1;

/// The top-level arrays of records, in the order the exchange format lists them.
enum class RecordArray {
    Members,
    ExpertiseAreas,
    Expertise,
    Endorsements,
    Initiatives,
    Contributions,
    Decisions,
    Commitments,
    DevelopmentGoals,
    CharterRules,
    Conflicts,
    VoiceItems,
    Pulses,
    Reviews
};

/// The top-level key of a record array ("members", ...).
std::string_view arrayKey(RecordArray kind);
/// The record array a top-level key names, if any.
std::optional<RecordArray> recordArrayNamed(std::string_view key);

/// Why a file cannot be read at all (another format, a newer version), judged from the top-level
/// values read so far; nothing else about such a file is worth reporting.
std::optional<Issue> unreadableFormat(const Json& header);

/// Reads the top level of an exchange file: `header` holds every top-level value except the
/// records, with each record array stood in for by an empty array. Reports missing or mistyped
/// fields and arrays at their JSON Pointers. Returns false when the file is not one to read
/// further (not an object, another format, a newer version).
bool parseHeader(const Json& header, IssueSink& sink, TeamDraft& draft);

/// Reads the record at `/<array>/<index>`, reporting each field-level problem (types, ranges,
/// enums, required fields) at its JSON Pointer, and appends it to the draft's list for its kind
/// when it has none (returning true). Records with problems are left out; the caller refuses
/// the import.
bool parseRecord(RecordArray kind, const Json& value, std::size_t index, IssueSink& sink, TeamDraft& draft);

} // namespace baton::exchange
