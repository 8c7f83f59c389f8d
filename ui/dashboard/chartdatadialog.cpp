#include "chartdatadialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
    resize(640, 420);
    m_table->setFocus();
}

void ChartDataDialog::copy() const
{
    QApplication::clipboard()->setText(m_data.toTabSeparated());
}
