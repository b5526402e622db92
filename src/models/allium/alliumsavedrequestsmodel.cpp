#include "alliumsavedrequestsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

AlliumSavedRequestsModel::AlliumSavedRequestsModel(QObject *parent, const QString &settingsGroup)
    : QAbstractListModel(parent)
    , m_group(settingsGroup)
{
}

int AlliumSavedRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AlliumSavedRequestsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Saved &s = m_items.at(index.row());
    switch (role) {
    case NameRole:
    case Qt::DisplayRole: return s.name;
    case MethodRole: return s.method;
    case PathRole: return s.path;
    case BodyRole: return s.body;
    default: return {};
    }
}

QHash<int, QByteArray> AlliumSavedRequestsModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {NameRole, "name"}, {MethodRole, "method"}, {PathRole, "path"}, {BodyRole, "body"}};
    return names;
}

void AlliumSavedRequestsModel::setProfileId(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    load();
    Q_EMIT profileIdChanged();
}

void AlliumSavedRequestsModel::load()
{
    beginResetModel();
    m_items.clear();
    if (!m_profileId.isEmpty()) {
        QSettings settings;
        const QByteArray json = settings.value(m_group + QLatin1Char('/') + m_profileId).toByteArray();
        // A damaged entry loads as empty rather than failing the page.
        for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            Saved s{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("method")).toString(),
                    o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("body")).toString()};
            if (!s.name.isEmpty() && !s.path.isEmpty())
                m_items.append(s);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void AlliumSavedRequestsModel::persist() const
{
    if (m_profileId.isEmpty())
        return;
    QJsonArray array;
    for (const Saved &s : m_items)
        array.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("method"), s.method},
                                 {QStringLiteral("path"), s.path}, {QStringLiteral("body"), s.body}});
    QSettings settings;
    settings.setValue(m_group + QLatin1Char('/') + m_profileId, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

int AlliumSavedRequestsModel::save(const QString &name, const QString &method, const QString &path, const QString &body)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || path.trimmed().isEmpty())
        return -1;
    const Saved s{trimmed, method, path.trimmed(), body};
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).name == trimmed) {
            m_items[row] = s;
            Q_EMIT dataChanged(index(row), index(row), {MethodRole, PathRole, BodyRole});
            persist();
            return row;
        }
    }
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(s);
    endInsertRows();
    persist();
    Q_EMIT countChanged();
    return row;
}

void AlliumSavedRequestsModel::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    persist();
    Q_EMIT countChanged();
}

QVariantMap AlliumSavedRequestsModel::get(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const Saved &s = m_items.at(row);
    return {{QStringLiteral("name"), s.name}, {QStringLiteral("method"), s.method},
            {QStringLiteral("path"), s.path}, {QStringLiteral("body"), s.body}};
}
