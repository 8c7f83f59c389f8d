#pragma once

#include <QObject>

#include <functional>

class MainActions;

// View > Language: its actions ask the application for a language, and their check
// marks show the one in use, which the application tells.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    explicit LanguageMenu(MainActions *actions);

    // "fr" or "en"; empty until the application tells (French is checked meanwhile).
    void setCurrentLanguage(std::function<QString()> current);
    void updateChecks();

signals:
    void changeRequested(const QString &code);

private:
    MainActions *m_actions;
    std::function<QString()> m_current;
};
