// baton-cli propose, decision edit, stance, decide, supersede, reverse and withdraw.
#include "Commands.h"
#include "EditSession.h"

#include "baton/domain/CharterRules.h"
#include "baton/storage/CharterRuleRepository.h"

namespace baton::cli {
using namespace baton::domain;

namespace {

/// What a proposal says; options replace the list when given ("--option ''" alone clears it).
void applyProposalOptions(OptionReader& opt, Decision& d)
{
    if (const auto title = opt.text("--title"))
        d.title = *title;
    if (const auto context = opt.text("--context"))
        d.context = *context;
    if (opt.has("--option")) {
        d.options.clear();
        for (auto& o : opt.texts("--option"))
            if (!o.empty())
                d.options.push_back(std::move(o));
    }
    if (const auto method = opt.choice<DecisionMethod>("--method"))
        d.method = *method;
    if (const auto initiative = opt.clearableId<InitiativeId>("--initiative"))
        d.initiative = *initiative;
    if (const auto areas = opt.idList<AreaId>("--area"))
        d.areas = *areas;
    if (const auto proposed = opt.clearableDate("--proposed"))
        d.proposedOn = *proposed;
    if (const auto decideBy = opt.clearableDate("--decide-by"))
        d.decideBy = *decideBy;
    if (const auto review = opt.clearableDate("--review-on"))
        d.reviewOn = *review;
}

/// The charter's decision rule for the proposal's areas sets what the options left open: the
/// method and decide_by (proposed on + the rule's days); the fallback and the link to the rule
/// always. Says which rule applied on stderr, so stdout stays the new id.
void applyCharter(EditSession& s, const OptionReader& opt, Decision& d, Io io)
{
    const auto rules = storage::CharterRuleRepository(s.db()).all();
    const CharterRule* rule = matchingDecisionRule(rules, d.areas);
    if (!rule)
        return;
    Decision defaults = d;
    defaults.status = DecisionStatus::Proposed;
    if (!applyRule(defaults, *rule, d.proposedOn.value_or(s.service().today())))
        return;
    if (!opt.has("--method"))
        d.method = defaults.method;
    if (!opt.has("--decide-by"))
        d.decideBy = defaults.decideBy;
    d.fallback = defaults.fallback;
    d.charterRule = defaults.charterRule;
    io.err << "From the charter: " << rule->title << " (" << toString(d.method) << ", decide by "
           << (d.decideBy ? d.decideBy->toString() : std::string("no date")) << ", " << fallbackText(*d.fallback)
           << ")\n";
}

/// propose and supersede: a new proposal from the options; supersede names the one it replaces.
int newProposal(const CommandLine& cl, Io io, bool supersede)
{
    OptionReader opt(cl);
    Decision d;
    applyProposalOptions(opt, d);
    const auto id = opt.id<DecisionId>("--id");
    const auto old = supersede ? opt.id<DecisionId>("--decision") : std::nullopt;
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    d.id = id ? *id : DecisionId(s.service().newId());
    applyCharter(s, opt, d, io);
    auto& edits = s.service().decisions;
    return s.finish(supersede ? edits.supersede(*old, d) : edits.propose(d), d.id.str());
}

int decisionEdit(const CommandLine& cl, Io io)
{
    return editRecord<Decision>(cl, io, "decision", applyProposalOptions,
                                [](edit::EditService& e, const Decision& d) { return e.decisions.editDecision(d); });
}

int stance(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto id = opt.id<DecisionId>("--decision");
    const auto member = opt.id<MemberId>("--member");
    const auto where = opt.choice<Stance>("--stance");
    const auto role = opt.choice<ParticipantRole>("--role");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    // Without --role a participant keeps theirs; someone new is consulted.
    ParticipantRole keep = ParticipantRole::Consulted;
    if (const auto d = storage::RecordStore(s.db()).find<Decision>(id->str())) {
        for (const auto& p : d->participants)
            if (p.member == *member)
                keep = p.role;
    }
    return s.finish(s.service().decisions.recordStance(*id, *member, role.value_or(keep), *where,
                                                       opt.text("--comment").value_or("")));
}

int decide(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto id = opt.id<DecisionId>("--decision");
    const auto accountable = opt.id<MemberId>("--accountable");
    const auto on = opt.date("--on");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    return s.finish(s.service().decisions.decide(*id, *accountable, on.value_or(s.service().today()),
                                                 opt.text("--outcome").value_or(""),
                                                 opt.text("--rationale").value_or("")));
}

int endDecision(const CommandLine& cl, Io io, bool reverse)
{
    OptionReader opt(cl);
    const auto id = opt.id<DecisionId>("--decision");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    const std::string reason = opt.text("--reason").value_or("");
    auto& edits = s.service().decisions;
    return s.finish(reverse ? edits.reverse(*id, reason) : edits.withdraw(*id, reason));
}

// Built on first use rather than before main, where a failed allocation could not be caught.
const std::set<std::string>& proposalValued()
{
    static const std::set<std::string> options = {"--title",    "--context",   "--method",   "--initiative",
                                                  "--proposed", "--decide-by", "--review-on"};
    return options;
}

const std::set<std::string>& proposalRepeatable()
{
    static const std::set<std::string> options = {"--option", "--area"};
    return options;
}

std::set<std::string> with(std::set<std::string> options, std::initializer_list<const char*> more)
{
    for (const char* o : more)
        options.insert(o);
    return options;
}

constexpr const char* kProposalOptions =
    "  --context TEXT              what the decision is about\n"
    "  --option TEXT               one option considered; repeat for each\n"
    "  --method METHOD             consensus, consent (default), advice, expert, majority_vote\n"
    "                              or delegated; without it, and without --decide-by, the\n"
    "                              charter's decision rule for the areas sets them\n"
    "  --initiative INITIATIVE_ID  the initiative it belongs to\n"
    "  --area AREA_ID              repeat it, or give a comma list\n"
    "  --proposed DATE             YYYY-MM-DD (default: today)\n"
    "  --decide-by DATE, --review-on DATE   YYYY-MM-DD\n";

} // namespace

CommandGroup decisionCommands()
{
    return {"Decisions",
            {
                CommandSpec("propose", "propose TEAMFILE --title TITLE [OPTIONS]",
                            "propose a decision; prints the new id", 1, with(proposalValued(), {"--id"}), {},
                            [](const CommandLine& cl, Io io) { return newProposal(cl, io, false); })
                    .repeatable(proposalRepeatable())
                    .required({"--title"})
                    .details(std::string("  --title TITLE               (required)\n") + kProposalOptions +
                             "  --id ID                     choose the new id (a lowercase UUID)\n"),
                CommandSpec("decision edit", "decision edit TEAMFILE DECISION_ID [OPTIONS]",
                            "change what a decision says; status changes through the commands below", 2,
                            proposalValued(), {}, decisionEdit)
                    .repeatable(proposalRepeatable())
                    .details(std::string("  --title TITLE\n") + kProposalOptions +
                             "  Options and areas given replace the old ones; '' clears a date, link or list.\n"),
                CommandSpec("stance", "stance TEAMFILE --decision ID --member ID --stance STANCE",
                            "record where a member stands on a decision", 1,
                            {"--decision", "--member", "--stance", "--role", "--comment"}, {}, stance)
                    .required({"--decision", "--member", "--stance"})
                    .details("  --decision DECISION_ID      (required)\n"
                             "  --member MEMBER_ID          (required)\n"
                             "  --stance STANCE             support, concern, objection, abstain or none (required)\n"
                             "  --role ROLE                 proposer, decider, advisor, consulted or informed\n"
                             "                              (default: unchanged, or consulted when new)\n"
                             "  --comment TEXT\n"),
                CommandSpec("decide", "decide TEAMFILE --decision ID --accountable ID --outcome TEXT",
                            "mark a proposal decided, with the one member accountable", 1,
                            {"--decision", "--accountable", "--outcome", "--rationale", "--on"}, {}, decide)
                    .required({"--decision", "--accountable", "--outcome"})
                    .details("  --decision DECISION_ID      (required)\n"
                             "  --accountable MEMBER_ID     (required; a member who has not left)\n"
                             "  --outcome TEXT              what was decided (required)\n"
                             "  --rationale TEXT\n"
                             "  --on DATE                   YYYY-MM-DD (default: today)\n"
                             "  A consent decision is refused while an objection stands.\n"),
                CommandSpec("supersede", "supersede TEAMFILE --decision OLD_ID --title TITLE [OPTIONS]",
                            "propose a decision that replaces a decided one; prints the new id", 1,
                            with(proposalValued(), {"--decision", "--id"}), {},
                            [](const CommandLine& cl, Io io) { return newProposal(cl, io, true); })
                    .repeatable(proposalRepeatable())
                    .required({"--decision", "--title"})
                    .details(std::string("  --decision DECISION_ID      the decided decision it replaces (required)\n"
                                         "  --title TITLE               (required)\n") +
                             kProposalOptions + "  --id ID                     choose the new id (a lowercase UUID)\n"),
                CommandSpec("reverse", "reverse TEAMFILE --decision ID --reason TEXT", "turn a decided decision back",
                            1, {"--decision", "--reason"}, {},
                            [](const CommandLine& cl, Io io) { return endDecision(cl, io, true); })
                    .required({"--decision", "--reason"})
                    .details("  --decision DECISION_ID      (required)\n"
                             "  --reason TEXT               kept in the rationale (required)\n"),
                CommandSpec("withdraw", "withdraw TEAMFILE --decision ID --reason TEXT",
                            "withdraw a proposal that will not be decided", 1, {"--decision", "--reason"}, {},
                            [](const CommandLine& cl, Io io) { return endDecision(cl, io, false); })
                    .required({"--decision", "--reason"})
                    .details("  --decision DECISION_ID      (required)\n"
                             "  --reason TEXT               kept in the rationale (required)\n"),
            }};
}

} // namespace baton::cli
