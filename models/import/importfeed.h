#pragma once

#include "headermapping.h"
#include "importrowparser.h"

#include <QString>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class CsvReader;

// One record of a file as the feed hands it over.
struct FedRecord
{
    int row = 0;
    bool ok = false;  // parsed without error: parsed holds it, prepared for the writer
    ImportRow parsed; // parsed.opening.ministry is the name as written
    // The record's issues end here in the batch's lists (they start where the
    // previous record's end), so that the reader of a batch keeps file order.
    int errorsEnd = 0;
    int warningsEnd = 0;
};

// Consecutive records of a file, blank ones left out, with all their issues
// (a batch closes before its lists could reach maxImportIssues).
struct FedBatch
{
    std::vector<FedRecord> records;
    QVector<ImportIssue> errors;
    QVector<ImportIssue> warnings;
    qint64 bytesRead = 0; // of the file, after the batch
};

// Reads and parses the records of a file on a thread of its own, handing
// them over in batches through a short queue, so that reading, checking and
// folding a big file overlap with the database's writes on the caller's
// thread. The header must have been read already.
class ImportFeed
{
public:
    // Records between two batches: the caller's progress and cancel step.
    static constexpr int batchRecords = 512;

    ImportFeed(std::unique_ptr<CsvReader> reader, const HeaderMapping &mapping,
               const QString &file);
    // Stops the thread if it still runs.
    ~ImportFeed();
    ImportFeed(const ImportFeed &) = delete;
    ImportFeed &operator=(const ImportFeed &) = delete;

    void start();
    // The next batch, in file order; false after the last one.
    bool next(FedBatch &batch);
    // Asks the thread to stop (cancel, database failure) and waits for it.
    void stop();

    // After next() returned false: the reader's error (an unclosed quote...).
    bool hasReaderError() const { return !m_readerErrorReason.isEmpty(); }
    int readerErrorRow() const { return m_readerErrorRow; }
    QString readerErrorReason() const { return m_readerErrorReason; }

private:
    void run();
    bool read(FedBatch &batch);
    bool push(FedBatch &&batch);

    std::unique_ptr<CsvReader> m_reader;
    ImportRowParser m_parser;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<FedBatch> m_queue;
    std::vector<FedBatch> m_spent; // handed back by next(), freed by the thread
    bool m_finished = false;       // the thread pushed its last batch
    bool m_stopping = false;
    bool m_inline = false; // no thread could be started
    QStringList m_fields;  // of the record being read
    int m_row = 0;
    int m_readerErrorRow = 0;
    QString m_readerErrorReason;
};
