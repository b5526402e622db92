// A profile export as people import it (ProfileImport, the store's all-or-nothing check):
// what is accepted has every profile usable (no problem, no name twice, no demo id), and
// exported again imports to the same profiles.

#include "fuzztarget.h"

#include "core/profileimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TW_FUZZ_TARGET(profiles)
{
    static const QList<Profile> existing = [] {
        Profile demo;
        demo.id = QStringLiteral("demo-conyr");
        demo.name = QStringLiteral("Demo Conyr");
        demo.kind = Provider::Kind::Conyr;
        demo.url = QUrl(QStringLiteral("ws://127.0.0.1:8765/ws"));
        demo.demo = true;
        Profile mine;
        mine.id = QStringLiteral("mine");
        mine.name = QStringLiteral("My Allium");
        mine.kind = Provider::Kind::AlliumApi;
        mine.url = QUrl(QStringLiteral("wss://api.allium.so/ws"));
        return QList<Profile>{demo, mine};
    }();
    QList<Profile> out;
    const QString problem = ProfileImport::parse(fuzzBytes(data, size), existing, out);
    if (!problem.isEmpty()) {
        TW_FUZZ_CHECK(out.isEmpty());
        return 0;
    }
    TW_FUZZ_CHECK(!out.isEmpty());
    QJsonArray exported;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const Profile &p = out.at(i);
        TW_FUZZ_CHECK(!p.name.isEmpty());
        TW_FUZZ_CHECK(p.problem().isEmpty());
        TW_FUZZ_CHECK(p.id != QLatin1String("demo-conyr"));
        for (qsizetype j = 0; j < i; ++j)
            TW_FUZZ_CHECK(out.at(j).id != p.id && out.at(j).name.compare(p.name, Qt::CaseInsensitive) != 0);
        exported.append(p.toJson());
    }
    QList<Profile> again;
    const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(ProfileImport::Format)},
                                                      {QStringLiteral("version"), ProfileImport::Version},
                                                      {QStringLiteral("profiles"), exported}})
                                .toJson();
    TW_FUZZ_CHECK(ProfileImport::parse(text, existing, again).isEmpty());
    TW_FUZZ_CHECK(again.size() == out.size());
    for (qsizetype i = 0; i < out.size(); ++i)
        TW_FUZZ_CHECK(again.at(i).toJson() == out.at(i).toJson());
    return 0;
}
