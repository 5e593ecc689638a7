#include "RecordPipeline.h"

#include "IssueSink.h"

#include "baton/domain/Record.h"

#include <utility>

namespace baton::exchange {

namespace {

template <typename T> ParsedRecord::Record takeLast(std::vector<Located<T>>& list)
{
    ParsedRecord::Record out(std::move(list.back()));
    list.clear();
    return out;
}

/// The record parseRecord() has just appended to the draft, taken out of it.
ParsedRecord::Record takeParsed(RecordArray kind, TeamDraft& d)
{
    switch (kind) {
    case RecordArray::Members:
        return takeLast(d.members);
    case RecordArray::ExpertiseAreas:
        return takeLast(d.areas);
    case RecordArray::Expertise:
        return takeLast(d.expertise);
    case RecordArray::Endorsements:
        return takeLast(d.endorsements);
    case RecordArray::Initiatives:
        return takeLast(d.initiatives);
    case RecordArray::Contributions:
        return takeLast(d.contributions);
    case RecordArray::Decisions:
        return takeLast(d.decisions);
    case RecordArray::Commitments:
        return takeLast(d.commitments);
    case RecordArray::DevelopmentGoals:
        return takeLast(d.goals);
    case RecordArray::CharterRules:
        return takeLast(d.charterRules);
    case RecordArray::Conflicts:
        return takeLast(d.conflicts);
    case RecordArray::VoiceItems:
        return takeLast(d.voiceItems);
    case RecordArray::Pulses:
        return takeLast(d.pulses);
    case RecordArray::Reviews:
        return takeLast(d.reviews);
    }
    return {};
}

} // namespace

/// The parser thread's side: RecordStream's listener, reading each record into a free slot.
class RecordPipeline::Producer : public RecordListener {
public:
    Producer(RecordPipeline& pipeline, ImportInput& input, std::size_t maxErrors)
        : m_pipeline(pipeline)
        , m_input(input)
        , m_maxErrors(maxErrors)
    {
    }

    bool headerValue(const Json& header) override { return !unreadableFormat(header); }

    bool record(RecordArray kind, std::size_t index, const Json& value) override
    {
        ParsedRecord* slot = m_pipeline.acquire();
        if (!slot)
            return false; // the writing side has stopped: an error or a cancel
        const std::uint64_t consumed = m_input.consumed();
        slot->kind = kind;
        slot->index = index;
        slot->consumed = consumed;
        slot->bytes = consumed - m_lastConsumed;
        m_lastConsumed = consumed;
        slot->issues.errors.clear();
        slot->issues.warnings.clear();
        slot->issues.errorsNotListed = 0;
        slot->record = std::monostate{}; // the slot's previous record is freed here, on this thread
        IssueSink sink(slot->issues, m_maxErrors);
        slot->canonical.clear();
        if (parseRecord(kind, value, index, sink, m_draft)) {
            slot->record = takeParsed(kind, m_draft);
            if (const auto* d = std::get_if<Located<domain::Decision>>(&slot->record))
                slot->canonical = domain::canonicalFields(d->record);
            else if (const auto* c = std::get_if<Located<domain::Commitment>>(&slot->record))
                slot->canonical = domain::canonicalFields(c->record);
        }
        m_pipeline.publish();
        return true;
    }

private:
    RecordPipeline& m_pipeline;
    ImportInput& m_input;
    std::size_t m_maxErrors;
    std::uint64_t m_lastConsumed = 0;
    TeamDraft m_draft; ///< holds the one record parseRecord() appends, until it is taken
};

RecordPipeline::RecordPipeline(ImportInput& input, std::size_t maxDepth, std::size_t maxErrors)
    : m_slots(kSlots)
    , m_producer(std::make_unique<Producer>(*this, input, maxErrors))
    , m_stream(input, *m_producer, maxDepth)
{
    m_thread = std::thread([this] {
        // Nothing may escape a thread: whatever the parse throws is handed to the writing side.
        bool complete = false;
        std::exception_ptr error;
        try {
            complete = m_stream.run();
        } catch (...) {
            error = std::current_exception();
        }
        finish(complete, std::move(error));
    });
}

RecordPipeline::~RecordPipeline()
{
    stop();
}

void RecordPipeline::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_space.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool RecordPipeline::full() const
{
    const std::uint64_t inFlight = m_produced - m_released;
    return inFlight >= kSlots || (inFlight > 0 && m_bytesInFlight >= kMaxBytes);
}

bool RecordPipeline::roomAgain() const
{
    // Waking the parser for every freed slot would cost a thread switch per record; it waits
    // until a quarter of the ring is free (an empty ring always has room).
    return m_produced - m_released <= kSlots * 3 / 4 && m_bytesInFlight <= kMaxBytes * 3 / 4;
}

ParsedRecord* RecordPipeline::acquire()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_stopped && full()) {
        m_producerWaiting = true;
        m_space.wait(lock, [this] { return m_stopped || roomAgain(); });
        m_producerWaiting = false;
    }
    if (m_stopped)
        return nullptr;
    return &m_slots[m_produced % kSlots];
}

void RecordPipeline::publish()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_bytesInFlight += m_slots[m_produced % kSlots].bytes;
    ++m_produced;
    if (m_consumerWaiting)
        m_items.notify_one();
}

void RecordPipeline::finish(bool complete, std::exception_ptr error)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_done = true;
    m_complete = complete;
    m_error = std::move(error);
    m_items.notify_one();
}

ParsedRecord* RecordPipeline::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_holding) {
        m_bytesInFlight -= m_slots[m_released % kSlots].bytes;
        ++m_released;
        m_holding = false;
        if (m_producerWaiting && roomAgain())
            m_space.notify_one();
    }
    if (m_released == m_produced && !m_done) {
        m_consumerWaiting = true;
        m_items.wait(lock, [this] { return m_released != m_produced || m_done; });
        m_consumerWaiting = false;
    }
    if (m_released != m_produced) {
        m_holding = true;
        return &m_slots[m_released % kSlots];
    }
    lock.unlock();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        std::rethrow_exception(m_error);
    return nullptr;
}

} // namespace baton::exchange
