// NatsClient: natsOptions from NatsSettings, and the library's connection callbacks
// queued to the client's thread.

#include "natsclient.h"

#include "core/logging.h"

#include <QMetaEnum>
#include <cstring>
#include <nats/nats.h>
#include <string>
#include <thread>
#include <utility>

namespace {

// Connection-level closures live as long as the process: the library may call the closed
// handler after natsConnection_Destroy() returned. Each holds only a detached bridge then.
struct Closure {
    NatsBridgePtr bridge;
    NatsClient *self;
    quint64 generation;
};

natsStatus signNonce(char **customErrTxt, unsigned char **signature, int *signatureLength, const char *nonce,
                     void *closure)
{
    // The seed lives in a std::string owned by the closure (leaked with it, see above).
    const auto *seed = static_cast<const std::string *>(closure);
    const natsStatus s = nats_Sign(seed->c_str(), nonce, signature, signatureLength);
    if (s != NATS_OK)
        *customErrTxt = strdup("the NKey seed could not sign the server's challenge");
    return s;
}

} // namespace

NatsClient::NatsClient(QObject *parent)
    : QObject(parent)
    , m_bridge(std::make_shared<NatsBridge>(this))
{
}

NatsClient::~NatsClient()
{
    m_bridge->detach();
    close();
}

QString NatsClient::statusText(int status)
{
    return QString::fromUtf8(natsStatus_GetText(natsStatus(status)));
}

QString NatsClient::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Idle");
    case State::Connecting: return tr("Connecting");
    case State::Connected: return tr("Connected");
    case State::Reconnecting: return tr("Reconnecting");
    case State::Closed: return tr("Closed");
    }
    return {};
}

natsOptions *NatsClient::makeOptions(const NatsSettings &settings, QString *error)
{
    natsOptions *opts = nullptr;
    auto fail = [&](natsStatus s, const QString &what) -> natsOptions * {
        const QString last = QString::fromUtf8(nats_GetLastError(nullptr));
        if (error)
            *error = tr("%1: %2").arg(what, Redact::text(last.isEmpty() ? statusText(s) : last));
        natsOptions_Destroy(opts);
        return nullptr;
    };
    natsStatus s = natsOptions_Create(&opts);
    if (s != NATS_OK)
        return fail(s, tr("NATS options"));

    const QByteArray servers = settings.url.toUtf8();
    s = natsOptions_SetURL(opts, servers.constData());
    if (s != NATS_OK)
        return fail(s, tr("NATS URL"));
    natsOptions_SetName(opts, settings.name.toUtf8().constData());
    natsOptions_SetTimeout(opts, settings.connectTimeoutMs);
    natsOptions_SetMaxReconnect(opts, -1);
    natsOptions_SetReconnectWait(opts, settings.reconnectWaitMs);
    natsOptions_SetReconnectBufSize(opts, settings.reconnectBufferBytes);
    natsOptions_SetPingInterval(opts, 5000);
    natsOptions_SetMaxPingsOut(opts, 2);

    if (!settings.user.isEmpty())
        natsOptions_SetUserInfo(opts, settings.user.toUtf8().constData(), settings.password.toUtf8().constData());
    if (!settings.token.isEmpty())
        natsOptions_SetToken(opts, settings.token.toUtf8().constData());
    if (!settings.nkeySeed.isEmpty()) {
        if (settings.nkeyPublic.isEmpty()) {
            if (error)
                *error = tr("NKey authentication needs the user's public NKey (U…) as well as its seed.");
            natsOptions_Destroy(opts);
            return nullptr;
        }
        auto *seed = new std::string(settings.nkeySeed.toStdString());
        s = natsOptions_SetNKey(opts, settings.nkeyPublic.toUtf8().constData(), signNonce, seed);
        if (s != NATS_OK)
            return fail(s, tr("NKey"));
    }
    if (settings.tls.enabled || settings.url.startsWith(QLatin1String("tls://"))) {
        s = natsOptions_SetSecure(opts, true);
        if (s == NATS_OK && !settings.tls.caFile.isEmpty())
            s = natsOptions_LoadCATrustedCertificates(opts, settings.tls.caFile.toUtf8().constData());
        if (s == NATS_OK && !settings.tls.certFile.isEmpty())
            s = natsOptions_LoadCertificatesChain(opts, settings.tls.certFile.toUtf8().constData(),
                                                  settings.tls.keyFile.toUtf8().constData());
        if (s == NATS_OK && !settings.tls.expectedHostname.isEmpty())
            s = natsOptions_SetExpectedHostname(opts, settings.tls.expectedHostname.toUtf8().constData());
        if (s == NATS_OK && settings.tls.skipVerify)
            s = natsOptions_SkipServerVerification(opts, true);
        if (s != NATS_OK)
            return fail(s, tr("TLS"));
    }

    // Each callback queues a member call; the bridge drops it once this client is gone, and
    // the generation drops it once the client has closed or opened another connection.
    auto *closure = new Closure{m_bridge, this, m_generation};
    natsOptions_SetDisconnectedCB(opts, [](natsConnection *, void *c) {
        auto *cl = static_cast<Closure *>(c);
        cl->bridge->post([self = cl->self, generation = cl->generation] {
            if (self->m_generation == generation && self->m_state == State::Connected)
                self->setState(State::Reconnecting);
        });
    }, closure);
    natsOptions_SetReconnectedCB(opts, [](natsConnection *, void *c) {
        auto *cl = static_cast<Closure *>(c);
        cl->bridge->post([self = cl->self, generation = cl->generation] {
            if (self->m_generation != generation)
                return;
            ++self->m_reconnects;
            self->setState(State::Connected);
        });
    }, closure);
    natsOptions_SetClosedCB(opts, [](natsConnection *nc, void *c) {
        auto *cl = static_cast<Closure *>(c);
        // Why the library gave up (e.g. "Authorization Violation"), for the user.
        const char *text = nullptr;
        const natsStatus why = natsConnection_GetLastError(nc, &text);
        const QString reason = why == NATS_OK ? QString()
                                              : (text && *text ? QString::fromUtf8(text) : statusText(why));
        cl->bridge->post([self = cl->self, generation = cl->generation, reason] {
            if (self->m_generation != generation)
                return;
            if (!reason.isEmpty())
                self->m_lastError = Redact::text(reason);
            self->setState(State::Closed);
        });
    }, closure);
    natsOptions_SetErrorHandler(opts, [](natsConnection *, natsSubscription *, natsStatus status, void *c) {
        auto *cl = static_cast<Closure *>(c);
        const QString text = statusText(status);
        cl->bridge->post([self = cl->self, generation = cl->generation, text] {
            if (self->m_generation != generation)
                return;
            self->m_lastError = Redact::text(text);
            Q_EMIT self->problem(self->m_lastError);
        });
    }, closure);
    natsOptions_SetRetryOnFailedConnect(opts, true, [](natsConnection *, void *c) {
        auto *cl = static_cast<Closure *>(c);
        cl->bridge->post([self = cl->self, generation = cl->generation] {
            if (self->m_generation != generation)
                return;
            if (!self->m_connection) { // openInBackground()'s result is still on its way
                self->m_connectedWhilePending = true;
                return;
            }
            self->setState(State::Connected);
        });
    }, closure);
    return opts;
}

bool NatsClient::open(const NatsSettings &settings, QString *error)
{
    natsOptions *opts = startOpening(settings, error);
    if (!opts)
        return false;
    natsConnection *nc = nullptr;
    const natsStatus s = natsConnection_Connect(&nc, opts);
    natsOptions_Destroy(opts);
    return finishOpen(s, nc, error);
}

bool NatsClient::openInBackground(const NatsSettings &settings, QString *error)
{
    natsOptions *opts = startOpening(settings, error);
    if (!opts)
        return false;
    // The connection belongs to the holder until the client takes it: a result that is
    // never taken (the client closed, opened again or is gone) closes its connection.
    struct Holder {
        natsConnection *connection = nullptr;
        ~Holder()
        {
            if (connection) {
                natsConnection_Close(connection);
                natsConnection_Destroy(connection);
            }
        }
    };
    std::thread([bridge = m_bridge, self = this, generation = m_generation, opts] {
        auto holder = std::make_shared<Holder>();
        const natsStatus s = natsConnection_Connect(&holder->connection, opts);
        natsOptions_Destroy(opts);
        bridge->post([self, generation, holder, s] {
            if (self->m_generation != generation)
                return;
            self->finishOpen(s, std::exchange(holder->connection, nullptr), nullptr);
            Q_EMIT self->firstAttemptDone();
        });
    }).detach();
    return true;
}

natsOptions *NatsClient::startOpening(const NatsSettings &settings, QString *error)
{
    close();
    ++m_generation;
    m_settings = settings;
    m_everConnected = false;
    m_firstAttemptFailed = false;
    m_connectedWhilePending = false;
    for (const QString &secret : {settings.password, settings.token, settings.nkeySeed})
        Redact::registerSecret(secret);
    natsOptions *opts = makeOptions(settings, error);
    if (!opts)
        return nullptr;
    m_serverUrl = settings.url;
    setState(State::Connecting);
    return opts;
}

bool NatsClient::finishOpen(int status, natsConnection *nc, QString *error)
{
    const natsStatus s = natsStatus(status);
    if (s != NATS_OK && s != NATS_NOT_YET_CONNECTED) {
        natsConnection_Destroy(nc);
        m_lastError = tr("NATS connect: %1").arg(statusText(s));
        if (error)
            *error = m_lastError;
        setState(State::Closed);
        return false;
    }
    m_connection = nc;
    jsOptions jsOpts;
    jsOptions_Init(&jsOpts);
    natsConnection_JetStream(&m_js, nc, &jsOpts);
    // Still connecting means the server did not answer the first attempt; the library
    // retries in the background, like a socket's backoff.
    m_firstAttemptFailed = s == NATS_NOT_YET_CONNECTED && !m_connectedWhilePending;
    if (s == NATS_OK || m_connectedWhilePending)
        setState(State::Connected);
    return true;
}

void NatsClient::close()
{
    ++m_generation; // a background attempt or a late callback of this connection is ignored
    if (m_js) {
        jsCtx_Destroy(m_js);
        m_js = nullptr;
    }
    if (m_connection) {
        natsConnection_Close(m_connection);
        natsConnection_Destroy(m_connection);
        m_connection = nullptr;
    }
    // Also while openInBackground()'s attempt is on its way (no connection yet).
    if (m_state != State::Idle)
        setState(State::Closed);
}

Failure::Kind NatsClient::closeFailure() const
{
    if (m_lastError.contains(QLatin1String("authoriz"), Qt::CaseInsensitive)
        || m_lastError.contains(QLatin1String("authentic"), Qt::CaseInsensitive))
        return Failure::Kind::Auth;
    const bool credentials = !m_settings.user.isEmpty() || !m_settings.token.isEmpty() || !m_settings.nkeySeed.isEmpty();
    return !m_everConnected && credentials ? Failure::Kind::Auth : Failure::Kind::Final;
}

void NatsClient::setState(State state)
{
    if (state == m_state)
        return;
    if (state == State::Connected)
        m_everConnected = true;
    m_state = state;
    Q_EMIT stateChanged(state);
}
