#include "EditSession.h"

#include "Cli.h"

namespace baton::cli {

int badInput(Io io, const std::string& problem)
{
    io.err << "baton-cli " << io.command << ": " << problem << "\n";
    return kExitRefused;
}

std::unique_ptr<storage::TeamFile> openTeamFile(const std::string& path, storage::OpenMode mode, Io io)
{
    auto opened = storage::TeamFile::open(path, mode);
    if (!opened) {
        io.err << "baton-cli " << io.command << ": " << opened.error().message << "\n";
        return nullptr;
    }
    if (!opened.value()->upgradeBackup().empty())
        io.err << "baton-cli: upgraded " << path << " to the current file format; the old file was kept as "
               << opened.value()->upgradeBackup() << "\n";
    return std::move(opened.value());
}

EditSession::EditSession(const std::string& path, Io io)
    : m_io(io)
{
    m_file = openTeamFile(path, storage::OpenMode::ReadWrite, io);
    if (m_file)
        m_service.emplace(*m_file, m_clock);
}

int EditSession::finish(const edit::Edit& result, const std::string& newId)
{
    if (!result)
        return badInput(m_io, result.error().message);
    if (!newId.empty())
        m_io.out << newId << "\n";
    if (result.value().empty())
        m_io.err << "baton-cli " << m_io.command << ": nothing to change\n";
    else if (!m_service->me())
        m_io.err << "note: this change has no author; choose who edits this file with "
                    "baton-cli whoami TEAMFILE MEMBER_ID\n";
    return kExitOk;
}

} // namespace baton::cli
