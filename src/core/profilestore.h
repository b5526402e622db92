#pragma once
// The profiles: stored in QSettings (never a key), listed for QML, exported as JSON.

#include "profile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QQmlEngine;
class QJSEngine;

/// All profiles, as a list model for QML and as typed values for C++. Saved atomically to
/// QSettings on every change. Demo profiles (against the in-process simulator) are never
/// saved.
class ProfileStore : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool demoMode READ demoMode NOTIFY demoModeChanged)
    /// The last load, save or import problem as a sentence; empty when the last one worked.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// Where the profiles are stored (the QSettings file).
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,        ///< Provider::toId()
        KindLabelRole,
        UrlRole,         ///< redacted display URL
        AuthRole,        ///< Auth::toId()
        AuthLabelRole,
        TierRole,
        SubscriptionsRole,
        DemoRole,
    };
    Q_ENUM(Roles)

    static ProfileStore *instance();
    static ProfileStore *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose (Qt 6.4 would bypass create()). Tests make
    /// their own with a settings group of their own.
    ProfileStore(const QString &settingsGroup, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Profile> profiles() const { return m_profiles; }
    QList<Profile> profilesOfKind(Provider::Kind kind) const;
    std::optional<Profile> profile(const QString &id) const;
    bool demoMode() const { return m_demoMode; }
    /// True when at least one profile of the user's own (not a demo) exists.
    bool hasUserProfiles() const;
    QString lastError() const { return m_lastError; }
    QString settingsFile() const;

    /// Adds or replaces (by id) a profile; saves unless it is a demo profile.
    void upsert(const Profile &profile);
    /// Announces a new or removed key for a profile as profileChanged(id), so that the
    /// workspaces reconnect with it (the key itself never passes through here).
    void notifyKeyChanged(const QString &id);
    /// Finds a profile by its name (case-insensitive), as the CLI's --profile does.
    std::optional<Profile> profileByName(const QString &name) const;
    /// Replaces the demo profiles (e.g. when the in-process simulator starts).
    void setDemoProfiles(const QList<Profile> &profiles);

    /// Loads from QSettings; returns false (and sets lastError) on a damaged store.
    bool load();

    // QML
    /// The profile's fields for the editor ({} when unknown); never a key.
    Q_INVOKABLE QVariantMap get(const QString &id) const;
    /// Fields for a new profile of the kind (documented URL, preferred auth).
    Q_INVOKABLE QVariantMap newProfile(const QString &kindId) const;
    /// Adds or edits; returns the profile id, or an empty string and emits error().
    Q_INVOKABLE QString save(const QVariantMap &fields);
    Q_INVOKABLE void remove(const QString &id);
    /// Profiles as JSON, without keys.
    Q_INVOKABLE QString exportJson() const;
    /// Imports profiles; returns how many were imported, emits error() on bad input.
    Q_INVOKABLE int importJson(const QString &json);
    Q_INVOKABLE bool exportToFile(const QUrl &file) const;
    Q_INVOKABLE int importFromFile(const QUrl &file);
    /// The provider kinds, auth methods per kind and default URLs, for the editor.
    Q_INVOKABLE QVariantList providerKinds() const;
    Q_INVOKABLE QVariantList authMethods(const QString &kindId) const;

Q_SIGNALS:
    void countChanged();
    void demoModeChanged();
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void error(const QString &message);
    void lastErrorChanged();

private:
    /// Writes every non-demo profile; returns false (and reports) when the file is not written.
    bool persist();
    void report(const QString &message);
    void clearError();
    int rowOf(const QString &id) const;
    void updateDemoMode();
    /// Parses an export; fills out or returns a sentence saying what is wrong.
    QString parseImport(const QByteArray &json, QList<Profile> &out) const;

    QString m_group;
    QString m_lastError;
    /// Stored entries that could not be read: written back unchanged, so that a damaged
    /// entry is not lost by the next save (the user can repair or remove it by hand).
    QList<QVariantMap> m_unreadable;

    QList<Profile> m_profiles;
    bool m_demoMode = false;
};
