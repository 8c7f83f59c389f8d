#include "tablepage.h"

#include "banner.h"
#include "dashboardfilter.h"
#include "filterpanel.h"
#include "openingdelegate.h"
#include "openingstablemodel.h"
#include "store.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

TablePage::TablePage(Store &store, OpeningsTableModel *model, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(model), m_filters(new FilterPanel(this)),
      m_filterBanner(new Banner(this)), m_showAll(nullptr), m_view(new QTableView(this)),
      m_delegate(new OpeningDelegate(store, this))
{
    setObjectName(QStringLiteral("tablePage"));
    m_view->setObjectName(QStringLiteral("openingsView"));
    m_view->setAccessibleName(tr("Openings"));
    m_view->setAccessibleDescription(
        tr("The openings of the table, one per row; overdue rows say so in their status."));
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing in a cell starts editing it, as in a spreadsheet; F2 and double-click too.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_view->verticalHeader()->hide();
    // Rows of one line: a fixed height keeps a long table fast to scroll.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // No sort until the user clicks a header: the table's own order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    applyDefaultColumns();
    // The title takes the width the other columns leave, but never shrinks below readable:
    // a narrow window scrolls sideways instead (a stretched section would shrink to nothing).
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != OpeningsTableModel::TitleColumn)
            fitTitleColumn();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &TablePage::fitTitleColumn);
    // Right-click on the header chooses the columns shown.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TablePage::showColumnMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_filterBanner);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filters, m_view);

    m_filterBanner->setObjectName(QStringLiteral("filterBanner"));
    m_showAll = m_filterBanner->addButton(QStringLiteral("showAllButton"));
    m_showAll->setText(tr("Show all"));
    m_filterBanner->hide();
    connect(m_showAll, &QPushButton::clicked, m_filters, &FilterPanel::reset);
    connect(m_filters, &FilterPanel::filterChanged, this, &TablePage::updateFilterBanner);
}

void TablePage::updateFilterBanner(const OpeningFilter &filter)
{
    // A filtered view always says so: a table showing a few rows of many is otherwise
    // taken for the whole table.
    m_filterBanner->setVisible(!filter.isEmpty());
    if (filter.isEmpty())
        return;
    const QString what = DashboardFilter::describe(
        filter, [this](qint64 id) { return m_store.ministries().name(id); });
    m_filterBanner->setText(tr("Active filters: %1").arg(what));
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_showAll->setText(tr("Show all"));
        updateFilterBanner(m_filters->filter());
    }
    QWidget::changeEvent(event);
}

void TablePage::applyDefaultColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const auto chars = [&](int n) { return fm.averageCharWidth() * n + 24; };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(chars(6));
    m_view->setColumnWidth(OpeningsTableModel::MinistryColumn, chars(28));
    m_view->setColumnWidth(OpeningsTableModel::KindColumn, chars(11));
    m_view->setColumnWidth(OpeningsTableModel::AnnouncedColumn, chars(9));
    m_view->setColumnWidth(OpeningsTableModel::EffectiveDateColumn, chars(10));
    m_view->setColumnWidth(OpeningsTableModel::StatusColumn, statusWidth());
    m_view->setColumnWidth(OpeningsTableModel::UrlColumn, chars(18));
    m_view->setColumnWidth(OpeningsTableModel::CommentColumn, chars(22));
    m_view->setColumnWidth(OpeningsTableModel::LastChangeColumn, chars(16));
    // The title needs the width most; who changed a row last is one right-click away.
    for (int c = 0; c < OpeningsTableModel::ColumnCount; ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->setSectionHidden(c, c == OpeningsTableModel::LastChangeColumn);
    }
    fitTitleColumn();
}

void TablePage::fitTitleColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_fitting || header->count() <= OpeningsTableModel::TitleColumn)
        return;
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != OpeningsTableModel::TitleColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int minimum = m_view->fontMetrics().averageCharWidth() * 36;
    m_fitting = true;
    header->resizeSection(OpeningsTableModel::TitleColumn,
                          std::max(minimum, m_view->viewport()->width() - others));
    m_fitting = false;
}

bool TablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

int TablePage::statusWidth() const
{
    // The longest status of an overdue row, in bold after the warning marker, in this language.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (Status s : Domain::allStatuses())
        widest = std::max(widest,
                          fm.horizontalAdvance(
                              OpeningsTableModel::tr("%1 — overdue").arg(Domain::statusLabel(s))));
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    return widest + icon + 24;
}

void TablePage::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The title always stays.
        action->setEnabled(c != OpeningsTableModel::TitleColumn);
        connect(action, &QAction::toggled, this, [this, header, c](bool shown) {
            header->setSectionHidden(c, !shown);
            fitTitleColumn();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Default columns")), &QAction::triggered, this,
            &TablePage::applyDefaultColumns);
    menu.exec(header->mapToGlobal(pos));
}

QList<qint64> TablePage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        if (const qint64 id = m_model->idAt(row))
            ids << id;
    return ids;
}

bool TablePage::selectOpening(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, OpeningsTableModel::TitleColumn);
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index);
    return true;
}

QByteArray TablePage::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TablePage::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        applyDefaultColumns();
    fitTitleColumn();
}
