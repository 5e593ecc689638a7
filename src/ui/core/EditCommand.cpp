#include "core/EditCommand.h"

#include "core/TeamSession.h"

namespace baton::ui {

EditCommand::EditCommand(TeamSession& session, const QString& label, std::function<void()> redo,
                         std::function<void()> undo, std::function<void()> announce)
    : QUndoCommand(label), m_session(session), m_redo(std::move(redo)), m_undo(std::move(undo)),
      m_announce(std::move(announce))
{
}

void EditCommand::redo()
{
    if (m_firstRedoDone) {
        m_firstRedoDone = false;
        return;
    }
    if (auto ok = m_session.inTransaction(m_redo); !ok)
        setObsolete(true);
    m_announce();
}

void EditCommand::undo()
{
    if (auto ok = m_session.inTransaction(m_undo); !ok)
        setObsolete(true);
    m_announce();
}

} // namespace baton::ui
