#include "dashboardtiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace DashboardTiles {

QStringList types()
{
    return {QStringLiteral("price"), QStringLiteral("candles"), QStringLiteral("blocks"), QStringLiteral("tweets"),
            QStringLiteral("balance"), QStringLiteral("health"), QStringLiteral("alerts")};
}

QList<DashboardTile> parse(const QByteArray &stored, QString *problem)
{
    auto say = [problem](const QString &text) {
        if (problem)
            *problem = text;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        say(QCoreApplication::translate("DashboardLayout", "The saved dashboard layout could not be read."));
        return {};
    }
    const QStringList known = types();
    QList<DashboardTile> tiles;
    QSet<QString> ids;
    int skipped = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        DashboardTile t{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("type")).toString(),
                        o.value(QLatin1String("subject")).toString(), o.value(QLatin1String("wide")).toBool()};
        if (!known.contains(t.type) || t.id.isEmpty() || ids.contains(t.id) || tiles.size() >= MaxTiles) {
            ++skipped;
            continue;
        }
        if (t.subject.size() > MaxSubjectLength) {
            t.subject.clear();
            ++skipped;
        }
        ids.insert(t.id);
        tiles << t;
    }
    if (skipped > 0) {
        say(QCoreApplication::translate("DashboardLayout", "%n tile(s) of the saved dashboard layout could not be read.",
                                        nullptr, skipped));
    }
    return tiles;
}

QByteArray serialize(const QList<DashboardTile> &tiles)
{
    QJsonArray array;
    for (const DashboardTile &t : tiles)
        array.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("type"), t.type},
                                 {QStringLiteral("subject"), t.subject}, {QStringLiteral("wide"), t.wide}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace DashboardTiles
