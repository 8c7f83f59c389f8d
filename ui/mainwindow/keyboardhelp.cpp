#include "keyboardhelp.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeyboardHelp)
};

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

namespace KeyboardHelp {

QString html(const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString what = a->text();
        what.remove(QLatin1Char('&'));
        rows += row(a->shortcut().toString(QKeySequence::NativeText), what);
    }
    rows += row(Text::tr("Tab, Shift+Tab"),
                Text::tr("Move between the filters, the table and the charts"));
    rows += row(Text::tr("Menu key or Shift+F10 on a chart"),
                Text::tr("Show the chart's data as a table, copy or save the chart"));
    rows += row(Text::tr("Arrows, Enter on a bar chart"),
                Text::tr("Move between its bars (Up/Down between the ministries); list the "
                         "openings of the current bar in the table"));
    rows += row(Text::tr("Arrows, Page Up/Down, Space; Escape"),
                Text::tr("In the presentation: next or previous slide; leave"));
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">%2</table><h3>%3</h3><p>%4</p>")
        .arg(Text::tr("Keyboard"), rows, Text::tr("Accessibility"),
             Text::tr("Every control of the window and of its dialogs has a name that screen "
                      "readers announce, and every chart a sentence that says what it shows, "
                      "with its numbers as a table (Show the data). Checked with the "
                      "accessibility interfaces a screen reader uses (AT-SPI on Linux). The "
                      "chart colours reach the WCAG contrast ratios on their white background. "
                      "Not yet done: checking contrast against dark and high-contrast themes."));
}

void show(QWidget *window, const QList<QAction *> &actions)
{
    auto *box = new QMessageBox(QMessageBox::Information, Text::tr("Keyboard and accessibility"),
                                html(actions), QMessageBox::Close, window);
    box->setObjectName(QStringLiteral("keyboardHelpBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace KeyboardHelp
