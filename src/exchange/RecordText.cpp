#include "baton/exchange/RecordText.h"

#include "IssueSink.h"
#include "RecordParser.h"

namespace baton::exchange {
using namespace baton::domain;

namespace {

std::optional<RecordArray> arrayOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Member:
        return RecordArray::Members;
    case RecordKind::Area:
        return RecordArray::ExpertiseAreas;
    case RecordKind::Expertise:
        return RecordArray::Expertise;
    case RecordKind::Endorsement:
        return RecordArray::Endorsements;
    case RecordKind::Initiative:
        return RecordArray::Initiatives;
    case RecordKind::Contribution:
        return RecordArray::Contributions;
    case RecordKind::Decision:
        return RecordArray::Decisions;
    case RecordKind::Commitment:
        return RecordArray::Commitments;
    case RecordKind::Goal:
        return RecordArray::DevelopmentGoals;
    case RecordKind::CharterRule:
        return RecordArray::CharterRules;
    case RecordKind::Conflict:
        return RecordArray::Conflicts;
    case RecordKind::VoiceItem:
        return RecordArray::VoiceItems;
    case RecordKind::Pulse:
        return RecordArray::Pulses;
    case RecordKind::Review:
        return RecordArray::Reviews;
    case RecordKind::Team:
        break;
    }
    return std::nullopt;
}

template <typename T> std::optional<AnyRecord> only(std::vector<Located<T>>& list)
{
    if (list.size() != 1)
        return std::nullopt;
    return AnyRecord(std::move(list.front().record));
}

} // namespace

std::optional<AnyRecord> recordFromFields(RecordKind kind, const std::string& fields, std::string& error)
{
    const auto array = arrayOf(kind);
    if (!array) {
        error = "team settings are not a record";
        return std::nullopt;
    }
    const Json json = Json::parse(fields, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        error = "the record is not a JSON object";
        return std::nullopt;
    }
    ImportReport report;
    IssueSink sink(report, 1);
    TeamDraft draft;
    if (!parseRecord(*array, json, 0, sink, draft) || sink.hasErrors()) {
        error = report.errors.empty() ? "the record could not be read" : report.errors.front().toString();
        return std::nullopt;
    }
    switch (*array) {
    case RecordArray::Members:
        return only(draft.members);
    case RecordArray::ExpertiseAreas:
        return only(draft.areas);
    case RecordArray::Expertise:
        return only(draft.expertise);
    case RecordArray::Endorsements:
        return only(draft.endorsements);
    case RecordArray::Initiatives:
        return only(draft.initiatives);
    case RecordArray::Contributions:
        return only(draft.contributions);
    case RecordArray::Decisions:
        return only(draft.decisions);
    case RecordArray::Commitments:
        return only(draft.commitments);
    case RecordArray::DevelopmentGoals:
        return only(draft.goals);
    case RecordArray::CharterRules:
        return only(draft.charterRules);
    case RecordArray::Conflicts:
        return only(draft.conflicts);
    case RecordArray::VoiceItems:
        return only(draft.voiceItems);
    case RecordArray::Pulses:
        return only(draft.pulses);
    case RecordArray::Reviews:
        return only(draft.reviews);
    }
    return std::nullopt;
}

} // namespace baton::exchange
