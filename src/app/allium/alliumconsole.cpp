// The API Console's controller: profile choice, the client, sending, history and the
// response shown.

#include "alliumconsole.h"

#include "app/workspaces.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilesessions.h"
#include "core/profilestore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonDocument>
#include <QLocale>
#include <QQmlEngine>
#include <QUuid>

void startAlliumConsole()
{
    AlliumConsole::instance()->start();
}

AlliumConsole *AlliumConsole::instance()
{
    static AlliumConsole *console = new AlliumConsole(ProfileStore::instance(), KeyStore::instance(), qApp);
    return console;
}

AlliumConsole *AlliumConsole::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

AlliumConsole::AlliumConsole(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_run(new ProfileSessions(Provider::Kind::AlliumApi, profiles, keys, this))
    , m_history(new AlliumApiHistoryModel(this))
    , m_saved(new AlliumSavedRequestsModel(this))
    , m_tree(new JsonTreeModel(this))
{
    // The page connects the one profile chosen on it.
    m_run->setHandlers([this](const Profile &p, const QString &key) { return startClient(p, key); },
                       [this](const QString &) { stopClient(); });
    connect(m_run, &ProfileSessions::choicesChanged, this, &AlliumConsole::profilesChanged);
    connect(m_run, &ProfileSessions::chosenChanged, this, &AlliumConsole::onChosen);
    connect(m_run, &ProfileSessions::changed, this, &AlliumConsole::statusChanged);
    m_run->useChosenProfile();
}

AlliumConsole::~AlliumConsole() = default;

void AlliumConsole::start()
{
    m_run->start();
}

QVariantList AlliumConsole::profiles() const
{
    return m_run->choices();
}

QString AlliumConsole::profileId() const
{
    return m_run->chosen();
}

void AlliumConsole::setProfileId(const QString &id)
{
    m_run->setChosen(id);
}

void AlliumConsole::onChosen()
{
    const QString id = m_run->chosen();
    m_saved->setProfileId(id);
    // A demo profile starts with the examples as saved requests, so the list is not empty.
    if (const std::optional<Profile> p = m_run->profile(id); p && p->demo && m_saved->rowCount() == 0) {
        for (const QVariant &v : examples()) {
            const QVariantMap e = v.toMap();
            m_saved->save(e.value(QStringLiteral("title")).toString(), e.value(QStringLiteral("method")).toString(),
                          e.value(QStringLiteral("path")).toString(), e.value(QStringLiteral("body")).toString());
        }
    }
    Q_EMIT profileChanged();
    Q_EMIT statusChanged(); // also when no connection starts or stops (none left, not started yet)
}

Connection *AlliumConsole::startClient(const Profile &profile, const QString &key)
{
    AlliumApiClientSettings settings;
    settings.resendIdempotent = m_resendIdempotent;
    m_api = new AlliumApiClient(new Connection(profile.connectionConfig(key)), this, settings);
    m_api->connection()->setParent(m_api); // the connection goes with the client
    connect(m_api, &AlliumApiClient::countsChanged, this, &AlliumConsole::countsChanged);
    connect(m_api, &AlliumApiClient::responseReceived, this, [this](const AlliumApiResponse &r) {
        m_history->setResponse(r);
        if (r.id == m_shownId)
            showEntry(m_history->rowOf(r.id));
    });
    connect(m_api, &AlliumApiClient::requestFailed, this, [this](const QString &id, const QString &reason) {
        m_history->setFailed(id, reason);
        if (id == m_shownId)
            showEntry(m_history->rowOf(id));
    });
    connect(m_api, &AlliumApiClient::requestRequeued, this, [this](const QString &id, const QString &reason) {
        m_history->setNote(id, reason);
    });
    m_api->open();
    Q_EMIT countsChanged();
    return m_api->connection();
}

void AlliumConsole::stopClient()
{
    if (!m_api)
        return;
    m_api->disconnect(this);
    m_api->close();
    m_api->deleteLater();
    m_api = nullptr;
    Q_EMIT countsChanged();
}

int AlliumConsole::state() const
{
    const Connection *c = m_run->connection(profileId());
    return c ? int(c->state()) : int(Connection::State::Idle);
}

QString AlliumConsole::problem() const
{
    return m_run->problem(profileId());
}

QString AlliumConsole::status() const
{
    if (profileId().isEmpty())
        return tr("No Allium API profile. Add one on the Connections page.");
    const Connection *c = m_run->connection(profileId());
    if (!c)
        return tr("Loading the key…");
    const QString state = ConnectionRegistry::stateName(int(c->state()));
    return c->reason().isEmpty() ? state : tr("%1 — %2").arg(state, c->reason());
}

int AlliumConsole::inFlight() const
{
    return m_api ? m_api->inFlight() : 0;
}

int AlliumConsole::queued() const
{
    return m_api ? m_api->queued() : 0;
}

int AlliumConsole::maxInFlight() const
{
    return AlliumApiClientSettings().maxInFlight;
}

QString AlliumConsole::counters() const
{
    if (!m_api)
        return {};
    // One plural per count, so each is its own %n text.
    return QStringList{tr("%Ln limit re-queue(s)", nullptr, int(m_api->limitRequeues())),
                       tr("%Ln timeout(s)", nullptr, int(m_api->timeouts())),
                       tr("%1 re-sent").arg(QLocale().toString(m_api->resentAfterReconnect())),
                       tr("%Ln unknown id(s)", nullptr, int(m_api->unknownIds())),
                       tr("%Ln bad frame(s)", nullptr, int(m_api->badFrames()))}
        .join(QStringLiteral(" · "));
}

void AlliumConsole::setResendIdempotent(bool on)
{
    if (on == m_resendIdempotent)
        return;
    m_resendIdempotent = on;
    Q_EMIT resendIdempotentChanged();
    // The setting belongs to the client: reconnect with it (queued requests are kept by
    // nobody, so only do this while idle).
    if (m_api && m_api->inFlight() == 0 && m_api->queued() == 0)
        m_run->restart(profileId());
}

QVariantList AlliumConsole::examples() const
{
    auto ex = [](const QString &title, const char *method, const char *path, const char *body) {
        return QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("method"), QString::fromLatin1(method)},
                           {QStringLiteral("path"), QString::fromLatin1(path)}, {QStringLiteral("body"), QString::fromLatin1(body)}};
    };
    return {
        ex(tr("Assets on Ethereum"), "GET", "/api/v1/developer/assets", "{\n  \"blockchain\": \"ethereum\",\n  \"limit\": \"10\"\n}"),
        ex(tr("Hyperliquid user fills"), "POST", "/api/v1/developer/trading/hyperliquid/info/fills",
           "{\n  \"type\": \"userFills\",\n  \"user\": \"0xD5994523d6B235862bE1790C06cFBE8547869449\"\n}"),
        ex(tr("Token price"), "POST", "/api/v1/developer/prices",
           "{\n  \"chain\": \"ethereum\",\n  \"token_address\": \"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48\"\n}"),
        ex(tr("Wallet balances"), "GET", "/api/v1/developer/wallet/balances",
           "{\n  \"chain\": \"ethereum\",\n  \"address\": \"0xD5994523d6B235862bE1790C06cFBE8547869449\"\n}"),
    };
}

AlliumBodyCheck AlliumConsole::validateBody(const QString &text) const
{
    AlliumBodyCheck out;
    if (text.trimmed().isEmpty())
        return out;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 1, column = 1;
        // The offset is in UTF-8 bytes; count lines and characters up to it.
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        for (const QChar c : before) {
            if (c == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        out.ok = false;
        out.line = line;
        out.column = column;
        out.offset = int(before.size());
        out.message = tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
        return out;
    }
    if (!doc.isObject()) {
        out.ok = false;
        out.line = 1;
        out.column = 1;
        out.message = tr("The body must be a JSON object: {\"key\": \"value\"}.");
    }
    return out;
}

QString AlliumConsole::send(const QString &method, const QString &path, const QString &bodyText)
{
    const QString m = method.trimmed().toUpper();
    if (!AlliumApiRequest::isKnownMethod(m))
        return tr("Choose GET, POST, PUT, PATCH or DELETE.");
    const QString p = path.trimmed();
    if (!p.startsWith(QLatin1Char('/')))
        return tr("The path starts with / (for example /api/v1/developer/assets).");
    const AlliumBodyCheck check = validateBody(bodyText);
    if (!check.ok)
        return check.message;
    if (!m_api) {
        const QString why = problem();
        return why.isEmpty() ? tr("No API connection: choose a profile first.") : why;
    }
    AlliumApiRequest r;
    r.method = m;
    r.path = p;
    r.hasBody = !bodyText.trimmed().isEmpty();
    if (r.hasBody)
        r.body = QJsonDocument::fromJson(bodyText.toUtf8()).object();
    // Assign the id first so that the history row exists before any reply can arrive.
    r.id = QStringLiteral("tw-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_history->addRequest(r);
    m_shownId = r.id;
    showEntry(0);
    if (m_api->connection()->state() == Connection::State::Idle || m_api->connection()->state() == Connection::State::Closed)
        m_api->open();
    m_api->send(r);
    return {};
}

void AlliumConsole::resend(int historyRow)
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(historyRow);
    if (!e)
        return;
    send(e->request.method, e->request.path,
         e->request.hasBody ? QString::fromUtf8(QJsonDocument(e->request.body).toJson(QJsonDocument::Indented)) : QString());
}

void AlliumConsole::showHistory(int historyRow)
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(historyRow);
    if (!e)
        return;
    m_shownId = e->request.id;
    showEntry(historyRow);
}

void AlliumConsole::showEntry(int historyRow)
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(historyRow);
    m_tree->setJson(e && e->state != AlliumApiHistoryModel::State::Pending ? e->data : QJsonValue());
    Q_EMIT shownResponseChanged();
}

QString AlliumConsole::shownState() const
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(m_history->rowOf(m_shownId));
    return e ? m_history->data(m_history->index(m_history->rowOf(m_shownId)), AlliumApiHistoryModel::StateRole).toString() : QString();
}

QString AlliumConsole::shownStatusText() const
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(m_history->rowOf(m_shownId));
    return e ? e->statusText : QString();
}

int AlliumConsole::shownRoundTripMs() const
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(m_history->rowOf(m_shownId));
    return e ? int(e->roundTripMs) : -1;
}

QString AlliumConsole::shownTitle() const
{
    const AlliumApiHistoryModel::Entry *e = m_history->entryAt(m_history->rowOf(m_shownId));
    return e ? e->request.method + QLatin1Char(' ') + e->request.path : QString();
}

bool AlliumConsole::saveRequest(const QString &name, const QString &method, const QString &path, const QString &body)
{
    if (profileId().isEmpty() || !validateBody(body).ok)
        return false;
    return m_saved->save(name, method.toUpper(), path, body) >= 0;
}
