#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTemporaryFile>

// The file written beside the target (".NAME.XXXXXX.part"), then renamed over it
// in one step: same volume, so the rename is cheap, the target is never half
// written, and a failure at any point leaves the old file as it was (it is never
// removed first). Opening removes the part files a killed export to the same
// target left behind. Also owns the scratch folder of libxlsxwriter's temporary
// files.
class StagedFile
{
public:
    explicit StagedFile(const QString &path);
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    bool open(QString *error);

    QString partPath() const { return m_part.fileName(); }
    QString scratchPath() const { return m_scratch.path(); }

    // Renames the part file over the target; false (with *error) leaves the target as it was.
    bool replaceTarget(QString *error);

    // The name of the part file of a target named fileName.
    static QString partPattern(const QString &fileName);

private:
    void removeLeftovers() const;

    const QString m_path;
    const QString m_shownPath;
    QTemporaryFile m_part;
    QTemporaryDir m_scratch;
};
