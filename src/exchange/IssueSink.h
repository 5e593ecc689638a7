#pragma once

#include "baton/exchange/ImportReport.h"

#include <string>

namespace baton::exchange {

/// Collects errors and warnings into a report, listing at most `maxErrors` errors.
class IssueSink {
public:
    IssueSink(ImportReport& report, std::size_t maxErrors) : m_report(report), m_maxErrors(maxErrors) {}

    void error(std::string where, std::string what)
    {
        ++m_errorCount;
        if (m_report.errors.size() < m_maxErrors)
            m_report.errors.push_back({std::move(where), std::move(what)});
        else
            ++m_report.errorsNotListed;
    }
    void warning(std::string where, std::string what) { m_report.warnings.push_back({std::move(where), std::move(what)}); }
    std::size_t errorCount() const { return m_errorCount; }
    bool hasErrors() const { return m_errorCount > 0; }

private:
    ImportReport& m_report;
    std::size_t m_maxErrors;
    std::size_t m_errorCount = 0;
};

} // namespace baton::exchange
