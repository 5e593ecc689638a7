#pragma once

// The one place where std::string and domain values become QString and back.

#include "baton/domain/Date.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>

namespace baton::ui {

inline QString toQ(const std::string& text) { return QString::fromStdString(text); }
inline std::string toStd(const QString& text) { return text.toStdString(); }

inline QDate toQDate(domain::Date d) { return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day())); }
inline domain::Date fromQDate(const QDate& d)
{
    return domain::Date::fromYmd(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

/// A date as the user's locale writes it briefly, or an empty string.
QString displayDate(const std::optional<domain::Date>& d);

} // namespace baton::ui
