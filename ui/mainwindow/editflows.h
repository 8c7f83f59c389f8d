#pragma once

#include <QObject>

class MessageWidget;
class OpeningsTableModel;
class QWidget;
class Store;
class TablePage;
struct EditConflict;
struct Opening;

// Edits beyond a cell: adding an opening through its dialog, deleting the selected rows
// after a confirmation, and settling a conflict with another user's change.
class EditFlows : public QObject
{
    Q_OBJECT

public:
    EditFlows(Store &store, OpeningsTableModel *model, TablePage *tablePage, MessageWidget *message,
              QWidget *window);

    void addOpening();
    void deleteSelected();

signals:
    void errorOccurred(const QString &message);

private:
    void add(const Opening &opening);
    void showConflict(const EditConflict &conflict);

    Store &m_store;
    OpeningsTableModel *m_model;
    TablePage *m_tablePage;
    MessageWidget *m_message;
    QWidget *m_window;
};
