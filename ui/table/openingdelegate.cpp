#include "openingdelegate.h"

#include "openingstablemodel.h"
#include "quartercombo.h"
#include "store.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QValidator>

namespace {

const QStringList DateFormats = {
    QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),   QStringLiteral("d/M/yy"),
    QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d-M-yyyy"),
};

// Empty or a date is acceptable; anything else keeps the editor open on Enter.
class DateValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        return input.trimmed().isEmpty() || OpeningDelegate::parseDate(input).isValid()
                   ? Acceptable
                   : Intermediate;
    }
};

// A comment on several lines: Enter saves like in the other cells, Shift+Enter starts a line.
class CommentEdit : public QPlainTextEdit
{
public:
    CommentEdit(QWidget *parent, const QAbstractItemDelegate *delegate)
        : QPlainTextEdit(parent), m_delegate(delegate)
    {
        setTabChangesFocus(true);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
            auto *delegate = const_cast<QAbstractItemDelegate *>(m_delegate);
            emit delegate->commitData(this);
            emit delegate->closeEditor(this, QAbstractItemDelegate::SubmitModelCache);
            return;
        }
        if (enter) {
            insertPlainText(QStringLiteral("\n"));
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

private:
    const QAbstractItemDelegate *m_delegate;
};

QComboBox *listEditor(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setFrame(false);
    return combo;
}

} // namespace

OpeningDelegate::OpeningDelegate(Store &store, QObject *parent)
    : QStyledItemDelegate(parent), m_store(store)
{
}

QDate OpeningDelegate::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : DateFormats) {
        QDate d = QDate::fromString(t, format);
        if (format.endsWith(QLatin1String("/yy")) && d.isValid())
            d = d.addYears(100); // two-digit years are this century, not the 1900s
        if (d.isValid())
            return d;
    }
    return {};
}

QWidget *OpeningDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (index.column()) {
    case OpeningsTableModel::MinistryColumn: {
        auto *combo = listEditor(parent, QStringLiteral("ministryEditor"));
        for (const Ministry &m : m_store.ministries().all())
            combo->addItem(m.name, m.id);
        return combo;
    }
    case OpeningsTableModel::KindColumn: {
        auto *combo = listEditor(parent, QStringLiteral("kindEditor"));
        for (Kind k : Domain::allKinds())
            combo->addItem(Domain::kindLabel(k), Domain::kindCode(k));
        return combo;
    }
    case OpeningsTableModel::StatusColumn: {
        auto *combo = listEditor(parent, QStringLiteral("statusEditor"));
        for (Status s : Domain::allStatuses())
            combo->addItem(Domain::statusLabel(s), Domain::statusCode(s));
        return combo;
    }
    case OpeningsTableModel::AnnouncedColumn: {
        const QVariant key = index.data(Qt::EditRole);
        auto *combo =
            new QuarterCombo(parent, key.isValid() ? Quarter::fromKey(key.toInt()) : Quarter());
        combo->setObjectName(QStringLiteral("quarterEditor"));
        combo->setFrame(false);
        return combo;
    }
    case OpeningsTableModel::EffectiveDateColumn:
        return dateEditor(parent);
    case OpeningsTableModel::UrlColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("urlEditor"));
        edit->setFrame(false);
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(QStringLiteral("https://"));
        return edit;
    }
    case OpeningsTableModel::CommentColumn: {
        auto *edit = new CommentEdit(parent, this);
        edit->setObjectName(QStringLiteral("commentEditor"));
        edit->setToolTip(tr("Enter saves; Shift+Enter starts a new line."));
        return edit;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setObjectName(QStringLiteral("textEditor"));
        return editor;
    }
    }
}

QWidget *OpeningDelegate::dateEditor(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setFrame(false);
    edit->setClearButtonEnabled(true);
    edit->setValidator(new DateValidator(edit));
    edit->setPlaceholderText(tr("dd/mm/yyyy"));
    edit->setToolTip(tr("Date the item was opened, as dd/mm/yyyy; empty if it is not opened yet. "
                        "Entering a date marks the item as available."));
    return edit;
}

void OpeningDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The row as the user sees it now goes with the editor: the model checks the edit
    // against it, should another user change the row before this value is saved.
    editor->setProperty(EditBaseProperty, index.data(OpeningsTableModel::EditBaseRole));
    const QVariant value = index.data(Qt::EditRole);
    if (auto *quarters = qobject_cast<QuarterCombo *>(editor)) {
        quarters->setQuarter(value.isValid() ? Quarter::fromKey(value.toInt()) : Quarter());
        quarters->lineEdit()->selectAll();
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(combo->findData(value), 0));
        return;
    }
    if (index.column() == OpeningsTableModel::EffectiveDateColumn) {
        const QDate date = value.toDate();
        static_cast<QLineEdit *>(editor)->setText(
            date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
        return;
    }
    if (auto *comment = qobject_cast<QPlainTextEdit *>(editor)) {
        comment->setPlainText(value.toString());
        comment->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void OpeningDelegate::save(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index,
                           const QVariant &value)
{
    model->setData(index, editor->property(EditBaseProperty), OpeningsTableModel::EditBaseRole);
    model->setData(index, value, Qt::EditRole);
}

void OpeningDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *quarters = qobject_cast<QuarterCombo *>(editor)) {
        QString error;
        const Quarter q = quarters->quarter(&error);
        if (!error.isEmpty()) {
            emit errorOccurred(tr("The announced quarter was not changed: %1").arg(error));
            return;
        }
        // An emptied cell clears the quarter; the model reads the text form.
        save(editor, model, index, q.isValid() ? QVariant(q.key()) : QVariant(QString()));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        save(editor, model, index, combo->currentData());
        return;
    }
    if (index.column() == OpeningsTableModel::EffectiveDateColumn) {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        const QDate date = parseDate(text);
        if (!text.isEmpty() && !date.isValid()) {
            emit errorOccurred(tr("“%1” is not a date: write it as dd/mm/yyyy (for example "
                                  "15/09/2021), or leave the cell empty.")
                                   .arg(text));
            return;
        }
        save(editor, model, index, date);
        return;
    }
    if (auto *comment = qobject_cast<QPlainTextEdit *>(editor)) {
        save(editor, model, index, comment->toPlainText());
        return;
    }
    // Title and URL; the model refuses a URL that is not a web address and says why.
    model->setData(index, editor->property(EditBaseProperty), OpeningsTableModel::EditBaseRole);
    QStyledItemDelegate::setModelData(editor, model, index);
}

void OpeningDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // Narrow cells (quarter, date) get an editor wide enough for its text and buttons, and a
    // comment gets a few lines; the editor is drawn over its neighbours, inside the table.
    QRect r = editor->geometry();
    const QFontMetrics fm = editor->fontMetrics();
    int width = r.width();
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        width = std::max(width, fm.averageCharWidth() * 50);
        r.setHeight(std::max(r.height(), fm.lineSpacing() * 5 + 8));
    } else if (qobject_cast<QuarterCombo *>(editor)) {
        width = std::max(width, fm.horizontalAdvance(QStringLiteral("3e trimestre 2021")) + 48);
    } else if (index.column() == OpeningsTableModel::EffectiveDateColumn) {
        width = std::max(width, fm.horizontalAdvance(QStringLiteral("00/00/00000")) + 36);
    }
    r.setWidth(width);
    if (const QWidget *area = editor->parentWidget()) {
        if (r.right() > area->width())
            r.moveRight(area->width() - 1);
        if (r.bottom() > area->height())
            r.moveBottom(area->height() - 1);
        r.moveLeft(std::max(r.left(), 0));
        r.moveTop(std::max(r.top(), 0));
    }
    editor->setGeometry(r);
}

void OpeningDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool overdue = index.data(OpeningsTableModel::OverdueRole).toBool();
    if (overdue) {
        // Bold text and a light tint in addition to the marker: never colour alone.
        option->font.setBold(true);
        option->backgroundBrush = QColor(255, 236, 217);
        option->palette.setColor(QPalette::Text, QColor(Qt::black));
    }
    if (index.data(OpeningsTableModel::ReadOnlyRole).toBool()) {
        // Another ministry's row on a shared table: shown, not editable.
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == OpeningsTableModel::StatusColumn && overdue) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize);
        option->decorationSize = QSize(size, size);
    }
}
