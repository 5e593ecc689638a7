// baton-cli commitment add, edit and close: promises with exactly one owner.
#include "Commands.h"
#include "EditSession.h"

namespace baton::cli {
using namespace baton::domain;

namespace {

void applyCommitmentOptions(OptionReader& opt, Commitment& c)
{
    if (const auto description = opt.text("--description"))
        c.description = *description;
    if (const auto owner = opt.id<MemberId>("--owner"))
        c.owner = *owner;
    if (const auto supporters = opt.idList<MemberId>("--supporter"))
        c.supporters = *supporters;
    if (const auto decision = opt.clearableId<DecisionId>("--decision"))
        c.decision = *decision;
    if (const auto initiative = opt.clearableId<InitiativeId>("--initiative"))
        c.initiative = *initiative;
    if (const auto due = opt.clearableDate("--due"))
        c.dueOn = *due;
}

int commitmentAdd(const CommandLine& cl, Io io)
{
    return addRecord<Commitment>(cl, io, applyCommitmentOptions, [](edit::EditService& e, const Commitment& c) {
        return e.commitments.addCommitment(c);
    });
}

int commitmentEdit(const CommandLine& cl, Io io)
{
    return editRecord<Commitment>(
        cl, io, "commitment", applyCommitmentOptions,
        [](edit::EditService& e, const Commitment& c) { return e.commitments.editCommitment(c); });
}

int commitmentClose(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto id = opt.positionalId<CommitmentId>(1, "commitment");
    const auto status = opt.choice<CommitmentStatus>("--status");
    const auto on = opt.date("--on");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    return s.finish(s.service().commitments.close(id, *status, on.value_or(s.service().today()),
                                                  opt.text("--outcome").value_or("")));
}

} // namespace

CommandGroup commitmentCommands()
{
    return {
        "Commitments",
        {
            CommandSpec("commitment add", "commitment add TEAMFILE --description TEXT --owner ID [OPTIONS]",
                        "make a commitment with one owner; prints the new id", 1,
                        {"--description", "--owner", "--decision", "--initiative", "--due", "--id"}, {}, commitmentAdd)
                .repeatable({"--supporter"})
                .required({"--description", "--owner"})
                .details("  --description TEXT          what is promised (required)\n"
                         "  --owner MEMBER_ID           the one member accountable (required)\n"
                         "  --supporter MEMBER_ID       repeat it, or give a comma list\n"
                         "  --decision DECISION_ID      the decision it carries out\n"
                         "  --initiative INITIATIVE_ID  the initiative it belongs to\n"
                         "  --due DATE                  YYYY-MM-DD\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
            CommandSpec("commitment edit", "commitment edit TEAMFILE COMMITMENT_ID [OPTIONS]",
                        "change a commitment; closing goes through commitment close", 2,
                        {"--description", "--owner", "--decision", "--initiative", "--due"}, {}, commitmentEdit)
                .repeatable({"--supporter"})
                .details("  --description TEXT, --owner MEMBER_ID\n"
                         "  --supporter MEMBER_ID       replaces the supporters; repeat or comma list ('' clears)\n"
                         "  --decision DECISION_ID, --initiative INITIATIVE_ID   ('' clears)\n"
                         "  --due DATE                  YYYY-MM-DD ('' clears)\n"),
            CommandSpec("commitment close", "commitment close TEAMFILE COMMITMENT_ID --status STATUS --outcome TEXT",
                        "close an open commitment as done, missed or dropped", 2, {"--status", "--outcome", "--on"}, {},
                        commitmentClose)
                .required({"--status", "--outcome"})
                .details("  --status STATUS             done, missed or dropped (required)\n"
                         "  --outcome TEXT              how it ended (required)\n"
                         "  --on DATE                   YYYY-MM-DD (default: today)\n"),
        }};
}

} // namespace baton::cli
