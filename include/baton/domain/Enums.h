#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace baton::domain {

enum class InitiativeStatus { Proposed, Active, Completed, Missed, Cancelled };
enum class StintRole { Lead, CoLead };
enum class ContributionStatus { Planned, InProgress, Done, Blocked };
enum class DecisionMethod { Consensus, Consent, Advice, Expert, MajorityVote, Delegated };
enum class DecisionStatus { Proposed, Decided, Superseded, Reversed, Withdrawn };
enum class ParticipantRole { Proposer, Decider, Advisor, Consulted, Informed };
enum class Stance { Support, Concern, Objection, Abstain, None };
enum class CommitmentStatus { Open, Done, Missed, Dropped };
enum class GoalStatus { Active, Achieved, Dropped };
enum class CharterRuleKind { DecisionRule, ConflictStep, AccountabilityPractice };
enum class DecisionFallback { AccountableDecides, MajorityVote, ExtendOnce, EscalateToTeam };
enum class ConflictStatus { Open, Resolved, Withdrawn };
enum class VoiceKind { Idea, Concern, Question };
enum class VoiceStatus { Open, Acknowledged, ActedOn, Declined };
enum class ReviewSubjectKind { Commitment, Initiative, Decision };

/// The exchange-format spelling of each enumerator, in declaration order.
template <typename E> struct EnumNames;

template <> struct EnumNames<InitiativeStatus> {
    static constexpr std::array<std::string_view, 5> kNames{"proposed", "active", "completed", "missed", "cancelled"};
};
template <> struct EnumNames<StintRole> {
    static constexpr std::array<std::string_view, 2> kNames{"lead", "co-lead"};
};
template <> struct EnumNames<ContributionStatus> {
    static constexpr std::array<std::string_view, 4> kNames{"planned", "in_progress", "done", "blocked"};
};
template <> struct EnumNames<DecisionMethod> {
    static constexpr std::array<std::string_view, 6> kNames{"consensus", "consent",       "advice",
                                                            "expert",    "majority_vote", "delegated"};
};
template <> struct EnumNames<DecisionStatus> {
    static constexpr std::array<std::string_view, 5> kNames{"proposed", "decided", "superseded", "reversed",
                                                            "withdrawn"};
};
template <> struct EnumNames<ParticipantRole> {
    static constexpr std::array<std::string_view, 5> kNames{"proposer", "decider", "advisor", "consulted", "informed"};
};
template <> struct EnumNames<Stance> {
    static constexpr std::array<std::string_view, 5> kNames{"support", "concern", "objection", "abstain", "none"};
};
template <> struct EnumNames<CommitmentStatus> {
    static constexpr std::array<std::string_view, 4> kNames{"open", "done", "missed", "dropped"};
};

template <> struct EnumNames<GoalStatus> {
    static constexpr std::array<std::string_view, 3> kNames{"active", "achieved", "dropped"};
};
template <> struct EnumNames<CharterRuleKind> {
    static constexpr std::array<std::string_view, 3> kNames{"decision_rule", "conflict_step",
                                                            "accountability_practice"};
};
template <> struct EnumNames<DecisionFallback> {
    static constexpr std::array<std::string_view, 4> kNames{"accountable_decides", "majority_vote", "extend_once",
                                                            "escalate_to_team"};
};
template <> struct EnumNames<ConflictStatus> {
    static constexpr std::array<std::string_view, 3> kNames{"open", "resolved", "withdrawn"};
};
template <> struct EnumNames<VoiceKind> {
    static constexpr std::array<std::string_view, 3> kNames{"idea", "concern", "question"};
};
template <> struct EnumNames<VoiceStatus> {
    static constexpr std::array<std::string_view, 4> kNames{"open", "acknowledged", "acted_on", "declined"};
};
template <> struct EnumNames<ReviewSubjectKind> {
    static constexpr std::array<std::string_view, 3> kNames{"commitment", "initiative", "decision"};
};

template <typename E> constexpr std::string_view toString(E value)
{
    return EnumNames<E>::kNames[static_cast<std::size_t>(value)];
}

template <typename E> std::optional<E> parseEnum(std::string_view text)
{
    const auto& names = EnumNames<E>::kNames;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// "a, b or c": the allowed spellings, for error messages.
template <typename E> std::string allowedValues()
{
    const auto& names = EnumNames<E>::kNames;
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += (i + 1 == names.size()) ? " or " : ", ";
        out += '"';
        out += names[i];
        out += '"';
    }
    return out;
}

} // namespace baton::domain
