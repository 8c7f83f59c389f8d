#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

constexpr int DefaultPort = 5432;
const QString DefaultSslMode = QStringLiteral("prefer");

QString systemUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_sslMode(new QComboBox(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a shared table"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_host->setPlaceholderText(QStringLiteral("serveur.ministere.gouv.fr"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_user->setText(systemUser());
    // libpq's modes, as the server's administrator names them.
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QLatin1String(mode), QLatin1String(mode));
    m_sslMode->setCurrentIndex(m_sslMode->findData(DefaultSslMode));

    auto *intro = new QLabel(
        tr("A table shared by several ministries lives on a PostgreSQL server. Its "
           "administrator gives you these settings and your account's rights. The password "
           "is asked when the server wants one, and never saved."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QString ConnectDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString mode = m_sslMode->currentData().toString();
    if (mode != DefaultSslMode) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), mode);
        url.setQuery(query);
    }
    return url.toString();
}

void ConnectDialog::setUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || !url.scheme().startsWith(QLatin1String("postgres")))
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port(DefaultPort));
    m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_user->setText(url.userName());
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_sslMode->findData(mode.isEmpty() ? DefaultSslMode : mode);
    if (index >= 0)
        m_sslMode->setCurrentIndex(index);
}

void ConnectDialog::updateOk()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty());
}
