#include "messages.h"

#include <QCoreApplication>

namespace {

struct MessagesText
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
};

} // namespace

QString withSubject(const QString &subject, const QString &message)
{
    return MessagesText::tr("%1: %2", "subject: message").arg(subject, message);
}
