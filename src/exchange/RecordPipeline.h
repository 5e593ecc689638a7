#pragma once

#include "ImportInput.h"
#include "RecordParser.h"
#include "RecordStream.h"
#include "TeamDraft.h"

#include "baton/exchange/ImportReport.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

namespace baton::exchange {

/// One record as the parser thread hands it over: read into a domain value (none when a
/// field was refused), with the problems found reading it.
struct ParsedRecord {
    using Record =
        std::variant<std::monostate, Located<domain::Member>, Located<domain::ExpertiseArea>,
                     Located<domain::Expertise>, Located<domain::Endorsement>, Located<domain::Initiative>,
                     Located<domain::Contribution>, Located<domain::Decision>, Located<domain::Commitment>,
                     Located<domain::DevelopmentGoal>, Located<domain::CharterRule>, Located<domain::Conflict>,
                     Located<domain::VoiceItem>, Located<domain::Pulse>, Located<domain::Review>>;

    RecordArray kind = RecordArray::Members;
    std::size_t index = 0;
    std::uint64_t consumed = 0; ///< bytes of the input read when the record was complete
    std::uint64_t bytes = 0;    ///< the input it took (with what came before it), for the queue's limit
    Record record;
    /// canonicalFields() of a decision or commitment, for its history entry: computed here,
    /// off the writing thread.
    std::string canonical;
    /// Its errors (at most the import's cap listed, the rest counted) and warnings.
    ImportReport issues;
};

/// Reads an exchange file on a second thread while the calling thread writes: the parser
/// thread runs RecordStream (nlohmann's SAX parse) and RecordParser and hands each record
/// over through a bounded ring of ParsedRecord slots (at most kSlots records and about
/// kMaxBytes of input in flight), so memory stays bounded and parsing overlaps with SQLite.
/// The caller takes the records in file order with next(); nothing here touches the team
/// file. A record's slot is reused by the parser thread, so a record is destroyed there, not
/// on the busier writing thread. Destroying the pipeline (after an error or a cancel on the
/// writing side) stops the parser thread and waits for it.
class RecordPipeline {
public:
    static constexpr std::size_t kSlots = 1024;
    static constexpr std::uint64_t kMaxBytes = std::uint64_t{8} << 20;

    /// Starts the parser thread; `input` must outlive the pipeline and not be used meanwhile.
    RecordPipeline(ImportInput& input, std::size_t maxDepth, std::size_t maxErrors);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline&) = delete;
    RecordPipeline& operator=(const RecordPipeline&) = delete;

    /// The next record in file order, valid (and the caller's to move from) until the next
    /// call; nullptr once the parse has ended, after which the results below may be read.
    /// Rethrows, at the end, an exception the parser thread met (such as std::bad_alloc).
    ParsedRecord* next();

    /// After next() returned nullptr: whether the whole input was read (see RecordStream::run).
    bool complete() const { return m_complete; }
    const std::optional<Issue>& fatal() const { return m_stream.fatal(); }
    const Json& header() const { return m_stream.header(); }

private:
    class Producer;

    /// Parser thread: a free slot to fill, or nullptr when the reader has stopped.
    ParsedRecord* acquire();
    /// Parser thread: the slot acquire() gave is filled.
    void publish();
    /// Parser thread: the parse has ended, however.
    void finish(bool complete, std::exception_ptr error);
    /// Tells the parser thread to stop and waits for it.
    void stop();
    bool full() const;
    bool roomAgain() const;

    std::vector<ParsedRecord> m_slots;
    std::mutex m_mutex;
    std::condition_variable m_space; ///< the parser thread waits here for free slots
    std::condition_variable m_items; ///< the writing thread waits here for records
    std::uint64_t m_produced = 0;    ///< slots published
    std::uint64_t m_released = 0;    ///< slots the writing thread is done with
    std::uint64_t m_bytesInFlight = 0;
    bool m_holding = false; ///< the writing thread holds slot m_released
    bool m_producerWaiting = false;
    bool m_consumerWaiting = false;
    bool m_stopped = false;
    bool m_done = false;
    bool m_complete = false;
    std::exception_ptr m_error;

    std::unique_ptr<Producer> m_producer;
    RecordStream m_stream;
    std::thread m_thread; ///< last: started once everything it uses exists
};

} // namespace baton::exchange
