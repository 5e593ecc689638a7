#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>

namespace baton::domain {

/// A node in the team's tree of expertise ("Data" > "Experimentation").
struct ExpertiseArea {
    AreaId id;
    std::string name;
    std::string description;
    std::optional<AreaId> parent;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
