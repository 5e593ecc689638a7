#include "shell/NavigationHistory.h"

namespace baton::ui {

void NavigationHistory::visit(const Location& where)
{
    if (!m_places.empty() && m_places[m_current] == where)
        return;
    if (!m_places.empty())
        m_places.resize(m_current + 1);
    m_places.push_back(where);
    m_current = m_places.size() - 1;
    emit changed();
}

Location NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    emit changed();
    return current();
}

Location NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    emit changed();
    return current();
}

} // namespace baton::ui
