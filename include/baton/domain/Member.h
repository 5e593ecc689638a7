#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>

namespace baton::domain {

/// A person on the team. The formal title is kept apart from leadership on purpose.
struct Member {
    MemberId id;
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> title;
    bool facilitator = false;
    std::optional<Date> joinedOn;
    std::optional<Date> leftOn;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// A member has left on `day` when left_on is set and is on or before that day.
    bool hasLeftBy(Date day) const { return leftOn && *leftOn <= day; }
};

} // namespace baton::domain
