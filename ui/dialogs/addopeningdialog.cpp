#include "addopeningdialog.h"

#include "editrules.h"
#include "quartercombo.h"
#include "store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddOpeningDialog::AddOpeningDialog(Store &store, qint64 ministryId, QWidget *parent)
    : QDialog(parent), m_store(store), m_ministry(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_announced(new QuarterCombo(this)),
      m_status(new QComboBox(this)), m_url(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addOpeningDialog"));
    setWindowTitle(tr("Add an opening"));
    m_ministry->setObjectName(QStringLiteral("addMinistryCombo"));
    m_kind->setObjectName(QStringLiteral("addKindCombo"));
    m_title->setObjectName(QStringLiteral("addTitleEdit"));
    m_announced->setObjectName(QStringLiteral("addAnnouncedCombo"));
    m_status->setObjectName(QStringLiteral("addStatusCombo"));
    m_url->setObjectName(QStringLiteral("addUrlEdit"));
    m_error->setObjectName(QStringLiteral("addErrorLabel"));

    fillMinistries(ministryId);
    for (Kind k : Domain::allKinds())
        m_kind->addItem(Domain::kindLabel(k), Domain::kindCode(k));
    for (Status s : Domain::allStatuses())
        m_status->addItem(Domain::statusLabel(s), Domain::statusCode(s));
    m_status->setCurrentIndex(m_status->findData(Domain::statusCode(Status::Planned)));
    m_announced->setQuarter(Quarter::fromDate(QDate::currentDate()));
    m_title->setPlaceholderText(tr("What will be opened, e.g. “API Adresse”"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setClearButtonEnabled(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Ministry:"), m_ministry);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Announced quarter:"), m_announced);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&URL (optional):"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addOkButton"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddOpeningDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddOpeningDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &AddOpeningDialog::updateOkButton);
    updateOkButton();
    // The title is what one types first; the ministry is usually preselected.
    m_title->setFocus();
    setMinimumWidth(480);
}

void AddOpeningDialog::fillMinistries(qint64 selected)
{
    // On a shared table, only the ministries this account may add openings to.
    for (const Ministry &m : m_store.ministries().all())
        if (m_store.mayEdit(m.id))
            m_ministry->addItem(m.name, m.id);
    m_ministry->setCurrentIndex(std::max(m_ministry->findData(selected), 0));
    // A name not in the list adds a ministry (a new table starts without any); on a shared
    // table, only a coordinator may.
    m_ministry->setEditable(m_store.rights().all);
    m_ministry->setInsertPolicy(QComboBox::NoInsert);
    if (m_ministry->lineEdit())
        m_ministry->lineEdit()->setAccessibleName(tr("Ministry"));
}

void AddOpeningDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

void AddOpeningDialog::accept()
{
    QString error;
    const Quarter announced = m_announced->quarter(&error);
    const QString url = m_url->text().trimmed();
    const QString ministry = m_ministry->currentText().trimmed();
    if (error.isEmpty() && ministry.isEmpty())
        error = tr("Choose a ministry.");
    if (error.isEmpty())
        EditRules::checkUrl(url, &error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    // A ministry found by name or alias; a new name is created with the opening, by the
    // undoable command.
    const qint64 known = m_store.ministries().find(ministry);
    m_opening = Opening();
    m_opening.ministryId = known;
    m_opening.ministry = known > 0 ? m_store.ministries().name(known) : ministry;
    m_opening.kind = Domain::kindFromCode(m_kind->currentData().toString()).value_or(Kind::Dataset);
    m_opening.title = m_title->text().trimmed();
    m_opening.announced = announced;
    m_opening.firstAnnounced = announced;
    m_opening.status =
        Domain::statusFromCode(m_status->currentData().toString()).value_or(Status::Planned);
    m_opening.url = url;
    QDialog::accept();
}
