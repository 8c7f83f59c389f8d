#include "quartercombo.h"

#include <QLineEdit>

namespace {

constexpr int YearsBack = 4;
constexpr int YearsAhead = 4;

} // namespace

QuarterCombo::QuarterCombo(QWidget *parent, const Quarter &keep) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const int year = QDate::currentDate().year();
    Quarter first(year - YearsBack, 1);
    Quarter last(year + YearsAhead, 4);
    if (keep.isValid()) {
        first = std::min(first, keep);
        last = std::max(last, keep);
    }
    for (Quarter q = first; q <= last; q = q.addQuarters(1))
        addItem(q.display(), q.key());
    // The typing field inside the combo is read on its own by screen readers.
    lineEdit()->setAccessibleName(tr("Quarter"));
    lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(Quarter::fromDate(QDate::currentDate()).display()));
    setToolTip(tr("Pick a quarter or type it: T3 2021, 2021-T3, 3e trimestre 2021, S2 2021, "
                  "fin 2021…"));
    setCurrentIndex(-1);
}

void QuarterCombo::setQuarter(const Quarter &quarter)
{
    const int row = quarter.isValid() ? findData(quarter.key()) : -1;
    if (row >= 0)
        setCurrentIndex(row);
    else
        setEditText(quarter.isValid() ? quarter.display() : QString());
}

Quarter QuarterCombo::quarter(QString *error) const
{
    const QString text = currentText().trimmed();
    const int listed = findText(text, Qt::MatchFixedString);
    if (listed >= 0)
        return Quarter::fromKey(itemData(listed).toInt());
    return Quarter::parse(text, error);
}
