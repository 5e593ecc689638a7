#include "TrustValidation.h"

#include <unordered_map>

namespace baton::exchange {
using namespace baton::domain;

namespace {

template <typename T>
void checkDuplicateIds(const std::vector<Located<T>>& records, std::string_view kind, IssueSink& sink)
{
    std::unordered_map<std::string, std::size_t> first;
    for (const auto& r : records) {
        const auto [it, inserted] = first.emplace(r.record.id.str(), r.index);
        if (!inserted)
            sink.error(pointerOf(kind, r.index),
                       "duplicate id " + it->first + "; it is already used by " + pointerOf(kind, it->second));
    }
}

class Checker {
public:
    Checker(const KnownIds& known, IssueSink& sink)
        : m_known(known)
        , m_sink(sink)
    {
    }

    void member(std::string_view kind, std::size_t index, const std::string& field, const std::string& id)
    {
        if (!m_known.member(id))
            missing(kind, index, field, "member", id);
    }
    template <typename Tag>
    void member(std::string_view kind, std::size_t index, const std::string& field, const std::optional<Id<Tag>>& id)
    {
        if (id)
            member(kind, index, field, id->str());
    }
    template <typename Tag>
    void members(std::string_view kind, std::size_t index, const std::string& field, const std::vector<Id<Tag>>& ids)
    {
        for (std::size_t k = 0; k < ids.size(); ++k)
            member(kind, index, field + "/" + std::to_string(k), ids[k].str());
    }
    void decision(std::string_view kind, std::size_t index, const std::string& field, const std::string& id)
    {
        if (!m_known.decision(id))
            missing(kind, index, field, "decision", id);
    }
    void initiative(std::string_view kind, std::size_t index, const std::string& field, const std::string& id)
    {
        if (!m_known.initiative(id))
            missing(kind, index, field, "initiative", id);
    }
    void commitment(std::string_view kind, std::size_t index, const std::string& field, const std::string& id)
    {
        if (!m_known.commitment(id))
            missing(kind, index, field, "commitment", id);
    }

private:
    void missing(std::string_view kind, std::size_t index, const std::string& field, const char* what,
                 const std::string& id)
    {
        m_sink.error(pointerOf(kind, index, field),
                     std::string(what) + " " + id + " does not exist in this file or in the team file");
    }

    const KnownIds& m_known;
    IssueSink& m_sink;
};

} // namespace

void validateTrustRecords(const TeamDraft& draft, const KnownIds& known, IssueSink& sink)
{
    checkDuplicateIds(draft.conflicts, "conflicts", sink);
    checkDuplicateIds(draft.voiceItems, "voice_items", sink);
    checkDuplicateIds(draft.pulses, "pulses", sink);
    checkDuplicateIds(draft.reviews, "reviews", sink);
    Checker check(known, sink);
    for (const auto& [index, c] : draft.conflicts) {
        check.members("conflicts", index, "parties", c.parties);
        if (c.decision)
            check.decision("conflicts", index, "decision", c.decision->str());
    }
    for (const auto& [index, v] : draft.voiceItems) {
        check.member("voice_items", index, "author", v.author);
        check.member("voice_items", index, "responder", v.responder);
        if (v.initiative)
            check.initiative("voice_items", index, "initiative", v.initiative->str());
        if (v.decision)
            check.decision("voice_items", index, "decision", v.decision->str());
    }
    for (const auto& [index, p] : draft.pulses)
        check.members("pulses", index, "responded", p.responded);
    for (const auto& [index, r] : draft.reviews) {
        switch (r.subjectKind) {
        case ReviewSubjectKind::Commitment:
            check.commitment("reviews", index, "subject", r.subject);
            break;
        case ReviewSubjectKind::Initiative:
            check.initiative("reviews", index, "subject", r.subject);
            break;
        case ReviewSubjectKind::Decision:
            check.decision("reviews", index, "subject", r.subject);
            break;
        }
        check.members("reviews", index, "participants", r.participants);
        for (std::size_t k = 0; k < r.followUps.size(); ++k)
            check.commitment("reviews", index, "follow_ups/" + std::to_string(k), r.followUps[k].str());
    }
}

} // namespace baton::exchange
