#include "baton/domain/Initiative.h"

namespace baton::domain {

std::int32_t LeadStint::daysUntil(Date until) const
{
    const Date end = to ? *to : until;
    return end < from ? 0 : end.days() - from.days() + 1;
}

const LeadStint* Initiative::leadOn(Date day) const
{
    for (const auto& stint : leadership) {
        if (stint.role == StintRole::Lead && stint.covers(day))
            return &stint;
    }
    return nullptr;
}

} // namespace baton::domain
