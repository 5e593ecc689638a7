#include "baton/exchange/TeamExporter.h"

#include "RecordJson.h"

#include "baton/domain/CrashPoint.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/GoalRepository.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/PulseRepository.h"
#include "baton/storage/ReviewRepository.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/VoiceItemRepository.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace baton::exchange {
using namespace baton::domain;

namespace {

/// Writes `"key": [` then one compact record per line, then `]`.
class ArrayWriter {
public:
    ArrayWriter(std::ostream& out, const char* key, bool last = false)
        : m_out(out)
        , m_last(last)
    {
        m_out << "  \"" << key << "\": [";
    }
    ~ArrayWriter() { m_out << (m_first ? "]" : "\n  ]") << (m_last ? "\n" : ",\n"); }
    ArrayWriter(const ArrayWriter&) = delete;
    ArrayWriter& operator=(const ArrayWriter&) = delete;

    void add(const OrderedJson& record)
    {
        m_out << (m_first ? "\n    " : ",\n    ") << record.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
        m_first = false;
    }

private:
    std::ostream& m_out;
    bool m_last;
    bool m_first = true;
};

bool syncFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

void TeamExporter::write(std::ostream& out)
{
    storage::Database& db = m_file.db();
    const storage::TeamInfo team = m_file.team();
    const OrderedJson teamJson = {{"name", team.name}, {"description", team.description}};
    out << "{\n  \"format\": \"baton-team\",\n  \"version\": 1,\n  \"exported_at\": \"" << m_clock.now().toString()
        << "\",\n";
    if (const std::string head = storage::HistoryLog(db).head(); !head.empty())
        out << "  \"history_head\": \"" << head << "\",\n";
    out << "  \"team\": " << teamJson.dump() << ",\n";
    storage::MemberRepository members(db);
    storage::ExpertiseRepository expertise(db);
    storage::InitiativeRepository initiatives(db);
    {
        ArrayWriter w(out, "members");
        for (const auto& m : members.all(storage::Retracted::Included))
            w.add(recordJson(m));
    }
    {
        ArrayWriter w(out, "expertise_areas");
        for (const auto& a : expertise.areas(storage::Retracted::Included))
            w.add(recordJson(a));
    }
    {
        ArrayWriter w(out, "expertise");
        for (const auto& e : expertise.expertise(storage::Retracted::Included))
            w.add(recordJson(e));
    }
    {
        ArrayWriter w(out, "endorsements");
        for (const auto& e : expertise.endorsements(storage::Retracted::Included))
            w.add(recordJson(e));
    }
    {
        ArrayWriter w(out, "initiatives");
        initiatives.forEach([&](const Initiative& i) { w.add(recordJson(i)); });
    }
    {
        ArrayWriter w(out, "contributions");
        initiatives.forEachContribution([&](const Contribution& c) { w.add(recordJson(c)); });
    }
    {
        ArrayWriter w(out, "decisions");
        storage::DecisionRepository(db).forEach([&](const Decision& d) { w.add(recordJson(d)); });
    }
    {
        ArrayWriter w(out, "commitments");
        storage::CommitmentRepository(db).forEach([&](const Commitment& c) { w.add(recordJson(c)); });
    }
    {
        ArrayWriter w(out, "development_goals");
        for (const auto& g : storage::GoalRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(g));
    }
    {
        ArrayWriter w(out, "charter_rules");
        for (const auto& c : storage::CharterRuleRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(c));
    }
    {
        ArrayWriter w(out, "conflicts");
        for (const auto& c : storage::ConflictRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(c));
    }
    {
        ArrayWriter w(out, "voice_items");
        for (const auto& v : storage::VoiceItemRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(v));
    }
    {
        ArrayWriter w(out, "pulses");
        for (const auto& p : storage::PulseRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(p));
    }
    {
        ArrayWriter w(out, "reviews", true);
        for (const auto& r : storage::ReviewRepository(db).all(storage::Retracted::Included))
            w.add(recordJson(r));
    }
    out << "}\n";
}

Result<void> TeamExporter::exportFile(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::string partial = path + ".partial";
    std::error_code ec;
    try {
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            if (!out)
                return makeError(ErrorCode::Io, "cannot write " + path + ": the folder is missing or not writable");
            {
                // One read transaction gives a consistent snapshot even while others write.
                m_file.db().exec("BEGIN");
                struct EndRead {
                    storage::Database& db;
                    ~EndRead()
                    {
                        try {
                            db.exec("COMMIT");
                        } catch (...) { // NOLINT(bugprone-empty-catch): a read transaction has nothing to lose
                        }
                    }
                } endRead{m_file.db()};
                write(out);
            }
            crashPoint("export.mid-write");
            out.flush();
            if (!out) {
                fs::remove(partial, ec);
                return makeError(ErrorCode::Io, "cannot write " + path + ": the disk may be full");
            }
        }
        if (!syncFile(partial)) {
            fs::remove(partial, ec);
            return makeError(ErrorCode::Io, "cannot write " + path + ": the data could not be flushed to disk");
        }
        crashPoint("export.before-rename");
        fs::rename(partial, path, ec);
        if (ec) {
            fs::remove(partial, ec);
            return makeError(ErrorCode::Io, "cannot write " + path + ": " + ec.message());
        }
    } catch (const storage::StorageError& e) {
        fs::remove(partial, ec);
        return e.toError();
    } catch (const std::exception& e) {
        fs::remove(partial, ec);
        return makeError(ErrorCode::Io, "cannot export to " + path + ": " + e.what());
    }
    return {};
}

} // namespace baton::exchange
