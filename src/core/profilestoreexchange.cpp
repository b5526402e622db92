// ProfileStore's JSON import and export: profiles without keys, all or nothing on import.

#include "profilestore.h"

#include "profileimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString ExportFormat = QLatin1String(ProfileImport::Format);
constexpr int ExportVersion = ProfileImport::Version;

} // namespace

QString ProfileStore::exportJson() const
{
    QJsonArray list;
    for (const Profile &p : m_profiles) {
        if (!p.demo)
            list.append(p.toJson());
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), ExportFormat);
    root.insert(QStringLiteral("version"), ExportVersion);
    root.insert(QStringLiteral("profiles"), list);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString ProfileStore::parseImport(const QByteArray &json, QList<Profile> &out) const
{
    return ProfileImport::parse(json, m_profiles, out);
}

int ProfileStore::importJson(const QString &json)
{
    QList<Profile> incoming;
    const QString problem = parseImport(json.toUtf8(), incoming);
    if (!problem.isEmpty()) {
        report(problem);
        return 0;
    }
    // All or nothing: apply to a copy first, so that a failed save leaves the list as it was.
    const QList<Profile> before = m_profiles;
    QList<Profile> after = m_profiles;
    QStringList added, changed;
    for (const Profile &p : std::as_const(incoming)) {
        const auto it = std::find_if(after.begin(), after.end(), [&p](const Profile &q) { return q.id == p.id; });
        if (it != after.end()) {
            *it = p;
            changed << p.id;
        } else {
            after.append(p);
            added << p.id;
        }
    }
    beginResetModel();
    m_profiles = after;
    endResetModel();
    if (!persist()) {
        beginResetModel();
        m_profiles = before;
        endResetModel();
        return 0;
    }
    clearError();
    Q_EMIT countChanged();
    for (const QString &id : std::as_const(changed))
        Q_EMIT profileChanged(id);
    for (const QString &id : std::as_const(added))
        Q_EMIT profileAdded(id);
    return int(incoming.size());
}

bool ProfileStore::exportToFile(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(exportJson().toUtf8()) < 0 || !out.commit()) {
        const_cast<ProfileStore *>(this)->report(
            tr("The profiles could not be exported to %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

int ProfileStore::importFromFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        report(tr("%1 could not be opened: %2").arg(path, in.errorString()));
        return 0;
    }
    if (in.size() > ProfileImport::MaxBytes) {
        report(tr("The file is too large to be a profile export."));
        return 0;
    }
    return importJson(QString::fromUtf8(in.readAll()));
}
