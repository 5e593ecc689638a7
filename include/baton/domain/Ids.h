#pragma once

#include <compare>
#include <functional>
#include <string>
#include <utility>

namespace baton::domain {

/// A record id (a lowercase UUID string) that cannot be mixed up with another kind's id.
template <typename Tag> class Id {
public:
    Id() = default;
    explicit Id(std::string value)
        : m_value(std::move(value))
    {
    }
    const std::string& str() const { return m_value; }
    bool empty() const { return m_value.empty(); }
    friend auto operator<=>(const Id&, const Id&) = default;

private:
    std::string m_value;
};

using MemberId = Id<struct MemberTag>;
using AreaId = Id<struct AreaTag>;
using EndorsementId = Id<struct EndorsementTag>;
using InitiativeId = Id<struct InitiativeTag>;
using ContributionId = Id<struct ContributionTag>;
using DecisionId = Id<struct DecisionTag>;
using CommitmentId = Id<struct CommitmentTag>;
using GoalId = Id<struct GoalTag>;
using CharterRuleId = Id<struct CharterRuleTag>;
using ConflictId = Id<struct ConflictTag>;
using VoiceItemId = Id<struct VoiceItemTag>;
using PulseId = Id<struct PulseTag>;
using ReviewId = Id<struct ReviewTag>;

} // namespace baton::domain

template <typename Tag> struct std::hash<baton::domain::Id<Tag>> {
    std::size_t operator()(const baton::domain::Id<Tag>& id) const noexcept
    {
        return std::hash<std::string>{}(id.str());
    }
};
