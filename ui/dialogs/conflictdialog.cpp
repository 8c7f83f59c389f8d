#include "conflictdialog.h"

#include "messages.h"
#include "openingdelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString fieldName(Field field)
{
    return Domain::fieldCode(field);
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, const QVector<Ministry> &ministries,
                               QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_ministries(ministries), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by another user"));
    const Opening &theirs = m_conflict.theirs;
    const QString who = theirs.updatedBy.isEmpty() ? tr("another user") : theirs.updatedBy;
    auto *intro = new QLabel(
        tr("<p>While you were editing “%1”, <b>%2</b> saved a change of the same fields "
           "(%3). Nothing of yours was saved yet.</p><p>For each field, keep your value, "
           "take theirs, or type another.</p>")
            .arg(theirs.title.toHtmlEscaped(), who.toHtmlEscaped(),
                 QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);

    QGridLayout *grid = buildFieldGrid(who);

    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QGridLayout *ConflictDialog::buildFieldGrid(const QString &who)
{
    const Opening &theirs = m_conflict.theirs;
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>%1's value</b>").arg(who.toHtmlEscaped()), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Your value</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>To save</b>"), this), 0, 3);
    int line = 1;
    for (const Field field : fields()) {
        const QVariant mine = m_conflict.mineValue(field);
        auto *theirsLabel = new QLabel(display(field, Domain::fieldValue(theirs, field)), this);
        auto *mineLabel = new QLabel(display(field, mine), this);
        for (QLabel *label : {theirsLabel, mineLabel}) {
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setTextFormat(Qt::PlainText);
        }
        theirsLabel->setObjectName(QStringLiteral("theirs_") + fieldName(field));
        mineLabel->setObjectName(QStringLiteral("mine_") + fieldName(field));
        Row row;
        row.choice = new QComboBox(this);
        row.choice->setObjectName(QStringLiteral("choice_") + fieldName(field));
        row.choice->addItem(tr("Keep mine"), int(Choice::Mine));
        row.choice->addItem(tr("Take theirs"), int(Choice::Theirs));
        row.choice->addItem(tr("Edit"), int(Choice::Edit));
        row.editor = makeEditor(field, mine);
        row.editor->setObjectName(QStringLiteral("edit_") + fieldName(field));
        row.editor->setAccessibleName(tr("Other value for %1").arg(Domain::fieldLabel(field)));
        row.editor->setEnabled(false);
        connect(row.choice, &QComboBox::currentIndexChanged, this, [this, field] {
            m_rows.value(field).editor->setEnabled(choice(field) == Choice::Edit);
            m_error->clear();
        });
        m_rows.insert(field, row);
        grid->addWidget(new QLabel(Domain::fieldLabel(field), this), line, 0);
        grid->addWidget(theirsLabel, line, 1);
        grid->addWidget(mineLabel, line, 2);
        auto *decide = new QVBoxLayout;
        decide->addWidget(row.choice);
        decide->addWidget(row.editor);
        grid->addLayout(decide, line, 3);
        ++line;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    return grid;
}

QDialogButtonBox *ConflictDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    QPushButton *allMine = buttons->addButton(tr("Keep &all mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton *allTheirs =
        buttons->addButton(tr("&Take all theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    connect(allMine, &QPushButton::clicked, this, [this] { setAllChoices(Choice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] {
        setAllChoices(Choice::Theirs);
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    return buttons;
}

ConflictDialog::Choice ConflictDialog::choice(Field field) const
{
    const Row row = m_rows.value(field);
    return row.choice ? Choice(row.choice->currentData().toInt()) : Choice::Mine;
}

void ConflictDialog::setChoice(Field field, Choice choice)
{
    if (const Row row = m_rows.value(field); row.choice)
        row.choice->setCurrentIndex(row.choice->findData(int(choice)));
}

void ConflictDialog::setAllChoices(Choice choice)
{
    for (const Field field : fields())
        setChoice(field, choice);
}

QString ConflictDialog::display(Field field, const QVariant &value) const
{
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (field == Field::Ministry) {
        for (const Ministry &m : m_ministries)
            if (m.id == value.toLongLong())
                return m.name;
    }
    if (field == Field::EffectiveDate)
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate),
                                  QLocale::ShortFormat);
    return Domain::fieldDisplay(field, value);
}

QWidget *ConflictDialog::makeEditor(Field field, const QVariant &mine)
{
    // Lists where the stored values are codes; text elsewhere, read back on save.
    auto combo = [this, &mine](const QVector<QPair<QString, QVariant>> &items) {
        auto *box = new QComboBox(this);
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(qMax(0, box->findData(mine)));
        return box;
    };
    QVector<QPair<QString, QVariant>> items;
    switch (field) {
    case Field::Ministry:
        for (const Ministry &m : std::as_const(m_ministries))
            items.append({m.name, m.id});
        return combo(items);
    case Field::Kind:
        for (const Kind k : Domain::allKinds())
            items.append({Domain::kindLabel(k), Domain::kindCode(k)});
        return combo(items);
    case Field::Status:
        for (const Status s : Domain::allStatuses())
            items.append({Domain::statusLabel(s), Domain::statusCode(s)});
        return combo(items);
    case Field::EffectiveDate: {
        const QDate date = QDate::fromString(mine.toString(), Qt::ISODate);
        return new QLineEdit(
            date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(), this);
    }
    default:
        return new QLineEdit(mine.isNull() ? QString() : display(field, mine), this);
    }
}

std::optional<QVariant> ConflictDialog::editedValue(Field field, QString *error) const
{
    QWidget *widget = editor(field);
    if (auto *box = qobject_cast<QComboBox *>(widget))
        return box->currentData();
    const QString text = qobject_cast<QLineEdit *>(widget)->text().trimmed();
    switch (field) {
    case Field::Announced:
    case Field::FirstAnnounced: {
        QString reason;
        const Quarter q = Quarter::parse(text, &reason);
        if (!reason.isEmpty()) {
            if (error)
                *error = withSubject(Domain::fieldLabel(field), reason);
            return std::nullopt;
        }
        return q.isValid() ? QVariant(q.key()) : QVariant();
    }
    case Field::EffectiveDate: {
        if (text.isEmpty())
            return QVariant();
        const QDate date = OpeningDelegate::parseDate(text);
        if (!date.isValid()) {
            if (error)
                *error =
                    tr("%1: “%2” is not a date (dd/mm/yyyy)").arg(Domain::fieldLabel(field), text);
            return std::nullopt;
        }
        return date.toString(Qt::ISODate);
    }
    default:
        return text;
    }
}

std::optional<FieldValues> ConflictDialog::resolvedValues(QString *error) const
{
    FieldValues values;
    for (const auto &[field, mine] : m_conflict.mine) {
        if (!m_rows.contains(field)) {
            values.append({field, mine}); // not contested: the user's value
            continue;
        }
        switch (choice(field)) {
        case Choice::Mine:
            values.append({field, mine});
            break;
        case Choice::Theirs:
            values.append({field, Domain::fieldValue(m_conflict.theirs, field)});
            break;
        case Choice::Edit: {
            const std::optional<QVariant> value = editedValue(field, error);
            if (!value)
                return std::nullopt;
            values.append({field, *value});
            break;
        }
        }
    }
    return values;
}

void ConflictDialog::accept()
{
    QString error;
    if (!resolvedValues(&error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}
