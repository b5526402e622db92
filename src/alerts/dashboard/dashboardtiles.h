#pragma once
// The dashboard layout's stored form (a JSON array of tiles) read and written without the
// model: pure, so that a damaged or hand-edited layout can be tested and fuzzed.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct DashboardTile {
    QString id;
    QString type;      ///< one of DashboardTiles::types()
    QString subject;   ///< empty: follows the first symbol or topic that arrives
    bool wide = false;

    bool operator==(const DashboardTile &other) const
    {
        return id == other.id && type == other.type && subject == other.subject && wide == other.wide;
    }
};

namespace DashboardTiles {

inline constexpr int MaxTiles = 64;
inline constexpr int MaxSubjectLength = 256;

QStringList types();

/// The tiles a stored layout holds. A tile of an unknown type, without an id, with an id
/// seen before or beyond MaxTiles is left out, and a subject longer than MaxSubjectLength
/// is emptied (the tile follows the first subject that arrives); *problem then says what
/// was left out. Text that is not a JSON array gives no tiles and a problem.
QList<DashboardTile> parse(const QByteArray &stored, QString *problem = nullptr);
/// The stored form: what parse() reads back to the same tiles.
QByteArray serialize(const QList<DashboardTile> &tiles);

} // namespace DashboardTiles
