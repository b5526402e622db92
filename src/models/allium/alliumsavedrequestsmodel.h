#pragma once
// Saved API requests of one profile, kept in QSettings (method, path, body — never a key).

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

class AlliumSavedRequestsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AlliumConsole")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString profileId READ profileId NOTIFY profileIdChanged)

public:
    enum Roles { NameRole = Qt::UserRole + 1, MethodRole, PathRole, BodyRole };
    Q_ENUM(Roles)

    struct Saved {
        QString name;
        QString method;
        QString path;
        QString body;   ///< JSON text as the user wrote it
    };

    /// settingsGroup lets tests use their own QSettings group.
    explicit AlliumSavedRequestsModel(QObject *parent = nullptr,
                                      const QString &settingsGroup = QStringLiteral("allium/savedRequests"));

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString profileId() const { return m_profileId; }
    /// Shows (and from now on edits) the saved requests of a profile.
    void setProfileId(const QString &profileId);

    /// Adds, or replaces the one with the same name. Returns its row.
    Q_INVOKABLE int save(const QString &name, const QString &method, const QString &path, const QString &body);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();
    void profileIdChanged();

private:
    void load();
    void persist() const;

    QString m_group;
    QString m_profileId;
    QList<Saved> m_items;
};
