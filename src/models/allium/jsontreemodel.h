#pragma once
// A JSON value as a collapsible tree, flattened into a list for a ListView.

#include <QAbstractListModel>
#include <QJsonValue>
#include <QtQml/qqmlregistration.h>
#include <vector>

/// Shows the visible nodes of a JSON document in display order; toggle() expands or
/// collapses a node with one insert/remove of its rows. Children are built the first
/// time a node opens, and at most MaxChildren of them (a last row says how many more).
class JsonTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AlliumConsole")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,  ///< object key or "[i]"
        ValueTextRole,               ///< scalar text, or a summary ("{3 keys}", "[12 items]")
        TypeRole,                    ///< "object", "array", "string", "number", "bool", "null", "more"
        DepthRole,
        ExpandableRole,
        ExpandedRole,
    };
    Q_ENUM(Roles)

    static constexpr int MaxChildren = 2000;

    explicit JsonTreeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the document; the first levels open while the tree stays short.
    void setJson(const QJsonValue &value);
    QJsonValue json() const { return m_root; }

    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void expandAll();
    Q_INVOKABLE void collapseAll();
    /// The subtree at a row as indented JSON text (copy).
    Q_INVOKABLE QString textAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Node {
        QString key;
        QJsonValue value;
        int depth = 0;
        bool expanded = false;
        bool built = false;
        bool more = false;        ///< the "… N more" row
        int hidden = 0;           ///< for the "more" row
        std::vector<int> children;
    };
    void build(int node);
    void collectVisible(int node, QList<int> &out) const;
    int makeNode(const QString &key, const QJsonValue &value, int depth);

    QJsonValue m_root;
    std::vector<Node> m_nodes;
    QList<int> m_visible;
};
