#pragma once

#include "charts/chartdata.h"

#include <QDialog>

class QTableWidget;

// "Show the data" of a chart: its numbers as a table that the keyboard reaches and a
// screen reader reads cell by cell, with a button that copies them for a spreadsheet.
class ChartDataDialog : public QDialog
{
    Q_OBJECT

public:
    ChartDataDialog(const QString &title, const ChartData &data, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Puts the table on the clipboard, tab-separated.
    void copy() const;

private:
    ChartData m_data;
    QTableWidget *m_table;
};
