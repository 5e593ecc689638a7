#pragma once

#include "baton/domain/Clock.h"
#include "baton/domain/Commitment.h"
#include "baton/domain/Contribution.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/Result.h"
#include "baton/domain/Uuid.h"
#include "baton/storage/TeamFile.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace baton::ui {

/// The kinds of record a change can touch; pages refresh on the kinds they show.
enum class RecordKind { Member, Area, Expertise, Endorsement, Initiative, Contribution, Decision, Commitment, Team };

/// One open team file: reads for the pages, and every edit as an undoable command that
/// is saved at once in its own transaction. Storage errors never escape: they become
/// a returned Error or the failed() signal.
class TeamSession : public QObject {
    Q_OBJECT
public:
    TeamSession(std::unique_ptr<storage::TeamFile> file, const domain::Clock& clock, QObject* parent = nullptr);
    ~TeamSession() override;

    storage::TeamFile& file() { return *m_file; }
    storage::Database& db() { return m_file->db(); }
    const domain::Clock& clock() const { return m_clock; }
    QUndoStack* undoStack() { return &m_undo; }
    bool readOnly() const { return m_file->readOnly(); }
    QString teamName();
    std::string newId() { return m_ids.next(); }
    domain::Date today() const { return m_clock.today(); }

    /// Who uses this workstation, per team file; empty until chosen.
    std::optional<domain::MemberId> me();
    domain::Result<void> setMe(const domain::MemberId& member);

    // Reads. Members and areas are few and cached; the rest is read on demand.
    const std::vector<domain::Member>& members();
    const domain::Member* member(const domain::MemberId& id);
    QString memberName(const domain::MemberId& id);
    const std::vector<domain::ExpertiseArea>& areas();
    const domain::ExpertiseArea* area(const domain::AreaId& id);
    std::optional<domain::Decision> decision(const domain::DecisionId& id);
    std::optional<domain::Initiative> initiative(const domain::InitiativeId& id);
    std::optional<domain::Commitment> commitment(const domain::CommitmentId& id);
    std::vector<domain::Contribution> contributionsOf(const domain::InitiativeId& id);
    std::vector<domain::Expertise> expertise();
    std::vector<domain::Endorsement> endorsements();
    /// (created by, last changed by) as names, for a record's footer.
    std::pair<QString, QString> authors(RecordKind kind, const std::string& id);

    // Edits: each is one undoable command, saved at once. `before` empty means "new".
    domain::Result<void> saveMember(const std::optional<domain::Member>& before, domain::Member after, const QString& label);
    domain::Result<void> saveArea(const std::optional<domain::ExpertiseArea>& before, domain::ExpertiseArea after,
                                  const QString& label);
    domain::Result<void> saveExpertise(const std::optional<domain::Expertise>& before, domain::Expertise after,
                                       const QString& label);
    domain::Result<void> saveEndorsement(domain::Endorsement after, const QString& label);
    domain::Result<void> saveInitiative(const std::optional<domain::Initiative>& before, domain::Initiative after,
                                        const QString& label);
    domain::Result<void> saveContribution(const std::optional<domain::Contribution>& before,
                                          domain::Contribution after, const QString& label);
    domain::Result<void> saveDecision(const std::optional<domain::Decision>& before, domain::Decision after,
                                      const QString& label);
    /// Saves two decisions as one step (supersede changes the old and the new together).
    domain::Result<void> saveDecisionPair(const domain::Decision& oldBefore, domain::Decision oldAfter,
                                          const std::optional<domain::Decision>& newBefore, domain::Decision newAfter,
                                          const QString& label);
    domain::Result<void> saveCommitment(const std::optional<domain::Commitment>& before, domain::Commitment after,
                                        const QString& label);

    /// Drops cached reads and tells every page to reload (after another connection wrote).
    void reloadAll();

    /// Runs `write` in one transaction; storage errors become an Error. Used by the commands.
    domain::Result<void> inTransaction(const std::function<void()>& write);

signals:
    void changed(baton::ui::RecordKind kind, const QString& id);
    void failed(const QString& message);

private:
    /// Runs a read; a storage error becomes the failed() signal and an empty result.
    template <typename T, typename Read>
    T guarded(Read read);
    domain::Result<void> push(const QString& label, std::function<void()> redo, std::function<void()> undo,
                              RecordKind kind, const std::string& id);
    void invalidateCaches();

    std::unique_ptr<storage::TeamFile> m_file;
    const domain::Clock& m_clock;
    domain::UuidGenerator m_ids;
    QUndoStack m_undo;
    std::optional<std::vector<domain::Member>> m_members;
    std::optional<std::vector<domain::ExpertiseArea>> m_areas;
};

} // namespace baton::ui
