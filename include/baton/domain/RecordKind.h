#pragma once

#include "baton/domain/Enums.h"

namespace baton::domain {

/// The kinds of record Baton keeps; the history names each change's kind with these.
/// `Goal` is a development goal (coaching), `CharterRule` a rule of the team charter,
/// `VoiceItem` an idea, concern or question, `Pulse` a psychological-safety pulse, `Review` a
/// shared-responsibility review. `Team` stands for team-wide
/// settings (name, who uses this workstation).
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
    CharterRule,
    Conflict,
    VoiceItem,
    Pulse,
    Review,
    Team
};

template <> struct EnumNames<RecordKind> {
    static constexpr std::array<std::string_view, 15> kNames{
        "member",       "area",       "expertise",  "endorsement",      "initiative",
        "contribution", "decision",   "commitment", "development_goal", "charter_rule",
        "conflict",     "voice_item", "pulse",      "review",           "team"};
};

} // namespace baton::domain
