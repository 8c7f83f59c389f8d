#include "openingfilter.h"

bool OpeningFilter::isEmpty() const
{
    return ministryIds.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && !from.isValid() &&
           !to.isValid() && text.trimmed().isEmpty() && !onlyOverdue && !hasChartSelection();
}

bool operator==(const OpeningFilter &a, const OpeningFilter &b)
{
    return a.ministryIds == b.ministryIds && a.kinds == b.kinds && a.statuses == b.statuses &&
           a.from == b.from && a.to == b.to && a.text == b.text && a.onlyOverdue == b.onlyOverdue &&
           a.timing == b.timing && a.effectiveIn == b.effectiveIn && a.reference == b.reference;
}
