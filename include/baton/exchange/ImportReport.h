#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace baton::exchange {

/// One problem or notice, located by a JSON Pointer (or "line L, column C" for syntax).
struct Issue {
    std::string where;
    std::string what;
    std::string toString() const { return where.empty() ? what : where + ": " + what; }
};

/// How many records of one kind an import added, replaced with newer ones, or kept.
struct KindCounts {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
};

/// What an import did, or why it changed nothing.
struct ImportReport {
    bool applied = false;
    std::vector<Issue> errors;   ///< when not empty, nothing was written
    std::size_t errorsNotListed = 0; ///< errors found past the reporting cap
    std::vector<Issue> warnings; ///< unknown keys and other notices; the import still applies
    std::map<std::string, KindCounts> counts; ///< by exchange-format kind name
};

} // namespace baton::exchange
