#include "languagemenu.h"

#include "mainactions.h"

#include <QAction>

LanguageMenu::LanguageMenu(MainActions *actions) : QObject(actions), m_actions(actions)
{
    for (QAction *language : {m_actions->languageFrench, m_actions->languageEnglish}) {
        connect(language, &QAction::triggered, this,
                [this, language] { emit changeRequested(language->data().toString()); });
    }
}

void LanguageMenu::setCurrentLanguage(std::function<QString()> current)
{
    m_current = std::move(current);
    updateChecks();
}

void LanguageMenu::updateChecks()
{
    const QString language = m_current ? m_current() : QString();
    m_actions->languageEnglish->setChecked(language == QLatin1String("en"));
    m_actions->languageFrench->setChecked(language != QLatin1String("en"));
}
