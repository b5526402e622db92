// ProfileStore's JSON import and export: profiles without keys, all or nothing on import.

#include "profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString ExportFormat = QStringLiteral("tidewatch-profiles");
constexpr int ExportVersion = 1;
constexpr qint64 MaxImportBytes = 1024 * 1024;

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
    if (json.size() > MaxImportBytes)
        return tr("The file is too large to be a profile export.");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("The file is not valid JSON (at character %1: %2). No profiles were imported.")
            .arg(parseError.offset).arg(parseError.errorString());
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QString format = root.value(QStringLiteral("format")).toString(ExportFormat);
        if (format != ExportFormat || !root.value(QStringLiteral("profiles")).isArray())
            return tr("The file is not a Tidewatch profile export. No profiles were imported.");
        if (root.value(QStringLiteral("version")).toInt(ExportVersion) > ExportVersion)
            return tr("The file was written by a newer Tidewatch. No profiles were imported.");
        list = root.value(QStringLiteral("profiles")).toArray();
    }
    if (list.isEmpty())
        return tr("The file contains no profiles.");

    QList<Profile> parsed;
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return tr("Entry %1 is not a profile. No profiles were imported.").arg(i + 1);
        Profile p;
        QString why;
        if (!Profile::fromJson(list.at(i).toObject(), p, &why) || !(why = p.problem()).isEmpty())
            return tr("Entry %1: %2 No profiles were imported.").arg(i + 1).arg(why);
        for (const Profile &q : std::as_const(parsed)) {
            if (q.id == p.id || q.name.compare(p.name, Qt::CaseInsensitive) == 0)
                return tr("Entry %1: \"%2\" appears twice. No profiles were imported.").arg(i + 1).arg(p.name);
        }
        for (const Profile &q : m_profiles) {
            if (q.id != p.id && q.name.compare(p.name, Qt::CaseInsensitive) == 0) {
                return tr("Entry %1: a profile called \"%2\" already exists. Rename one of them, then import again.")
                    .arg(i + 1).arg(p.name);
            }
            if (q.id == p.id && q.demo)
                return tr("Entry %1 has the id of a demo profile. No profiles were imported.").arg(i + 1);
        }
        parsed << p;
    }
    out = parsed;
    return {};
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
    if (in.size() > MaxImportBytes) {
        report(tr("The file is too large to be a profile export."));
        return 0;
    }
    return importJson(QString::fromUtf8(in.readAll()));
}
