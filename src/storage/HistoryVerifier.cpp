#include "baton/storage/HistoryVerifier.h"

#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"

#include <openssl/evp.h>

namespace baton::storage {
using namespace baton::domain;

namespace {

std::string describe(const AnyRecord& r)
{
    std::string label = labelOf(r);
    if (label.size() > 60) {
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 character
        label = label.substr(0, cut) + "...";
    }
    return std::string(toString(kindOf(r))) + " " + keyOf(r) + (label.empty() ? "" : " (\"" + label + "\")");
}

/// The first key whose value differs between two canonical objects, for a readable message.
std::string firstDifference(const std::string& live, const std::string& recorded)
{
    std::size_t i = 0;
    while (i < live.size() && i < recorded.size() && live[i] == recorded[i])
        ++i;
    const std::size_t keyEnd = live.rfind("\":", i);
    if (keyEnd == std::string::npos)
        return {};
    const std::size_t keyStart = live.rfind(",\"", keyEnd);
    const std::size_t open = keyStart == std::string::npos ? live.find('"') : keyStart + 1;
    if (open == std::string::npos || open >= keyEnd)
        return {};
    return live.substr(open + 1, keyEnd - open - 1);
}

std::string entryName(const ChangeEntry& e)
{
    return "history entry " + std::to_string(e.seq) + " (" + e.operation + " " + std::string(toString(e.kind)) + " " +
           e.record + ")";
}

bool checkChain(Database& db, VerifyResult& result)
{
    Statement s = db.prepare(std::string("SELECT ") + HistoryLog::kColumns + " FROM changes ORDER BY seq");
    // Each entry must start where the record's previous entry left it: a record changed
    // outside Baton and then edited through it would otherwise look whole again.
    Statement earlier =
        db.prepare("SELECT seq, after FROM changes INDEXED BY changes_record WHERE record = ? AND kind = ? AND seq < ? "
                   "ORDER BY seq DESC LIMIT 1");
    std::string previous;
    std::int64_t expected = 1;
    while (s.step()) {
        const ChangeEntry e = HistoryLog::readRow(s);
        if (e.seq != expected) {
            result.problem = e.seq > expected ? "history entry " + std::to_string(expected) +
                                                    " is missing (the next one is " + std::to_string(e.seq) + ")"
                                              : "history entry " + std::to_string(e.seq) + " is out of order";
            return false;
        }
        if (HistoryLog::hashOf(previous, e) != e.hash) {
            result.problem =
                entryName(e) + " has been altered: its hash does not match its contents and the entry before it";
            return false;
        }
        earlier.bind(1, e.record).bind(2, toString(e.kind)).bind(3, e.seq);
        const bool hasEarlier = earlier.step();
        const std::int64_t earlierSeq = hasEarlier ? earlier.columnInt(0) : 0;
        const bool follows = hasEarlier ? e.before == earlier.columnView(1) : !e.before;
        earlier.reset();
        if (!follows) {
            result.problem = hasEarlier ? entryName(e) + " does not start where entry " + std::to_string(earlierSeq) +
                                              " left the record: it was changed outside Baton in between"
                                        : entryName(e) + " changes a record that no earlier entry created";
            return false;
        }
        previous = e.hash;
        ++expected;
        ++result.entries;
    }
    return true;
}

/// The first 8 bytes of SHA-256 over one record's kind, key and fields, as a number; their
/// sum (mod 2^64) is the same whatever order the records are read in.
std::uint64_t recordDigest(RecordKind kind, const std::string& key, const std::string& fields)
{
    const std::string input = std::string(toString(kind)) + "\n" + key + "\n" + fields;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw StorageError(ErrorCode::Io, "cannot compute the content digest (OpenSSL refused SHA-256)");
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | digest[i];
    return value;
}

std::string hex64(std::uint64_t value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = kHex[value & 0xf];
    return out;
}

bool checkRecords(Database& db, VerifyResult& result)
{
    RecordStore store(db);
    HistoryLog log(db);
    std::int64_t live = 0;
    std::uint64_t digest = 0;
    for (const RecordKind kind : RecordStore::kinds()) {
        bool stop = false;
        store.forEach(kind, [&](const AnyRecord& r) {
            if (stop)
                return;
            ++live;
            const std::string key = keyOf(r);
            const auto latest = log.latestOf(key, kind);
            if (!latest) {
                result.problem = describe(r) + " is not in the history: it was added outside Baton";
                stop = true;
                return;
            }
            const std::string fields = canonicalFields(r);
            digest += recordDigest(kind, key, fields);
            if (latest->after != fields) {
                const std::string field = firstDifference(fields, latest->after);
                result.problem = describe(r) + " differs from history entry " + std::to_string(latest->seq) +
                                 (field.empty() ? "" : ": its field \"" + field + "\" was changed outside Baton");
                stop = true;
            }
        });
        if (stop)
            return false;
    }
    result.records = live;
    result.contentDigest = hex64(digest);
    const std::int64_t known =
        db.queryInt("SELECT count(*) FROM (SELECT DISTINCT kind, record FROM changes WHERE kind <> 'team')");
    if (known != live) {
        Statement s = db.prepare("SELECT DISTINCT record, kind FROM changes WHERE kind <> 'team' ORDER BY record");
        while (s.step()) {
            const auto kind = parseEnum<RecordKind>(s.columnView(1)).value_or(RecordKind::Team);
            if (!store.find(kind, s.columnText(0))) {
                result.problem = std::string(toString(kind)) + " " + s.columnText(0) +
                                 " is in the history but missing from the file: it was deleted outside Baton";
                return false;
            }
        }
    }
    return true;
}

} // namespace

VerifyResult verifyHistory(Database& db)
{
    VerifyResult result;
    result.ok = checkChain(db, result) && checkRecords(db, result);
    return result;
}

std::int64_t adoptUntracked(Database& db, Timestamp at)
{
    RecordStore store(db);
    HistoryLog log(db);
    std::int64_t adopted = 0;
    // With no history at all every record is untracked: skip the per-record lookups.
    const bool empty = log.count() == 0;
    for (const RecordKind kind : RecordStore::kinds()) {
        store.forEach(kind, [&](const AnyRecord& r) {
            if (!empty && log.latestOf(keyOf(r), kind))
                return;
            ChangeEntry e;
            e.at = at;
            e.operation = "adopt";
            e.kind = kind;
            e.record = keyOf(r);
            e.after = canonicalFields(r);
            log.append(e);
            ++adopted;
        });
    }
    return adopted;
}

} // namespace baton::storage
