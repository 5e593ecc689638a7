// Fuzz target: changes as they arrive from the team server, applied to a replica through the
// same code a sync round runs (Replica::applyRemote), without PostgreSQL. The input is a JSON
// array of changes with the columns TeamServer::pull reads (server_seq, change_id, hlc, author,
// at, operation, kind, record, before, after); `before` and `after` may be JSON text, as the
// server stores them, or objects, which are written compactly with sorted keys the way Baton
// writes a record. What the server itself guarantees is kept: change ids of 32 hex digits,
// each once, a positive clock, and increasing server positions.
#include "FuzzSupport.h"

#include "baton/exchange/TeamImporter.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/Replica.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace baton;
using Json = nlohmann::json;

/// Two members, an area, an initiative, a decision and a commitment, with fixed ids the seeds
/// use (tests/fuzz/baseline.json; make-seeds.py makes the team file seeds from it too).
constexpr const char* kBaseline =
    R"json({
 "format": "baton-team",
 "version": 1,
 "exported_at": "2026-11-20T09:00:00Z",
 "team": {
  "name": "Fuzz",
  "description": ""
 },
 "members": [
  {
   "id": "01930000-0000-7000-8000-000000000001",
   "name": "Ana",
   "email": "ana@example.org",
   "title": "Lead",
   "facilitator": true,
   "joined_on": "2024-01-15",
   "left_on": null,
   "updated_at": "2026-11-20T09:00:00Z"
  },
  {
   "id": "01930000-0000-7000-8000-000000000002",
   "name": "Bo",
   "email": "bo@example.org",
   "title": null,
   "facilitator": false,
   "joined_on": null,
   "left_on": null,
   "updated_at": "2026-11-20T09:00:00Z"
  }
 ],
 "expertise_areas": [
  {
   "id": "01930000-0000-7000-8000-0000000000a1",
   "name": "Design",
   "description": "",
   "parent": null,
   "updated_at": "2026-11-20T09:00:00Z"
  }
 ],
 "expertise": [],
 "endorsements": [],
 "initiatives": [
  {
   "id": "01930000-0000-7000-8000-0000000000e1",
   "title": "Onboarding",
   "description": "",
   "status": "active",
   "started_on": "2026-01-05",
   "due_on": null,
   "closed_on": null,
   "areas": [
    "01930000-0000-7000-8000-0000000000a1"
   ],
   "leadership": [
    {
     "member": "01930000-0000-7000-8000-000000000001",
     "role": "lead",
     "from": "2026-01-05",
     "to": null,
     "reason": "Proposed it"
    }
   ],
   "updated_at": "2026-11-20T09:00:00Z"
  }
 ],
 "contributions": [],
 "decisions": [
  {
   "id": "01930000-0000-7000-8000-0000000000d1",
   "title": "Use the new form",
   "context": "",
   "options": [],
   "outcome": null,
   "rationale": null,
   "method": "consent",
   "status": "proposed",
   "initiative": "01930000-0000-7000-8000-0000000000e1",
   "areas": [
    "01930000-0000-7000-8000-0000000000a1"
   ],
   "proposed_on": "2026-11-01",
   "decide_by": null,
   "decided_on": null,
   "review_on": null,
   "accountable": null,
   "supersedes": null,
   "participants": [
    {
     "member": "01930000-0000-7000-8000-000000000001",
     "role": "proposer",
     "stance": "support",
     "comment": ""
    }
   ],
   "updated_at": "2026-11-20T09:00:00Z"
  }
 ],
 "commitments": [
  {
   "id": "01930000-0000-7000-8000-0000000000f1",
   "description": "Write the note",
   "owner": "01930000-0000-7000-8000-000000000002",
   "supporters": [],
   "decision": "01930000-0000-7000-8000-0000000000d1",
   "initiative": null,
   "due_on": null,
   "status": "open",
   "closed_on": null,
   "outcome": null,
   "updated_at": "2026-11-20T09:00:00Z"
  }
 ]
})json";

std::optional<std::string> textOf(const Json& change, const char* name)
{
    const auto it = change.find(name);
    if (it == change.end() || it->is_null())
        return std::nullopt;
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::int64_t integerOf(const Json& change, const char* name)
{
    const auto it = change.find(name);
    if (it == change.end())
        return 0;
    if (it->is_number_integer())
        return it->get<std::int64_t>();
    if (it->is_string()) {
        const auto& s = it->get_ref<const std::string&>();
        std::int64_t value = 0;
        std::from_chars(s.data(), s.data() + s.size(), value);
        return value;
    }
    return 0;
}

bool isChangeId(const std::string& id)
{
    if (id.size() != 32)
        return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

/// The changes the server would hand out for `bytes`; those it would never have accepted are left out.
std::vector<sync::SyncChange> decode(const std::uint8_t* data, std::size_t size)
{
    const Json input = Json::parse(data, data + size, nullptr, false);
    std::vector<sync::SyncChange> out;
    if (!input.is_array())
        return out;
    std::set<std::string> ids;
    std::int64_t seq = 0;
    for (const Json& j : input) {
        if (!j.is_object())
            continue;
        sync::SyncChange c;
        c.changeId = textOf(j, "change_id").value_or("");
        c.hlc = integerOf(j, "hlc");
        if (!isChangeId(c.changeId) || !ids.insert(c.changeId).second || c.hlc <= 0)
            continue;
        seq = std::max(seq + 1, integerOf(j, "server_seq"));
        c.serverSeq = seq;
        c.author = textOf(j, "author").value_or("");
        c.at = textOf(j, "at").value_or("");
        c.operation = textOf(j, "operation").value_or("");
        c.kind = textOf(j, "kind").value_or("");
        c.record = textOf(j, "record").value_or("");
        c.before = textOf(j, "before");
        c.after = textOf(j, "after").value_or("");
        out.push_back(std::move(c));
    }
    return out;
}

void makeReplica(storage::TeamFile& file)
{
    exchange::ImportOptions options;
    options.clock = &fuzz::fixedClock();
    const auto report = exchange::TeamImporter(file, options).importText(kBaseline);
    if (!report.applied)
        fuzz::fail("cannot import the sync baseline: " + report.errors.front().toString());
    storage::Transaction tx(file.db());
    const auto head = file.db().queryInt("SELECT max(seq) FROM changes");
    sync::Replica(file.db()).linkTo({"host=nowhere", "team", "01930000-0000-7000-8000-000000000001", head, 0, 0, true});
    tx.commit();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::TemplateTeamFile replicaFile("replica.team", makeReplica);
    const std::vector<sync::SyncChange> batch = decode(data, size);
    if (batch.empty())
        return 0;
    storage::TeamFile& file = replicaFile.file();
    {
        sync::Replica replica(file.db());
        const sync::ApplyResult result = replica.applyRemote(batch);
        if (result.applied + result.parked + result.confirmed != static_cast<std::int64_t>(batch.size()))
            fuzz::fail("applyRemote lost count of its batch");
        (void)replica.counts();
        (void)replica.refusals(50);
        const auto conflicts = replica.conflicts(50);
        const storage::VerifyResult verified = storage::verifyHistory(file.db());
        if (!verified.ok)
            fuzz::fail("the replica's history does not verify after applying: " + verified.problem);
        if (!conflicts.empty()) {
            try { // what a facilitator does in the Conflicts dialog
                replica.settle(conflicts.front(), true, std::string("01930000-0000-7000-8000-000000000001"),
                               "2026-11-21T09:00:00Z");
            } catch (const storage::StorageError&) { // "the lost value cannot be brought back": shown as is
            }
        }
    }
    replicaFile.reset();
    return 0;
}
