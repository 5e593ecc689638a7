#pragma once

// Small constructors for domain values in tests, with readable defaults.

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"

#include <string>

namespace baton::test {

inline domain::Date day(const char* text) { return *domain::Date::parse(text); }

inline domain::Member member(const std::string& id, const std::string& name, const char* leftOn = nullptr)
{
    domain::Member m;
    m.id = domain::MemberId(id);
    m.name = name;
    if (leftOn)
        m.leftOn = day(leftOn);
    return m;
}

inline domain::LeadStint stint(const std::string& who, const char* from, const char* to = nullptr,
                               domain::StintRole role = domain::StintRole::Lead)
{
    domain::LeadStint s;
    s.member = domain::MemberId(who);
    s.role = role;
    s.from = day(from);
    if (to)
        s.to = day(to);
    s.reason = "test";
    return s;
}

} // namespace baton::test
