#pragma once

#include <QWidget>

#include <optional>

class QLabel;
struct Progress;

// The key figures of a selection in a row of tiles: total announced, opened, on-time
// rate and overdue, for the dashboard (scale 1) and the presentation's first slide.
class KeyFigures : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigures(QWidget *parent = nullptr, qreal scale = 1.0);

    void setProgress(const Progress &progress);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tile
    {
        QLabel *value;
        QLabel *caption;
    };
    Tile addTile(const QString &name, const QColor &accent);
    void retranslate();

    qreal m_scale;
    Tile m_total;
    Tile m_opened;
    Tile m_onTime;
    Tile m_overdue;
    std::optional<double> m_rate;
    int m_dated = 0;
};
