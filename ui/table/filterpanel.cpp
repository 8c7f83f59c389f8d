#include "filterpanel.h"

#include "dashboardfilter.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int SearchDelayMs = 250;
constexpr int QuarterMargin = 4; // quarters listed before the first and after the last one

const QString OpenedKey = QStringLiteral("@opened");
const QString NotOpenedKey = QStringLiteral("@not-opened");

bool sameStatuses(QVector<Status> a, QVector<Status> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// Long ministry names stay whole in the open list even when the closed combo is narrower.
void widenPopup(QComboBox *combo)
{
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

// The quarter key a range combo shows, -1 for the open end.
int quarterKey(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? v.toInt() : -1;
}

QComboBox *makeCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent), m_ministryLabel(new QLabel(this)),
      m_ministry(makeCombo(QStringLiteral("ministryFilterCombo"), this)),
      m_kindLabel(new QLabel(this)), m_kind(makeCombo(QStringLiteral("kindFilterCombo"), this)),
      m_statusLabel(new QLabel(this)),
      m_status(makeCombo(QStringLiteral("statusFilterCombo"), this)), m_fromLabel(new QLabel(this)),
      m_from(makeCombo(QStringLiteral("fromQuarterCombo"), this)), m_toLabel(new QLabel(this)),
      m_to(makeCombo(QStringLiteral("toQuarterCombo"), this)), m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_overdue(new QCheckBox(this)),
      m_chartChip(new QPushButton(this)), m_reset(new QPushButton(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    setUpControls();
    layOut();
    connectControls();

    setTabOrder(m_ministry, m_kind);
    setTabOrder(m_kind, m_status);
    setTabOrder(m_status, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_search);
    setTabOrder(m_search, m_overdue);
    setTabOrder(m_overdue, m_chartChip);
    setTabOrder(m_chartChip, m_reset);

    retranslate();
}

void FilterPanel::connectControls()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &FilterPanel::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_searchTimer->start();
    });
    // Enter does not wait for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        emitIfChanged();
    });
    for (QComboBox *combo : {m_ministry, m_kind, m_status, m_from, m_to}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                emitIfChanged();
        });
    }
    connect(m_overdue, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            emitIfChanged();
    });
    connect(m_reset, &QPushButton::clicked, this, &FilterPanel::reset);
    connect(m_chartChip, &QPushButton::clicked, this, [this] {
        m_timing = OpeningFilter::Timing::Any;
        m_effectiveIn = Quarter();
        updateChartChip();
        emitIfChanged();
    });
}

void FilterPanel::layOut()
{
    // Two rows: what to show, then how to search; labels in front of their control.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_ministryLabel);
    first->addWidget(m_ministry, 3);
    first->addSpacing(12);
    first->addWidget(m_kindLabel);
    first->addWidget(m_kind, 1);
    first->addSpacing(12);
    first->addWidget(m_statusLabel);
    first->addWidget(m_status, 1);
    first->addSpacing(12);
    first->addWidget(m_fromLabel);
    first->addWidget(m_from);
    first->addWidget(m_toLabel);
    first->addWidget(m_to);
    auto *second = new QHBoxLayout;
    second->addWidget(m_searchLabel);
    second->addWidget(m_search, 1);
    second->addSpacing(12);
    second->addWidget(m_overdue);
    second->addSpacing(12);
    second->addWidget(m_chartChip);
    second->addWidget(m_reset);
    layout->addLayout(first, 0, 0);
    layout->addLayout(second, 1, 0);
}

void FilterPanel::setUpControls()
{
    m_ministry->setMinimumContentsLength(20);
    m_kind->setMinimumContentsLength(9);
    m_status->setMinimumContentsLength(12);
    m_from->setMinimumContentsLength(7);
    m_to->setMinimumContentsLength(7);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_overdue->setObjectName(QStringLiteral("overdueOnlyCheck"));
    m_reset->setObjectName(QStringLiteral("resetFiltersButton"));
    m_chartChip->setObjectName(QStringLiteral("chartSelectionButton"));
    m_chartChip->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_chartChip->setVisible(false);
    m_ministryLabel->setBuddy(m_ministry);
    m_kindLabel->setBuddy(m_kind);
    m_statusLabel->setBuddy(m_status);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_searchLabel->setBuddy(m_search);
}

void FilterPanel::setMinistries(const QVector<Ministry> &ministries)
{
    m_ministries = ministries;
    const qint64 current = m_ministry->currentData().toLongLong();
    m_updating = true;
    m_ministry->clear();
    m_ministry->addItem(tr("All ministries"), qint64(0));
    for (const Ministry &m : ministries) {
        m_ministry->addItem(m.name, m.id);
        if (!m.aliases.isEmpty())
            m_ministry->setItemData(
                m_ministry->count() - 1,
                tr("Also known as: %1").arg(m.aliases.join(QStringLiteral("; "))), Qt::ToolTipRole);
    }
    const int index = m_ministry->findData(current);
    m_ministry->setCurrentIndex(index < 0 ? 0 : index);
    widenPopup(m_ministry);
    m_updating = false;
    emitIfChanged();
}

void FilterPanel::setQuarterRange(const Quarter &first, const Quarter &last)
{
    m_first = first;
    m_last = last;
    const OpeningFilter current = filter();
    m_updating = true;
    fillQuarters(m_from, current.from);
    fillQuarters(m_to, current.to);
    m_updating = false;
    emitIfChanged();
}

void FilterPanel::fillQuarters(QComboBox *combo, const Quarter &keep)
{
    Quarter first = m_first.isValid() ? m_first : Quarter::fromDate(QDate::currentDate());
    Quarter last = m_last.isValid() ? m_last : Quarter::fromDate(QDate::currentDate());
    first = first.addQuarters(-QuarterMargin);
    last = last.addQuarters(QuarterMargin);
    // A quarter chosen earlier (or restored from the settings) stays listed.
    if (keep.isValid()) {
        first = std::min(first, keep);
        last = std::max(last, keep);
    }
    combo->clear();
    combo->addItem(QStringLiteral("—"), -1);
    combo->setItemData(0, combo == m_from ? tr("No lower bound") : tr("No upper bound"),
                       Qt::ToolTipRole);
    for (Quarter q = first; q <= last; q = q.addQuarters(1))
        combo->addItem(q.display(), q.key());
    const int index = keep.isValid() ? combo->findData(keep.key()) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

void FilterPanel::fillKinds()
{
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (Kind k : Domain::allKinds())
        m_kind->addItem(Domain::kindLabel(k), Domain::kindCode(k));
    m_kind->setCurrentIndex(std::max(m_kind->findData(current), 0));
}

void FilterPanel::fillStatuses()
{
    const QString current = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Opened (available or update required)"), OpenedKey);
    m_status->addItem(tr("Not opened yet"), NotOpenedKey);
    m_status->insertSeparator(m_status->count());
    for (Status s : Domain::allStatuses())
        m_status->addItem(Domain::statusLabel(s), Domain::statusCode(s));
    m_status->setCurrentIndex(std::max(m_status->findData(current), 0));
    widenPopup(m_status);
}

OpeningFilter FilterPanel::filter() const
{
    OpeningFilter f;
    if (const qint64 id = m_ministry->currentData().toLongLong(); id > 0)
        f.ministryIds = {id};
    if (const auto kind = Domain::kindFromCode(m_kind->currentData().toString()))
        f.kinds = {*kind};
    const QString status = m_status->currentData().toString();
    if (status == OpenedKey)
        f.statuses = Domain::statusesWhere(true);
    else if (status == NotOpenedKey)
        f.statuses = Domain::statusesWhere(false);
    else if (const auto s = Domain::statusFromCode(status))
        f.statuses = {*s};
    const int from = quarterKey(m_from);
    const int to = quarterKey(m_to);
    f.from = from >= 0 ? Quarter::fromKey(from) : Quarter();
    f.to = to >= 0 ? Quarter::fromKey(to) : Quarter();
    f.text = m_search->text().trimmed();
    f.onlyOverdue = m_overdue->isChecked();
    f.timing = m_timing;
    f.effectiveIn = m_effectiveIn;
    return f;
}

void FilterPanel::setFilter(const OpeningFilter &f)
{
    m_updating = true;
    const int ministry =
        f.ministryIds.size() == 1 ? m_ministry->findData(f.ministryIds.first()) : 0;
    m_ministry->setCurrentIndex(std::max(ministry, 0));
    const int kind = f.kinds.size() == 1 ? m_kind->findData(Domain::kindCode(f.kinds.first())) : 0;
    m_kind->setCurrentIndex(std::max(kind, 0));
    int status = 0;
    if (f.statuses.size() == 1)
        status = m_status->findData(Domain::statusCode(f.statuses.first()));
    else if (!f.statuses.isEmpty() && sameStatuses(f.statuses, Domain::statusesWhere(true)))
        status = m_status->findData(OpenedKey);
    else if (!f.statuses.isEmpty() && sameStatuses(f.statuses, Domain::statusesWhere(false)))
        status = m_status->findData(NotOpenedKey);
    m_status->setCurrentIndex(std::max(status, 0));
    fillQuarters(m_from, f.from);
    fillQuarters(m_to, f.to);
    m_search->setText(f.text);
    m_overdue->setChecked(f.onlyOverdue);
    m_timing = f.timing;
    m_effectiveIn = f.effectiveIn;
    updateChartChip();
    m_searchTimer->stop();
    m_updating = false;
    emitIfChanged();
}

void FilterPanel::reset()
{
    setFilter(OpeningFilter());
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterPanel::emitIfChanged()
{
    // A "to" before "from" would show nothing: move it along instead.
    const int from = quarterKey(m_from);
    const int to = quarterKey(m_to);
    if (from >= 0 && to >= 0 && to < from) {
        m_updating = true;
        m_to->setCurrentIndex(m_to->findData(from));
        m_updating = false;
    }
    const OpeningFilter f = filter();
    m_reset->setEnabled(!f.isEmpty());
    if (f == m_emitted)
        return;
    m_emitted = f;
    emit filterChanged(f);
}

void FilterPanel::retranslate()
{
    m_ministryLabel->setText(tr("&Ministry"));
    m_kindLabel->setText(tr("&Kind"));
    m_statusLabel->setText(tr("&Status"));
    m_fromLabel->setText(tr("&Announced from"));
    m_toLabel->setText(tr("to"));
    m_searchLabel->setText(tr("Searc&h"));
    m_search->setPlaceholderText(tr("Title, description, comment or URL"));
    m_search->setToolTip(tr("Searches titles, descriptions, comments and URLs, ignoring case and "
                            "accents (Ctrl+F)"));
    m_overdue->setText(tr("Only &overdue"));
    m_overdue->setToolTip(tr("Openings neither opened nor abandoned whose announced quarter "
                             "has passed"));
    m_reset->setText(tr("&Clear filters"));
    m_chartChip->setToolTip(tr("Selected by a click on a dashboard chart: click to remove"));
    updateChartChip();
    m_updating = true;
    if (m_ministry->count() > 0)
        m_ministry->setItemText(0, tr("All ministries"));
    else
        m_ministry->addItem(tr("All ministries"), qint64(0));
    fillKinds();
    fillStatuses();
    const OpeningFilter current = filter();
    fillQuarters(m_from, current.from);
    fillQuarters(m_to, current.to);
    m_updating = false;
}

void FilterPanel::updateChartChip()
{
    const QString selection = DashboardFilter::chartSelection(filter());
    m_chartChip->setText(tr("Chart: %1").arg(selection));
    m_chartChip->setVisible(!selection.isEmpty());
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
