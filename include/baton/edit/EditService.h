#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Commitment.h"
#include "baton/domain/Conflict.h"
#include "baton/domain/Contribution.h"
#include "baton/domain/Decision.h"
#include "baton/domain/DevelopmentGoal.h"
#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/Pulse.h"
#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"
#include "baton/edit/EditContext.h"

namespace baton::edit {

using Edit = domain::Result<ChangeSet>;

/// Members, expertise areas, levels and endorsements.
class PeopleEdits {
public:
    explicit PeopleEdits(EditContext& context)
        : m_context(context)
    {
    }
    Edit addMember(domain::Member member);
    Edit editMember(domain::Member member);
    Edit addArea(domain::ExpertiseArea area);
    Edit editArea(domain::ExpertiseArea area);
    /// Sets a member's level (and "wants to learn") in an area, creating the row when new.
    Edit setLevel(domain::Expertise expertise);
    Edit endorse(domain::Endorsement endorsement);

private:
    EditContext& m_context;
};

/// Initiatives, their leadership and their contributions.
class InitiativeEdits {
public:
    explicit InitiativeEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// A new initiative; its first stints (if any) must pass the leadership rules.
    Edit addInitiative(domain::Initiative initiative);
    /// Changes title, description, status, dates and areas; leadership is never touched here.
    Edit editInitiative(domain::Initiative initiative);
    /// `suggestedRank`: the new lead's place in Baton's suggestion, when one was shown.
    Edit passLead(const domain::InitiativeId& id, const domain::MemberId& next, domain::Date on, std::string reason,
                  std::optional<int> suggestedRank = std::nullopt);
    Edit addCoLead(const domain::InitiativeId& id, const domain::MemberId& member, domain::Date from,
                   std::string reason, std::optional<int> suggestedRank = std::nullopt);
    /// Ends `member`'s open co-lead stint on `on` (inclusive).
    Edit endCoLead(const domain::InitiativeId& id, const domain::MemberId& member, domain::Date on);
    Edit addContribution(domain::Contribution contribution);
    /// Description, member, status and dependencies; a dependency loop is refused by name.
    Edit editContribution(domain::Contribution contribution);

private:
    EditContext& m_context;
};

/// Coaching: development goals a member works towards, with a mentor and a review date.
class GoalEdits {
public:
    explicit GoalEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// A new goal: its target must be above the member's level in the area today.
    Edit addGoal(domain::DevelopmentGoal goal);
    /// Target, mentor, dates, status and note; the member and area stay as set.
    Edit editGoal(domain::DevelopmentGoal goal);

private:
    EditContext& m_context;
};

/// The team charter: how the team decides, climbs a conflict and keeps itself accountable.
class CharterEdits {
public:
    explicit CharterEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// A new rule; a decision rule needs a method, a deadline of a day or more and a fallback,
    /// a conflict step a rung from 1. Other kinds keep no areas, method, deadline or fallback.
    Edit addRule(domain::CharterRule rule);
    /// Any field of a live rule, under the same checks.
    Edit editRule(domain::CharterRule rule);

private:
    EditContext& m_context;
};

/// Conflicts between members, climbing the charter's ladder one rung at a time.
class ConflictEdits {
public:
    explicit ConflictEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// A new open conflict between two or more live members, with no steps yet.
    Edit raise(domain::Conflict conflict);
    /// Title, description and parties; status and steps change only through the intents below.
    Edit editConflict(domain::Conflict conflict);
    /// One rung up the charter's ladder, with a note on what happened.
    Edit climb(const domain::ConflictId& id, domain::Date on, std::string note);
    Edit resolve(const domain::ConflictId& id, domain::Date on, std::string resolution,
                 std::optional<domain::DecisionId> decision);
    Edit withdraw(const domain::ConflictId& id, domain::Date on, std::string reason);

private:
    EditContext& m_context;
};

/// The voice channel: ideas, concerns and questions, and the team's response.
class VoiceEdits {
public:
    explicit VoiceEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// Raises an item as this workstation's member, who becomes its author.
    Edit raise(domain::VoiceItem item);
    /// Raises an item with no author at all: not in the record, not in its history entry (which
    /// keeps no author either), and it cannot be undone, since an undo would be stamped.
    Edit raiseAnonymously(domain::VoiceItem item);
    /// Sets the status and the response; this workstation's member becomes the responder.
    Edit respond(const domain::VoiceItemId& id, domain::VoiceStatus status, std::string response);
    /// Links the item to an initiative or a decision (either may be cleared).
    Edit link(const domain::VoiceItemId& id, std::optional<domain::InitiativeId> initiative,
              std::optional<domain::DecisionId> decision);

private:
    EditContext& m_context;
};

/// The psychological-safety pulse. Only a facilitator opens and closes one.
class PulseEdits {
public:
    explicit PulseEdits(EditContext& context)
        : m_context(context)
    {
    }
    Edit open(domain::Pulse pulse);
    /// `member`'s answers, entered on their turn at the workstation. The history entry keeps no
    /// author and, while the pulse is open, no answers (see canonicalFields(Pulse)); it cannot be
    /// undone.
    Edit recordResponse(const domain::PulseId& id, const domain::MemberId& member, const domain::PulseAnswers& answers);
    Edit close(const domain::PulseId& id, domain::Date on);

private:
    EditContext& m_context;
};

/// Shared-responsibility reviews of a missed commitment or initiative, or a decision that went
/// wrong, with the follow-up commitments they create.
class ReviewEdits {
public:
    explicit ReviewEdits(EditContext& context)
        : m_context(context)
    {
    }
    /// Records the review and creates `followUps` as new commitments in the same change; their
    /// ids join the review's follow_ups.
    Edit hold(domain::Review review, std::vector<domain::Commitment> followUps = {});
    /// Any field but the subject; follow-ups already linked stay linked.
    Edit editReview(domain::Review review);

private:
    EditContext& m_context;
};

/// The decision workflow: propose, stances, decide, supersede, reverse, withdraw.
class DecisionEdits {
public:
    explicit DecisionEdits(EditContext& context)
        : m_context(context)
    {
    }
    Edit propose(domain::Decision decision);
    /// Changes what a proposal says (title, context, options, method, links, dates); the
    /// status and who stood where change only through the other intents.
    Edit editDecision(domain::Decision decision);
    Edit recordStance(const domain::DecisionId& id, const domain::MemberId& member, domain::ParticipantRole role,
                      domain::Stance stance, std::string comment);
    Edit decide(const domain::DecisionId& id, const domain::MemberId& accountable, domain::Date on, std::string outcome,
                std::string rationale);
    /// `next` (new, proposed or decided) replaces the decided decision `old`.
    Edit supersede(const domain::DecisionId& old, domain::Decision next);
    Edit reverse(const domain::DecisionId& id, std::string reason);
    Edit withdraw(const domain::DecisionId& id, std::string reason);
    /// Applies the decision's due fallback (domain::applyFallback), recorded as "apply-fallback":
    /// accountable_decides decides now with `accountable`, `outcome` and `rationale`; the others
    /// ignore them and take the new deadline from the decision's charter rule when it is live.
    Edit applyFallback(const domain::DecisionId& id, std::optional<domain::MemberId> accountable = std::nullopt,
                       std::string outcome = {}, std::string rationale = {});
    /// What an advisor advised and whether the decision followed it (unknown: std::nullopt);
    /// adds the member as an advisor when they are not taking part yet.
    Edit recordAdvice(const domain::DecisionId& id, const domain::MemberId& member, std::string advice,
                      std::optional<bool> followed);

private:
    EditContext& m_context;
};

/// Commitments and how they ended.
class CommitmentEdits {
public:
    explicit CommitmentEdits(EditContext& context)
        : m_context(context)
    {
    }
    Edit addCommitment(domain::Commitment commitment);
    /// Description, owner, supporters, due date and links; closing goes through close().
    Edit editCommitment(domain::Commitment commitment);
    Edit close(const domain::CommitmentId& id, domain::CommitmentStatus status, domain::Date on, std::string outcome);

private:
    EditContext& m_context;
};

/// Every edit Baton offers, for the app and baton-cli alike. Links no Qt. Each operation
/// checks the domain rules, writes in one BEGIN IMMEDIATE transaction, stamps the author and
/// a fresh time, and appends history in the same transaction.
class EditService {
    EditContext m_context; // first: the feature edits below keep a reference to it

public:
    EditService(storage::TeamFile& file, const domain::Clock& clock);

    PeopleEdits people;
    InitiativeEdits initiatives;
    DecisionEdits decisions;
    CommitmentEdits commitments;
    GoalEdits goals;
    CharterEdits charter;
    ConflictEdits conflicts;
    VoiceEdits voice;
    PulseEdits pulses;
    ReviewEdits reviews;

    /// Hides a record entered by mistake from lists and reports; it stays in the file and in
    /// history, marked. Refused while live records still refer to it.
    Edit retract(domain::RecordKind kind, const std::string& key);
    /// Reverts `done` with a new, compensating change (fresh time, this author), so the undo
    /// travels through export and import. Refused when a record changed since `done`.
    Edit undo(const ChangeSet& done);
    /// Reverts an undo: `undone` is what undo() returned.
    Edit redo(const ChangeSet& undone);

    EditContext& context() { return m_context; }
    std::optional<domain::MemberId> me() { return m_context.me(); }
    domain::Result<void> setMe(const domain::MemberId& member) { return m_context.setMe(member); }
    std::string newId() { return m_context.newId(); }
    domain::Date today() const { return m_context.today(); }

private:
    Edit revert(const ChangeSet& done, std::string_view operation);
};

} // namespace baton::edit
