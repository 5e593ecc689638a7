#pragma once

#include <QByteArray>
#include <QFile>

namespace baton::bench {

/// A line of /proc/self/status in MiB: "VmHWM:" (peak resident) or "VmRSS:" (resident now).
inline double memoryMiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<int>(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace baton::bench
