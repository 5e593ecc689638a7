#include "baton/exchange/TeamImporter.h"

#include "ImportHistory.h"
#include "ImportValidator.h"
#include "JsonLoader.h"
#include "RecordParser.h"

#include "baton/domain/Clock.h"
#include "baton/domain/Record.h"

#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"

#include <filesystem>
#include <fstream>
#include <new>
#include <thread>
#include <unordered_map>

namespace baton::exchange {
using namespace baton::domain;

namespace {

struct Cancelled {};

/// Counts progress over all records and asks the caller whether to go on.
class ProgressGate {
public:
    ProgressGate(const ImportOptions& options, std::size_t total)
        : m_options(options)
        , m_total(total)
    {
    }
    void step()
    {
        if (++m_done % 1000 == 0 && m_options.progress && !m_options.progress(m_done, m_total))
            throw Cancelled{};
    }

private:
    const ImportOptions& m_options;
    std::size_t m_total;
    std::size_t m_done = 0;
};

/// Adds records that are new, replaces those whose incoming updated_at is newer, keeps the rest.
template <typename T, typename Existing, typename Write>
void merge(const std::vector<Located<T>>& records, KindCounts& counts, ProgressGate& gate, ImportHistory& history,
           Existing existing, Write write)
{
    for (const auto& r : records) {
        const std::optional<Timestamp> current = existing(r.record);
        if (!current) {
            write(r.record, storage::WriteMode::InsertNew);
            history.append(r.record, std::nullopt);
            ++counts.added;
        } else if (r.record.updatedAt > *current) {
            auto before = history.snapshot(r.record);
            write(r.record, storage::WriteMode::Upsert);
            history.append(r.record, std::move(before));
            ++counts.updated;
        } else {
            ++counts.unchanged;
        }
        gate.step();
    }
}

std::size_t recordCount(const TeamDraft& d)
{
    return d.members.size() + d.areas.size() + d.expertise.size() + d.endorsements.size() + d.initiatives.size() +
           d.contributions.size() + d.decisions.size() + d.commitments.size();
}

/// Writes the checked draft inside the caller's transaction.
void write(storage::TeamFile& file, const TeamDraft& draft, const ImportOptions& options, ImportReport& report)
{
    storage::Database& db = file.db();
    storage::MemberRepository members(db);
    storage::ExpertiseRepository expertise(db);
    storage::InitiativeRepository initiatives(db);
    storage::DecisionRepository decisions(db);
    storage::CommitmentRepository commitments(db);
    ProgressGate gate(options, recordCount(draft));
    const SystemClock systemClock;
    const Clock& clock = options.clock ? *options.clock : static_cast<const Clock&>(systemClock);
    ImportHistory history(db, "import", clock.now(), file.setting("workstation_member"));

    const bool fresh = db.queryInt("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM expertise_areas) + "
                                   "(SELECT count(*) FROM initiatives) + (SELECT count(*) FROM decisions) + "
                                   "(SELECT count(*) FROM commitments)") == 0;
    if (fresh) {
        // A fresh team file takes the team's name and description from the file it imports.
        storage::Statement s = db.prepare("UPDATE team SET name = ?, description = ? WHERE singleton = 1");
        s.bind(1, draft.teamName).bind(2, draft.teamDescription).run();
    }
    // Emails are unique at every statement, so members whose stored email is about to change
    // give it up first; otherwise swapping two emails would clash half-way. Times are
    // compared as times: as text, "...:00Z" sorts after "...:00.500Z".
    storage::Statement releaseEmail = db.prepare("UPDATE members SET email = NULL WHERE id = ?");
    for (const auto& m : draft.members) {
        const auto current = members.updatedAt(m.record.id.str());
        if (!current || !(m.record.updatedAt > *current))
            continue;
        history.keep(m.record);
        releaseEmail.bind(1, m.record.id.str()).run();
    }
    merge(
        draft.members, report.counts["members"], gate, history,
        [&](const Member& m) { return members.updatedAt(m.id.str()); },
        [&](const Member& m, storage::WriteMode) { members.upsert(m); });
    merge(
        draft.areas, report.counts["expertise_areas"], gate, history,
        [&](const ExpertiseArea& a) { return expertise.areaUpdatedAt(a.id.str()); },
        [&](const ExpertiseArea& a, storage::WriteMode) { expertise.upsertArea(a); });
    merge(
        draft.expertise, report.counts["expertise"], gate, history,
        [&](const Expertise& e) { return expertise.expertiseUpdatedAt(e.member.str(), e.area.str()); },
        [&](const Expertise& e, storage::WriteMode) { expertise.upsertExpertise(e); });
    merge(
        draft.endorsements, report.counts["endorsements"], gate, history,
        [&](const Endorsement& e) { return expertise.endorsementUpdatedAt(e.id.str()); },
        [&](const Endorsement& e, storage::WriteMode) { expertise.upsertEndorsement(e); });
    merge(
        draft.initiatives, report.counts["initiatives"], gate, history,
        [&](const Initiative& i) { return initiatives.updatedAt(i.id.str()); },
        [&](const Initiative& i, storage::WriteMode mode) { initiatives.upsert(i, mode); });
    merge(
        draft.contributions, report.counts["contributions"], gate, history,
        [&](const Contribution& c) { return initiatives.contributionUpdatedAt(c.id.str()); },
        [&](const Contribution& c, storage::WriteMode mode) { initiatives.upsertContribution(c, mode); });
    merge(
        draft.decisions, report.counts["decisions"], gate, history,
        [&](const Decision& d) { return decisions.updatedAt(d.id.str()); },
        [&](const Decision& d, storage::WriteMode mode) { decisions.upsert(d, mode); });
    merge(
        draft.commitments, report.counts["commitments"], gate, history,
        [&](const Commitment& c) { return commitments.updatedAt(c.id.str()); },
        [&](const Commitment& c, storage::WriteMode mode) { commitments.upsert(c, mode); });
    report.applied = true;
}

} // namespace

TeamImporter::TeamImporter(storage::TeamFile& file, ImportOptions options)
    : m_file(file)
    , m_options(std::move(options))
{
}

ImportReport TeamImporter::importFile(const std::string& path)
{
    ImportReport report;
    IssueSink sink(report, m_options.maxErrors);
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        sink.error("", "cannot read " + path + ": " +
                           (ec == std::errc::no_such_file_or_directory ? "no such file" : ec.message()));
        return report;
    }
    if (size > m_options.maxFileBytes) {
        sink.error("", path + " is " + std::to_string(size >> 20) + " MiB, larger than the " +
                           std::to_string(m_options.maxFileBytes >> 20) + " MiB this import accepts");
        return report;
    }
    try {
        std::ifstream in(path, std::ios::binary);
        std::string text(size, '\0');
        if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
            sink.error("", "cannot read " + path);
            return report;
        }
        return importText(text);
    } catch (const std::bad_alloc&) {
        sink.error("", "not enough memory to read " + path + "; nothing was changed");
        return report;
    }
}

ImportReport TeamImporter::importText(std::string_view json)
{
    ImportReport report;
    IssueSink sink(report, m_options.maxErrors);
    if (m_file.readOnly()) {
        sink.error("", m_file.path() + " is open read-only; nothing was imported");
        return report;
    }
    try {
        std::optional<Json> root = loadJson(json, m_options, sink);
        if (!root)
            return report;
        TeamDraft draft = parseTeamDocument(*root, sink);
        // The draft holds everything now. Freeing millions of JSON nodes takes a while, so the
        // other core does it while this one validates and writes.
        std::thread freeJson([doc = std::move(*root)]() mutable { doc = Json(); });
        root.reset();
        struct Joiner {
            std::thread& t;
            ~Joiner() { t.join(); }
        } joiner{freeJson};
        if (sink.hasErrors())
            return report;
        // Check and write under one write lock, so nobody changes the file in between.
        storage::Transaction tx(m_file.db());
        ImportValidator(m_file, sink).validate(draft);
        if (sink.hasErrors())
            return report;
        write(m_file, draft, m_options, report);
        tx.commit();
    } catch (const Cancelled&) {
        report = ImportReport{};
        report.errors.push_back({"", "the import was cancelled; the team file was not changed"});
    } catch (const storage::StorageError& e) {
        report.applied = false;
        report.counts.clear();
        report.errors.push_back(
            {"", std::string("the team file refused the import, nothing was changed: ") + e.what()});
    } catch (const std::bad_alloc&) {
        report.applied = false;
        report.counts.clear();
        report.errors.push_back({"", "not enough memory to import this file; nothing was changed"});
    } catch (const std::exception& e) {
        report.applied = false;
        report.counts.clear();
        report.errors.push_back({"", std::string("the import failed, nothing was changed: ") + e.what()});
    }
    return report;
}

} // namespace baton::exchange
