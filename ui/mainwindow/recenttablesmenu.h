#pragma once

#include <QMenu>

// File > Recent tables: the last tables opened (at most eight), kept in the
// settings, most recent first.
class RecentTablesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 8;

    explicit RecentTablesMenu(QWidget *parent = nullptr);

    // Puts location first in the list.
    void add(const QString &location);
    void remove(const QString &location);
    QStringList locations() const;

signals:
    void openRequested(const QString &location);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void save(const QStringList &locations);
};
