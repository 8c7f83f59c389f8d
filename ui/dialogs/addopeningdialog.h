#pragma once

#include "domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QuarterCombo;
class Store;

// Edit > Add an opening: the few fields a new announced item needs (ministry,
// kind, title, announced quarter, status), all reachable by keyboard. The
// window adds the result through the undo stack.
class AddOpeningDialog : public QDialog
{
    Q_OBJECT

public:
    // ministryId preselects a ministry (the one the table is filtered on), 0 for none.
    AddOpeningDialog(Store &store, qint64 ministryId, QWidget *parent = nullptr);

    // The opening as filled in; valid once the dialog was accepted.
    Opening opening() const { return m_opening; }

    void accept() override;

private:
    void fillMinistries(qint64 selected);
    void updateOkButton();

    Store &m_store;
    QComboBox *m_ministry;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QuarterCombo *m_announced;
    QComboBox *m_status;
    QLineEdit *m_url;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Opening m_opening;
};
