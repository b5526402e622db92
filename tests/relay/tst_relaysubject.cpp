// RelaySubject: tokens, building, parsing and NATS wildcard matching.

#include "relay/relaysubject.h"

#include <QTest>

class TestRelaySubject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensNeverContainWhatNatsReserves()
    {
        QCOMPARE(RelaySubject::token(QStringLiteral("team a.b*c>d")), QStringLiteral("team_a_b_c_d"));
        QCOMPARE(RelaySubject::token(QString()), QStringLiteral("_"));
        QCOMPARE(RelaySubject::token(QStringLiteral("Zürich")), QStringLiteral("Z_rich"));
        QCOMPARE(RelaySubject::token(QStringLiteral("token:So1:trades")), QStringLiteral("token:So1:trades"));
    }

    void buildsAndParsesBackTheParts()
    {
        const QByteArray subject = RelaySubject::build(QStringLiteral("predikt"), QStringLiteral("team"),
                                                       QStringLiteral("price"), QStringLiteral("SOL"));
        QCOMPARE(subject, QByteArray("tidewatch.predikt.team.price.SOL"));
        const RelaySubject::Parts parts = RelaySubject::parse(subject);
        QVERIFY(parts.valid);
        QCOMPARE(parts.provider, QStringLiteral("predikt"));
        QCOMPARE(parts.source, QStringLiteral("team"));
        QCOMPARE(parts.kind, QStringLiteral("price"));
        QCOMPARE(parts.subject, QStringLiteral("SOL"));
        const QByteArray dotted = RelaySubject::build(QStringLiteral("allium"), QStringLiteral("t"), QStringLiteral("record"),
                                                      QStringLiteral("ethereum.blocks"), true);
        QCOMPARE(RelaySubject::parse(dotted).subject, QStringLiteral("ethereum.blocks"));
    }

    void rejectsWhatIsNotARelaySubject()
    {
        QVERIFY(!RelaySubject::parse("tidewatch.conyr.team.trade").valid);
        QVERIFY(!RelaySubject::parse("other.conyr.team.trade.x").valid);
        QVERIFY(!RelaySubject::parse("tidewatch..team.trade.x").valid);
        QVERIFY(!RelaySubject::parse("").valid);
    }

    void matchesNatsWildcards()
    {
        QVERIFY(RelaySubject::matches("tidewatch.conyr.team.trade.x", "tidewatch.>"));
        QVERIFY(RelaySubject::matches("tidewatch.conyr.team.trade.x", "tidewatch.*.team.>"));
        QVERIFY(!RelaySubject::matches("tidewatch.conyr.other.trade.x", "tidewatch.*.team.>"));
        QVERIFY(RelaySubject::matches("a.b", "a.*"));
        QVERIFY(!RelaySubject::matches("a.b.c", "a.*"));
        QVERIFY(!RelaySubject::matches("a", "a.>"));
        QCOMPARE(RelaySubject::filterFor(QString(), QStringLiteral("team")), QStringLiteral("tidewatch.*.team.>"));
    }
};

QTEST_GUILESS_MAIN(TestRelaySubject)
#include "tst_relaysubject.moc"
