// Anonymity, checked where it matters: in the bytes on disk. An anonymous voice item must leave
// no trace of who raised it in the team file (its -wal included), its history or an export; a
// pulse's answers must never sit next to who gave them, and their stored order must not tell
// who answered when.
#include "edit/EditFixture.h"

#include "baton/domain/PulseScoring.h"
#include "baton/exchange/TeamExporter.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace baton;
using namespace baton::test;
using namespace baton::test::edits;

namespace {

std::string bytesOf(const std::string& path)
{
    if (!std::filesystem::exists(path))
        return {};
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The team file and its write-ahead log, as they are on disk.
std::string fileBytes(const std::string& path)
{
    return bytesOf(path) + bytesOf(path + "-wal");
}

std::size_t occurrences(const std::string& haystack, const std::string& needle)
{
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++count;
    return count;
}

/// A team file whose edit service can be closed and opened again, so the bytes can be read
/// with nothing left in memory or in the log.
struct AnonymityFixture : TeamFileFixture {
    std::optional<edit::EditService> service;

    AnonymityFixture()
    {
        service.emplace(*file, clock);
        domain::Member ana = test::member(kAna, "Ana Silva");
        ana.facilitator = true;
        EditFixture::requireOk(service->people.addMember(ana));
        EditFixture::requireOk(service->people.addMember(test::member(kBo, "Bo Chen")));
        EditFixture::requireOk(service->people.addMember(test::member(kDee, "Dee Park")));
        REQUIRE(service->setMe(domain::MemberId(kAna)).ok());
    }
    void closeAll()
    {
        service.reset();
        close();
    }
    void reopen()
    {
        auto opened = storage::TeamFile::open(path);
        REQUIRE(opened.ok());
        file = std::move(opened.value());
        service.emplace(*file, clock);
    }
    domain::VoiceItem item(const char* id, const char* text)
    {
        domain::VoiceItem v;
        v.id = domain::VoiceItemId(id);
        v.kind = domain::VoiceKind::Concern;
        v.text = text;
        return v;
    }
};

constexpr const char* kItem = "01930000-0000-7000-8000-0000000000c1";
constexpr const char* kPulse = "01930000-0000-7000-8000-0000000000e1";

} // namespace

TEST_CASE_METHOD(AnonymityFixture, "An anonymous voice item adds no byte naming its author to the team file",
                 "[edit][voice][anonymity]")
{
    // Ana is this workstation's "me": her member record and the setting hold her id and name.
    closeAll();
    const std::string before = fileBytes(path);
    const std::size_t idsBefore = occurrences(before, kAna);
    const std::size_t namesBefore = occurrences(before, "Ana Silva");
    CHECK(idsBefore > 0);
    CHECK(namesBefore > 0);

    reopen();
    REQUIRE(service->me() == domain::MemberId(kAna));
    EditFixture::requireOk(service->voice.raiseAnonymously(item(kItem, "We keep skipping retros")));
    CHECK(fileBytes(path).find("We keep skipping retros") != std::string::npos); // the item is on disk...
    closeAll();

    const std::string after = fileBytes(path);
    CHECK(after.find("We keep skipping retros") != std::string::npos);
    CHECK(occurrences(after, kAna) == idsBefore); // ...and nothing more that names Ana
    CHECK(occurrences(after, "Ana Silva") == namesBefore);
}

TEST_CASE_METHOD(AnonymityFixture, "An anonymous voice item has no author in its history or in an export",
                 "[edit][voice][anonymity]")
{
    EditFixture::requireOk(service->voice.raiseAnonymously(item(kItem, "Stand-ups run long")));
    EditFixture::requireOk(service->voice.raise(item("01930000-0000-7000-8000-0000000000c2", "Try demo Fridays")));

    CHECK(db().queryInt("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
    CHECK(db().queryInt(("SELECT count(*) FROM changes WHERE record = '" + std::string(kItem) + "'").c_str()) == 1);
    CHECK(db().queryInt(
              ("SELECT count(*) FROM changes WHERE record = '" + std::string(kItem) + "' AND author IS NOT NULL")
                  .c_str()) == 0);
    CHECK(db().queryInt(("SELECT count(*) FROM changes WHERE record = '" + std::string(kItem) + "' AND after LIKE '%" +
                         kAna + "%'")
                            .c_str()) == 0);
    CHECK_FALSE(service
                    ->undo(EditFixture::requireOk(
                        service->voice.raiseAnonymously(item("01930000-0000-7000-8000-0000000000c3", "x"))))
                    .ok()); // an undo would be stamped with an author: refused

    const std::string exported = dir.file("team.json");
    REQUIRE(exchange::TeamExporter(*file, clock).exportFile(exported).ok());
    const auto json = nlohmann::json::parse(bytesOf(exported));
    bool found = false;
    for (const auto& v : json.at("voice_items")) {
        if (v.at("id") == kItem) {
            found = true;
            CHECK(v.at("author").is_null());
        } else if (v.at("text") == "Try demo Fridays") {
            CHECK(v.at("author") == kAna);
        }
    }
    CHECK(found);
    if (json.contains("history"))
        for (const auto& e : json.at("history"))
            if (e.is_object() && e.value("record", "") == kItem)
                CHECK((!e.contains("author") || e.at("author").is_null()));
}

namespace {

void openPulse(edit::EditService& service, int minResponses = 5)
{
    domain::Pulse p;
    p.id = domain::PulseId(kPulse);
    p.title = "November";
    p.minResponses = minResponses;
    EditFixture::requireOk(service.pulses.open(p));
}

const domain::PulseAnswers kAnaSays{1, 2, 3, 4, 5, 6, 7};
const domain::PulseAnswers kBoSays{7, 6, 5, 4, 3, 2, 1};
const domain::PulseAnswers kDeeSays{4, 4, 4, 4, 4, 4, 4};

std::string digits(const domain::PulseAnswers& a)
{
    std::string out;
    for (int v : a)
        out += static_cast<char>('0' + v);
    return out;
}

std::string jsonList(const domain::PulseAnswers& a)
{
    std::string out = "[";
    for (std::size_t i = 0; i < a.size(); ++i)
        out += (i ? "," : "") + std::to_string(a[i]);
    return out + "]";
}

/// Whether any form of `answers` lies within `span` bytes of any member id in `bytes`.
bool nextToAnId(const std::string& bytes, const domain::PulseAnswers& answers, std::size_t span = 64)
{
    for (const std::string& form : {digits(answers), jsonList(answers)}) {
        for (auto at = bytes.find(form); at != std::string::npos; at = bytes.find(form, at + 1)) {
            const std::size_t from = at > span ? at - span : 0;
            const std::string around = bytes.substr(from, form.size() + 2 * span);
            for (const std::string& id : {kAna, kBo, kDee})
                if (around.find(id) != std::string::npos)
                    return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE_METHOD(AnonymityFixture, "Pulse answers keep no author and sit next to no member id",
                 "[edit][pulse][anonymity]")
{
    openPulse(*service);
    const auto recorded = EditFixture::requireOk(
        service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kAna), kAnaSays));
    for (const auto& change : recorded.changes) // what the caller keeps holds no answers
        CHECK(std::get<domain::Pulse>(change.after).responses.empty());
    EditFixture::requireOk(service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kBo), kBoSays));
    EditFixture::requireOk(service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kDee), kDeeSays));

    CHECK(db().queryInt("SELECT count(*) FROM changes WHERE operation = 'record-pulse-response'") == 3);
    CHECK(db().queryInt("SELECT count(*) FROM changes WHERE operation = 'record-pulse-response' "
                        "AND author IS NOT NULL") == 0);
    CHECK(db().queryInt("SELECT count(*) FROM pulse_responses") == 3);

    closeAll();
    const std::string bytes = fileBytes(path);
    CHECK(bytes.find(digits(kAnaSays)) != std::string::npos); // the answers are in the file...
    CHECK_FALSE(nextToAnId(bytes, kAnaSays));                 // ...but never beside who gave them
    CHECK_FALSE(nextToAnId(bytes, kBoSays));
    CHECK_FALSE(nextToAnId(bytes, kDeeSays));
}

TEST_CASE("Pulse answers are stored in the same order whatever order they were given", "[edit][pulse][anonymity]")
{
    const auto record = [](AnonymityFixture& f,
                           const std::vector<std::pair<std::string, domain::PulseAnswers>>& turns) {
        openPulse(*f.service);
        for (const auto& [member, answers] : turns)
            EditFixture::requireOk(
                f.service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(member), answers));
        std::string dump;
        storage::Statement s = f.db().prepare("SELECT pulse, answers, n FROM pulse_responses");
        while (s.step())
            dump += s.columnText(0) + "|" + s.columnText(1) + "|" + std::to_string(s.columnInt(2)) + "\n";
        return dump + f.db().queryText("SELECT responded FROM pulses");
    };
    AnonymityFixture first;
    AnonymityFixture second;
    const std::string a = record(first, {{kAna, kAnaSays}, {kBo, kBoSays}, {kDee, kDeeSays}});
    const std::string b = record(second, {{kDee, kDeeSays}, {kAna, kAnaSays}, {kBo, kBoSays}});
    CHECK(a == b);
    // Sorted by the answers: 1234567, 4444444, 7654321.
    CHECK(a.find(digits(kAnaSays)) < a.find(digits(kDeeSays)));
    CHECK(a.find(digits(kDeeSays)) < a.find(digits(kBoSays)));
}

TEST_CASE_METHOD(AnonymityFixture, "An export of a pulse with fewer responses than its minimum has no responses",
                 "[edit][pulse][anonymity]")
{
    openPulse(*service, 5);
    EditFixture::requireOk(service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kAna), kAnaSays));
    EditFixture::requireOk(service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kBo), kBoSays));
    EditFixture::requireOk(service->pulses.recordResponse(domain::PulseId(kPulse), domain::MemberId(kDee), kDeeSays));
    EditFixture::requireOk(service->pulses.close(domain::PulseId(kPulse), domain::Date::parse("2026-11-26").value()));

    const std::string exported = dir.file("team.json");
    REQUIRE(exchange::TeamExporter(*file, clock).exportFile(exported).ok());
    const auto json = nlohmann::json::parse(bytesOf(exported));
    REQUIRE(json.at("pulses").size() == 1);
    const auto& pulse = json.at("pulses").at(0);
    CHECK(pulse.at("responded").size() == 3);
    CHECK(pulse.at("responses").empty());
    CHECK(bytesOf(exported).find(jsonList(kAnaSays)) == std::string::npos);
}
