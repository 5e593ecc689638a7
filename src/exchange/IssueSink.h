#pragma once

#include "baton/exchange/ImportReport.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace baton::exchange {

/// "/kind/index/field": where a record, or one of its fields, is in an exchange document.
inline std::string pointerOf(std::string_view kind, std::size_t index, std::string_view field = {})
{
    std::string p = "/" + std::string(kind) + "/" + std::to_string(index);
    if (!field.empty())
        p += "/" + std::string(field);
    return p;
}

/// Collects errors and warnings into a report, listing at most `maxErrors` errors.
class IssueSink {
public:
    IssueSink(ImportReport& report, std::size_t maxErrors)
        : m_report(report)
        , m_maxErrors(maxErrors)
    {
    }

    void error(std::string where, std::string what)
    {
        ++m_errorCount;
        if (m_report.errors.size() < m_maxErrors)
            m_report.errors.push_back({std::move(where), std::move(what)});
        else
            ++m_report.errorsNotListed;
    }
    void warning(std::string where, std::string what)
    {
        m_report.warnings.push_back({std::move(where), std::move(what)});
    }
    /// Adds what another sink collected (errors past its cap stay counted).
    void absorb(const ImportReport& other)
    {
        for (const auto& e : other.errors)
            error(e.where, e.what);
        m_errorCount += other.errorsNotListed;
        m_report.errorsNotListed += other.errorsNotListed;
    }
    /// Forgets everything reported so far, for a problem that makes the rest meaningless.
    void clear()
    {
        m_report.errors.clear();
        m_report.warnings.clear();
        m_report.errorsNotListed = 0;
        m_errorCount = 0;
    }
    std::size_t errorCount() const { return m_errorCount; }
    bool hasErrors() const { return m_errorCount > 0; }

private:
    ImportReport& m_report;
    std::size_t m_maxErrors;
    std::size_t m_errorCount = 0;
};

} // namespace baton::exchange
