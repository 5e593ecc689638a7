#pragma once

#include <string>
#include <vector>

namespace baton::bench {

/// `baton-bench copy TEAMFILE OUT [--pages N]`: times Save a Copy as the app runs it (its own
/// read-only connection, N pages a step) and the longest wait between two progress reports.
int runCopy(const std::vector<std::string>& args);

} // namespace baton::bench
