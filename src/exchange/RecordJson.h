#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Commitment.h"
#include "baton/domain/Conflict.h"
#include "baton/domain/Contribution.h"
#include "baton/domain/Decision.h"
#include "baton/domain/DevelopmentGoal.h"
#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/Pulse.h"
#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"

#include <nlohmann/json.hpp>

namespace baton::exchange {

/// Keys in the order the exchange spec lists them, so files read naturally.
using OrderedJson = nlohmann::ordered_json;

/// Each record as the exchange spec writes it; absent optional values become null.
OrderedJson toJson(const domain::Member& m);
OrderedJson toJson(const domain::ExpertiseArea& a);
OrderedJson toJson(const domain::Expertise& e);
OrderedJson toJson(const domain::Endorsement& e);
OrderedJson toJson(const domain::Initiative& i);
OrderedJson toJson(const domain::Contribution& c);
OrderedJson toJson(const domain::Decision& d);
OrderedJson toJson(const domain::Commitment& c);
OrderedJson toJson(const domain::DevelopmentGoal& g);
OrderedJson toJson(const domain::CharterRule& c);
OrderedJson toJson(const domain::Conflict& c);
OrderedJson toJson(const domain::VoiceItem& v);
/// A pulse's responses are written only once it is closed with at least min_responses of them.
OrderedJson toJson(const domain::Pulse& p);
OrderedJson toJson(const domain::Review& r);

/// The record as toJson writes it, plus `"retracted": true` for one retracted as entered by
/// mistake (an optional field added to the format, so retraction travels between files).
template <typename T> OrderedJson recordJson(const T& record)
{
    OrderedJson out = toJson(record);
    if (record.retracted)
        out["retracted"] = true;
    return out;
}

} // namespace baton::exchange
