#include "userguide.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)
};

} // namespace

namespace UserGuide {

QString markdown()
{
    QFile file(QStringLiteral(":/guide/guide-fr.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void show(QWidget *window)
{
    if (auto *open = window->findChild<QDialog *>(QStringLiteral("guideDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("guideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(Text::tr("Guide"));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("guideText"));
    text->setAccessibleName(Text::tr("Guide"));
    text->setOpenExternalLinks(true);
    text->setMarkdown(markdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 640);
    dialog->show();
}

} // namespace UserGuide
