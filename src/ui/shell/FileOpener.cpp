#include "shell/FileOpener.h"

#include "core/Text.h"
#include "jobs/BackgroundJob.h"

#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

#include <QFileInfo>
#include <QMessageBox>

#include <optional>

namespace baton::ui {
using domain::ErrorCode;

bool isLockedByAnother(const QString& path)
{
    try {
        storage::Database probe(toStd(path), storage::Database::Mode::ReadWrite);
        probe.exec("PRAGMA busy_timeout = 0");
        probe.exec("BEGIN IMMEDIATE");
        probe.exec("ROLLBACK");
        return false;
    } catch (const storage::StorageError& e) {
        const int rc = e.sqliteCode() & 0xff;
        return rc == 5 /* SQLITE_BUSY */ || rc == 6 /* SQLITE_LOCKED */;
    } catch (const std::exception&) {
        return false; // not a lock: opening it will name what is wrong
    }
}

void FileOpener::tell(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (!m_quiet)
        QMessageBox::warning(m_parent, title, text);
}

bool FileOpener::ask(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (m_autoAnswer >= 0)
        return m_autoAnswer == 1;
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

std::unique_ptr<storage::TeamFile> FileOpener::open(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString title = QObject::tr("Cannot open %1").arg(name);
    if (!info.exists()) {
        tell(title, QObject::tr("%1 does not exist. It may have been moved or deleted.").arg(path));
        return nullptr;
    }
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    auto mode = writable ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly;
    if (writable && isLockedByAnother(path)) {
        if (!ask(QObject::tr("%1 is in use").arg(name),
                 QObject::tr("Another Baton window or program is changing %1 right now.\n\nOpen it read-only? You "
                             "can look at everything but not change it.")
                     .arg(name)))
            return nullptr;
        mode = storage::OpenMode::ReadOnly;
    }
    // A normal team file is checked as it opens; a very large one opens at once and is
    // checked on another thread (ADR 0004), so a million decisions do not delay the window.
    m_deferredCheck = info.size() > kCheckAtOpenLimit;
    const auto check = m_deferredCheck ? storage::IntegrityCheck::Deferred : storage::IntegrityCheck::AtOpen;
    const auto openFile = [&]() -> domain::Result<std::unique_ptr<storage::TeamFile>> {
        try {
            return storage::TeamFile::open(toStd(path), mode, check);
        } catch (const std::exception& e) {
            return domain::makeError(ErrorCode::Io, toStd(path) + ": " + e.what());
        }
    };
    std::optional<domain::Result<std::unique_ptr<storage::TeamFile>>> result;
    if (mode == storage::OpenMode::ReadWrite && storage::TeamFile::needsUpgrade(toStd(path))) {
        // An upgrade copies the whole file, then rebuilds indexes: minutes on a large file. It
        // runs on another thread behind a progress dialog; it cannot stop half-way.
        runWithProgress(
            m_parent,
            QObject::tr("Upgrading %1 to this version's file format; the old file is kept as a backup…").arg(name),
            [&](JobControl&) { result.emplace(openFile()); }, !m_quiet, false);
    } else {
        result.emplace(openFile());
    }
    auto& opened = *result;
    if (opened)
        return std::move(opened.value());
    const domain::Error& error = opened.error();
    switch (error.code) {
    case ErrorCode::Unsupported:
        tell(title, QObject::tr("%1 was written by a newer version of Baton. Update Baton to open it; the file "
                                "was left untouched.")
                        .arg(name));
        break;
    case ErrorCode::Corrupt:
        tell(title, error.message.find(" is empty") != std::string::npos
                        ? QObject::tr("%1 is empty, so it is not a Baton team file (perhaps a copy that never "
                                      "finished). It was left untouched.")
                              .arg(name)
                    : error.message.find("not a Baton team file") != std::string::npos
                        ? QObject::tr("%1 is not a Baton team file.").arg(name)
                        : QObject::tr("%1 is damaged and cannot be opened. If you have a copy, open that "
                                      "instead.\n\nDetails: %2")
                              .arg(name, toQ(error.message)));
        break;
    case ErrorCode::Conflict:
        if (ask(QObject::tr("%1 is in use").arg(name),
                QObject::tr("Another program is using %1.\n\nOpen it read-only?").arg(name))) {
            if (auto ro = storage::TeamFile::open(toStd(path), storage::OpenMode::ReadOnly); ro)
                return std::move(ro.value());
        }
        break;
    default:
        tell(title, toQ(error.message));
    }
    return nullptr;
}

} // namespace baton::ui
