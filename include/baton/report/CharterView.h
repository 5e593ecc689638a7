#pragma once

#include "baton/domain/Charter.h"

#include <map>
#include <string>
#include <vector>

namespace baton::report {

/// The team charter as a report shows it: its live rules and the names of the areas they name.
struct CharterView {
    std::vector<domain::CharterRule> rules;
    std::map<std::string, std::string> areaNames; ///< area id -> name
};

} // namespace baton::report
