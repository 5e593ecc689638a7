#include "RecordStream.h"

#include "baton/domain/TextRules.h"

namespace baton::exchange {

namespace {

/// Top-level keys whose values are read whole (they are small); unknown keys are skipped.
bool isHeaderKey(const std::string& key)
{
    return key == "format" || key == "version" || key == "exported_at" || key == "history_head" || key == "team";
}

/// nlohmann's message without its prefix and without the raw bytes it last read.
std::string plainReason(const std::string& message)
{
    std::string reason = message;
    if (const auto dash = reason.find(": "); dash != std::string::npos) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing ..."
        reason = reason.substr(dash + 2);
    }
    if (const auto last = reason.find("; last read"); last != std::string::npos)
        reason = reason.substr(0, last);
    if (const auto detail = reason.find(" - "); detail != std::string::npos)
        reason = reason.substr(detail + 3); // "syntax error while parsing object - unexpected ..."
    if (!domain::isValidUtf8(reason))
        reason = "the text is not valid UTF-8";
    return reason;
}

} // namespace

RecordStream::RecordStream(ImportInput& input, RecordListener& listener, std::size_t maxDepth)
    : m_input(input)
    , m_listener(listener)
    , m_maxDepth(maxDepth)
{
}

bool RecordStream::run()
{
    return Json::sax_parse(m_input.begin(), m_input.end(), this);
}

bool RecordStream::key(Json::string_t& k)
{
    if (m_depth == 1)
        m_topKey = std::move(k);
    else
        m_key = std::move(k);
    return true;
}

void RecordStream::beginTopValue(const Json& first)
{
    m_array = recordArrayNamed(m_topKey);
    if (m_array) {
        // The parser gives each array to the listener once; a second one cannot be merged
        // into the first after the fact, as a whole-document parse would silently do.
        if (const auto seen = m_header.find(m_topKey); seen != m_header.end() && seen->is_array() && first.is_array())
            m_fatal = Issue{"/" + m_topKey, "appears twice; an exchange file has one " + m_topKey + " array"};
        m_header[m_topKey] = first.is_structured() ? Json(first.type()) : first;
        m_mode = first.is_array() ? Mode::Records : Mode::Skip;
        m_index = 0;
    } else if (isHeaderKey(m_topKey)) {
        m_mode = Mode::Header;
    } else {
        m_header[m_topKey] = nullptr; // reported as unknown
        m_mode = Mode::Skip;
    }
}

Json* RecordStream::place(Json&& value)
{
    if (m_open.empty()) {
        m_value = std::move(value);
        return &m_value;
    }
    Json& parent = *m_open.back();
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        return &parent.back();
    }
    Json& slot = parent[m_key];
    slot = std::move(value);
    return &slot;
}

bool RecordStream::complete()
{
    if (m_mode == Mode::Records) {
        const bool more = m_listener.record(*m_array, m_index++, m_value);
        m_value = Json();
        return more;
    }
    m_header[m_topKey] = std::move(m_value);
    m_value = Json();
    return m_listener.headerValue(m_header);
}

bool RecordStream::open(Json&& container)
{
    if (++m_depth > m_maxDepth) {
        m_fatal = Issue{m_input.where(m_input.consumed() - 1, false),
                        "values are nested more than " + std::to_string(m_maxDepth) +
                            " levels deep; an exchange file needs only a few levels"};
        return false;
    }
    if (m_depth == 1) {
        if (!container.is_object())
            m_header = std::move(container); // reported as not an object; the rest is skipped
        return true;
    }
    if (!m_header.is_object())
        return true;
    if (m_depth == 2) {
        beginTopValue(container);
        if (m_fatal)
            return false;
        if (m_mode != Mode::Header)
            return true;
    } else if (m_mode == Mode::Skip) {
        return true;
    }
    m_open.push_back(place(std::move(container)));
    return true;
}

bool RecordStream::close()
{
    const std::size_t depth = m_depth--;
    if (depth < 2 || !m_header.is_object() || m_mode == Mode::Skip || (m_mode == Mode::Records && depth == 2))
        return true;
    m_open.pop_back();
    return !m_open.empty() || complete();
}

bool RecordStream::scalar(Json&& value)
{
    if (m_depth == 0) {
        m_header = std::move(value); // reported as not an object
        return true;
    }
    if (!m_header.is_object())
        return true;
    if (m_depth == 1) {
        beginTopValue(value);
        if (m_mode != Mode::Header)
            return true;
        m_header[m_topKey] = std::move(value);
        return m_listener.headerValue(m_header);
    }
    if (m_mode == Mode::Skip)
        return true;
    place(std::move(value));
    return !m_open.empty() || complete(); // a record that is not an object is still a record
}

bool RecordStream::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e)
{
    const auto* syntax = dynamic_cast<const Json::parse_error*>(&e);
    if (!syntax) {
        // Numbers too large for a double (1e400) are refused here rather than by the parser.
        m_fatal = Issue{"", "the file holds a value Baton cannot read: " + plainReason(e.what())};
        return false;
    }
    std::string reason = plainReason(e.what());
    const bool encoding = reason.find("UTF-8") != std::string::npos;
    const std::uint64_t offset = syntax->byte > 0 ? syntax->byte - 1 : 0;
    const std::string where = m_input.where(offset, !encoding);
    if (encoding || reason.find("ill-formed") != std::string::npos)
        reason = "the text is not valid UTF-8 (" + reason + ")";
    m_fatal = Issue{where, "syntax error: " + reason};
    return false;
}

} // namespace baton::exchange
