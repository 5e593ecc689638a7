#pragma once

#include "baton/domain/DevelopmentGoal.h"
#include "baton/domain/ExpertiseFit.h"
#include "baton/domain/Member.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace baton::report {

/// Who holds which expertise: the members × areas matrix with endorsements and "wants to
/// learn", the bus factor per area and suggested mentoring pairs.
struct ExpertiseMap {
    std::vector<domain::ExpertiseArea> areas; ///< live areas, each parent before its children
    std::vector<int> depth;                   ///< per area: 0 for a top-level area
    std::vector<domain::Member> members;      ///< active members, by name
    std::map<std::pair<std::string, std::string>, domain::Expertise> cells; ///< (member, area) -> row
    std::map<std::pair<std::string, std::string>, int> endorsements;        ///< (member, area) -> count
    std::vector<domain::AreaBusFactor> busFactors;                          ///< in `areas` order
    std::vector<domain::MentoringPair> pairs;
    std::string nameOf(const domain::MemberId& id) const
    {
        for (const auto& m : members)
            if (m.id == id)
                return m.name;
        return id.str();
    }
    std::string areaName(const domain::AreaId& id) const
    {
        for (const auto& a : areas)
            if (a.id == id)
                return a.name;
        return id.str();
    }
};

/// What a facilitator coaching the team looks at.
struct CoachingView {
    struct Goal {
        domain::DevelopmentGoal goal;
        std::string member;
        std::string area;
        std::string mentor; ///< empty when none
        int levelNow = 0;   ///< the member's level in the area today (0: none recorded)
    };
    struct FirstLead {
        domain::MemberId member;
        std::string name;
        std::string initiative;
        domain::Date from;
    };
    struct Untapped {
        domain::MemberId member;
        std::string name;
        std::vector<std::string> fits; ///< "Proficient in Data for “Churn study”"
    };
    std::vector<Goal> goals;           ///< active goals, review date first
    std::vector<Goal> dueForReview;    ///< active goals whose review date has come
    std::vector<FirstLead> firstLeads; ///< members whose first lead stint ever began in the last 180 days
    std::vector<Untapped> neverLed;    ///< active members who never led, whose expertise fits open initiatives
};
/// Days back that count as a "recent" first lead.
constexpr int kFirstLeadWindowDays = 180;

} // namespace baton::report
