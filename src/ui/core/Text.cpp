#include "core/Text.h"

#include <QLocale>

namespace baton::ui {

QString displayDate(const std::optional<domain::Date>& d)
{
    if (!d)
        return {};
    return QLocale().toString(toQDate(*d), QLocale::ShortFormat);
}

} // namespace baton::ui
