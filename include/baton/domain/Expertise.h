#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>

namespace baton::domain {

/// Level names from the exchange spec: 1 aware .. 5 authority.
constexpr int kMinLevel = 1;
constexpr int kMaxLevel = 5;

/// How far one member has grown in one area.
struct Expertise {
    MemberId member;
    AreaId area;
    int level = kMinLevel;
    bool wantsToLearn = false;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
