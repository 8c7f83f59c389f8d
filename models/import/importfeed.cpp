#include "importfeed.h"

#include "csvreader.h"

#include <system_error>

namespace {

// Batches in the queue: enough to ride out an uneven pace, few enough that
// memory stays small however far the reading gets ahead of the writing.
constexpr size_t queuedBatches = 4;
// A record has at most a dozen issues: a batch closes well before its
// lists would reach maxImportIssues and drop some.
constexpr int issuesPerBatch = maxImportIssues - 64;

} // namespace

ImportFeed::ImportFeed(std::unique_ptr<CsvReader> reader, const HeaderMapping &mapping,
                       const QString &file)
    : m_reader(std::move(reader)), m_parser(mapping, file)
{
    m_parser.setExcelDialect(m_reader->isExcelDialect());
}

ImportFeed::~ImportFeed()
{
    stop();
}

void ImportFeed::start()
{
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &) {
        // No thread to be had: next() reads on the caller's thread.
        m_inline = true;
    }
}

void ImportFeed::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ImportFeed::next(FedBatch &batch)
{
    if (m_inline) {
        batch = FedBatch();
        while (!m_finished) {
            m_finished = !read(batch);
            if (!batch.records.empty())
                return true;
        }
        return false;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    // The batch handed over last time is freed by the reading thread: freeing
    // its strings would otherwise cost the writing thread as much as binding.
    if (!batch.records.empty() && !m_stopping && !m_finished)
        m_spent.push_back(std::move(batch));
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished || m_stopping; });
    if (m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool ImportFeed::push(FedBatch &&batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < queuedBatches || m_stopping; });
    if (m_stopping)
        return false;
    m_queue.push_back(std::move(batch));
    std::vector<FedBatch> spent;
    spent.swap(m_spent);
    lock.unlock();
    m_changed.notify_all();
    return true; // spent batches are freed here, on this thread
}

// Fills batch with the next records; false at the end of the file (batch
// may then hold the last ones).
bool ImportFeed::read(FedBatch &batch)
{
    batch.records.reserve(batchRecords);
    ImportIssues errors, warnings;
    bool more = true;
    int records = 0;
    while (records < batchRecords && errors.count < issuesPerBatch &&
           warnings.count < issuesPerBatch) {
        if (!m_reader->next(m_fields, m_row)) {
            more = false;
            break;
        }
        ++records;
        if (ImportRowParser::isBlank(m_fields))
            continue;
        FedRecord &record = batch.records.emplace_back();
        record.row = m_row;
        // Rows after an error are still checked, so that one run lists them all.
        record.ok = m_parser.parse(m_fields, m_row, record.parsed, errors, warnings);
        if (record.ok)
            record.parsed.prepare();
        record.errorsEnd = errors.count;
        record.warningsEnd = warnings.count;
    }
    batch.errors = std::move(errors.items);
    batch.warnings = std::move(warnings.items);
    batch.bytesRead = m_reader->bytesRead();
    if (!more && m_reader->hasError()) {
        m_readerErrorRow = m_reader->errorRow();
        m_readerErrorReason = m_reader->errorReason();
    }
    return more;
}

void ImportFeed::run()
{
    for (;;) {
        FedBatch batch;
        const bool more = read(batch);
        if (!batch.records.empty() && !push(std::move(batch)))
            return;
        if (!more)
            break;
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}
