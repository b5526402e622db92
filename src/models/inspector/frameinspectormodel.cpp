#include "frameinspectormodel.h"

#include "frametap.h"

#include "core/connectionregistry.h"
#include "core/secrets.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>

namespace {
constexpr int FlushMs = 100;
constexpr int PreviewChars = 300;
} // namespace

FrameInspectorModel::FrameInspectorModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flush.setInterval(FlushMs);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &FrameInspectorModel::flush);
}

FrameInspectorModel::~FrameInspectorModel()
{
    if (m_connection)
        FrameTap::release(m_connection);
}

int FrameInspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frames.size());
}

QVariant FrameInspectorModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Frame &f = m_frames.at(index.row());
    switch (role) {
    case TimestampRole: return double(f.timestampMs);
    case TimeRole: return QDateTime::fromMSecsSinceEpoch(f.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case DirectionRole: return f.incoming ? QStringLiteral("in") : QStringLiteral("out");
    case SizeRole: return f.size;
    case Qt::DisplayRole:
    case TextRole: return QString::fromUtf8(f.text);
    case PreviewRole: {
        QString preview = QString::fromUtf8(f.text.left(PreviewChars * 4)).left(PreviewChars);
        preview.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        return preview;
    }
    case ControlRole: return f.control;
    case TruncatedRole: return f.truncated;
    }
    return {};
}

QHash<int, QByteArray> FrameInspectorModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {TimestampRole, "timestamp"}, {TimeRole, "time"}, {DirectionRole, "direction"}, {SizeRole, "size"},
        {TextRole, "text"}, {PreviewRole, "preview"}, {ControlRole, "control"}, {TruncatedRole, "truncated"},
    };
    return names;
}

QString FrameInspectorModel::connectionName() const
{
    return m_connection ? m_connection->name() : QString();
}

void FrameInspectorModel::setConnectionName(const QString &name)
{
    for (Connection *c : ConnectionRegistry::instance()->connections()) {
        if (c->name() == name) {
            setConnection(c);
            return;
        }
    }
    setConnection(nullptr);
}

void FrameInspectorModel::setConnection(Connection *connection)
{
    if (connection == m_connection)
        return;
    if (m_connection) {
        m_connection->disconnect(this);
        FrameTap::release(m_connection);
    }
    m_connection = connection;
    clear();
    if (m_connection) {
        FrameTap::acquire(m_connection);
        connect(m_connection, &Connection::frameObserved, this, &FrameInspectorModel::addFrame);
    }
    Q_EMIT connectionChanged();
}

void FrameInspectorModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    // Frames that arrived before the pause are shown now, so the paused view is exactly
    // what had arrived when the user paused (and does not grow afterwards).
    if (paused) {
        m_flush.stop();
        flush();
    }
    m_paused = paused;
    Q_EMIT pausedChanged();
}

void FrameInspectorModel::setCap(int cap)
{
    cap = std::max(1, cap);
    if (cap == m_cap)
        return;
    m_cap = cap;
    trim();
    Q_EMIT capChanged();
}

void FrameInspectorModel::addFrame(Connection::Direction direction, const QByteArray &payload, qint64 timestampMs,
                                   bool control)
{
    if (m_paused) {
        ++m_missed;
        return;
    }
    // Masked as it enters the inspector, which exists to show it: while the connection still
    // holds its key (a frame flushed after the connection went or changed its key would
    // otherwise miss it), and before truncation (a cut must not leave half a key).
    const QByteArray shown = Secrets::mask(payload);
    const bool truncated = shown.size() > MaxStoredBytes;
    m_pending.append({timestampMs, truncated ? shown.left(MaxStoredBytes) : shown, int(payload.size()),
                      direction == Connection::Direction::Incoming, control, truncated});
    // A flood must not grow the pending list without bound between two flushes.
    if (m_pending.size() > m_cap) {
        m_trimmed += m_pending.size() - m_cap;
        m_pending.remove(0, m_pending.size() - m_cap);
    }
    if (!m_flush.isActive())
        m_flush.start();
}

void FrameInspectorModel::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Frame> batch = std::exchange(m_pending, {});
    const int first = int(m_frames.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (const Frame &f : batch) {
        m_frames.append(f);
        m_bytes += f.text.size();
    }
    endInsertRows();
    trim();
    Q_EMIT countChanged();
}

void FrameInspectorModel::trim()
{
    int drop = 0;
    qint64 bytes = m_bytes;
    while (m_frames.size() - drop > m_cap || (bytes > MaxTotalBytes && drop < m_frames.size() - 1))
        bytes -= m_frames.at(drop++).text.size();
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_frames.remove(0, drop);
    m_bytes = bytes;
    endRemoveRows();
    m_trimmed += drop;
    Q_EMIT countChanged();
}

void FrameInspectorModel::clear()
{
    m_pending.clear();
    beginResetModel();
    m_frames.clear();
    m_bytes = 0;
    endResetModel();
    m_missed = 0;
    m_trimmed = 0;
    Q_EMIT countChanged();
}

QString FrameInspectorModel::textAt(int row) const
{
    if (row < 0 || row >= m_frames.size())
        return {};
    return QString::fromUtf8(m_frames.at(row).text);
}

void FrameInspectorModel::copyRow(int row) const
{
    // Masked again: a secret registered after the frame arrived stays off the clipboard too.
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(Secrets::mask(textAt(row)));
}
