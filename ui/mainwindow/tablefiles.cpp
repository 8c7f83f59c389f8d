#include "tablefiles.h"
#include "location.h"

#include "savefolder.h"
#include "store.h"
#include "tablefile.h"
#include "tableopener.h"
#include "transferflows.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace {

const QString TableSuffix = QStringLiteral("sqlite");

bool hasSuffix(const QString &path, const QStringList &suffixes)
{
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

TableFiles::TableFiles(Store &store, TableOpener *opener, TransferFlows *transfers, QWidget *window)
    : QObject(window), m_store(store), m_opener(opener), m_transfers(transfers), m_window(window)
{
}

bool TableFiles::isImportable(const QString &path)
{
    return hasSuffix(path, {QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("xlsx")});
}

bool TableFiles::newTable(const QString &suggestedName)
{
    const QString name =
        suggestedName.isEmpty() ? tr("new-table") + QLatin1Char('.') + TableSuffix : suggestedName;
    QString path = askNewTablePath(QDir(SaveFolder::start()).filePath(name));
    if (path.isEmpty())
        return false;
    if (!hasSuffix(path, {TableSuffix, QStringLiteral("db")}))
        path = SaveFolder::withSuffix(path, TableSuffix);
    path = QFileInfo(path).absoluteFilePath();
    if (m_store.isOpen() && m_store.location() == path) {
        emit errorOccurred(tr("%1 is the open table: choose another name for the new table.")
                               .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    if (!TableFile::createEmpty(path, &error) || !m_opener->open(path, &error)) {
        emit errorOccurred(error);
        return false;
    }
    SaveFolder::remember(path);
    return true;
}

QString TableFiles::askNewTablePath(const QString &suggested) const
{
    if (m_newTablePrompt)
        return m_newTablePrompt(suggested);
    // The dialog asks before replacing a file that exists.
    return QFileDialog::getSaveFileName(m_window, tr("New table"), suggested,
                                        tr("Tables (*.sqlite *.db)"));
}

void TableFiles::choose()
{
    const QString start = m_store.isOpen() && !Location::isServer(m_store.location())
                              ? QFileInfo(m_store.location()).absolutePath()
                              : SaveFolder::start();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open a table"), start,
        tr("Tables and files to import (*.sqlite *.db *.csv *.txt *.xlsx);;Tables (*.sqlite "
           "*.db);;Files to import (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void TableFiles::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a CSV table"), SaveFolder::start(),
                                     tr("CSV tables (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        offerImport(path);
}

void TableFiles::openFile(const QString &path)
{
    if (isImportable(path) && !Location::isServer(path)) {
        offerImport(path);
        return;
    }
    QString error;
    if (!m_opener->openExisting(path, &error))
        emit errorOccurred(error);
}

void TableFiles::offerImport(const QString &path)
{
    if (const QString missing = TableOpener::missingMessage(path); !missing.isEmpty()) {
        emit errorOccurred(missing);
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (hasSuffix(path, {QStringLiteral("xlsx")})) {
        emit errorOccurred(tr("%1 is an Excel workbook: the application imports CSV files. In the "
                              "spreadsheet, save it as CSV (File > Save as, \"CSV UTF-8\" or \"CSV "
                              "(separator: semicolon)\"), then open or import the CSV file.")
                               .arg(shown));
        return;
    }
    switch (askImportTarget(path)) {
    case ImportTarget::NewTable:
        if (newTable(QFileInfo(path).completeBaseName() + QLatin1Char('.') + TableSuffix))
            m_transfers->requestImport(path);
        break;
    case ImportTarget::OpenTable:
        m_transfers->requestImport(path);
        break;
    case ImportTarget::Cancel:
        break;
    }
}

TableFiles::ImportTarget TableFiles::askImportTarget(const QString &file) const
{
    const bool open = m_store.isOpen() && !m_store.rights().readOnly();
    if (m_importPrompt)
        return m_importPrompt(file, open);
    QMessageBox box(QMessageBox::Question, tr("Import %1").arg(QFileInfo(file).fileName()),
                    tr("%1 is a CSV file, not a table. Import its rows, with a preview first:")
                        .arg(QDir::toNativeSeparators(file)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("importTargetBox"));
    QPushButton *intoNew = box.addButton(tr("Into a &new table…"), QMessageBox::AcceptRole);
    intoNew->setObjectName(QStringLiteral("importIntoNewTableButton"));
    QPushButton *intoOpen = nullptr;
    if (open) {
        intoOpen = box.addButton(tr("Into the &open table"), QMessageBox::AcceptRole);
        intoOpen->setObjectName(QStringLiteral("importIntoOpenTableButton"));
    }
    box.setDefaultButton(intoNew);
    box.exec();
    if (box.clickedButton() == intoNew)
        return ImportTarget::NewTable;
    if (intoOpen && box.clickedButton() == intoOpen)
        return ImportTarget::OpenTable;
    return ImportTarget::Cancel;
}
