#pragma once

#include "domain.h"
#include "editconflict.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QWidget;

// Shown when the user's edit met another user's change of the same fields: for
// each field, the other user's value and the user's, to keep one, take the other,
// or type a third. Nothing was saved when it opens; accepting saves the choice
// (the window calls OpeningEditor::resolveConflict with resolvedValues()).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Mine, Theirs, Edit };

    ConflictDialog(const EditConflict &conflict, const QVector<Ministry> &ministries,
                   QWidget *parent = nullptr);

    const EditConflict &conflict() const { return m_conflict; }
    // The fields the user decides on: those the other user changed to another value.
    QVector<Field> fields() const { return m_conflict.contested(); }

    Choice choice(Field field) const;
    void setChoice(Field field, Choice choice);
    void setAllChoices(Choice choice);
    // The editor of a field for the Edit choice (a QLineEdit or a QComboBox).
    QWidget *editor(Field field) const { return m_rows.value(field).editor; }

    // Every field of the user's edit with the value to save (stored form); nullopt with
    // *error when a typed value cannot be read.
    std::optional<FieldValues> resolvedValues(QString *error = nullptr) const;

    void accept() override;

private:
    // One line per field in conflict: theirs, mine, and the choice of what to save.
    QGridLayout *buildFieldGrid(const QString &who);
    // Save, keep all mine, take all theirs.
    QDialogButtonBox *buildButtons();
    struct Row
    {
        QComboBox *choice = nullptr;
        QWidget *editor = nullptr;
    };
    QString display(Field field, const QVariant &value) const;
    QWidget *makeEditor(Field field, const QVariant &mine);
    std::optional<QVariant> editedValue(Field field, QString *error) const;

    EditConflict m_conflict;
    QVector<Ministry> m_ministries;
    QHash<Field, Row> m_rows;
    QLabel *m_error;
};
