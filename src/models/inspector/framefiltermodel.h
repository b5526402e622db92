#pragma once
// The frame inspector's view: filter by direction and text, hide pings and pongs (WebSocket
// control frames and the protocols' own heartbeats), copy what is shown.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class FrameFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString direction READ direction WRITE setDirection NOTIFY filterChanged) ///< "all", "in", "out"
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(bool hidePingPong READ hidePingPong WRITE setHidePingPong NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit FrameFilterModel(QObject *parent = nullptr);

    QString direction() const { return m_direction; }
    void setDirection(const QString &direction);
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool hidePingPong() const { return m_hidePingPong; }
    void setHidePingPong(bool hide);

    /// True for a heartbeat frame: a WebSocket ping/pong, Engine.IO "2"/"3", or a JSON
    /// message whose op/type/event/action is ping or pong.
    static bool isHeartbeat(const QString &text, bool control);

    /// The text of every visible frame, one per line, to the clipboard; returns how many.
    Q_INVOKABLE int copyVisible() const;
    Q_INVOKABLE QString visibleText() const;
    /// The source row of a visible row (for copying one frame).
    Q_INVOKABLE int sourceRow(int row) const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_direction = QStringLiteral("all");
    QString m_text;
    bool m_hidePingPong = true;
};
