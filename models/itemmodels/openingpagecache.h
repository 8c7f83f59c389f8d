#pragma once

#include "domain.h"

#include <QHash>
#include <QVector>

#include <functional>

// The rows of the openings table read a page at a time, the most recently used
// pages kept, so a table of a million openings opens at once and stays light.
class OpeningPageCache
{
public:
    // Reads count rows from offset into *rows; false on failure.
    using Reader = std::function<bool(qint64 offset, int count, QVector<Opening> *rows)>;

    explicit OpeningPageCache(Reader read) : m_read(std::move(read)) {}

    // The opening at row, its page read when not cached; nullptr past the rows read
    // (a failed read shows its page empty; the next refresh reports the failure).
    const Opening *at(int row);
    // The row of id among the first rowCount rows, or -1: the cached pages are
    // looked at first, then every page in turn.
    int rowOf(qint64 id, int rowCount);
    void clear();

private:
    using Page = QVector<Opening>;
    const Page *page(int pageIndex);

    Reader m_read;
    QHash<int, Page> m_pages;
    QVector<int> m_pageAge; // most recently used last
};
