#pragma once

#include <QObject>

class FilterBinding;
class MessageWidget;
class OpeningsTableModel;
class QUndoStack;
class QWidget;
class Store;

// Moving openings in and out of the open table: the import preview on a CSV file and
// the export dialog, one of each at a time.
class TransferFlows : public QObject
{
    Q_OBJECT

public:
    TransferFlows(Store &store, QUndoStack *undoStack, OpeningsTableModel *model,
                  FilterBinding *filters, MessageWidget *message, QWidget *window);

    // File > Import…: a CSV file the user picks, then its preview.
    void chooseImport();
    // The import preview on a CSV file (File > Import…, a dropped file).
    void requestImport(const QString &csvPath);
    // File > Export…: the export dialog on the open table, judged on the reference date.
    void requestExport();

signals:
    // An import wrote into the open table.
    void imported();
    void errorOccurred(const QString &message);

private:
    Store &m_store;
    QUndoStack *m_undoStack;
    OpeningsTableModel *m_model;
    FilterBinding *m_filters;
    MessageWidget *m_message;
    QWidget *m_window;
};
