#pragma once
// API keys in the OS keychain (QtKeychain), one entry per profile id.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

/// Asynchronous access to the OS keychain (Secret Service, macOS Keychain, Windows
/// Credential Manager). Every error is mapped to a sentence a person understands.
/// A plaintext fallback (a file readable only by the user) exists only when the user
/// turns it on in Settings; the UI shows a warning while it is on.
class KeyStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool plaintextFallback READ plaintextFallback WRITE setPlaintextFallback NOTIFY plaintextFallbackChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// Where keys go while the plaintext fallback is on (a file readable only by the user).
    Q_PROPERTY(QString fallbackFile READ fallbackFile CONSTANT)

public:
    enum class Error {
        None,
        NotFound,       ///< no key stored for this profile
        AccessDenied,   ///< the user or the system refused access
        NoBackend,      ///< no keychain service is running
        Other,
    };
    Q_ENUM(Error)

    struct Result {
        Error error = Error::None;
        QString key;        ///< for reads
        QString message;    ///< a sentence for the UI; empty on success
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const KeyStore::Result &)>;

    /// The application-wide instance (C++-owned).
    static KeyStore *instance();
    static KeyStore *create(QQmlEngine *, QJSEngine *);

    /// The service name entries are stored under ("Tidewatch"); tests use their own.
    /// Not default-constructible on purpose (Qt 6.4 would bypass create()).
    KeyStore(const QString &service, QObject *parent);
    ~KeyStore() override;

    /// True once the keychain has been probed (a first read finished, whatever its result).
    bool isReady() const;
    bool plaintextFallback() const;
    void setPlaintextFallback(bool on);
    QString lastError() const;
    QString fallbackFile() const;
    /// Tests point the fallback at a file of their own.
    void setFallbackFile(const QString &path);

    /// Maps a QKeychain::Error code (and the backend's message) to ours. libsecret reports
    /// an unreachable session bus or a missing Secret Service as OtherError; its message
    /// tells, and such errors count as NoBackend.
    static Error errorFromKeychain(int keychainError, const QString &detail = {});
    /// The sentence shown for an error; detail is the backend's own message (for Other).
    static QString messageFor(Error error, const QString &detail = {});

    /// Reads the key for a profile id; the callback runs on the main thread.
    void readKey(const QString &profileId, Callback done);
    /// The key a profile connects with: Profile::DemoKey for demo profiles (never stored),
    /// otherwise readKey(profile.id). Provider workspaces use this.
    void keyForProfile(const struct Profile &profile, Callback done);
    void writeKey(const QString &profileId, const QString &key, Callback done);
    void deleteKey(const QString &profileId, Callback done);

    /// QML: stores a key for a profile; emits keyWritten or keyError. The key is never
    /// handed back to QML.
    Q_INVOKABLE void storeKey(const QString &profileId, const QString &key);
    Q_INVOKABLE void removeKey(const QString &profileId);
    /// QML: checks whether a key exists; emits keyPresence.
    Q_INVOKABLE void checkKey(const QString &profileId);

Q_SIGNALS:
    void readyChanged();
    void plaintextFallbackChanged();
    void lastErrorChanged();
    void keyWritten(const QString &profileId);
    void keyRemoved(const QString &profileId);
    void keyError(const QString &profileId, const QString &message);
    void keyPresence(const QString &profileId, bool present);

private:
    enum class Op { Read, Write, Delete };
    void runJob(Op op, const QString &profileId, const QString &key, Callback done, bool retried = false);
    void finishJob(Op op, const QString &profileId, const QString &key, Result result, const Callback &done);
    /// Calls then(true) when the keychain holding our entries is locked (Secret Service).
    void whenLocked(std::function<void(bool locked)> then);
    static bool isStaleSession(const QString &detail);
    static void forgetSecretServiceSession();
    void setLastError(const QString &message);

    struct Private;
    std::unique_ptr<Private> d;
};
