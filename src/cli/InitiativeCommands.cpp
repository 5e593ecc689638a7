// baton-cli initiative, pass-lead, co-lead and contribution: initiatives and who leads them.
#include "Commands.h"
#include "EditSession.h"

namespace baton::cli {
using namespace baton::domain;

namespace {

void applyInitiativeOptions(OptionReader& opt, Initiative& i)
{
    if (const auto title = opt.text("--title"))
        i.title = *title;
    if (const auto description = opt.text("--description"))
        i.description = *description;
    if (const auto status = opt.choice<InitiativeStatus>("--status"))
        i.status = *status;
    if (const auto started = opt.clearableDate("--started"))
        i.startedOn = *started;
    if (const auto due = opt.clearableDate("--due"))
        i.dueOn = *due;
    if (const auto closed = opt.clearableDate("--closed"))
        i.closedOn = *closed;
    if (const auto areas = opt.idList<AreaId>("--area"))
        i.areas = *areas;
}

int initiativeAdd(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    Initiative i;
    applyInitiativeOptions(opt, i);
    const auto lead = opt.id<MemberId>("--lead");
    const auto id = opt.id<InitiativeId>("--id");
    if (!opt.ok())
        return readerProblem(io, opt);
    if (opt.has("--reason") && !opt.has("--lead"))
        return badInput(io, "--reason is the reason for the first lead; give --lead too");
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    i.id = id ? *id : InitiativeId(s.service().newId());
    if (lead)
        i.leadership.push_back(LeadStint{*lead, StintRole::Lead, i.startedOn.value_or(s.service().today()),
                                         std::nullopt, opt.text("--reason").value_or(""), std::nullopt});
    return s.finish(s.service().initiatives.addInitiative(i), i.id.str());
}

int initiativeEdit(const CommandLine& cl, Io io)
{
    return editRecord<Initiative>(
        cl, io, "initiative", applyInitiativeOptions,
        [](edit::EditService& e, const Initiative& i) { return e.initiatives.editInitiative(i); });
}

int passLead(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto initiative = opt.id<InitiativeId>("--initiative");
    const auto to = opt.id<MemberId>("--to");
    const auto on = opt.date("--on");
    const auto rank = opt.integer("--suggested-rank", 1, 1000000, "a suggested rank");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    return s.finish(s.service().initiatives.passLead(*initiative, *to, *on, opt.text("--reason").value_or(""), rank));
}

int coLead(const CommandLine& cl, Io io, bool add)
{
    OptionReader opt(cl);
    const auto initiative = opt.id<InitiativeId>("--initiative");
    const auto member = opt.id<MemberId>("--member");
    const auto on = opt.date("--on");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    auto& edits = s.service().initiatives;
    return s.finish(add ? edits.addCoLead(*initiative, *member, *on, opt.text("--reason").value_or(""))
                        : edits.endCoLead(*initiative, *member, *on));
}

void applyContributionOptions(OptionReader& opt, Contribution& c)
{
    if (const auto initiative = opt.id<InitiativeId>("--initiative"))
        c.initiative = *initiative;
    if (const auto member = opt.id<MemberId>("--member"))
        c.member = *member;
    if (const auto description = opt.text("--description"))
        c.description = *description;
    if (const auto status = opt.choice<ContributionStatus>("--status"))
        c.status = *status;
    if (const auto deps = opt.idList<ContributionId>("--depends-on"))
        c.dependsOn = *deps;
}

int contributionAdd(const CommandLine& cl, Io io)
{
    return addRecord<Contribution>(cl, io, applyContributionOptions, [](edit::EditService& e, const Contribution& c) {
        return e.initiatives.addContribution(c);
    });
}

int contributionEdit(const CommandLine& cl, Io io)
{
    return editRecord<Contribution>(
        cl, io, "contribution", applyContributionOptions,
        [](edit::EditService& e, const Contribution& c) { return e.initiatives.editContribution(c); });
}

} // namespace

CommandGroup initiativeCommands()
{
    return {
        "Initiatives",
        {
            CommandSpec("initiative add", "initiative add TEAMFILE --title TITLE [OPTIONS]",
                        "start an initiative; prints the new id", 1,
                        {"--title", "--description", "--status", "--started", "--due", "--closed", "--lead", "--reason",
                         "--id"},
                        {}, initiativeAdd)
                .repeatable({"--area"})
                .required({"--title"})
                .details("  --title TITLE               (required)\n"
                         "  --description TEXT\n"
                         "  --status STATUS             proposed (default), active, completed, missed or cancelled\n"
                         "  --started DATE, --due DATE, --closed DATE   YYYY-MM-DD\n"
                         "  --area AREA_ID              repeat it, or give a comma list\n"
                         "  --lead MEMBER_ID            the first lead, from --started (default: today)\n"
                         "  --reason TEXT               why they lead\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
            CommandSpec("initiative edit", "initiative edit TEAMFILE INITIATIVE_ID [OPTIONS]",
                        "change an initiative; leadership changes through pass-lead and co-lead", 2,
                        {"--title", "--description", "--status", "--started", "--due", "--closed"}, {}, initiativeEdit)
                .repeatable({"--area"})
                .details("  --title TITLE, --description TEXT\n"
                         "  --status STATUS             proposed, active, completed, missed or cancelled\n"
                         "  --started DATE, --due DATE, --closed DATE   YYYY-MM-DD ('' clears)\n"
                         "  --area AREA_ID              replaces the areas; repeat or comma list ('' clears)\n"),
            CommandSpec("pass-lead", "pass-lead TEAMFILE --initiative ID --to MEMBER_ID --on DATE --reason TEXT",
                        "hand the lead to another member; the current lead ends the day before", 1,
                        {"--initiative", "--to", "--on", "--reason", "--suggested-rank"}, {}, passLead)
                .required({"--initiative", "--to", "--on", "--reason"})
                .details("  --initiative INITIATIVE_ID  (required)\n"
                         "  --to MEMBER_ID              the new lead (required)\n"
                         "  --on DATE                   their first day, YYYY-MM-DD (required)\n"
                         "  --reason TEXT               why the lead passes (required)\n"
                         "  --suggested-rank N          their place in `suggest-lead`, when you chose from it\n"),
            CommandSpec("suggest-lead", "suggest-lead TEAMFILE --initiative ID [--format text|csv]",
                        "rank members to lead an initiative by expertise and load, with reasons", 1,
                        {"--initiative", "--format"}, {}, suggestLeadCommand)
                .required({"--initiative"})
                .details("  --initiative INITIATIVE_ID  (required) ranks for the areas it names\n"
                         "  --format text|csv           csv columns: rank,member_id,name,reasons\n"),
            CommandSpec("co-lead add", "co-lead add TEAMFILE --initiative ID --member ID --on DATE",
                        "a member starts co-leading an initiative", 1, {"--initiative", "--member", "--on", "--reason"},
                        {}, [](const CommandLine& cl, Io io) { return coLead(cl, io, true); })
                .required({"--initiative", "--member", "--on"})
                .details("  --initiative INITIATIVE_ID  (required)\n"
                         "  --member MEMBER_ID          (required)\n"
                         "  --on DATE                   the first day, YYYY-MM-DD (required)\n"
                         "  --reason TEXT\n"),
            CommandSpec("co-lead end", "co-lead end TEAMFILE --initiative ID --member ID --on DATE",
                        "a member's co-lead stint ends (on DATE, inclusive)", 1, {"--initiative", "--member", "--on"},
                        {}, [](const CommandLine& cl, Io io) { return coLead(cl, io, false); })
                .required({"--initiative", "--member", "--on"})
                .details("  --initiative INITIATIVE_ID  (required)\n"
                         "  --member MEMBER_ID          (required)\n"
                         "  --on DATE                   the last day, YYYY-MM-DD (required)\n"),
            CommandSpec("contribution add", "contribution add TEAMFILE --initiative ID --member ID --description TEXT",
                        "add a piece of work to an initiative; prints the new id", 1,
                        {"--initiative", "--member", "--description", "--status", "--id"}, {}, contributionAdd)
                .repeatable({"--depends-on"})
                .required({"--initiative", "--member", "--description"})
                .details("  --initiative INITIATIVE_ID  (required)\n"
                         "  --member MEMBER_ID          who does it (required)\n"
                         "  --description TEXT          (required)\n"
                         "  --status STATUS             planned (default), in_progress, done or blocked\n"
                         "  --depends-on ID[,ID...]     contributions it waits for; no loops\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
            CommandSpec("contribution edit", "contribution edit TEAMFILE CONTRIBUTION_ID [OPTIONS]",
                        "change a contribution's work, member, status or dependencies", 2,
                        {"--member", "--description", "--status"}, {}, contributionEdit)
                .repeatable({"--depends-on"})
                .details("  --member MEMBER_ID, --description TEXT\n"
                         "  --status STATUS             planned, in_progress, done or blocked\n"
                         "  --depends-on ID[,ID...]     replaces the dependencies ('' clears); no loops\n"),
        }};
}

} // namespace baton::cli
