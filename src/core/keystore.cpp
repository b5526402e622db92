#include "keystore.h"

#include "logging.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>
#ifdef TIDEWATCH_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLibrary>
#endif

namespace {

// A key that is never written: reading it tells whether a keychain service answers at all.
const QString ProbeEntry = QStringLiteral("tidewatch-availability-probe");

} // namespace

struct KeyStore::Private {
    QString service;
    QString fallbackFile;
    bool ready = false;
    bool plaintextFallback = false;
    QString lastError;

    // The plaintext fallback file: {"version":1,"keys":{profileId:key}}.
    bool readFallback(QJsonObject &keys, QString *error) const;
    bool writeFallback(const QJsonObject &keys, QString *error) const;
};

bool KeyStore::Private::readFallback(QJsonObject &keys, QString *error) const
{
    QFile file(fallbackFile);
    if (!file.exists()) {
        keys = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The plaintext key file %1 could not be read: %2").arg(fallbackFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The plaintext key file %1 is damaged.").arg(fallbackFile);
        return false;
    }
    keys = doc.object().value(QStringLiteral("keys")).toObject();
    return true;
}

bool KeyStore::Private::writeFallback(const QJsonObject &keys, QString *error) const
{
    QDir().mkpath(QFileInfo(fallbackFile).absolutePath());
    QFile::setPermissions(QFileInfo(fallbackFile).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(fallbackFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The plaintext key file %1 could not be written: %2").arg(fallbackFile, file.errorString());
        return false;
    }
    // Restrict the temporary file before a single key byte is written into it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = tr("The plaintext key file %1 could not be made private to you.").arg(fallbackFile);
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("keys"), keys);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("The plaintext key file %1 could not be written: %2").arg(fallbackFile, file.errorString());
        return false;
    }
    return true;
}

KeyStore *KeyStore::instance()
{
    static KeyStore *store = new KeyStore(QStringLiteral("Tidewatch"), qApp);
    return store;
}

KeyStore *KeyStore::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->service = service;
    d->fallbackFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QLatin1Char('/') + service.toLower() + QStringLiteral("-keys.json");
    // Probe the keychain once so the UI can tell "no keychain service" before the first save.
    QTimer::singleShot(0, this, [this] {
        auto *job = new QKeychain::ReadPasswordJob(d->service);
        job->setAutoDelete(true);
        job->setKey(ProbeEntry);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            const Error error = errorFromKeychain(job->error(), job->errorString());
            if (error != Error::None && error != Error::NotFound) {
                setLastError(messageFor(error, job->errorString()));
                qCWarning(lcKeyStore).noquote() << "keychain unavailable:" << job->errorString();
            }
            d->ready = true;
            Q_EMIT readyChanged();
        });
        job->start();
    });
}

KeyStore::~KeyStore() = default;

bool KeyStore::isReady() const
{
    return d->ready;
}

bool KeyStore::plaintextFallback() const
{
    return d->plaintextFallback;
}

void KeyStore::setPlaintextFallback(bool on)
{
    if (d->plaintextFallback == on)
        return;
    d->plaintextFallback = on;
    Q_EMIT plaintextFallbackChanged();
    if (on || !QFile::exists(d->fallbackFile))
        return;
    // Turned off: move what the file holds into the keychain; what cannot move stays (and
    // the user is told), so that turning the switch off never loses a key.
    QJsonObject keys;
    QString error;
    if (!d->readFallback(keys, &error)) {
        setLastError(error);
        return;
    }
    if (keys.isEmpty()) {
        QFile::remove(d->fallbackFile);
        return;
    }
    auto remaining = std::make_shared<int>(int(keys.size()));
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QString id = it.key();
        runJob(Op::Write, id, it.value().toString(), [this, id, remaining](const Result &result) {
            QJsonObject current;
            QString err;
            if (result.ok() && d->readFallback(current, &err)) {
                current.remove(id);
                if (current.isEmpty())
                    QFile::remove(d->fallbackFile);
                else
                    d->writeFallback(current, &err);
            }
            if (--*remaining == 0 && QFile::exists(d->fallbackFile)) {
                setLastError(tr("Some keys could not be moved into the keychain and are still in %1. %2")
                                 .arg(d->fallbackFile, result.message));
            }
        });
    }
}

QString KeyStore::lastError() const
{
    return d->lastError;
}

QString KeyStore::fallbackFile() const
{
    return d->fallbackFile;
}

void KeyStore::setFallbackFile(const QString &path)
{
    d->fallbackFile = path;
}

void KeyStore::setLastError(const QString &message)
{
    if (d->lastError == message)
        return;
    d->lastError = message;
    Q_EMIT lastErrorChanged();
}

KeyStore::Error KeyStore::errorFromKeychain(int keychainError, const QString &detail)
{
    if (keychainError == QKeychain::OtherError) {
        // GLib/GDBus phrasings for "there is no bus" and "nobody provides the Secret Service".
        static const QStringList noService = {
            QStringLiteral("Cannot autolaunch D-Bus"), QStringLiteral("Could not connect"),
            QStringLiteral("ServiceUnknown"), QStringLiteral("name org.freedesktop.secrets"),
            QStringLiteral("not provided by any .service files"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("Unable to autolaunch"),
        };
        for (const QString &phrase : noService) {
            if (detail.contains(phrase, Qt::CaseInsensitive))
                return Error::NoBackend;
        }
        // The keyring is missing or locked and the unlock prompt could not be shown or was
        // dismissed: the user has to unlock (or create) it.
        if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/"))
            && detail.contains(QLatin1String("does not exist"), Qt::CaseInsensitive))
            return Error::AccessDenied;
    }
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError: return Error::None;
    case QKeychain::EntryNotFound: return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return Error::Other;
    }
    return Error::Other;
}

QString KeyStore::messageFor(Error error, const QString &detail)
{
    switch (error) {
    case Error::None: return {};
    case Error::NotFound: return tr("No key is stored for this profile.");
    case Error::AccessDenied:
        return tr("Access to the keychain was denied. Unlock your keychain or allow Tidewatch to use it, then try again.");
    case Error::NoBackend:
        return tr("No keychain service is available. Start your system's keyring (for example GNOME Keyring or "
                  "KWallet), or allow plaintext key storage in Settings.");
    case Error::Other:
        return detail.isEmpty() ? tr("The keychain reported an error.")
                                : tr("The keychain reported an error: %1").arg(detail);
    }
    return {};
}

void KeyStore::readKey(const QString &profileId, Callback done)
{
    runJob(Op::Read, profileId, {}, std::move(done));
}

void KeyStore::keyForProfile(const Profile &profile, Callback done)
{
    if (profile.demo) {
        // The simulator's key is not a secret and never touches the keychain.
        QTimer::singleShot(0, this, [done = std::move(done)] {
            Result r;
            r.key = QString::fromLatin1(Profile::DemoKey);
            done(r);
        });
        return;
    }
    readKey(profile.id, std::move(done));
}

void KeyStore::writeKey(const QString &profileId, const QString &key, Callback done)
{
    runJob(Op::Write, profileId, key, std::move(done));
}

void KeyStore::deleteKey(const QString &profileId, Callback done)
{
    runJob(Op::Delete, profileId, {}, std::move(done));
}

void KeyStore::runJob(Op op, const QString &profileId, const QString &key, Callback done, bool retried)
{
    if (profileId.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done({Error::Other, {}, tr("The profile has no id; save it first.")});
        });
        return;
    }
    // Jobs have no parent: libsecret may answer after this KeyStore is gone, and a job
    // deleted with its request still pending crashes in QtKeychain's callback. With
    // auto-delete the job frees itself once it finishes; `this` is only the context of
    // the finished() connection, which Qt drops if the KeyStore goes first.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(d->service);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(d->service);
        write->setTextData(key);
        job = write;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(d->service);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(profileId);
    // Never QtKeychain's own unencrypted fallback: ours is an explicit, visible opt-in.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, op, profileId, key, job, retried, done = std::move(done)]() mutable {
        if (!retried && job->error() == QKeychain::OtherError && isStaleSession(job->errorString())) {
            // The keyring daemon went away and came back: libsecret still holds the old
            // daemon's session. Forget it and ask once more, so that the key is readable
            // again without restarting Tidewatch.
            forgetSecretServiceSession();
            runJob(op, profileId, key, std::move(done), true);
            return;
        }
        Result result;
        result.error = errorFromKeychain(job->error(), job->errorString());
        if (result.error != Error::None)
            result.message = messageFor(result.error, job->errorString());
        if (op == Op::Read && result.ok())
            result.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (op == Op::Read && result.error == Error::NotFound) {
            // A locked keyring answers a lookup as if nothing were stored: say it is locked,
            // or the user re-enters a key that is there.
            whenLocked([this, op, profileId, key, result, done](bool locked) mutable {
                if (locked)
                    result = {Error::AccessDenied, {}, messageFor(Error::AccessDenied)};
                finishJob(op, profileId, key, result, done);
            });
            return;
        }
        finishJob(op, profileId, key, result, done);
    });
    job->start();
}

bool KeyStore::isStaleSession(const QString &detail)
{
    // libsecret's words when a call uses a session of a Secret Service that has restarted.
    return detail.contains(QLatin1String("session does not exist"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("No such session"), Qt::CaseInsensitive);
}

void KeyStore::forgetSecretServiceSession()
{
#ifdef TIDEWATCH_SECRET_SERVICE
    // QtKeychain loads libsecret at run time; its cached default service (with the session)
    // is dropped by secret_service_disconnect(), and the next call opens a new one.
    using Disconnect = void (*)();
    static const auto disconnect = reinterpret_cast<Disconnect>(QLibrary::resolve(QStringLiteral("secret-1"), 0, "secret_service_disconnect"));
    if (disconnect)
        disconnect();
    qCInfo(lcKeyStore) << "the Secret Service restarted; opening a new session";
#endif
}

void KeyStore::whenLocked(std::function<void(bool locked)> then)
{
#ifdef TIDEWATCH_SECRET_SERVICE
    // The Secret Service's default collection (where QtKeychain keeps its entries) and its
    // Locked property, asked without blocking; no service or no such collection: not locked.
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 3000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        then(!reply.isError() && reply.value().variant().toBool());
    });
#else
    then(false);
#endif
}

void KeyStore::finishJob(Op op, const QString &profileId, const QString &key, Result result, const Callback &done)
{
    const bool useFile = d->plaintextFallback
        && (result.error == Error::NoBackend || (op != Op::Write && result.error == Error::NotFound));
    if (useFile) {
        QJsonObject keys;
        QString error;
        if (!d->readFallback(keys, &error)) {
            result = {Error::Other, {}, error};
        } else if (op == Op::Read) {
            if (keys.contains(profileId))
                result = {Error::None, keys.value(profileId).toString(), {}};
            else
                result = {Error::NotFound, {}, messageFor(Error::NotFound)};
        } else if (op == Op::Write) {
            keys.insert(profileId, key);
            result = d->writeFallback(keys, &error) ? Result{} : Result{Error::Other, {}, error};
            if (result.ok())
                qCInfo(lcKeyStore) << "stored key for" << profileId << "in the plaintext fallback file";
        } else {
            keys.remove(profileId);
            const bool ok = keys.isEmpty() ? (!QFile::exists(d->fallbackFile) || QFile::remove(d->fallbackFile))
                                           : d->writeFallback(keys, &error);
            result = ok ? Result{} : Result{Error::Other, {}, error};
        }
    } else if (op == Op::Delete && result.error == Error::NotFound) {
        // Nothing to delete is what the caller wanted.
        result = {};
    }
    if (op == Op::Delete && result.ok() && d->plaintextFallback == false && QFile::exists(d->fallbackFile)) {
        // A key left behind in the file from an earlier opt-in goes with the profile too.
        QJsonObject keys;
        QString error;
        if (d->readFallback(keys, &error) && keys.contains(profileId)) {
            keys.remove(profileId);
            d->writeFallback(keys, &error);
        }
    }
    if (!result.ok() && !(op == Op::Read && result.error == Error::NotFound))
        qCWarning(lcKeyStore).noquote() << "keychain operation on" << profileId << "failed:" << result.message;
    if (!result.key.isEmpty())
        Redact::registerSecret(result.key);
    done(result);
}

void KeyStore::storeKey(const QString &profileId, const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT keyError(profileId, tr("Enter a key first."));
        return;
    }
    if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r'))) {
        Q_EMIT keyError(profileId, tr("A key is a single line; check what you pasted."));
        return;
    }
    Redact::registerSecret(trimmed);
    writeKey(profileId, trimmed, [this, profileId](const Result &result) {
        if (result.ok()) {
            setLastError({});
            Q_EMIT keyWritten(profileId);
            Q_EMIT keyPresence(profileId, true);
        } else {
            setLastError(result.message);
            Q_EMIT keyError(profileId, result.message);
        }
    });
}

void KeyStore::removeKey(const QString &profileId)
{
    deleteKey(profileId, [this, profileId](const Result &result) {
        if (result.ok()) {
            Q_EMIT keyRemoved(profileId);
            Q_EMIT keyPresence(profileId, false);
        } else {
            setLastError(result.message);
            Q_EMIT keyError(profileId, result.message);
        }
    });
}

void KeyStore::checkKey(const QString &profileId)
{
    readKey(profileId, [this, profileId](const Result &result) {
        if (result.ok())
            Q_EMIT keyPresence(profileId, true);
        else if (result.error == Error::NotFound)
            Q_EMIT keyPresence(profileId, false);
        else
            Q_EMIT keyError(profileId, result.message);
    });
}
