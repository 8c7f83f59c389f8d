#pragma once

#include "quarter.h"

#include <QComboBox>

// An editable list of quarters ("T3 2021") that also reads any notation typed
// in (Quarter::parse), used by the table's cell editor and the add dialog.
class QuarterCombo : public QComboBox
{
    Q_OBJECT

public:
    // Lists the quarters from a few years before this year to a few years after (and keep when
    // it lies outside).
    explicit QuarterCombo(QWidget *parent = nullptr, const Quarter &keep = Quarter());

    void setQuarter(const Quarter &quarter);
    // The quarter shown or typed; invalid when empty. Unreadable text sets *error.
    Quarter quarter(QString *error) const;
};
