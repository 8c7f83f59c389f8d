#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

// Help > Keyboard and accessibility: every shortcut of the window, read from the actions
// themselves so the list never drifts from what the keys do, the keys of the charts and
// of the presentation, and the accessibility statement.
namespace KeyboardHelp {

QString html(const QList<QAction *> &actions);
void show(QWidget *window, const QList<QAction *> &actions);

} // namespace KeyboardHelp
