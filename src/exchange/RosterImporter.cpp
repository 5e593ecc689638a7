#include "baton/exchange/RosterImporter.h"

#include "ImportHistory.h"

#include "baton/domain/TextRules.h"
#include "baton/domain/Uuid.h"

#include "baton/storage/MemberRepository.h"
#include "baton/storage/StorageError.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

namespace baton::exchange {
using namespace baton::domain;

std::vector<std::vector<std::string>> parseCsv(std::string_view text, std::string& error)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    std::size_t line = 1;
    std::size_t quoteLine = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const auto endRow = [&] {
        row.push_back(std::move(field));
        field.clear();
        if (!(row.size() == 1 && row[0].empty()))
            rows.push_back(std::move(row));
        row.clear();
        fieldStarted = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!fieldStarted || field.empty()) {
                quoted = true;
                quoteLine = line;
            } else {
                field += c;
            }
            fieldStarted = true;
            break;
        case ',':
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            break;
        case '\r':
            break;
        case '\n':
            endRow();
            ++line;
            break;
        default:
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        error = "line " + std::to_string(quoteLine) + ": a quoted field is never closed";
        return rows;
    }
    if (fieldStarted || !row.empty() || !field.empty())
        endRow();
    return rows;
}

ImportReport RosterImporter::importFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImportReport report;
        report.errors.push_back({"", "cannot read " + path + ": " +
                                         (std::filesystem::exists(path) ? "permission denied" : "no such file")});
        return report;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return importText(text);
}

ImportReport RosterImporter::importText(std::string_view csv)
{
    ImportReport report;
    const auto fail = [&report](std::string where, std::string what) {
        report.errors.push_back({std::move(where), std::move(what)});
    };
    if (m_file.readOnly()) {
        fail("", m_file.path() + " is open read-only; nothing was imported");
        return report;
    }
    if (!isValidUtf8(csv)) {
        fail("", "the roster is not UTF-8 text; save it as CSV UTF-8");
        return report;
    }
    std::string syntax;
    const auto rows = parseCsv(csv, syntax);
    if (!syntax.empty()) {
        fail("", syntax);
        return report;
    }
    if (rows.empty()) {
        fail("", "the roster is empty; the first row must name the columns (name, email, title, joined_on)");
        return report;
    }
    std::map<std::string, std::size_t> column;
    for (std::size_t c = 0; c < rows[0].size(); ++c) {
        const std::string header = foldCase(rows[0][c]);
        const std::string trimmed = header.substr(0, header.find_last_not_of(" \t") + 1);
        if (trimmed == "name" || trimmed == "email" || trimmed == "title" || trimmed == "joined_on") {
            if (column.count(trimmed))
                fail("row 1, column " + std::to_string(c + 1), "the column \"" + trimmed + "\" appears twice");
            column[trimmed] = c;
        } else {
            report.warnings.push_back(
                {"row 1, column " + std::to_string(c + 1), "unknown column \"" + rows[0][c] + "\" was ignored"});
        }
    }
    if (!column.count("name"))
        fail("row 1", "there is no \"name\" column; the first row must name the columns");
    if (!report.errors.empty())
        return report;

    storage::Database& db = m_file.db();
    try {
        storage::Transaction tx(db);
        storage::MemberRepository repo(db);
        std::map<std::string, Member> byEmail;
        for (auto& m : repo.all(storage::Retracted::Included)) // a retracted member still holds their email
            if (m.email)
                byEmail[foldCase(*m.email)] = m;
        std::map<std::string, std::size_t> seenEmail;
        std::vector<std::pair<Member, bool>> writes; // member, is new
        UuidGenerator ids(m_clock);
        const auto cell = [&](const std::vector<std::string>& row, const char* name) -> std::string {
            const auto it = column.find(name);
            if (it == column.end() || it->second >= row.size())
                return {};
            return row[it->second];
        };
        const auto where = [&](std::size_t r, const char* name) {
            return "row " + std::to_string(r + 1) + ", column " + std::to_string(column[name] + 1) + " (" + name + ")";
        };
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            const std::string name = cell(row, "name");
            const std::string email = cell(row, "email");
            const std::string title = cell(row, "title");
            const std::string joined = cell(row, "joined_on");
            bool ok = true;
            if (isBlank(name)) {
                fail(where(r, "name"), "a member needs a name");
                ok = false;
            } else if (codePointCount(name) > kMaxNameLength) {
                fail(where(r, "name"), "the name is longer than 200 characters");
                ok = false;
            }
            std::optional<Date> joinedOn;
            if (!joined.empty()) {
                joinedOn = Date::parse(joined);
                if (!joinedOn) {
                    fail(where(r, "joined_on"), "\"" + joined + "\" is not a date; write YYYY-MM-DD");
                    ok = false;
                }
            }
            if (!email.empty()) {
                if (email.find('@') == std::string::npos) {
                    fail(where(r, "email"), "\"" + email + "\" is not an email address");
                    ok = false;
                } else if (const auto [it, added] = seenEmail.emplace(foldCase(email), r); !added) {
                    fail(where(r, "email"), email + " is already on row " + std::to_string(it->second + 1));
                    ok = false;
                }
            }
            if (!ok)
                continue;
            Member m;
            bool isNew = true;
            if (const auto existing = byEmail.find(foldCase(email)); !email.empty() && existing != byEmail.end()) {
                if (existing->second.retracted) {
                    fail(where(r, "email"), email + " belongs to " + existing->second.name +
                                                ", who was retracted as entered by mistake; undo that or use "
                                                "another email");
                    continue;
                }
                m = existing->second;
                isNew = false;
            } else {
                m.id = MemberId(ids.next());
            }
            m.name = name;
            if (!email.empty())
                m.email = email;
            if (!title.empty())
                m.title = title;
            if (joinedOn)
                m.joinedOn = joinedOn;
            if (m.joinedOn && m.leftOn && *m.leftOn < *m.joinedOn) {
                fail(where(r, "joined_on"),
                     m.name + " left on " + m.leftOn->toString() + ", before joining on " + m.joinedOn->toString());
                continue;
            }
            m.updatedAt = m_clock.now();
            writes.emplace_back(std::move(m), isNew);
        }
        if (!report.errors.empty())
            return report; // the transaction rolls back: nothing was written
        auto& counts = report.counts["members"];
        ImportHistory history(db, "import-roster", m_clock.now(), m_file.setting("workstation_member"));
        for (auto& [m, isNew] : writes) {
            std::optional<std::string> before;
            if (!isNew) {
                const auto stored = repo.find(m.id);
                if (stored) {
                    Member same = m;
                    same.updatedAt = stored->updatedAt;
                    if (canonicalFields(same) == canonicalFields(*stored)) {
                        ++counts.unchanged; // a row that changes nothing writes nothing
                        continue;
                    }
                    if (stored->updatedAt >= m.updatedAt)
                        m.updatedAt = Timestamp::fromMicros(stored->updatedAt.micros() + 1); // newer wins elsewhere
                }
                before = history.snapshot(m);
            }
            repo.upsert(m);
            history.append(m, std::move(before));
            ++(isNew ? counts.added : counts.updated);
        }
        tx.commit();
        report.applied = true;
    } catch (const storage::StorageError& e) {
        report.applied = false;
        report.counts.clear();
        fail("", std::string("the team file refused the roster, nothing was changed: ") + e.what());
    }
    return report;
}

} // namespace baton::exchange
