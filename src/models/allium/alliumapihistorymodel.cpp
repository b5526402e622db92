#include "alliumapihistorymodel.h"

#include <QJsonDocument>

AlliumApiHistoryModel::AlliumApiHistoryModel(QObject *parent, int cap)
    : QAbstractListModel(parent)
    , m_cap(std::max(1, cap))
{
}

int AlliumApiHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AlliumApiHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case RequestIdRole: return e.request.id;
    case MethodRole: return e.request.method;
    case PathRole: return e.request.path;
    case BodyRole:
        return e.request.hasBody || !e.request.body.isEmpty()
            ? QString::fromUtf8(QJsonDocument(e.request.body).toJson(QJsonDocument::Compact)) : QString();
    case StateRole:
        switch (e.state) {
        case State::Pending: return QStringLiteral("pending");
        case State::Success: return QStringLiteral("success");
        case State::Error: return QStringLiteral("error");
        case State::Failed: return QStringLiteral("failed");
        }
        return {};
    case StatusTextRole: return e.statusText;
    case RoundTripRole: return e.roundTripMs;
    case SentAtRole: return e.sentAt.toString(QStringLiteral("HH:mm:ss"));
    case NoteRole: return e.note;
    case Qt::DisplayRole: return QString(e.request.method + QLatin1Char(' ') + e.request.path);
    default: return {};
    }
}

QHash<int, QByteArray> AlliumApiHistoryModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {RequestIdRole, "requestId"}, {MethodRole, "method"},        {PathRole, "path"},
        {BodyRole, "body"},           {StateRole, "state"},          {StatusTextRole, "statusText"},
        {RoundTripRole, "roundTripMs"}, {SentAtRole, "sentAt"},      {NoteRole, "note"},
    };
    return names;
}

void AlliumApiHistoryModel::addRequest(const AlliumApiRequest &request)
{
    if (int(m_entries.size()) >= m_cap) {
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, last, last);
        m_serialOf.remove(m_entries.back().request.id);
        m_entries.pop_back();
        endRemoveRows();
    }
    Entry e;
    e.request = request;
    e.sentAt = QDateTime::currentDateTime();
    e.statusText = tr("waiting…");
    e.serial = m_nextSerial++;
    beginInsertRows({}, 0, 0);
    m_serialOf.insert(request.id, e.serial);
    m_entries.push_front(std::move(e));
    endInsertRows();
    Q_EMIT countChanged();
}

int AlliumApiHistoryModel::rowOf(const QString &id) const
{
    const auto it = m_serialOf.constFind(id);
    if (it == m_serialOf.constEnd() || m_entries.empty())
        return -1;
    const qint64 row = m_entries.front().serial - *it;
    return row >= 0 && row < qint64(m_entries.size()) ? int(row) : -1;
}

const AlliumApiHistoryModel::Entry *AlliumApiHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

void AlliumApiHistoryModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

void AlliumApiHistoryModel::setResponse(const AlliumApiResponse &response)
{
    const int row = rowOf(response.id);
    if (row < 0)
        return;
    Entry &e = m_entries[size_t(row)];
    e.state = response.isSuccess() ? State::Success : State::Error;
    e.roundTripMs = response.roundTripMs;
    e.data = response.data;
    e.statusText = response.isSuccess() ? tr("success") : tr("error: %1").arg(response.dataText().left(200));
    changed(row, {StateRole, StatusTextRole, RoundTripRole});
}

void AlliumApiHistoryModel::setFailed(const QString &id, const QString &reason)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &e = m_entries[size_t(row)];
    e.state = State::Failed;
    e.statusText = reason;
    changed(row, {StateRole, StatusTextRole});
}

void AlliumApiHistoryModel::setNote(const QString &id, const QString &note)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[size_t(row)].note = note;
    changed(row, {NoteRole});
}

void AlliumApiHistoryModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    m_serialOf.clear();
    endResetModel();
    Q_EMIT countChanged();
}
