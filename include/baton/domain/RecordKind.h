#pragma once

#include "baton/domain/Enums.h"

namespace baton::domain {

/// The kinds of record Baton keeps; the history names each change's kind with these.
/// `Goal` is a development goal (coaching). `Team` stands for team-wide settings (name, who uses this workstation).
enum class RecordKind {
    Member,
    Area,
    Expertise,
    Endorsement,
    Initiative,
    Contribution,
    Decision,
    Commitment,
    Goal,
    Team
};

template <> struct EnumNames<RecordKind> {
    static constexpr std::array<std::string_view, 10> kNames{
        "member",       "area",     "expertise",  "endorsement",      "initiative",
        "contribution", "decision", "commitment", "development_goal", "team"};
};

} // namespace baton::domain
