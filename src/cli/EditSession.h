#pragma once

#include "Cli.h"
#include "Commands.h"
#include "OptionReader.h"

#include "baton/domain/Clock.h"
#include "baton/edit/EditService.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/TeamFile.h"

#include <memory>
#include <optional>
#include <string>

namespace baton::cli {

/// Reports bad input (exit 1): "baton-cli COMMAND: problem".
int badInput(Io io, const std::string& problem);
/// Reports `reader`'s problem when it has one; kExitOk otherwise.
inline int readerProblem(Io io, const OptionReader& reader)
{
    return reader.ok() ? 0 : badInput(io, reader.problem());
}

/// Opens a team file and reports why when it cannot; nullptr then.
std::unique_ptr<storage::TeamFile> openTeamFile(const std::string& path, storage::OpenMode mode, Io io);

/// One edit command's team file, opened for writing, and the edit service over it.
class EditSession {
public:
    EditSession(const std::string& path, Io io);
    explicit operator bool() const { return m_file != nullptr; }

    edit::EditService& service() { return *m_service; }
    storage::Database& db() { return m_file->db(); }

    /// The live record `key` of type T, or nullopt after reporting "there is no ...".
    template <typename T> std::optional<T> load(const std::string& key, std::string_view what)
    {
        auto found = storage::RecordStore(db()).find<T>(key);
        if (!found || found->retracted) {
            badInput(m_io, "there is no " + std::string(what) + " with id " + key + " in this team");
            return std::nullopt;
        }
        return found;
    }
    /// Reports the edit: the service's message and exit 1 when refused; otherwise exit 0,
    /// printing `newId` (the record the edit created) on stdout when given.
    int finish(const edit::Edit& result, const std::string& newId = {});

private:
    Io m_io;
    domain::SystemClock m_clock;
    std::unique_ptr<storage::TeamFile> m_file;
    std::optional<edit::EditService> m_service;
};

/// An "add" command: reads the record's options into a new T (a bad value is refused before
/// the file opens), gives it --id or a new id, saves it with `add` and prints the new id.
template <typename T, typename Apply, typename Add> int addRecord(const CommandLine& cl, Io io, Apply apply, Add add)
{
    using IdType = decltype(T::id);
    OptionReader opt(cl);
    T record;
    apply(opt, record);
    const auto id = opt.id<IdType>("--id");
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    record.id = id ? *id : IdType(s.service().newId());
    return s.finish(add(s.service(), record), record.id.str());
}

/// An "edit" command: the record the second argument names, with the options given applied
/// (and only those), saved with `edit`.
template <typename T, typename Apply, typename Edit>
int editRecord(const CommandLine& cl, Io io, std::string_view what, Apply apply, Edit edit)
{
    OptionReader opt(cl);
    const auto id = opt.positionalId<decltype(T::id)>(1, what);
    T probe; // reads every option once, so a bad value is reported before the file opens
    apply(opt, probe);
    if (!opt.ok())
        return readerProblem(io, opt);
    EditSession s(cl.positional()[0], io);
    if (!s)
        return kExitRefused;
    auto record = s.load<T>(id.str(), what);
    if (!record)
        return kExitRefused;
    apply(opt, *record);
    return s.finish(edit(s.service(), *record));
}

} // namespace baton::cli
