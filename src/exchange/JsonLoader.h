#pragma once

#include "FieldReader.h"

#include "baton/exchange/ImportOptions.h"

#include <optional>
#include <string_view>

namespace baton::exchange {

/// Parses exchange-file text into JSON after checking size and nesting depth, so that hostile
/// input is refused with a message instead of exhausting memory or the stack.
/// Syntax errors are reported as "line L, column C".
std::optional<Json> loadJson(std::string_view text, const ImportOptions& options, IssueSink& sink);

/// Line and column (both from 1) of byte `offset` in `text`; columns count characters.
std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t offset);

} // namespace baton::exchange
