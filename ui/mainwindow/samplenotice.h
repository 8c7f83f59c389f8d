#pragma once

#include <QObject>

class Banner;
class QPushButton;

// The band that says the open table is the bundled sample the application made on first
// start: "Sample table — import your table or create one", with Import… and New table….
// Shown whenever the sample is open, until the user closes the band, imports into the
// table or opens another table; then never again.
class SampleNotice : public QObject
{
    Q_OBJECT

public:
    explicit SampleNotice(Banner *banner, QObject *parent = nullptr);

    // The user's table was just made from the sample at location.
    void setFreshSample(const QString &location);
    // A table was opened: the band shows for the sample, and goes for good for another.
    void tableOpened(const QString &location);
    // The user made the table theirs (an import): the band goes for good.
    void finish();
    void retranslate();

signals:
    void importRequested();
    void newTableRequested();

private:
    Banner *m_banner;
    QPushButton *m_import;
    QPushButton *m_newTable;
};
