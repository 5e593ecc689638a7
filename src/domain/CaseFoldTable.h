#pragma once

// The generated case folding table (CaseFoldTable.cpp); only CaseFold.cpp reads it.

#include <cstddef>
#include <cstdint>

namespace baton::domain::casefold {

/// Code points first..last, every `stride`-th one, fold to themselves plus `delta`.
struct FoldRun {
    char32_t first;
    char32_t last;
    std::int32_t delta;
    std::uint8_t stride;
};

constexpr std::size_t kMaxFoldLength = 3;

/// A code point that folds to two or three code points (the unused tail is 0).
struct FoldExpansion {
    char32_t from;
    char32_t to[kMaxFoldLength];
};

extern const char* const kUnicodeVersion;
/// Sorted by `first`; runs do not overlap.
extern const FoldRun kRuns[];
extern const std::size_t kRunCount;
/// Sorted by `from`.
extern const FoldExpansion kExpansions[];
extern const std::size_t kExpansionCount;

} // namespace baton::domain::casefold
