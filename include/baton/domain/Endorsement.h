#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>

namespace baton::domain {

/// One member vouching for another's expertise in an area.
struct Endorsement {
    EndorsementId id;
    MemberId endorser;
    MemberId member;
    AreaId area;
    std::string note;
    std::optional<Date> on;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
