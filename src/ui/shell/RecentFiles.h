#pragma once

#include <QStringList>

namespace baton::ui {

/// The team files opened lately, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace baton::ui
