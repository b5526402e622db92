#pragma once
// Every frame a connection sends and receives, newest last, for the frame inspector:
// time, direction, size and the text. Capped by count and by bytes; frames arrive in
// batches (one insert per batch); pausing stops capture and counts what was missed.
// Every registered secret (Secrets) is masked in each frame as it arrives, and again in
// what is copied.

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "core/connection.h"

class FrameInspectorModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The connection to inspect, by name (as listed in ConnectionRegistry).
    Q_PROPERTY(QString connectionName READ connectionName WRITE setConnectionName NOTIFY connectionChanged)
    Q_PROPERTY(Connection *connection READ connection WRITE setConnection NOTIFY connectionChanged)
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int cap READ cap WRITE setCap NOTIFY capChanged)
    Q_PROPERTY(qint64 missed READ missed NOTIFY countChanged)
    Q_PROPERTY(qint64 trimmed READ trimmed NOTIFY countChanged)

public:
    enum Roles {
        TimestampRole = Qt::UserRole + 1, ///< Unix ms
        TimeRole,          ///< HH:mm:ss.zzz
        DirectionRole,     ///< "in" or "out"
        SizeRole,          ///< bytes of the whole frame
        TextRole,          ///< the frame (truncated beyond MaxStoredBytes)
        PreviewRole,       ///< one line, at most 300 characters
        ControlRole,       ///< a WebSocket ping/pong
        TruncatedRole,
    };
    Q_ENUM(Roles)

    static constexpr int MaxStoredBytes = 64 * 1024;   ///< per frame
    static constexpr qint64 MaxTotalBytes = 32 * 1024 * 1024;

    explicit FrameInspectorModel(QObject *parent = nullptr);
    ~FrameInspectorModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString connectionName() const;
    void setConnectionName(const QString &name);
    Connection *connection() const { return m_connection; }
    void setConnection(Connection *connection);
    bool paused() const { return m_paused; }
    void setPaused(bool paused);
    int cap() const { return m_cap; }
    void setCap(int cap);
    qint64 missed() const { return m_missed; }
    qint64 trimmed() const { return m_trimmed; }

    /// Adds a frame as if observed (the connection's tap calls this; tests too).
    void addFrame(Connection::Direction direction, const QByteArray &payload, qint64 timestampMs, bool control);
    /// Delivers pending frames now (normally every 100 ms).
    void flush();

    Q_INVOKABLE void clear();
    Q_INVOKABLE QString textAt(int row) const;
    /// Copies one frame's text to the clipboard.
    Q_INVOKABLE void copyRow(int row) const;

Q_SIGNALS:
    void connectionChanged();
    void pausedChanged();
    void countChanged();
    void capChanged();

private:
    struct Frame {
        qint64 timestampMs;
        QByteArray text;
        int size;
        bool incoming;
        bool control;
        bool truncated;
    };
    void trim();

    QPointer<Connection> m_connection;
    QList<Frame> m_frames;
    QList<Frame> m_pending;
    QTimer m_flush;
    qint64 m_bytes = 0;
    qint64 m_missed = 0;
    qint64 m_trimmed = 0;
    int m_cap = 5000;
    bool m_paused = false;
};
