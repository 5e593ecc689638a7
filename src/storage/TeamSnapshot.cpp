#include "baton/storage/TeamSnapshot.h"

#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"

namespace baton::storage {
using namespace baton::domain;

TeamSnapshot loadSnapshot(TeamFile& file)
{
    Database& db = file.db();
    db.exec("BEGIN"); // one consistent view, even while the app writes
    struct EndRead {
        Database& db;
        ~EndRead()
        {
            try {
                db.exec("COMMIT");
            } catch (...) { // NOLINT(bugprone-empty-catch): a read transaction has nothing to lose
            }
        }
    } endRead{db};
    TeamSnapshot s;
    s.teamName = file.team().name;
    s.historyHead = HistoryLog(db).head();
    s.members = MemberRepository(db).all();
    // Reports leave out records retracted as entered by mistake.
    InitiativeRepository(db).forEach([&](const Initiative& i) {
        if (!i.retracted)
            s.initiatives.push_back(i);
    });
    DecisionRepository(db).forEach([&](const Decision& d) {
        if (!d.retracted)
            s.decisions.push_back(d);
    });
    CommitmentRepository(db).forEach([&](const Commitment& c) {
        if (!c.retracted)
            s.commitments.push_back(c);
    });
    for (const auto& m : s.members)
        s.names[m.id.str()] = m.name;
    for (const auto& i : s.initiatives)
        s.names[i.id.str()] = i.title;
    for (const auto& d : s.decisions)
        s.names[d.id.str()] = d.title;
    for (const auto& c : s.commitments)
        s.names[c.id.str()] = c.description;
    return s;
}

} // namespace baton::storage
