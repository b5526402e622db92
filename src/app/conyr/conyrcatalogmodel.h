#pragma once
// The Conyr channel catalog as a list model for the Markets page's picker: each channel family
// with the tier it needs and whether the current profile's tier may use it (and why not).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Rows are the catalog's entries (Conyr::channelCatalog()), in its order. setTier() re-decides
/// availability and announces exactly the roles that depend on it.
class ConyrCatalogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The catalog model is owned by the Conyr workspace")
    Q_PROPERTY(int count READ rowCount CONSTANT)
    Q_PROPERTY(QString tier READ tier NOTIFY tierChanged)
    Q_PROPERTY(QString tierLabel READ tierLabel NOTIFY tierChanged)

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        GroupRole,           ///< "market", "wallet", "security", "coordination", "agent", "planned"
        GroupLabelRole,      ///< translated
        TitleRole,
        DescriptionRole,
        PatternRole,         ///< "token:{mint}:trades"
        SubjectRole,         ///< "token" or "wallet"
        CandlesRole,         ///< takes a view and a timeframe
        RequiredTierRole,    ///< translated tier label it needs, or "not documented"
        AllowedRole,
        ReasonRole,          ///< why not, when not allowed
        NoteRole,            ///< a remark when allowed
        FirstOfGroupRole,    ///< the first entry of its group (the picker's heading goes there)
    };
    Q_ENUM(Roles)

    explicit ConyrCatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString tier() const { return m_tier; }
    QString tierLabel() const;
    void setTier(const QString &tier);
    /// The row of an entry id, or -1.
    Q_INVOKABLE int rowOf(const QString &entryId) const;
    /// All roles of a row as a map (for the picker's detail line), empty when out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void tierChanged();

private:
    QString m_tier = QStringLiteral("layer1");
};
