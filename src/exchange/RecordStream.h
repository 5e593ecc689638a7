#pragma once

#include "FieldReader.h"
#include "ImportInput.h"
#include "RecordParser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::exchange {

/// Receives an exchange file's records one at a time, as the parser completes them.
class RecordListener {
public:
    virtual ~RecordListener() = default;
    /// A top-level value other than a record array has been read into `header`; return false
    /// to stop reading (the file is not one to import).
    virtual bool headerValue(const Json& header) = 0;
    /// One element of a record array; `value` is discarded when this returns. Return false to
    /// stop reading (the reader of the records has stopped).
    virtual bool record(RecordArray kind, std::size_t index, const Json& value) = 0;
};

/// A SAX handler for nlohmann::json that keeps only one record in memory at a time: it follows
/// the path through the document, builds each element of a record array into a small JSON
/// value, hands it to the listener and drops it. Everything else at the top level is kept in
/// header(), with each record array stood in for by an empty array and unknown keys by null
/// (their values are skipped unread). Refuses nesting deeper than `maxDepth` as it meets it.
class RecordStream {
public:
    RecordStream(ImportInput& input, RecordListener& listener, std::size_t maxDepth);

    /// Parses the whole input; false when it stopped early (see fatal(), or the listener said so).
    bool run();
    /// The syntax, nesting or value problem that stopped the parse, if any.
    const std::optional<Issue>& fatal() const { return m_fatal; }
    const Json& header() const { return m_header; }

    // The nlohmann::json SAX interface.
    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool v) { return scalar(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return scalar(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return scalar(Json(v)); }
    bool number_float(Json::number_float_t v, const Json::string_t&) { return scalar(Json(v)); }
    bool string(Json::string_t& v) { return scalar(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool key(Json::string_t& k);
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& e);

private:
    /// What is done with the top-level value being read.
    enum class Mode { Header, Records, Skip };

    bool open(Json&& container);
    bool close();
    bool scalar(Json&& value);
    /// Starts the value of top-level key m_topKey; `value` is its first token.
    void beginTopValue(const Json& value);
    /// Places `value` in the value being built; returns where it went.
    Json* place(Json&& value);
    /// The value being built is complete.
    bool complete();

    ImportInput& m_input;
    RecordListener& m_listener;
    std::size_t m_maxDepth;
    std::size_t m_depth = 0; ///< containers open; the top-level object is 1
    Mode m_mode = Mode::Skip;
    std::string m_topKey;
    std::optional<RecordArray> m_array;
    std::size_t m_index = 0;
    Json m_header = Json::object();
    Json m_value;              ///< the record or header value being built
    std::vector<Json*> m_open; ///< containers open inside m_value
    std::string m_key;         ///< the key the next value belongs to
    std::optional<Issue> m_fatal;
};

} // namespace baton::exchange
