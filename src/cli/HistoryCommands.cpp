// baton-cli whoami, retract, history and verify: who edits, and the record of what they did.
#include "Commands.h"
#include "EditSession.h"

#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/MemberRepository.h"

#include <nlohmann/json.hpp>

#include <limits>
#include <map>

namespace baton::cli {
using namespace baton::domain;

namespace {

constexpr std::size_t kLabelWidth = 60;
constexpr std::size_t kHistoryPage = 1000;

int whoami(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const bool set = cl.positional().size() == 2;
    const auto member = set ? std::optional<MemberId>(opt.positionalId<MemberId>(1, "member")) : std::nullopt;
    if (!opt.ok())
        return readerProblem(io, opt);
    auto file = openTeamFile(cl.positional()[0], set ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    const SystemClock clock;
    edit::EditContext context(*file, clock);
    if (set) {
        if (auto ok = context.setMe(*member); !ok)
            return badInput(io, ok.error().message);
    }
    const auto me = context.me();
    if (!me) {
        io.err << "baton-cli whoami: nobody is chosen for " << cl.positional()[0]
               << "; edits are recorded without an author until you run baton-cli whoami TEAMFILE MEMBER_ID\n";
        return kExitRefused;
    }
    const auto m = storage::MemberRepository(file->db()).find(*me);
    io.out << me->str() << " " << (m ? m->name : std::string()) << "\n";
    return kExitOk;
}

int retract(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto kind = opt.choice<RecordKind>("--kind");
    const std::string key = opt.text("--id").value_or("");
    if (kind == RecordKind::Team)
        opt.fail("--kind: the team itself cannot be retracted");
    // Expertise has no id of its own: it is MEMBER_ID/AREA_ID.
    const auto slash = key.find('/');
    const bool valid = kind == RecordKind::Expertise
                           ? slash != std::string::npos && isCanonicalUuid(key.substr(0, slash)) &&
                                 isCanonicalUuid(key.substr(slash + 1))
                           : isCanonicalUuid(key);
    if (!valid)
        opt.fail("--id: \"" + key + "\" is not an id (a lowercase UUID" +
                 (kind == RecordKind::Expertise ? "; for expertise MEMBER_ID/AREA_ID)" : ")"));
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    return s.finish(s.service().retract(*kind, key));
}

/// The top-level keys whose values differ between two canonical objects, updated_at aside.
std::string changedFields(const std::string& before, const std::string& after)
{
    const auto b = nlohmann::json::parse(before, nullptr, false);
    const auto a = nlohmann::json::parse(after, nullptr, false);
    if (!b.is_object() || !a.is_object())
        return {};
    std::map<std::string, bool> keys;
    for (const auto& [k, v] : a.items())
        keys[k] = !b.contains(k) || b[k] != v;
    for (const auto& [k, v] : b.items())
        keys[k] = keys[k] || !a.contains(k);
    std::string out;
    for (const auto& [k, differs] : keys) {
        if (differs && k != "updated_at")
            out += (out.empty() ? "" : ", ") + k;
    }
    return out;
}

/// What the record was called after the change (its name, title, description or note).
std::string labelIn(const storage::ChangeEntry& e)
{
    const auto j = nlohmann::json::parse(e.after, nullptr, false);
    if (!j.is_object())
        return {};
    if (e.kind == RecordKind::Expertise && j.contains("level"))
        return "level " + j["level"].dump();
    for (const char* key : {"name", "title", "description", "note"}) {
        if (j.contains(key) && j[key].is_string()) {
            std::string label = j[key].get<std::string>();
            for (char& c : label) {
                if (c == '\n' || c == '\r' || c == '\t')
                    c = ' '; // one change per line, whatever the text holds
            }
            if (label.size() <= kLabelWidth)
                return label;
            std::size_t cut = kLabelWidth - 3;
            while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80)
                --cut; // never split a UTF-8 sequence
            return label.substr(0, cut) + "...";
        }
    }
    return {};
}

/// Member names and whether records are retracted now, looked up once each.
class HistoryNames {
public:
    explicit HistoryNames(storage::Database& db)
        : m_store(db)
    {
    }
    std::string author(const std::optional<std::string>& id)
    {
        if (!id)
            return "-";
        auto [it, fresh] = m_names.try_emplace(*id, *id);
        if (fresh) {
            if (const auto m = m_store.find<Member>(*id))
                it->second = m->name;
        }
        return it->second;
    }
    bool retracted(RecordKind kind, const std::string& key)
    {
        auto [it, fresh] = m_retracted.try_emplace(key, false);
        if (fresh) {
            const auto r = m_store.find(kind, key);
            it->second = r && isRetracted(*r);
        }
        return it->second;
    }

private:
    storage::RecordStore m_store;
    std::map<std::string, std::string> m_names;
    std::map<std::string, bool> m_retracted;
};

int history(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    storage::ChangeFilter filter;
    filter.record = opt.text("--record");
    const auto limit = opt.integer("--limit", 1, 1'000'000'000, "a number of entries");
    if (!opt.ok())
        return readerProblem(io, opt);
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    storage::HistoryLog log(file->db());
    HistoryNames names(file->db());
    std::size_t left = limit ? static_cast<std::size_t>(*limit) : std::numeric_limits<std::size_t>::max();
    std::optional<std::int64_t> before;
    while (left > 0) {
        const auto page = log.page(filter, before, std::min(left, kHistoryPage));
        for (const auto& e : page) {
            io.out << "#" << e.seq << "  " << e.at.toString() << "  " << names.author(e.author) << "  " << e.operation
                   << "  " << toString(e.kind) << " " << e.record;
            if (const auto label = labelIn(e); !label.empty())
                io.out << "  \"" << label << "\"";
            if (e.before) {
                if (const auto changed = changedFields(*e.before, e.after); !changed.empty())
                    io.out << "  changed: " << changed;
            }
            if (e.undoes)
                io.out << "  (undo of #" << *e.undoes << ")";
            if (names.retracted(e.kind, e.record))
                io.out << "  [retracted]";
            io.out << "\n";
        }
        if (page.size() < std::min(left, kHistoryPage))
            break;
        left -= page.size();
        before = page.back().seq;
    }
    return kExitOk;
}

int verify(const CommandLine& cl, Io io)
{
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    const storage::VerifyResult result = storage::verifyHistory(file->db());
    if (!result.ok)
        return badInput(io, result.problem);
    const std::string head = storage::HistoryLog(file->db()).head();
    io.out << "history holds: " << result.entries << " entries, " << result.records << " records, head "
           << (head.empty() ? "none" : head.substr(0, 12)) << ", content " << result.contentDigest << "\n";
    return kExitOk;
}

} // namespace

CommandGroup historyCommands()
{
    return {
        "Authors and history",
        {
            CommandSpec("whoami", "whoami TEAMFILE [MEMBER_ID]",
                        "show or choose the member this file's edits are stamped with", 1, {}, {}, whoami)
                .optional(1)
                .details("  Every edit baton-cli makes is recorded in the history with this member as\n"
                         "  its author (the same setting the desktop app's \"who am I\" uses).\n"
                         "  Without MEMBER_ID it prints the member; exit 1 when none is chosen.\n"),
            CommandSpec("retract", "retract TEAMFILE --kind KIND --id ID",
                        "hide a record entered by mistake; it stays in the history", 1, {"--kind", "--id"}, {}, retract)
                .required({"--kind", "--id"})
                .details("  --kind KIND                 member, area, expertise, endorsement, initiative,\n"
                         "                              contribution, decision or commitment (required)\n"
                         "  --id ID                     the record's id; expertise is MEMBER_ID/AREA_ID (required)\n"
                         "  Refused while live records still refer to it.\n"),
            CommandSpec("history", "history TEAMFILE [--record ID] [--limit N]", "list changes, newest first", 1,
                        {"--record", "--limit"}, {}, history)
                .details("  --record ID                 only the changes to this record\n"
                         "  --limit N                   at most N changes\n"
                         "  Each line: #seq, time (UTC), author (- when none), operation, kind and id,\n"
                         "  label, the fields an update changed, (undo of #N), [retracted].\n"),
            CommandSpec("verify", "verify TEAMFILE", "check the history's hash chain and that every record matches it",
                        1, {}, {}, verify)
                .details("  Opens the file read-only. Exit 0 when the history holds; exit 1 naming the\n"
                         "  first entry or record that differs.\n"),
        }};
}

} // namespace baton::cli
