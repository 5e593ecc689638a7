#include "ScratchTables.h"

namespace baton::exchange {

namespace {

/// The statement that puts back the temp_store read before (0 default, 1 file, 2 memory), as
/// fixed SQL text rather than a number spliced into it.
const char* restoreTempStore(std::int64_t value)
{
    switch (value) {
    case 1:
        return "PRAGMA temp_store = FILE";
    case 2:
        return "PRAGMA temp_store = MEMORY";
    default:
        return "PRAGMA temp_store = DEFAULT";
    }
}

} // namespace

ScratchTables::ScratchTables(storage::Database& db)
    : m_db(db)
    , m_tempStore(db.queryInt("PRAGMA temp_store"))
{
    // The team file keeps temp tables in memory, which suits its queries; a temp table per
    // record of a gigabyte file does not fit there. SQLite refuses the switch inside a
    // transaction, hence the note in the header.
    m_db.exec("PRAGMA temp_store = FILE");
    m_db.exec("PRAGMA temp.cache_size = -16384"); // 16 MiB, then the temp file
    m_db.exec(
        "CREATE TEMP TABLE import_seen (list INTEGER NOT NULL, record_key TEXT NOT NULL, position INTEGER NOT NULL, "
        "PRIMARY KEY (list, record_key)) WITHOUT ROWID");
    m_db.exec("CREATE TEMP TABLE import_deferred (pointer TEXT NOT NULL, kind INTEGER NOT NULL, id TEXT NOT NULL)");
    m_insertSeen =
        m_db.prepare("INSERT INTO import_seen (list, record_key, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    m_findSeen = m_db.prepare("SELECT position FROM import_seen WHERE list = ? AND record_key = ?");
    m_insertDeferred = m_db.prepare("INSERT INTO import_deferred (pointer, kind, id) VALUES (?, ?, ?)");
}

ScratchTables::~ScratchTables()
{
    m_insertSeen.reset();
    m_findSeen.reset();
    m_insertDeferred.reset();
    try {
        m_db.exec("DROP TABLE IF EXISTS temp.import_seen");
        m_db.exec("DROP TABLE IF EXISTS temp.import_deferred");
        m_db.exec(restoreTempStore(m_tempStore));
    } catch (...) {
        // Leftover temp tables vanish with the connection; nothing to report from a destructor.
    }
}

std::optional<std::size_t> ScratchTables::firstWith(int array, const std::string& key, std::size_t index)
{
    m_insertSeen->bind(1, array).bind(2, key).bind(3, static_cast<std::int64_t>(index)).run();
    if (m_db.changes() > 0)
        return std::nullopt;
    m_findSeen->bind(1, array).bind(2, key);
    std::optional<std::size_t> first;
    if (m_findSeen->step())
        first = static_cast<std::size_t>(m_findSeen->columnInt(0));
    m_findSeen->reset();
    return first;
}

void ScratchTables::defer(const std::string& pointer, RefKind kind, const std::string& id)
{
    m_insertDeferred->bind(1, pointer).bind(2, static_cast<int>(kind)).bind(3, id).run();
}

void ScratchTables::forEachDeferred(
    const std::function<void(const std::string& pointer, RefKind, const std::string& id)>& visit)
{
    storage::Statement s = m_db.prepare("SELECT pointer, kind, id FROM import_deferred ORDER BY rowid");
    while (s.step())
        visit(s.columnText(0), static_cast<RefKind>(s.columnInt(1)), s.columnText(2));
}

} // namespace baton::exchange
