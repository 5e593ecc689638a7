#include "baton/domain/DecisionCatalog.h"

namespace baton::domain {

std::string toFullTextQuery(const std::string& userText)
{
    std::string query;
    std::string word;
    const auto flush = [&] {
        if (word.empty())
            return;
        if (!query.empty())
            query += ' ';
        query += '"';
        for (const char c : word) {
            if (c == '"')
                query += '"';
            query += c;
        }
        query += "\"*";
        word.clear();
    };
    for (const char c : userText) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            flush();
        else
            word += c;
    }
    flush();
    return query;
}

} // namespace baton::domain
