#include "dashboardlayout.h"

#include "core/storagefault.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

namespace {
const QStringList Types = DashboardTiles::types();

QString newTileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}
} // namespace

DashboardLayout *DashboardLayout::instance()
{
    static DashboardLayout *layout = new DashboardLayout(QStringLiteral("dashboard/tiles"), qApp);
    return layout;
}

DashboardLayout *DashboardLayout::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

DashboardLayout::DashboardLayout(const QString &settingsKey, QObject *parent)
    : QAbstractListModel(parent)
    , m_key(settingsKey)
{
    const QVariant stored = QSettings().value(m_key);
    if (!stored.isValid()) {
        m_tiles = defaults();
        return;
    }
    m_tiles = DashboardTiles::parse(stored.toString().toUtf8(), &m_loadProblem);
    if (m_tiles.isEmpty() && !m_loadProblem.isEmpty()) {
        // Nothing readable: the default dashboard rather than an empty page, saved only
        // when the user changes it (the damaged value stays until then).
        m_tiles = defaults();
        m_loadProblem = tr("The saved dashboard layout could not be read; the default dashboard is shown.");
    }
    if (!m_loadProblem.isEmpty())
        qCWarning(lcApp).noquote() << m_loadProblem;
}

QList<DashboardLayout::Tile> DashboardLayout::defaults()
{
    // The demo profiles feed every one of these; a subject left empty follows the first
    // symbol or topic that arrives.
    return {
        {newTileId(), QStringLiteral("health"), {}, true},
        {newTileId(), QStringLiteral("alerts"), {}, false},
        {newTileId(), QStringLiteral("price"), {}, false},
        {newTileId(), QStringLiteral("candles"), {}, true},
        {newTileId(), QStringLiteral("blocks"), {}, false},
        {newTileId(), QStringLiteral("tweets"), {}, false},
        {newTileId(), QStringLiteral("balance"), {}, false},
    };
}

int DashboardLayout::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant DashboardLayout::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Tile &t = m_tiles.at(index.row());
    switch (role) {
    case TileIdRole: return t.id;
    case TypeRole: return t.type;
    case SubjectRole: return t.subject;
    case WideRole: return t.wide;
    case Qt::DisplayRole:
    case TitleRole: return typeTitle(t.type);
    }
    return {};
}

QHash<int, QByteArray> DashboardLayout::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {TileIdRole, "tileId"}, {TypeRole, "type"}, {SubjectRole, "subject"}, {WideRole, "wide"}, {TitleRole, "title"},
    };
    return names;
}

QString DashboardLayout::typeTitle(const QString &type)
{
    if (type == QLatin1String("price"))
        return tr("Price");
    if (type == QLatin1String("candles"))
        return tr("Candles");
    if (type == QLatin1String("blocks"))
        return tr("Latest blocks");
    if (type == QLatin1String("tweets"))
        return tr("Tweets per minute");
    if (type == QLatin1String("balance"))
        return tr("Billing balance");
    if (type == QLatin1String("health"))
        return tr("Connection health");
    if (type == QLatin1String("alerts"))
        return tr("Recent alerts");
    return type;
}

QVariantList DashboardLayout::tileTypes() const
{
    const QHash<QString, QString> descriptions = {
        {QStringLiteral("price"), tr("Last price, change and a sparkline")},
        {QStringLiteral("candles"), tr("A mini candle chart")},
        {QStringLiteral("blocks"), tr("The newest blocks and the block rate")},
        {QStringLiteral("tweets"), tr("Tweets per minute over the last half hour")},
        {QStringLiteral("balance"), tr("Remaining balance and when it runs out")},
        {QStringLiteral("health"), tr("Every connection's state")},
        {QStringLiteral("alerts"), tr("The newest alerts")},
    };
    QVariantList out;
    for (const QString &type : Types)
        out << QVariantMap{{QStringLiteral("type"), type}, {QStringLiteral("title"), typeTitle(type)},
                           {QStringLiteral("description"), descriptions.value(type)}};
    return out;
}

int DashboardLayout::rowOf(const QString &tileId) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).id == tileId)
            return i;
    }
    return -1;
}

QString DashboardLayout::addTile(const QString &type, const QString &subject)
{
    if (!Types.contains(type) || m_tiles.size() >= DashboardTiles::MaxTiles)
        return {};
    const Tile t{newTileId(), type, subject.left(DashboardTiles::MaxSubjectLength), type == QLatin1String("candles") || type == QLatin1String("health")};
    const int row = int(m_tiles.size());
    beginInsertRows({}, row, row);
    m_tiles.append(t);
    endInsertRows();
    Q_EMIT countChanged();
    save();
    return t.id;
}

void DashboardLayout::removeTile(const QString &tileId)
{
    const int row = rowOf(tileId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_tiles.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    save();
}

void DashboardLayout::moveTile(const QString &tileId, int to)
{
    const int from = rowOf(tileId);
    to = std::clamp(to, 0, int(m_tiles.size()) - 1);
    if (from < 0 || from == to)
        return;
    // beginMoveRows wants the destination as the row before which the item lands.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_tiles.move(from, to);
    endMoveRows();
    save();
}

void DashboardLayout::setSubject(const QString &tileId, const QString &subject)
{
    const int row = rowOf(tileId);
    const QString shown = subject.left(DashboardTiles::MaxSubjectLength);
    if (row < 0 || m_tiles.at(row).subject == shown)
        return;
    m_tiles[row].subject = shown;
    Q_EMIT dataChanged(index(row), index(row), {SubjectRole});
    save();
}

void DashboardLayout::setWide(const QString &tileId, bool wide)
{
    const int row = rowOf(tileId);
    if (row < 0 || m_tiles.at(row).wide == wide)
        return;
    m_tiles[row].wide = wide;
    Q_EMIT dataChanged(index(row), index(row), {WideRole});
    save();
}

void DashboardLayout::resetToDefault()
{
    beginResetModel();
    m_tiles = defaults();
    endResetModel();
    Q_EMIT countChanged();
    save();
}

void DashboardLayout::save()
{
    const QString value = QString::fromUtf8(DashboardTiles::serialize(m_tiles));
    QSettings settings;
    settings.setValue(m_key, value);
    // Sync now so that a full disk or a read-only folder is noticed (and said) at the change
    // that could not be kept, not silently at exit; QSettings keeps the last good file.
    const QString problem = StorageFault::sync(settings, value.size());
    if (problem != m_saveProblem) {
        m_saveProblem = problem;
        Q_EMIT saveProblemChanged();
    }
}
