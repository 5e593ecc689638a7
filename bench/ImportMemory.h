#pragma once

#include <cstdint>
#include <string>

namespace baton::bench {

/// What one import of an exchange file cost.
struct ImportCost {
    double seconds = 0;
    std::uint64_t peakBytes = 0;     ///< VmHWM during the import (reset just before it)
    std::uint64_t baselineBytes = 0; ///< VmRSS just before the import
    bool peakWasReset = false;       ///< false when /proc/self/clear_refs could not reset VmHWM
};

/// Imports `json` into a new team file at `teamFile`, timing it and reading the process's
/// peak resident memory from /proc/self/status. Throws when the import is refused.
ImportCost measureImport(const std::string& json, const std::string& teamFile);

} // namespace baton::bench
