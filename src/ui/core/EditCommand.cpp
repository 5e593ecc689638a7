#include "core/EditCommand.h"

#include "core/TeamSession.h"

namespace baton::ui {

EditCommand::EditCommand(TeamSession& session, const QString& label, edit::ChangeSet done)
    : QUndoCommand(label)
    , m_session(session)
    , m_done(std::move(done))
{
}

void EditCommand::redo()
{
    if (m_firstRedoDone) {
        m_firstRedoDone = false;
        return;
    }
    if (auto done = m_session.revert(m_undone, false))
        m_done = std::move(done).value();
    else
        setObsolete(true); // someone changed the record since: the stack cannot follow any more
}

void EditCommand::undo()
{
    if (auto undone = m_session.revert(m_done, true))
        m_undone = std::move(undone).value();
    else
        setObsolete(true);
}

} // namespace baton::ui
