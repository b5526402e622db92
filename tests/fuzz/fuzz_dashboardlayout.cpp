// The stored dashboard layout (a JSON array of tiles): whatever it holds, the tiles read are
// known types with unique ids, at most MaxTiles, and written back they read the same.

#include "fuzztarget.h"

#include "alerts/dashboard/dashboardtiles.h"

#include <QSet>

TW_FUZZ_TARGET(dashboardlayout)
{
    QString problem;
    const QList<DashboardTile> tiles = DashboardTiles::parse(fuzzBytes(data, size), &problem);
    TW_FUZZ_CHECK(tiles.size() <= DashboardTiles::MaxTiles);
    const QStringList types = DashboardTiles::types();
    QSet<QString> ids;
    for (const DashboardTile &t : tiles) {
        TW_FUZZ_CHECK(types.contains(t.type));
        TW_FUZZ_CHECK(!t.id.isEmpty() && !ids.contains(t.id));
        TW_FUZZ_CHECK(t.subject.size() <= DashboardTiles::MaxSubjectLength);
        ids.insert(t.id);
    }
    QString again;
    TW_FUZZ_CHECK(DashboardTiles::parse(DashboardTiles::serialize(tiles), &again) == tiles);
    TW_FUZZ_CHECK(again.isEmpty());
    return 0;
}
