#include "profileimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ProfileImport::parse(const QByteArray &json, const QList<Profile> &existing, QList<Profile> &out)
{
    if (json.size() > MaxBytes)
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
        const QString format = root.value(QStringLiteral("format")).toString(QLatin1String(Format));
        if (format != QLatin1String(Format) || !root.value(QStringLiteral("profiles")).isArray())
            return tr("The file is not a Tidewatch profile export. No profiles were imported.");
        if (root.value(QStringLiteral("version")).toInt(Version) > Version)
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
        for (const Profile &q : existing) {
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
