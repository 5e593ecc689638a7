// baton-cli voice raise and voice list: the voice channel from a terminal. An anonymous item
// is raised through the same intent as in the app, so it keeps no author anywhere.
#include "Commands.h"
#include "EditSession.h"

#include "baton/report/CsvWriter.h"
#include "baton/storage/VoiceItemRepository.h"

#include <algorithm>

namespace baton::cli {
using namespace baton::domain;

namespace {

int voiceRaise(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    VoiceItem item;
    if (const auto kind = opt.choice<VoiceKind>("--kind"))
        item.kind = *kind;
    item.text = opt.text("--text").value_or("");
    if (const auto initiative = opt.id<InitiativeId>("--initiative"))
        item.initiative = *initiative;
    if (const auto decision = opt.id<DecisionId>("--decision"))
        item.decision = *decision;
    const bool anonymous = opt.flag("--anonymous");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    item.id = VoiceItemId(s.service().newId());
    return s.finish(anonymous ? s.service().voice.raiseAnonymously(item) : s.service().voice.raise(item),
                    item.id.str());
}

int voiceList(const CommandLine& cl, Io io)
{
    const std::string format = cl.value("--format").value_or("text");
    if (format != "text" && format != "csv") {
        io.err << "baton-cli voice list: --format is text or csv, not \"" << format << "\"\n";
        return kExitUsage;
    }
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    auto items = storage::VoiceItemRepository(file->db()).all();
    // Newest raised first (the repository lists them as stored).
    std::stable_sort(items.begin(), items.end(),
                     [](const VoiceItem& a, const VoiceItem& b) { return a.raisedOn > b.raisedOn; });
    if (format == "csv") {
        io.out << "id,kind,text,author,raised_on,status,response\r\n";
        for (const auto& v : items)
            io.out << report::csvField(v.id.str()) << "," << toString(v.kind) << "," << report::csvField(v.text) << ","
                   << (v.author ? report::csvField(v.author->str()) : std::string()) << ","
                   << (v.raisedOn ? v.raisedOn->toString() : std::string()) << "," << toString(v.status) << ","
                   << report::csvField(v.response) << "\r\n";
        return kExitOk;
    }
    for (const auto& v : items)
        io.out << (v.raisedOn ? v.raisedOn->toString() : std::string("          ")) << "  " << toString(v.kind) << " ("
               << toString(v.status) << ")  " << v.text << (v.author ? "" : "  [anonymous]") << "\n";
    if (items.empty())
        io.out << "No ideas, concerns or questions yet.\n";
    return kExitOk;
}

} // namespace

CommandGroup voiceCommands()
{
    return {"Voice",
            {
                CommandSpec("voice raise", "voice raise TEAMFILE --kind KIND --text TEXT [--anonymous] [OPTIONS]",
                            "raise an idea, concern or question; prints the new id", 1,
                            {"--kind", "--text", "--initiative", "--decision"}, {"--anonymous"}, voiceRaise)
                    .required({"--kind", "--text"})
                    .details("  --kind KIND                 idea, concern or question (required)\n"
                             "  --text TEXT                 what it is (required)\n"
                             "  --anonymous                 store no name anywhere: not in the item, not in its\n"
                             "                              history; it cannot be undone\n"
                             "  --initiative INITIATIVE_ID  the initiative it is about\n"
                             "  --decision DECISION_ID      the decision it is about\n"),
                CommandSpec("voice list", "voice list TEAMFILE [--format text|csv]",
                            "list ideas, concerns and questions, newest first", 1, {"--format"}, {}, voiceList)
                    .details("  --format text|csv           csv: id,kind,text,author,raised_on,status,response\n"
                             "                              (author empty when raised anonymously)\n"),
            }};
}

} // namespace baton::cli
