#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace baton::domain {
class Clock;
}

namespace baton::exchange {

/// Limits and hooks for reading an exchange file.
struct ImportOptions {
    std::uint64_t maxFileBytes = std::uint64_t{2} << 30; ///< 2 GiB
    std::size_t maxDepth = 64;                           ///< the format itself needs 4 levels
    std::size_t maxErrors = 100;                         ///< errors listed before "and N more"
    /// Called now and then while writing; return false to cancel (nothing is written).
    std::function<bool(std::size_t done, std::size_t total)> progress;
    /// When the import's history entries say it happened; the system clock when not set.
    const domain::Clock* clock = nullptr;
};

} // namespace baton::exchange
