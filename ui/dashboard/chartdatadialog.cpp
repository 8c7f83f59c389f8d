#include "chartdatadialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ChartDataDialog::ChartDataDialog(const QString &title, const ChartData &data, QWidget *parent)
    : QDialog(parent), m_data(data), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("chartDataDialog"));
    setWindowTitle(tr("Data of the chart “%1”").arg(title));
    m_table->setObjectName(QStringLiteral("chartDataTable"));
    m_table->setAccessibleName(title);
    m_table->setColumnCount(int(data.headers.size()));
    m_table->setRowCount(int(data.rows.size()));
    m_table->setHorizontalHeaderLabels(data.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    for (int r = 0; r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c));
            // Numbers right-aligned, as a spreadsheet shows them; the first column names.
            item->setTextAlignment(c == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                          : int(Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long ministry names are cut (whole in the tooltip) so the numbers stay in view.
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 340));
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *first = m_table->item(r, 0))
            first->setToolTip(first->text());
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton =
        buttons->addButton(tr("&Copy the table"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyChartDataButton"));
    connect(copyButton, &QPushButton::clicked, this, &ChartDataDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    int width =
        m_table->verticalHeader()->width() + m_table->verticalScrollBar()->sizeHint().width() + 48;
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->columnWidth(c);
    resize(std::clamp(width, 480, 1100), 460);
    m_table->setFocus();
}

void ChartDataDialog::copy() const
{
    QApplication::clipboard()->setText(m_data.toTabSeparated());
}
