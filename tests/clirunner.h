#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the built executable (SUIVI_EXE) the way a user's shell would, with its own
// home folder so that the user's saved settings (language, last table) stay out of
// the way. Shared by the command-line tests.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed or timed out
        QString out;
        QString err;
    };

    bool isValid() const { return m_home.isValid(); }
    static QString executable();

    // Runs the program with arguments; the variables of unset are removed from its
    // environment (e.g. DISPLAY, to run as on a server).
    Result run(const QStringList &arguments, const QStringList &unset = {}) const;
    // Exit status and both outputs, for a failure message.
    static QByteArray describe(const Result &r);

private:
    QTemporaryDir m_home;
};
