#include "openingpagecache.h"

namespace {

constexpr int PageSize = 200;
constexpr int MaxCachedPages = 40;

} // namespace

const OpeningPageCache::Page *OpeningPageCache::page(int pageIndex)
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.constEnd()) {
        m_pageAge.removeOne(pageIndex);
        m_pageAge.append(pageIndex);
        return &*it;
    }
    Page rows;
    if (!m_read(qint64(pageIndex) * PageSize, PageSize, &rows))
        rows.clear();

    if (m_pageAge.size() >= MaxCachedPages) {
        m_pages.remove(m_pageAge.takeFirst());
    }
    m_pageAge.append(pageIndex);
    return &*m_pages.insert(pageIndex, rows);
}

const Opening *OpeningPageCache::at(int row)
{
    const Page *p = page(row / PageSize);
    if (!p || row % PageSize >= p->size())
        return nullptr;
    return &p->at(row % PageSize);
}

int OpeningPageCache::rowOf(qint64 id, int rowCount)
{
    // Small tables: look in the cache first.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
    }
    for (int p = 0; p * PageSize < rowCount; ++p) {
        const Page *rows = page(p);
        for (int i = 0; rows && i < rows->size(); ++i)
            if (rows->at(i).id == id)
                return p * PageSize + i;
    }
    return -1;
}

void OpeningPageCache::clear()
{
    m_pages.clear();
    m_pageAge.clear();
}
