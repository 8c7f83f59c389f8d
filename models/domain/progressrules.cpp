#include "progressrules.h"

namespace Rules {

State stateOf(Status status)
{
    if (Domain::isOpened(status))
        return State::Opened;
    return status == Status::Abandoned ? State::Abandoned : State::Pending;
}

Timing timing(int announcedKey, int effectiveKey)
{
    if (effectiveKey < 0)
        return Timing::Undated;
    return announcedKey < 0 || effectiveKey <= announcedKey ? Timing::OnTime : Timing::Late;
}

int effectiveKey(const QDate &effectiveDate)
{
    return Quarter::fromDate(effectiveDate).key();
}

bool isOverdue(State state, int announcedKey, int referenceKey)
{
    return state == State::Pending && announcedKey >= 0 && announcedKey < referenceKey;
}

bool isOverdue(const Opening &opening, const QDate &reference)
{
    return isOverdue(stateOf(opening.status), opening.announced.key(),
                     Quarter::fromDate(reference).key());
}

} // namespace Rules
