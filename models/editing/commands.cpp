#include "commands.h"

#include "store.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

// Messages in one translation context that lupdate sees.
struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

FieldValues valuesOf(const Opening &opening, const FieldValues &fields)
{
    FieldValues values;
    for (const auto &[field, value] : fields) {
        Q_UNUSED(value)
        values.append({field, Domain::fieldValue(opening, field)});
    }
    return values;
}

// Saves values over an opening seen at version with seenValues. When another user saved the
// row meanwhile without touching these fields, saves again on their version: a few rounds,
// should others keep saving. Returns the outcome; *version becomes the version written.
SaveResult::Status save(Store &store, qint64 id, int *version, const FieldValues &seenValues,
                        const FieldValues &values, const QString &text, QString *error,
                        EditConflict *conflict)
{
    constexpr int MaxRounds = 5;
    for (int round = 0; round < MaxRounds; ++round) {
        const SaveResult result = store.setFields(id, *version, values);
        if (result.ok()) {
            *version = result.current ? result.current->version : *version + 1;
            return result.status;
        }
        if (!result.isConflict()) {
            if (error)
                *error = result.error;
            return result.status;
        }
        EditConflict found{id, text, seenValues, values, *result.current};
        if (!found.contested().isEmpty()) {
            if (conflict)
                *conflict = found;
            return SaveResult::Status::Conflict;
        }
        *version = result.current->version;
    }
    if (error)
        *error = CommandsText::tr("The opening keeps being changed by other users; try again.");
    return SaveResult::Status::Failed;
}

// Changes some fields of one opening; undo writes the former values back. Each way is
// checked against the version it left, so an undo never overwrites another user's change.
class SetFieldsCommand : public QUndoCommand
{
public:
    SetFieldsCommand(Store &store, qint64 id, int version, Commands::FieldValues before,
                     Commands::FieldValues after, const QString &text,
                     Commands::ConflictHandler onConflict)
        : QUndoCommand(text), m_store(store), m_id(id), m_version(version),
          m_before(std::move(before)), m_after(std::move(after)),
          m_onConflict(std::move(onConflict))
    {
    }

    void undo() override { apply(m_after, m_before); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false; // the first redo happened before the push
            return;
        }
        apply(m_before, m_after);
    }
    void markApplied() { m_applied = true; }

private:
    void apply(const Commands::FieldValues &seen, const Commands::FieldValues &values)
    {
        QString error;
        EditConflict conflict;
        const SaveResult::Status status =
            save(m_store, m_id, &m_version, seen, values, text(), &error, &conflict);
        if (status == SaveResult::Status::Saved)
            return;
        // Not applied: the command leaves the history; a conflict goes to the user.
        setObsolete(true);
        if (status == SaveResult::Status::Conflict && m_onConflict)
            m_onConflict(conflict);
    }

    Store &m_store;
    qint64 m_id;
    int m_version;
    Commands::FieldValues m_before;
    Commands::FieldValues m_after;
    Commands::ConflictHandler m_onConflict;
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
            // A ministry named but not in the table yet is created with the opening,
            // so adding to a new ministry is one undoable step.
            if (o.ministryId <= 0) {
                o.ministryId = m_store.ensureMinistry(o.ministry, error);
                if (o.ministryId <= 0)
                    return false;
            }
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

SaveResult::Status editFields(QUndoStack *stack, Store &store, const Opening &seen,
                              const FieldValues &values, const QString &text, QString *error,
                              EditConflict *conflict, const ConflictHandler &onLaterConflict)
{
    const FieldValues before = valuesOf(seen, values);
    int version = seen.version;
    const SaveResult::Status status =
        save(store, seen.id, &version, before, values, text, error, conflict);
    if (status != SaveResult::Status::Saved)
        return status;
    auto command = std::make_unique<SetFieldsCommand>(store, seen.id, version, before, values, text,
                                                      onLaterConflict);
    command->markApplied();
    stack->push(command.release());
    return status;
}

bool setFields(QUndoStack *stack, Store &store, qint64 id, const FieldValues &values,
               const QString &text, QString *error)
{
    const auto current = store.opening(id, error);
    if (!current) {
        if (error && error->isEmpty())
            *error = CommandsText::tr("The opening no longer exists.");
        return false;
    }
    const SaveResult::Status status =
        editFields(stack, store, *current, values, text, error, nullptr);
    if (status == SaveResult::Status::Conflict && error)
        *error =
            CommandsText::tr("Another user changed the opening at the same moment; try again.");
    return status == SaveResult::Status::Saved;
}

bool addOpening(QUndoStack *stack, Store &store, const Opening &opening, QString *error)
{
    auto command = std::make_unique<AddOrRemoveCommand>(
        store, QVector<Opening>{opening}, true, CommandsText::tr("Add “%1”").arg(opening.title));
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
                             ? CommandsText::tr("Delete “%1”").arg(openings.first().title)
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
