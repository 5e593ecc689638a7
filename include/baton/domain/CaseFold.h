#pragma once

#include <string>
#include <string_view>

namespace baton::domain {

/// Unicode full case folding of UTF-8 text, for comparing names, emails and search text
/// without regard to case ("Straße" and "STRASSE" fold alike, as do "ÅSA" and "åsa").
/// Folding is locale-independent (Turkish dotted İ folds to "i" + U+0307). Bytes that are
/// not well-formed UTF-8 are copied unchanged. Equal folds mean "the same but for case";
/// the result is for comparing, never for showing.
std::string foldCase(std::string_view utf8);

/// The Unicode version foldCase's generated table comes from (e.g. "14.0.0").
std::string_view caseFoldUnicodeVersion();

} // namespace baton::domain
