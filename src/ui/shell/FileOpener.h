#pragma once

#include "baton/storage/TeamFile.h"

#include <QString>

#include <memory>

class QWidget;

namespace baton::ui {

/// Opens team files the way a user expects: a clear dialog for every file that cannot be
/// used, read-only when the file or its folder cannot be written, and an offer to open
/// read-only when another program holds the file. Never changes a file it refuses.
class FileOpener {
public:
    explicit FileOpener(QWidget* parent) : m_parent(parent) {}

    /// The opened file, or nullptr after telling the user why not.
    std::unique_ptr<storage::TeamFile> open(const QString& path);
    /// Last message shown (for tests).
    const QString& lastMessage() const { return m_lastMessage; }
    /// When set, questions are answered with this instead of asking (for tests and scripts).
    void setAutoAnswerReadOnly(bool yes) { m_autoAnswer = yes ? 1 : 0; }
    void setQuiet(bool quiet) { m_quiet = quiet; }
    /// Whether the last file opened still needs its integrity check (it was too large to
    /// check while the user waited).
    bool integrityCheckDeferred() const { return m_deferredCheck; }
    static constexpr qint64 kCheckAtOpenLimit = 64LL << 20;

private:
    void tell(const QString& title, const QString& text);
    bool ask(const QString& title, const QString& text);

    QWidget* m_parent;
    QString m_lastMessage;
    int m_autoAnswer = -1;
    bool m_quiet = false;
    bool m_deferredCheck = false;
};

/// True when another connection holds a write transaction on the file right now.
bool isLockedByAnother(const QString& path);

} // namespace baton::ui
