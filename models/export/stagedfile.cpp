#include "stagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cstdio>
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// The length of the XXXXXX part of a QTemporaryFile name.
constexpr int uniqueLength = 6;

// The file written: the file a symbolic link points to, like QSaveFile, so the
// link stays a link.
QString writtenPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath();
        if (!target.isEmpty())
            return target;
    }
    return info.absoluteFilePath();
}

// Moves from over to, replacing to in one step: there is no moment without a
// file at to, and a failure leaves to as it was.
bool renameOver(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

StagedFile::StagedFile(const QString &path)
    : m_path(writtenPath(path)), m_shownPath(QDir::toNativeSeparators(path)),
      m_part(QFileInfo(m_path).absoluteDir().filePath(partPattern(QFileInfo(m_path).fileName())))
{
}

QString StagedFile::partPattern(const QString &fileName)
{
    return QStringLiteral(".%1.XXXXXX.part").arg(fileName);
}

void StagedFile::removeLeftovers() const
{
    const QFileInfo target(m_path);
    const QString prefix = QStringLiteral(".%1.").arg(target.fileName());
    const QString suffix = QStringLiteral(".part");
    QDir dir = target.absoluteDir();
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.size() != prefix.size() + uniqueLength + suffix.size() ||
            !name.startsWith(prefix) || !name.endsWith(suffix))
            continue;
        bool unique = true;
        for (int i = prefix.size(); i < prefix.size() + uniqueLength; ++i)
            unique = unique && name.at(i).isLetterOrNumber() && name.at(i).unicode() < 0x80;
        if (unique)
            dir.remove(name);
    }
}

bool StagedFile::open(QString *error)
{
    // A killed export leaves its part file behind; the next one to the same
    // file removes it.
    removeLeftovers();
    if (!m_part.open()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(m_shownPath, m_part.errorString());
        return false;
    }
    m_part.close();
    if (!m_scratch.isValid()) {
        if (error)
            *error = Text::tr("Cannot create a temporary folder: %1").arg(m_scratch.errorString());
        return false;
    }
    return true;
}

bool StagedFile::replaceTarget(QString *error)
{
    // Keep the permissions of the file replaced; a new file gets the usual
    // rw-r--r-- rather than the temporary file's owner-only ones.
    const QFileDevice::Permissions permissions =
        QFile::exists(m_path)
            ? QFile::permissions(m_path)
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                  QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QString part = m_part.fileName();
    QFile::setPermissions(part, permissions);
    if (!renameOver(part, m_path)) {
        if (error)
            *error = Text::tr("Cannot replace %1.").arg(m_shownPath);
        return false;
    }
    m_part.setAutoRemove(false);
    return true;
}
