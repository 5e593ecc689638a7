#include "baton/storage/HistoryLog.h"

#include "Columns.h"

#include "baton/domain/CanonicalJson.h"

#include <openssl/evp.h>

namespace baton::storage {
using namespace baton::domain;

namespace {

std::string optionalJsonText(const std::optional<std::string>& text)
{
    return text ? jsonString(*text) : std::string("null");
}

std::string toHex(const unsigned char* bytes, unsigned int size)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(std::size_t{size} * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 0xf];
    }
    return out;
}

} // namespace

std::string HistoryLog::canonicalEncoding(const ChangeEntry& e)
{
    return jsonArray({std::to_string(e.seq), jsonString(e.at.toString()), optionalJsonText(e.author),
                      jsonString(e.operation), jsonString(toString(e.kind)), jsonString(e.record),
                      optionalJsonText(e.before), jsonString(e.after),
                      e.undoes ? std::to_string(*e.undoes) : std::string("null")});
}

std::string HistoryLog::hashOf(const std::string& previousHash, const ChangeEntry& entry)
{
    const std::string input = previousHash + "\n" + canonicalEncoding(entry);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw StorageError(ErrorCode::Io, "cannot compute the history hash (OpenSSL refused SHA-256)");
    return toHex(digest, size);
}

void HistoryLog::append(ChangeEntry& e)
{
    Statement& last = prepared(m_db, m_last, "SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1");
    std::string previous;
    e.seq = 1;
    if (last.step()) {
        e.seq = last.columnInt(0) + 1;
        previous = last.columnText(1);
    }
    last.reset();
    e.hash = hashOf(previous, e);
    Statement& insert =
        prepared(m_db, m_insert,
                 "INSERT INTO changes (seq, at, author, operation, kind, record, before, after, undoes, "
                 "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, e.seq).bind(2, e.at.toString()).bind(3, e.author).bind(4, e.operation);
    insert.bind(5, toString(e.kind)).bind(6, e.record).bind(7, e.before).bind(8, e.after);
    if (e.undoes)
        insert.bind(9, *e.undoes);
    else
        insert.bindNull(9);
    insert.bind(10, e.hash);
    insert.run();
}

std::string HistoryLog::head()
{
    return m_db.queryText("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1");
}

std::int64_t HistoryLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM changes");
}

ChangeEntry HistoryLog::readRow(const Statement& s)
{
    ChangeEntry e;
    e.seq = s.columnInt(0);
    e.at = columns::timestamp(s, 1);
    e.author = s.columnOptionalText(2);
    e.operation = s.columnText(3);
    e.kind = parseEnum<RecordKind>(s.columnView(4)).value_or(RecordKind::Team);
    e.record = s.columnText(5);
    e.before = s.columnOptionalText(6);
    e.after = s.columnText(7);
    if (!s.isNull(8))
        e.undoes = s.columnInt(8);
    e.hash = s.columnText(9);
    return e;
}

namespace {
/// `WHERE` conditions for a filter, from fixed fragments only; every value is bound.
std::string filterSql(const ChangeFilter& filter, std::optional<std::int64_t> beforeSeq, QueryParams& params)
{
    std::string sql = " WHERE 1 = 1";
    if (filter.author) {
        sql += " AND author = ?";
        params.emplace_back(*filter.author);
    }
    if (filter.kind) {
        sql += " AND kind = ?";
        params.emplace_back(std::string(toString(*filter.kind)));
    }
    if (filter.record) {
        sql += " AND record = ?";
        params.emplace_back(*filter.record);
    }
    // `at` is RFC 3339 UTC text. Compared with a bound cut after the seconds ("...T05:00:00"),
    // every time in that second sorts at or after it, with or without a fraction, so the
    // comparison is a comparison of times (to the second), not of spellings.
    if (filter.since) {
        sql += " AND at >= ?";
        params.emplace_back(filter.since->toString().substr(0, 19));
    }
    if (filter.until) {
        sql += " AND at < ?";
        params.emplace_back(filter.until->toString().substr(0, 19));
    }
    if (beforeSeq) {
        sql += " AND seq < ?";
        params.emplace_back(*beforeSeq);
    }
    return sql;
}
/// A period with up to this many entries is read through the time index: its sequence numbers
/// (in the index itself) are sorted newest first and only the page's rows are read. A longer
/// period is read walking back from the newest entry, which meets its rows soon when times
/// follow the sequence. Without this, a short period ("today", "last 7 days") walked back
/// through every newer entry.
constexpr std::int64_t kFewInPeriod = 50000;

/// True when the filter's period holds few entries (see kFewInPeriod): counted in the time
/// index, up to the limit.
bool fewInPeriod(Database& db, const ChangeFilter& filter)
{
    if (!filter.since && !filter.until)
        return false;
    Statement s = db.prepare("SELECT count(*) FROM (SELECT 1 FROM changes INDEXED BY changes_at "
                             "WHERE at >= ?1 AND (?2 IS NULL OR at < ?2) LIMIT ?3)");
    // The same bounds as filterSql: cut after the seconds.
    s.bind(1, filter.since ? filter.since->toString().substr(0, 19) : std::string());
    if (filter.until)
        s.bind(2, filter.until->toString().substr(0, 19));
    else
        s.bindNull(2);
    s.bind(3, kFewInPeriod);
    return s.step() && s.columnInt(0) < kFewInPeriod;
}

/// The table as a page reads it: through the time index for a short period.
const char* changesFor(Database& db, const ChangeFilter& filter)
{
    return fewInPeriod(db, filter) ? " FROM changes INDEXED BY changes_at" : " FROM changes";
}
} // namespace

std::vector<ChangeEntry> HistoryLog::page(const ChangeFilter& filter, std::optional<std::int64_t> beforeSeq,
                                          std::size_t limit)
{
    QueryParams params;
    // Fixed fragments only; every value is bound.
    std::string sql = std::string("SELECT ") + kColumns + " FROM changes";
    if (fewInPeriod(m_db, filter)) // sort the period's sequence numbers, then read the page's rows
        sql += " WHERE seq IN (SELECT seq FROM changes INDEXED BY changes_at" + filterSql(filter, beforeSeq, params) +
               " ORDER BY seq DESC LIMIT ?) ORDER BY seq DESC";
    else
        sql += filterSql(filter, beforeSeq, params) + " ORDER BY seq DESC LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(std::min(limit, kMaxPageRows)));
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    std::vector<ChangeEntry> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

std::int64_t HistoryLog::count(const ChangeFilter& filter)
{
    QueryParams params;
    std::string sql = "SELECT count(*) FROM changes";
    sql += filterSql(filter, std::nullopt, params); // fixed fragments; values are bound
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    return s.step() ? s.columnInt(0) : 0;
}

std::optional<std::int64_t> HistoryLog::skip(const ChangeFilter& filter, std::optional<std::int64_t> beforeSeq,
                                             std::int64_t rows)
{
    if (rows <= 0)
        return beforeSeq;
    QueryParams params;
    std::string sql = std::string("SELECT seq") + changesFor(m_db, filter);
    sql += filterSql(filter, beforeSeq, params); // fixed fragments; values are bound
    sql += " ORDER BY seq DESC LIMIT 1 OFFSET ?";
    params.emplace_back(rows - 1);
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    if (!s.step())
        return std::nullopt;
    return s.columnInt(0);
}

namespace {
void bindRecord(Statement& s, const std::string& record, std::optional<RecordKind> kind)
{
    s.bind(1, record);
    if (kind)
        s.bind(2, toString(*kind));
    else
        s.bindNull(2);
}
} // namespace

std::optional<ChangeEntry> HistoryLog::latestOf(const std::string& record, std::optional<RecordKind> kind)
{
    Statement& s =
        prepared(m_db, m_latest,
                 std::string("SELECT ") + kColumns +
                     " FROM changes WHERE record = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY seq DESC LIMIT 1");
    bindRecord(s, record, kind);
    std::optional<ChangeEntry> out;
    if (s.step())
        out = readRow(s);
    s.reset();
    return out;
}

std::optional<ChangeEntry> HistoryLog::firstOf(const std::string& record, std::optional<RecordKind> kind)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns +
                               " FROM changes WHERE record = ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY seq LIMIT 1");
    bindRecord(s, record, kind);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<ChangeEntry> HistoryLog::entry(std::int64_t seq)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM changes WHERE seq = ?");
    s.bind(1, seq);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

} // namespace baton::storage
