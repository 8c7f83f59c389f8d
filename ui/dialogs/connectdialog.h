#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File > Connect to a server…: the address of a table shared on a PostgreSQL
// server (host, port, database, user, TLS mode), as one postgresql:// URL. The
// password is never asked here nor saved: libpq finds it (PGPASSWORD, .pgpass) or
// the window asks for it when the server wants one.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=…
    QString url() const;
    // Fills the fields from a URL (a server opened before); ignored if not one.
    void setUrl(const QString &url);

private:
    void updateOk();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QPushButton *m_connect = nullptr;
};
