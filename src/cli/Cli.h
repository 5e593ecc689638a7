#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace baton::cli {

/// Exit codes: 0 success, 1 bad input or a refused operation, 2 wrong usage.
enum ExitCode { kExitOk = 0, kExitRefused = 1, kExitUsage = 2 };

/// Runs baton-cli with `args` (without the program name); never throws.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace baton::cli
