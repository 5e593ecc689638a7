#pragma once

#include "baton/domain/Record.h"
#include "baton/domain/RecordKind.h"

#include <optional>
#include <string>

namespace baton::exchange {

/// Reads one record of `kind` from the canonical JSON the history keeps for it (the exchange
/// format's fields, plus "retracted"). Empty, with `error` naming the field, when the text is
/// not a valid record of that kind. The team sync uses it to turn merged fields back into a
/// record.
std::optional<domain::AnyRecord> recordFromFields(domain::RecordKind kind, const std::string& fields,
                                                  std::string& error);

} // namespace baton::exchange
