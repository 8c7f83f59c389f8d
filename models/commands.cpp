#include "commands.h"

#include "store.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// Changes some fields of one opening; undo writes the former values back.
class SetFieldsCommand : public QUndoCommand
{
public:
    SetFieldsCommand(Store &store, qint64 id, Commands::FieldValues before,
                     Commands::FieldValues after, const QString &text)
        : QUndoCommand(text), m_store(store), m_id(id), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false; // the first redo happened before the push
            return;
        }
        apply(m_after);
    }
    void markApplied() { m_applied = true; }

private:
    void apply(const Commands::FieldValues &values)
    {
        QString error;
        if (!m_store.setFields(m_id, values, &error))
            setObsolete(true);
    }

    Store &m_store;
    qint64 m_id;
    Commands::FieldValues m_before;
    Commands::FieldValues m_after;
    bool m_applied = false;
};

// Adds openings (one, or several again after a delete); undo removes them.
class AddOrRemoveCommand : public QUndoCommand
{
public:
    AddOrRemoveCommand(Store &store, QVector<Opening> openings, bool add, const QString &text)
        : QUndoCommand(text), m_store(store), m_openings(std::move(openings)), m_add(add)
    {
    }

    void undo() override { m_add ? removeAll() : addAll(); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        m_add ? addAll() : removeAll();
    }
    void markApplied() { m_applied = true; }

    bool addAll(QString *error = nullptr)
    {
        for (Opening &o : m_openings) {
            const qint64 id = m_store.addOpening(o, error);
            if (id <= 0)
                return false;
            o.id = id; // redo after undo restores the same id
        }
        return true;
    }
    bool removeAll(QString *error = nullptr)
    {
        for (const Opening &o : m_openings)
            if (!m_store.removeOpening(o.id, error))
                return false;
        return true;
    }

private:
    Store &m_store;
    QVector<Opening> m_openings;
    bool m_add;
    bool m_applied = false;
};

} // namespace

namespace Commands {

bool setFields(QUndoStack *stack, Store &store, qint64 id, const FieldValues &values,
               const QString &text, QString *error)
{
    const auto current = store.opening(id, error);
    if (!current) {
        if (error && error->isEmpty())
            *error = tr("The opening no longer exists.");
        return false;
    }
    FieldValues before;
    for (const auto &[field, value] : values)
        before.append({field, Domain::fieldValue(*current, field)});
    if (!store.setFields(id, values, error))
        return false;
    auto command = std::make_unique<SetFieldsCommand>(store, id, before, values, text);
    command->markApplied();
    stack->push(command.release());
    return true;
}

bool addOpening(QUndoStack *stack, Store &store, const Opening &opening, QString *error)
{
    auto command = std::make_unique<AddOrRemoveCommand>(store, QVector<Opening>{opening}, true,
                                                        tr("Add “%1”").arg(opening.title));
    if (!command->addAll(error))
        return false;
    command->markApplied();
    stack->push(command.release());
    return true;
}

bool removeOpenings(QUndoStack *stack, Store &store, const QList<qint64> &ids, QString *error)
{
    QVector<Opening> openings;
    for (qint64 id : ids) {
        if (auto o = store.opening(id, error))
            openings.append(*o);
    }
    if (openings.isEmpty())
        return false;
    const QString text = openings.size() == 1
                             ? tr("Delete “%1”").arg(openings.first().title)
                             : QCoreApplication::translate("Commands", "Delete %n openings",
                                                           nullptr, int(openings.size()));
    auto command = std::make_unique<AddOrRemoveCommand>(store, openings, false, text);
    if (!command->removeAll(error)) {
        command->addAll(); // put back what was already removed
        return false;
    }
    command->markApplied();
    stack->push(command.release());
    return true;
}

} // namespace Commands
