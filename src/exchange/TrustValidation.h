#pragma once

#include "IssueSink.h"
#include "TeamDraft.h"

#include <functional>
#include <string>

namespace baton::exchange {

/// Whether an id names a record in the file being imported or in the team file.
struct KnownIds {
    std::function<bool(const std::string&)> member, initiative, decision, commitment;
};

/// The references of conflicts, voice items, pulses and reviews, and their duplicate ids, each
/// refused at its JSON Pointer (part of ImportValidator).
void validateTrustRecords(const TeamDraft& draft, const KnownIds& known, IssueSink& sink);

} // namespace baton::exchange
