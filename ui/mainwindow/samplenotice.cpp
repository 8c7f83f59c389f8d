#include "samplenotice.h"

#include "banner.h"

#include <QPushButton>
#include <QSettings>

namespace {

// The sample table's location while the band is to be shown; removed once it is done.
const QString SampleKey = QStringLiteral("sampleNotice/table");

} // namespace

SampleNotice::SampleNotice(Banner *banner, QObject *parent)
    : QObject(parent), m_banner(banner),
      m_import(banner->addButton(QStringLiteral("sampleImportButton"))),
      m_newTable(banner->addButton(QStringLiteral("sampleNewTableButton")))
{
    m_banner->setObjectName(QStringLiteral("sampleBanner"));
    m_banner->hide();
    connect(m_import, &QPushButton::clicked, this, &SampleNotice::importRequested);
    connect(m_newTable, &QPushButton::clicked, this, &SampleNotice::newTableRequested);
    connect(m_banner, &Banner::dismissed, this, &SampleNotice::finish);
    retranslate();
}

void SampleNotice::setFreshSample(const QString &location)
{
    QSettings().setValue(SampleKey, location);
}

void SampleNotice::tableOpened(const QString &location)
{
    const QString sample = QSettings().value(SampleKey).toString();
    if (sample.isEmpty())
        return;
    if (location == sample)
        m_banner->show();
    else
        finish(); // the user works on their own table now
}

void SampleNotice::finish()
{
    QSettings().remove(SampleKey);
    m_banner->hide();
}

void SampleNotice::retranslate()
{
    m_banner->setText(tr("Sample table — import your table or create one"));
    m_banner->setDismissible(tr("Close: do not show again"));
    m_import->setText(tr("&Import…"));
    m_newTable->setText(tr("&New table…"));
}
