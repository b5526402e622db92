#pragma once
// The dashboard's tiles: which tiles, in which order, with which settings; persisted in
// the settings. A first run gets a default dashboard over the demo profiles' feeds.

#include "dashboardtiles.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class DashboardLayout : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Why the last change could not be saved (disk full, read-only folder …); empty once a
    /// save works again. The tiles on screen keep the change meanwhile.
    Q_PROPERTY(QString saveProblem READ saveProblem NOTIFY saveProblemChanged)
    /// What of the saved layout could not be read at start (tiles left out, or the whole
    /// layout and so the default one shown); empty when all of it was read.
    Q_PROPERTY(QString loadProblem READ loadProblem CONSTANT)

public:
    enum Roles {
        TileIdRole = Qt::UserRole + 1,
        TypeRole,       ///< price, candles, blocks, tweets, balance, health, alerts
        SubjectRole,    ///< symbol / topic the tile follows; empty = the first one seen
        WideRole,       ///< takes two columns
        TitleRole,      ///< translated default title of the type
    };
    Q_ENUM(Roles)

    static DashboardLayout *instance();
    static DashboardLayout *create(QQmlEngine *, QJSEngine *);
    /// settingsKey: where the layout is stored (tests use their own).
    DashboardLayout(const QString &settingsKey, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// [{type, title, description}] for the "Add tile" menu.
    Q_INVOKABLE QVariantList tileTypes() const;
    /// Adds a tile at the end; returns its id (empty for an unknown type).
    Q_INVOKABLE QString addTile(const QString &type, const QString &subject = {});
    Q_INVOKABLE void removeTile(const QString &tileId);
    /// Moves a tile to position `to` (clamped).
    Q_INVOKABLE void moveTile(const QString &tileId, int to);
    Q_INVOKABLE void setSubject(const QString &tileId, const QString &subject);
    Q_INVOKABLE void setWide(const QString &tileId, bool wide);
    /// Back to the default dashboard.
    Q_INVOKABLE void resetToDefault();

    static QString typeTitle(const QString &type);
    QString saveProblem() const { return m_saveProblem; }
    QString loadProblem() const { return m_loadProblem; }

Q_SIGNALS:
    void countChanged();
    void saveProblemChanged();

private:
    using Tile = DashboardTile;
    int rowOf(const QString &tileId) const;
    void save();
    static QList<Tile> defaults();

    QString m_key;
    QList<Tile> m_tiles;
    QString m_saveProblem;
    QString m_loadProblem;
};
