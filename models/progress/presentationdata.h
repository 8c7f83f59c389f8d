#pragma once

#include "domain.h"
#include "openingfilter.h"
#include "progress.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

// What the presentation shows, read in one go in a worker thread: the progress of the
// selection and, per ministry, its oldest overdue items.
struct PresentationData
{
    // Items listed on a ministry's slide at most; the slide says how many more there are.
    static constexpr int maxListed = 10;

    Progress progress;
    QHash<qint64, QVector<Opening>> overdue; // per ministry id, oldest announced first

    // Reads the data of filter on asOf from location (a worker-thread connection).
    // nullopt with *error set on failure, or with an empty error when progress returned false.
    static std::optional<PresentationData> load(const QString &location,
                                                const OpeningFilter &filter, const QDate &asOf,
                                                QString *error, const ProgressCallback &progress);
};
