#pragma once

#include <QString>

class QWidget;

// Help > Guide: the user part of the README, a short guide in French, shown in the
// application from its resources.
namespace UserGuide {

// The guide's text (Markdown).
QString markdown();
// A window with the guide, beside the main window (not modal).
void show(QWidget *window);

} // namespace UserGuide
