#include "jsontreemodel.h"
#include "core/jsonnumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Node &n = m_nodes[size_t(m_visible.at(index.row()))];
    const QJsonValue &v = n.value;
    switch (role) {
    case KeyRole: return n.key;
    case ValueTextRole:
        if (n.more)
            return tr("… %n more", nullptr, n.hidden);
        switch (v.type()) {
        case QJsonValue::Object: return tr("{%n key(s)}", nullptr, int(v.toObject().size()));
        case QJsonValue::Array: return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
        case QJsonValue::String: return QString(QLatin1Char('"') + v.toString().left(2000) + QLatin1Char('"'));
        case QJsonValue::Double: {
            return JsonNumbers::numberText(v.toDouble());
        }
        case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default: return QStringLiteral("null");
        }
    case TypeRole:
        if (n.more)
            return QStringLiteral("more");
        switch (v.type()) {
        case QJsonValue::Object: return QStringLiteral("object");
        case QJsonValue::Array: return QStringLiteral("array");
        case QJsonValue::String: return QStringLiteral("string");
        case QJsonValue::Double: return QStringLiteral("number");
        case QJsonValue::Bool: return QStringLiteral("bool");
        default: return QStringLiteral("null");
        }
    case DepthRole: return n.depth;
    case ExpandableRole:
        return !n.more && ((v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty()));
    case ExpandedRole: return n.expanded;
    case Qt::DisplayRole: return n.key;
    default: return {};
    }
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {KeyRole, "key"},     {ValueTextRole, "valueText"}, {TypeRole, "type"},
        {DepthRole, "depth"}, {ExpandableRole, "expandable"}, {ExpandedRole, "expanded"},
    };
    return names;
}

int JsonTreeModel::makeNode(const QString &key, const QJsonValue &value, int depth)
{
    Node n;
    n.key = key;
    n.value = value;
    n.depth = depth;
    m_nodes.push_back(std::move(n));
    return int(m_nodes.size()) - 1;
}

void JsonTreeModel::build(int index)
{
    if (m_nodes[size_t(index)].built)
        return;
    m_nodes[size_t(index)].built = true;
    const QJsonValue value = m_nodes[size_t(index)].value;
    const int depth = m_nodes[size_t(index)].depth + 1;
    std::vector<int> children;
    int total = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        total = int(o.size());
        for (auto it = o.begin(); it != o.end() && int(children.size()) < MaxChildren; ++it)
            children.push_back(makeNode(it.key(), it.value(), depth));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        total = int(a.size());
        for (int i = 0; i < a.size() && i < MaxChildren; ++i)
            children.push_back(makeNode(QStringLiteral("[%1]").arg(i), a.at(i), depth));
    }
    if (total > int(children.size())) {
        const int more = makeNode(QString(), QJsonValue(), depth);
        m_nodes[size_t(more)].more = true;
        m_nodes[size_t(more)].hidden = total - int(children.size());
        children.push_back(more);
    }
    m_nodes[size_t(index)].children = std::move(children);
}

void JsonTreeModel::collectVisible(int index, QList<int> &out) const
{
    const Node &n = m_nodes[size_t(index)];
    if (!n.expanded)
        return;
    for (int child : n.children) {
        out.append(child);
        collectVisible(child, out);
    }
}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = value;
    m_nodes.clear();
    m_visible.clear();
    const int root = makeNode(QString(), value, -1);
    if (value.isObject() || value.isArray()) {
        build(root);
        m_nodes[size_t(root)].expanded = true;
        // Open the first levels while the tree stays short enough to read.
        for (int level = 0; level < 3; ++level) {
            QList<int> visible;
            collectVisible(root, visible);
            int rows = int(visible.size());
            for (int i : std::as_const(visible)) {
                Node &n = m_nodes[size_t(i)];
                if (n.depth != level || n.more || !(n.value.isObject() || n.value.isArray()))
                    continue;
                build(i);
                if (rows + int(m_nodes[size_t(i)].children.size()) > 60)
                    continue;
                m_nodes[size_t(i)].expanded = true;
                rows += int(m_nodes[size_t(i)].children.size());
            }
        }
        collectVisible(root, m_visible);
    } else {
        m_nodes[size_t(root)].depth = 0;
        m_visible.append(root);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void JsonTreeModel::toggle(int row)
{
    if (row < 0 || row >= m_visible.size())
        return;
    const int index = m_visible.at(row);
    Node &n = m_nodes[size_t(index)];
    if (n.more || !(n.value.isObject() || n.value.isArray()))
        return;
    if (n.expanded) {
        int last = row;
        while (last + 1 < m_visible.size() && m_nodes[size_t(m_visible.at(last + 1))].depth > n.depth)
            ++last;
        n.expanded = false;
        if (last > row) {
            beginRemoveRows({}, row + 1, last);
            m_visible.remove(row + 1, last - row);
            endRemoveRows();
        }
    } else {
        build(index);
        Node &node = m_nodes[size_t(index)];
        node.expanded = true;
        QList<int> rows;
        collectVisible(index, rows);
        if (!rows.isEmpty()) {
            beginInsertRows({}, row + 1, row + int(rows.size()));
            for (int i = 0; i < rows.size(); ++i)
                m_visible.insert(row + 1 + i, rows.at(i));
            endInsertRows();
        }
    }
    const QModelIndex i = this->index(row);
    Q_EMIT dataChanged(i, i, {ExpandedRole});
    Q_EMIT countChanged();
}

void JsonTreeModel::expandAll()
{
    beginResetModel();
    // Breadth over the built tree; capped so a huge document cannot freeze the UI.
    int opened = 0;
    for (size_t i = 0; i < m_nodes.size() && opened < 20000; ++i) {
        if (m_nodes[i].more || !(m_nodes[i].value.isObject() || m_nodes[i].value.isArray()))
            continue;
        build(int(i));
        m_nodes[i].expanded = true;
        ++opened;
    }
    m_visible.clear();
    if (!m_nodes.empty() && m_nodes[0].depth < 0)
        collectVisible(0, m_visible);
    else if (!m_nodes.empty())
        m_visible.append(0);
    endResetModel();
    Q_EMIT countChanged();
}

void JsonTreeModel::collapseAll()
{
    beginResetModel();
    for (size_t i = 1; i < m_nodes.size(); ++i)
        m_nodes[i].expanded = false;
    m_visible.clear();
    if (!m_nodes.empty() && m_nodes[0].depth < 0)
        collectVisible(0, m_visible);
    else if (!m_nodes.empty())
        m_visible.append(0);
    endResetModel();
    Q_EMIT countChanged();
}

QString JsonTreeModel::textAt(int row) const
{
    if (row < 0 || row >= m_visible.size())
        return {};
    const QJsonValue &v = m_nodes[size_t(m_visible.at(row))].value;
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return data(index(row), ValueTextRole).toString();
}
