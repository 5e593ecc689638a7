#include "core/Text.h"

#include <QLocale>

namespace baton::ui {

QString displayDate(const std::optional<domain::Date>& d)
{
    if (!d)
        return {};
    static const QLocale locale; // lists format thousands of dates; build the locale once
    return locale.toString(toQDate(*d), QLocale::ShortFormat);
}

} // namespace baton::ui
