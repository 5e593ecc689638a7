#pragma once

// The record parsers for the kinds of trust and voice (exchange spec, "Additions to version
// 1"): conflicts, voice items, pulses and reviews. Part of RecordParser.

#include "FieldReader.h"
#include "IssueSink.h"

#include "baton/domain/Conflict.h"
#include "baton/domain/Pulse.h"
#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"

#include <optional>

namespace baton::exchange {

std::optional<domain::Conflict> parseConflict(FieldReader& r, IssueSink& sink);
std::optional<domain::VoiceItem> parseVoiceItem(FieldReader& r);
/// The responses are sorted by their answers as they are read, the order they are stored in.
std::optional<domain::Pulse> parsePulse(FieldReader& r, IssueSink& sink);
std::optional<domain::Review> parseReview(FieldReader& r, IssueSink& sink);

} // namespace baton::exchange
