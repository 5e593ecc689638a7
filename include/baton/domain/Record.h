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
#include "baton/domain/RecordKind.h"
#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace baton::domain {

/// Any one record Baton keeps; the edit service and the history are generic over these.
/// Adding a record kind means adding it here and to RecordTraits (see docs/architecture.md).
using AnyRecord = std::variant<Member, ExpertiseArea, Expertise, Endorsement, Initiative, Contribution, Decision,
                               Commitment, DevelopmentGoal, CharterRule, Conflict, VoiceItem, Pulse, Review>;

/// Per-kind facts the generic code needs: the kind, the key and a readable label.
template <typename T> struct RecordTraits;

template <> struct RecordTraits<Member> {
    static constexpr RecordKind kKind = RecordKind::Member;
    static std::string key(const Member& r) { return r.id.str(); }
    static std::string label(const Member& r) { return r.name; }
};
template <> struct RecordTraits<ExpertiseArea> {
    static constexpr RecordKind kKind = RecordKind::Area;
    static std::string key(const ExpertiseArea& r) { return r.id.str(); }
    static std::string label(const ExpertiseArea& r) { return r.name; }
};
template <> struct RecordTraits<Expertise> {
    static constexpr RecordKind kKind = RecordKind::Expertise;
    /// Expertise has no id of its own: one row per member and area.
    static std::string key(const Expertise& r) { return r.member.str() + "/" + r.area.str(); }
    static std::string label(const Expertise& r) { return "level " + std::to_string(r.level); }
};
template <> struct RecordTraits<Endorsement> {
    static constexpr RecordKind kKind = RecordKind::Endorsement;
    static std::string key(const Endorsement& r) { return r.id.str(); }
    static std::string label(const Endorsement& r) { return r.note; }
};
template <> struct RecordTraits<Initiative> {
    static constexpr RecordKind kKind = RecordKind::Initiative;
    static std::string key(const Initiative& r) { return r.id.str(); }
    static std::string label(const Initiative& r) { return r.title; }
};
template <> struct RecordTraits<Contribution> {
    static constexpr RecordKind kKind = RecordKind::Contribution;
    static std::string key(const Contribution& r) { return r.id.str(); }
    static std::string label(const Contribution& r) { return r.description; }
};
template <> struct RecordTraits<Decision> {
    static constexpr RecordKind kKind = RecordKind::Decision;
    static std::string key(const Decision& r) { return r.id.str(); }
    static std::string label(const Decision& r) { return r.title; }
};
template <> struct RecordTraits<Commitment> {
    static constexpr RecordKind kKind = RecordKind::Commitment;
    static std::string key(const Commitment& r) { return r.id.str(); }
    static std::string label(const Commitment& r) { return r.description; }
};

template <> struct RecordTraits<DevelopmentGoal> {
    static constexpr RecordKind kKind = RecordKind::Goal;
    static std::string key(const DevelopmentGoal& r) { return r.id.str(); }
    /// "goal: level 4", with the note when there is one (the area is an id here).
    static std::string label(const DevelopmentGoal& r)
    {
        return "goal: level " + std::to_string(r.targetLevel) + (r.note.empty() ? "" : " (" + r.note + ")");
    }
};

template <> struct RecordTraits<CharterRule> {
    static constexpr RecordKind kKind = RecordKind::CharterRule;
    static std::string key(const CharterRule& r) { return r.id.str(); }
    static std::string label(const CharterRule& r) { return r.title; }
};

template <> struct RecordTraits<Conflict> {
    static constexpr RecordKind kKind = RecordKind::Conflict;
    static std::string key(const Conflict& r) { return r.id.str(); }
    static std::string label(const Conflict& r) { return r.title; }
};

template <> struct RecordTraits<VoiceItem> {
    static constexpr RecordKind kKind = RecordKind::VoiceItem;
    static std::string key(const VoiceItem& r) { return r.id.str(); }
    static std::string label(const VoiceItem& r) { return r.text; }
};

template <> struct RecordTraits<Pulse> {
    static constexpr RecordKind kKind = RecordKind::Pulse;
    static std::string key(const Pulse& r) { return r.id.str(); }
    static std::string label(const Pulse& r) { return r.title; }
};

template <> struct RecordTraits<Review> {
    static constexpr RecordKind kKind = RecordKind::Review;
    static std::string key(const Review& r) { return r.id.str(); }
    static std::string label(const Review& r)
    {
        return "review of " + std::string(toString(r.subjectKind)) + " " + r.subject;
    }
};

/// Every field of a record, children included, as canonical JSON (see CanonicalJson.h).
/// Equal records give equal text; the history stores and hashes this.
std::string canonicalFields(const Member& r);
std::string canonicalFields(const ExpertiseArea& r);
std::string canonicalFields(const Expertise& r);
std::string canonicalFields(const Endorsement& r);
std::string canonicalFields(const Initiative& r);
std::string canonicalFields(const Contribution& r);
std::string canonicalFields(const Decision& r);
std::string canonicalFields(const Commitment& r);
std::string canonicalFields(const DevelopmentGoal& r);
std::string canonicalFields(const CharterRule& r);
std::string canonicalFields(const Conflict& r);
std::string canonicalFields(const VoiceItem& r);
/// A pulse's answers are part of its fields only once it is closed with at least
/// min_responses of them: while it is open, each history entry would otherwise show which
/// answers arrived with which member.
std::string canonicalFields(const Pulse& r);
std::string canonicalFields(const Review& r);
std::string canonicalFields(const AnyRecord& r);

/// The records `r` refers to (kind and key), for checking that they are all still live.
std::vector<std::pair<RecordKind, std::string>> referencesOf(const AnyRecord& r);

RecordKind kindOf(const AnyRecord& r);
std::string keyOf(const AnyRecord& r);
std::string labelOf(const AnyRecord& r);
Timestamp updatedAtOf(const AnyRecord& r);
void setUpdatedAt(AnyRecord& r, Timestamp at);
bool isRetracted(const AnyRecord& r);
void setRetracted(AnyRecord& r, bool retracted);

} // namespace baton::domain
