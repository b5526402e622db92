#pragma once
// The API Console's history: every request sent, its state, status and round-trip time.

#include "providers/allium/alliumcodec.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QtQml/qqmlregistration.h>
#include <deque>

/// Newest first, capped (default 500). Rows are found by request id (id → serial, the
/// row follows from the serial), so replies that arrive late update the right row.
class AlliumApiHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AlliumConsole")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class State { Pending, Success, Error, Failed };
    Q_ENUM(State)

    enum Roles {
        RequestIdRole = Qt::UserRole + 1,
        MethodRole,
        PathRole,
        BodyRole,          ///< the body as compact JSON text ("" without a body)
        StateRole,         ///< "pending", "success", "error", "failed"
        StatusTextRole,    ///< what the row says about the outcome
        RoundTripRole,     ///< ms, -1 until answered
        SentAtRole,        ///< "HH:mm:ss"
        NoteRole,          ///< e.g. "re-sent after reconnect"
    };
    Q_ENUM(Roles)

    struct Entry {
        AlliumApiRequest request;
        State state = State::Pending;
        QString statusText;
        qint64 roundTripMs = -1;
        QDateTime sentAt;
        QString note;
        QJsonValue data;        ///< the response's data
        qint64 serial = 0;
    };

    explicit AlliumApiHistoryModel(QObject *parent = nullptr, int cap = 500);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void addRequest(const AlliumApiRequest &request);
    void setResponse(const AlliumApiResponse &response);
    void setFailed(const QString &id, const QString &reason);
    void setNote(const QString &id, const QString &note);

    int rowOf(const QString &id) const;
    const Entry *entryAt(int row) const;
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();

private:
    void changed(int row, const QList<int> &roles);

    std::deque<Entry> m_entries;   ///< front = newest
    QHash<QString, qint64> m_serialOf;
    qint64 m_nextSerial = 1;
    int m_cap;
};
