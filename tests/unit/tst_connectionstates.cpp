// ConnectionStates: every Connection::State has one word and one colour role, and the
// registry (Connections page, tray, workspaces) answers with the same word.

#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/connectionstates.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using Tone = ConnectionStates::Tone;

class TestConnectionStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateHasADistinctTextAndAKnownTone();
    void tones_data();
    void tones();
    void registryUsesTheSameText();
    void notAStateHasNoText();
};

void TestConnectionStates::everyStateHasADistinctTextAndAKnownTone()
{
    const QMetaEnum states = QMetaEnum::fromType<Connection::State>();
    const QMetaEnum tones = QMetaEnum::fromType<Tone>();
    QVERIFY(states.keyCount() >= 6);
    QSet<QString> texts;
    for (int i = 0; i < states.keyCount(); ++i) {
        const int state = states.value(i);
        const QString text = ConnectionStates::textOf(state);
        QVERIFY2(!text.isEmpty(), states.key(i));
        QVERIFY2(!texts.contains(text), qPrintable(text));
        texts.insert(text);
        QVERIFY2(tones.valueToKey(int(ConnectionStates::toneOf(state))) != nullptr, states.key(i));
        // the QML-facing invokables answer the same
        QCOMPARE(ConnectionStates::instance()->text(state), text);
        QCOMPARE(ConnectionStates::instance()->tone(state), ConnectionStates::toneOf(state));
    }
}

void TestConnectionStates::tones_data()
{
    QTest::addColumn<Connection::State>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Tone>("tone");
    QTest::newRow("idle") << Connection::State::Idle << QStringLiteral("Idle") << Tone::Neutral;
    QTest::newRow("connecting") << Connection::State::Connecting << QStringLiteral("Connecting") << Tone::Pending;
    QTest::newRow("open") << Connection::State::Open << QStringLiteral("Open") << Tone::Good;
    QTest::newRow("reconnecting") << Connection::State::Reconnecting << QStringLiteral("Reconnecting") << Tone::Pending;
    QTest::newRow("closed") << Connection::State::Closed << QStringLiteral("Closed") << Tone::Neutral;
    QTest::newRow("failed") << Connection::State::Failed << QStringLiteral("Failed") << Tone::Bad;
}

void TestConnectionStates::tones()
{
    QFETCH(Connection::State, state);
    QFETCH(QString, text);
    QFETCH(Tone, tone);
    QCOMPARE(ConnectionStates::textOf(int(state)), text);
    QCOMPARE(ConnectionStates::toneOf(int(state)), tone);
}

void TestConnectionStates::registryUsesTheSameText()
{
    const QMetaEnum states = QMetaEnum::fromType<Connection::State>();
    for (int i = 0; i < states.keyCount(); ++i)
        QCOMPARE(ConnectionRegistry::stateName(states.value(i)), ConnectionStates::textOf(states.value(i)));
}

void TestConnectionStates::notAStateHasNoText()
{
    QVERIFY(ConnectionStates::textOf(-1).isEmpty());
    QVERIFY(ConnectionStates::textOf(99).isEmpty());
    QCOMPARE(ConnectionStates::toneOf(99), Tone::Neutral);
}

QTEST_GUILESS_MAIN(TestConnectionStates)
#include "tst_connectionstates.moc"
