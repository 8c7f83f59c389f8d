#include "schema.h"

namespace Schema {

namespace {

// Version 1: ministries with aliases, openings, the change log.
const char *const v1[] = {
    R"(CREATE TABLE ministries (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    ))",
    R"(CREATE TABLE ministry_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        ministry_id INTEGER NOT NULL REFERENCES ministries(id) ON DELETE CASCADE
    ))",
    R"(CREATE TABLE openings (
        id INTEGER PRIMARY KEY,
        ministry_id INTEGER NOT NULL REFERENCES ministries(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        announced_q INTEGER,
        first_announced_q INTEGER,
        effective_date TEXT,
        status TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        search_key TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1
    ))",         "CREATE INDEX openings_ministry ON openings(ministry_id)",
    R"(CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        opening_id INTEGER,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT
    ))",          "CREATE INDEX changes_opening ON changes(opening_id)",
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

int latestVersion()
{
    return 1;
}

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return toList(v1);
    default:
        return {};
    }
}

} // namespace Schema
