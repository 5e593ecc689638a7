#pragma once

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"

#include <functional>
#include <string>
#include <vector>

namespace baton::domain {

/// Finds lead stints, commitments and decisions that Baton's edit rules would have refused;
/// imported history may hold them, so `check` lists them as warnings, never errors.
class WorkflowCheck {
public:
    using MemberLookup = std::function<const Member*(const MemberId&)>;
    explicit WorkflowCheck(MemberLookup members) : m_members(std::move(members)) {}

    std::vector<std::string> warningsFor(const Member& member) const;
    std::vector<std::string> warningsFor(const Initiative& initiative) const;
    std::vector<std::string> warningsFor(const Decision& decision) const;
    std::vector<std::string> warningsFor(const Commitment& commitment) const;

private:
    std::string nameOf(const MemberId& id) const;
    MemberLookup m_members;
};

} // namespace baton::domain
