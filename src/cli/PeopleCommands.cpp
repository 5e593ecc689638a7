// baton-cli member, area, level and endorse: the people on the team and what they know.
#include "Commands.h"
#include "EditSession.h"

namespace baton::cli {
using namespace baton::domain;

namespace {

/// Applies the member options given; an empty value clears an optional field.
void applyMemberOptions(OptionReader& opt, Member& m)
{
    if (opt.flag("--facilitator") && opt.flag("--no-facilitator"))
        opt.fail("--facilitator and --no-facilitator contradict each other");
    if (const auto name = opt.text("--name"))
        m.name = *name;
    if (const auto email = opt.clearableText("--email"))
        m.email = *email;
    if (const auto title = opt.clearableText("--title"))
        m.title = *title;
    if (opt.flag("--facilitator"))
        m.facilitator = true;
    if (opt.flag("--no-facilitator"))
        m.facilitator = false;
    if (const auto joined = opt.clearableDate("--joined"))
        m.joinedOn = *joined;
    if (const auto left = opt.clearableDate("--left"))
        m.leftOn = *left;
}

int memberAdd(const CommandLine& cl, Io io)
{
    return addRecord<Member>(cl, io, applyMemberOptions,
                             [](edit::EditService& e, const Member& m) { return e.people.addMember(m); });
}

int memberEdit(const CommandLine& cl, Io io)
{
    return editRecord<Member>(cl, io, "member", applyMemberOptions,
                              [](edit::EditService& e, const Member& m) { return e.people.editMember(m); });
}

int memberLeave(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const auto id = opt.positionalId<MemberId>(1, "member");
    const auto on = opt.date("--on");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    auto m = s.load<Member>(id.str(), "member");
    if (!m)
        return kExitRefused;
    m->leftOn = on;
    return s.finish(s.service().people.editMember(*m));
}

void applyAreaOptions(OptionReader& opt, ExpertiseArea& a)
{
    if (const auto name = opt.text("--name"))
        a.name = *name;
    if (const auto description = opt.text("--description"))
        a.description = *description;
    if (const auto parent = opt.clearableId<AreaId>("--parent"))
        a.parent = *parent;
}

int areaAdd(const CommandLine& cl, Io io)
{
    return addRecord<ExpertiseArea>(cl, io, applyAreaOptions,
                                    [](edit::EditService& e, const ExpertiseArea& a) { return e.people.addArea(a); });
}

int areaEdit(const CommandLine& cl, Io io)
{
    return editRecord<ExpertiseArea>(cl, io, "area", applyAreaOptions,
                                     [](edit::EditService& e, const ExpertiseArea& a) { return e.people.editArea(a); });
}

int levelSet(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    Expertise e;
    e.member = opt.id<MemberId>("--member").value_or(MemberId());
    e.area = opt.id<AreaId>("--area").value_or(AreaId());
    e.level = opt.integer("--level", kMinLevel, kMaxLevel, "a level").value_or(kMinLevel);
    const auto wants = opt.yesNo("--wants-to-learn");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    // Without --wants-to-learn the member's wish stays as it was.
    const auto before = storage::RecordStore(s.db()).find<Expertise>(e.member.str() + "/" + e.area.str());
    e.wantsToLearn = wants ? *wants : before && before->wantsToLearn;
    return s.finish(s.service().people.setLevel(e));
}

int endorse(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    Endorsement e;
    e.endorser = opt.id<MemberId>("--endorser").value_or(MemberId());
    e.member = opt.id<MemberId>("--member").value_or(MemberId());
    e.area = opt.id<AreaId>("--area").value_or(AreaId());
    e.note = opt.text("--note").value_or("");
    e.on = opt.date("--on");
    const auto id = opt.id<EndorsementId>("--id");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    e.id = id ? *id : EndorsementId(s.service().newId());
    if (!e.on)
        e.on = s.service().today();
    return s.finish(s.service().people.endorse(e), e.id.str());
}

} // namespace

CommandGroup peopleCommands()
{
    return {
        "People and expertise",
        {
            CommandSpec("member add", "member add TEAMFILE --name NAME [OPTIONS]", "add a member; prints the new id", 1,
                        {"--name", "--email", "--title", "--joined", "--id"}, {"--facilitator"}, memberAdd)
                .required({"--name"})
                .details("  --name NAME                 the member's name (required)\n"
                         "  --email EMAIL               unique in the team\n"
                         "  --title TITLE               formal job title\n"
                         "  --facilitator               runs the team's reviews\n"
                         "  --joined DATE               YYYY-MM-DD\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
            CommandSpec("member edit", "member edit TEAMFILE MEMBER_ID [OPTIONS]",
                        "change a member; only the options given change", 2,
                        {"--name", "--email", "--title", "--joined", "--left"}, {"--facilitator", "--no-facilitator"},
                        memberEdit)
                .details("  --name NAME                 the member's name\n"
                         "  --email EMAIL               unique in the team ('' clears)\n"
                         "  --title TITLE               formal job title ('' clears)\n"
                         "  --facilitator, --no-facilitator\n"
                         "  --joined DATE               YYYY-MM-DD ('' clears)\n"
                         "  --left DATE                 YYYY-MM-DD ('' clears: back on the team)\n"),
            CommandSpec("member leave", "member leave TEAMFILE MEMBER_ID --on DATE",
                        "record that a member left the team", 2, {"--on"}, {}, memberLeave)
                .required({"--on"})
                .details("  --on DATE                   the last day, YYYY-MM-DD (required)\n"),
            CommandSpec("area add", "area add TEAMFILE --name NAME [OPTIONS]",
                        "add an expertise area; prints the new id", 1, {"--name", "--parent", "--description", "--id"},
                        {}, areaAdd)
                .required({"--name"})
                .details("  --name NAME                 unique among its siblings (required)\n"
                         "  --parent AREA_ID            the area it belongs under\n"
                         "  --description TEXT\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
            CommandSpec("area edit", "area edit TEAMFILE AREA_ID [OPTIONS]", "rename, describe or move an area", 2,
                        {"--name", "--parent", "--description"}, {}, areaEdit)
                .details("  --name NAME\n"
                         "  --parent AREA_ID            ('' moves it to the top level)\n"
                         "  --description TEXT\n"),
            CommandSpec("level set", "level set TEAMFILE --member ID --area ID --level 1..5",
                        "set a member's level in an area", 1, {"--member", "--area", "--level", "--wants-to-learn"}, {},
                        levelSet)
                .required({"--member", "--area", "--level"})
                .details("  --member MEMBER_ID          (required)\n"
                         "  --area AREA_ID              (required)\n"
                         "  --level N                   1 aware .. 5 authority (required)\n"
                         "  --wants-to-learn yes|no     unchanged when not given\n"),
            CommandSpec("endorse", "endorse TEAMFILE --endorser ID --member ID --area ID",
                        "one member vouches for another's expertise; prints the new id", 1,
                        {"--endorser", "--member", "--area", "--note", "--on", "--id"}, {}, endorse)
                .required({"--endorser", "--member", "--area"})
                .details("  --endorser MEMBER_ID        who vouches (required)\n"
                         "  --member MEMBER_ID          for whom (required; not the endorser)\n"
                         "  --area AREA_ID              in which area (required)\n"
                         "  --note TEXT\n"
                         "  --on DATE                   YYYY-MM-DD (default: today)\n"
                         "  --id ID                     choose the new id (a lowercase UUID)\n"),
        }};
}

} // namespace baton::cli
