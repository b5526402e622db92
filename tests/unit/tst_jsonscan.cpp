// JsonScan, the hot paths' validating scanner (Allium records, Conyr trades, the CLI): it
// must never accept what QJsonDocument refuses, and an object it accepts must read the same
// as the QJsonObject (values, the last of repeated keys, numbers out of double's range,
// UTF-8). Checked on hand-picked cases and on thousands of mutations of them; the Conyr
// trade decoder's scanned form is compared with its QJsonValue form the same way.

#include "core/jsonnumbers.h"
#include "core/jsonscan.h"
#include "providers/conyr/conyrpayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using JsonScan::ObjectView;

namespace {

/// What QJsonDocument makes of text: the object, or nothing when it is not one.
std::optional<QJsonObject> qtObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// Same value and same kind: an integer stays an integer (QJsonValue's == would let 1 and
/// 1.0 pass), compared through the canonical JSON text.
QByteArray canonical(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

/// The view agrees with Qt on every key; returns a description of the first difference.
QString difference(const ObjectView &view, const QJsonObject &object)
{
    QStringList viewKeys;
    for (const JsonScan::Field &f : view.fields())
        viewKeys << QString::fromUtf8(f.key);
    viewKeys.removeDuplicates();
    viewKeys.sort();
    if (viewKeys != object.keys())
        return QStringLiteral("keys %1 vs %2").arg(viewKeys.join(u','), object.keys().join(u','));
    for (const QString &key : object.keys()) {
        const QByteArray latin = key.toUtf8();
        const QJsonValue mine = view.value(QLatin1String(latin.constData(), latin.size()));
        if (canonical(mine) != canonical(object.value(key)))
            return QStringLiteral("%1: %2 vs %3")
                .arg(key, QString::fromUtf8(canonical(mine)), QString::fromUtf8(canonical(object.value(key))));
    }
    return {};
}

bool hasEscapedKey(const QByteArray &text)
{
    // Only called for objects Qt accepted: a backslash before a ':' in a key position is
    // close enough for the hand-picked cases (the mutation loop checks the weaker property).
    return text.contains("\\") && text.indexOf("\\") < text.lastIndexOf(':');
}

const QList<QByteArray> &seeds()
{
    static const QList<QByteArray> list = {
        R"({})",
        R"( { "a" : 1 } )",
        R"({"s":"text","n":-12.5e3,"i":42,"b":true,"f":false,"z":null,"o":{"x":[1,2,{"y":"z"}]},"a":[]})",
        R"({"dup":1,"dup":"two","dup":{"three":3}})",
        R"({"esc":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00"})",
        R"({"big":9223372036854775807,"bigger":9223372036854775808,"neg":-9223372036854775808})",
        R"({"zero":-0,"frac":0.1,"exp":1E+2,"tiny":5e-324,"huge":1.7976931348623157e308,"whole":-100.0})",
        R"({"rounds to -2^63":-9223372036854776808,"2^63":9223372036854775808.0,"-0.0":-0.0})",
        R"({"channel":"token:So11111111111111111111111111111111111111112:trades","data":{"trade_id":"sig:0","timestamp":1730000000000,"usd_price":"187.25","token_amount":"1.5","direction":"buy","labels":["a","b"]}})",
        "{\"utf8\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}",
        R"({"unicode key é":1})",
    };
    return list;
}

} // namespace

class TestJsonScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("accepted"); // by the view (Qt's verdict is checked too)
        int i = 0;
        for (const QByteArray &s : seeds())
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(i++))) << s << true;
        // Out of double's range: QJsonDocument refuses both, so must the scanner.
        QTest::newRow("1e400") << QByteArray(R"({"n":1e400})") << false;
        QTest::newRow("-1e400") << QByteArray(R"({"n":-1e400})") << false;
        QTest::newRow("1e-400") << QByteArray(R"({"n":1e-400})") << false;
        // UTF-8 Qt refuses: overlong, a surrogate, beyond U+10FFFF, a cut sequence.
        QTest::newRow("overlong") << QByteArray("{\"s\":\"\xc0\x80\"}") << false;
        QTest::newRow("surrogate") << QByteArray("{\"s\":\"\xed\xa0\x80\"}") << false;
        QTest::newRow("beyond 10FFFF") << QByteArray("{\"s\":\"\xf4\x90\x80\x80\"}") << false;
        QTest::newRow("cut sequence") << QByteArray("{\"s\":\"\xe2\x82\"}") << false;
        QTest::newRow("lone surrogate escape") << QByteArray(R"({"s":"\udc00"})") << true;
        // Syntax.
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
        QTest::newRow("garbage after") << QByteArray(R"({"a":1} x)") << false;
        QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})") << false;
        QTest::newRow("array") << QByteArray(R"([1,2])") << false;
        QTest::newRow("bare string") << QByteArray(R"("a")") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
        QTest::newRow("text after a string") << QByteArray(R"({"a":"\q"x})") << false;
        QTest::newRow("short unicode") << QByteArray(R"({"a":"\u12"})") << false;
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b") << false;
        QTest::newRow("truncated") << QByteArray("{\"a\":{\"b\":[1,2") << false;
        QTest::newRow("empty") << QByteArray() << false;
        // Declined although QJsonDocument takes them: a key with escapes (read such an object
        // with Qt), an escape JSON does not have (Qt keeps the character), deep nesting.
        QTest::newRow("unknown escape") << QByteArray(R"({"a":"\x"})") << false;
        QTest::newRow("escaped key") << QByteArray(R"({"a\u0062":1})") << false;
        QTest::newRow("deep") << QByteArray(100, '[').prepend("{\"a\":").append(QByteArray(100, ']')).append('}')
                              << false;
    }
    void agreesWithQt()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, accepted);
        ObjectView view;
        QCOMPARE(view.scan(text), accepted);
        const std::optional<QJsonObject> object = qtObject(text);
        if (accepted) {
            QVERIFY2(object, "the scanner accepted what QJsonDocument refuses");
            QCOMPARE(difference(view, *object), QString());
        } else if (object) {
            // Valid JSON the scanner declines: only for the documented reasons.
            QVERIFY2(hasEscapedKey(text) || text.contains("\\x") || text.contains("[[[[[[[[[["), text.constData());
        }
    }

    void typedValues()
    {
        ObjectView view;
        QVERIFY(view.scan(seeds().at(5)));
        QCOMPARE(view.value(QLatin1String("big")).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(view.value(QLatin1String("neg")).toInteger(), std::numeric_limits<qint64>::min());
        QCOMPARE(view.value(QLatin1String("bigger")).toDouble(), 9223372036854775808.0);
        QVERIFY(view.value(QLatin1String("missing")).isUndefined());
        QVERIFY(!view.contains(QLatin1String("missing")));
        QVERIFY(view.scan(seeds().at(3)));
        QCOMPARE(view.value(QLatin1String("dup")).toObject().value(QLatin1String("three")).toInt(), 3);
        QVERIFY(view.scan(seeds().at(4)));
        QCOMPARE(view.value(QLatin1String("esc")).toString(),
                 QStringLiteral("a\"b\\c/d\b\f\n\r\t\u00e9") + QString::fromUcs4(U"\U0001F600"));
    }

    /// utf8() decodes escapes straight to bytes; \u escapes (pairs, lone surrogates) as Qt.
    void utf8Text_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Built by hand (a raw string with backslashes confuses moc).
        const auto obj = [](const QByteArray &value) -> QByteArray { return "{\"s\":\"" + value + "\"}"; };
        const QByteArray bs(1, '\\');
        QTest::newRow("plain") << obj("plain");
        QTest::newRow("escapes") << obj(bs + "\"a" + bs + bs + "b" + bs + "/c" + bs + "n" + bs + "t" + bs + "r" + bs + "b" + bs + "f");
        QTest::newRow("pair") << obj("x" + bs + "ud83d" + bs + "ude00y");
        QTest::newRow("lone surrogate") << obj("x" + bs + "udc00y");
        QTest::newRow("escaped backslash then u") << obj(bs + bs + "u0041");
        QTest::newRow("raw UTF-8") << obj("\xc3\xa9" + bs + "n\xf0\x9f\x98\x80");
    }
    void utf8Text()
    {
        QFETCH(QByteArray, text);
        ObjectView view;
        QVERIFY(view.scan(text));
        const JsonScan::Field *f = view.findLast(QLatin1String("s"));
        QVERIFY(f);
        QCOMPARE(JsonScan::utf8(*f), qtObject(text)->value(QLatin1String("s")).toString().toUtf8());
    }

    /// The envelope and its payload in one pass: the nested view is the last "data" object.
    void nestedScan_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("hasObject");
        QTest::newRow("envelope") << seeds().at(8) << true;
        QTest::newRow("repeated data, last wins") << QByteArray(R"({"data":{"a":1},"x":0,"data":{"b":2}})") << true;
        QTest::newRow("data then not an object") << QByteArray(R"({"data":{"a":1},"data":5})") << false;
        QTest::newRow("nested data is not the envelope's")
            << QByteArray(R"({"o":{"data":{"a":1}}})") << false;
        QTest::newRow("no data") << QByteArray(R"({"channel":"x"})") << false;
    }
    void nestedScan()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, hasObject);
        ObjectView frame;
        ObjectView nested;
        QVERIFY(frame.scan(text, QLatin1String("data"), nested));
        const QJsonObject object = *qtObject(text);
        QCOMPARE(difference(frame, object), QString());
        const QJsonValue data = object.value(QLatin1String("data"));
        QCOMPARE(data.isObject(), hasObject);
        const JsonScan::Field *field = frame.findLast(QLatin1String("data"));
        QCOMPARE(field && field->type == 'o', hasObject);
        if (hasObject)
            QCOMPARE(difference(nested, data.toObject()), QString());
    }

    /// Thousands of byte-level mutations of the seeds: whatever the view accepts, Qt accepts
    /// and reads the same. (The libFuzzer target fuzz_conyr checks this without end.)
    void mutationsAgree()
    {
        QRandomGenerator rng(20261204);
        const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\-+.eE0123456789 truefalsnu\x01\xc3\xa9\xed\xf4\x80");
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text = seeds().at(rng.bounded(seeds().size()));
            const int edits = 1 + rng.bounded(3);
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int at = rng.bounded(text.size());
                const char c = alphabet.at(rng.bounded(alphabet.size()));
                switch (rng.bounded(3)) {
                case 0: text[at] = c; break;
                case 1: text.insert(at, c); break;
                default: text.remove(at, 1); break;
                }
            }
            ObjectView view;
            if (!view.scan(text))
                continue;
            ++accepted;
            const std::optional<QJsonObject> object = qtObject(text);
            QVERIFY2(object, text.toPercentEncoding().constData());
            for (const JsonScan::Field &f : view.fields()) {
                if (f.type == 's') // the UTF-8 reading is the text's UTF-8
                    QCOMPARE(JsonScan::utf8(f), JsonScan::text(f).toUtf8());
            }
            const QString diff = difference(view, *object);
            QVERIFY2(diff.isEmpty(), qPrintable(diff + QLatin1String(" in ") + QString::fromLatin1(text.toPercentEncoding())));
        }
        QVERIFY2(accepted > 2000, "the mutations should leave many valid objects to compare");
    }

    /// checkedDouble on text reads what QString::toDouble reads (its former implementation).
    void checkedDoubleText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *s : {"0", "0.5", " 0.5 ", "+1", "-1", "1e-7", "1E7", ".5", "5.", "-.5", "187.25",
                              "0.00002315", "1e308", "1e309", "-1e309", "inf", "nan", "+-1", "-+1", "++1", "0,5",
                              "1 000", "", " ", "abc", "1e", "e5", "0x10", "1.2.3", "00012", "9007199254740993"})
            QTest::newRow(s[0] ? s : "(empty)") << QString::fromLatin1(s);
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662");
        QTest::newRow("full-width digit") << QStringLiteral("\uff11");
        QTest::newRow("201 digits") << QString(201, u'1');
    }
    void checkedDoubleText()
    {
        QFETCH(QString, text);
        bool ok = false;
        const QStringView trimmed = QStringView(text).trimmed();
        const double expected = trimmed.size() > 200 ? 0 : QLocale::c().toDouble(trimmed, &ok);
        const std::optional<double> got = JsonNumbers::checkedDouble(QStringView(text));
        const bool expectOk = ok && std::isfinite(expected);
        QCOMPARE(bool(got), expectOk);
        if (got)
            QCOMPARE(*got, expected);
        // The JSON form delegates to the text form for strings.
        QCOMPARE(bool(JsonNumbers::checkedDouble(QJsonValue(text))), expectOk);
    }

    /// Conyr's trade decoder reads a scanned object exactly as it reads a QJsonObject.
    void conyrTradeFromView_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray full = R"({"trade_id":"5x:2","signature":"5x","event_index":2,"slot":300000000,)"
                                R"("timestamp":1730000000123,"direction":"sell","token_mint":"Mint1","token_decimals":6,)"
                                R"("wallet_address":"W","pool_address":"P","dex_name":"raydium","base_mint":"B",)"
                                R"("token_amount":"1520.5","usd_price":"0.00002315","usd_notional":"0.0352",)"
                                R"("base_amount":"0.0002","is_arbitrage":1,"bundle_id":"b1","labels":["x","y"]})";
        QTest::newRow("full") << full;
        QTest::newRow("numbers not strings") << QByteArray(R"({"trade_id":"t","timestamp":1730000000,"usd_price":1.5,"token_amount":2})");
        QTest::newRow("id from signature") << QByteArray(R"({"signature":"s","event_index":0,"timestamp":1,"usd_price":"1","token_amount":"1"})");
        QTest::newRow("no price") << QByteArray(R"({"trade_id":"t","timestamp":1,"token_amount":"1"})");
        QTest::newRow("bad price") << QByteArray(R"({"trade_id":"t","timestamp":1,"usd_price":"1,5","token_amount":"1"})");
        QTest::newRow("price +-") << QByteArray(R"({"trade_id":"t","timestamp":1,"usd_price":"+-1","token_amount":"1"})");
        QTest::newRow("huge timestamp") << QByteArray(R"({"trade_id":"t","timestamp":1e300,"usd_price":"1","token_amount":"1"})");
        QTest::newRow("negative index") << QByteArray(R"({"signature":"s","event_index":-1,"timestamp":1,"usd_price":"1","token_amount":"1"})");
        QTest::newRow("labels not strings") << QByteArray(R"({"trade_id":"t","timestamp":1,"usd_price":"1","token_amount":"1","labels":[1]})");
        QTest::newRow("repeated price") << QByteArray(R"({"trade_id":"t","timestamp":1,"usd_price":"bad","token_amount":"1","usd_price":"2"})");
        QTest::newRow("escaped strings") << QByteArray("{\"trade_id\":\"t\\u0031\",\"timestamp\":1,\"usd_price\":\"1\",\"token_amount\":\"1\",\"dex_name\":\"a\\\"b\"}");
    }
    void conyrTradeFromView()
    {
        QFETCH(QByteArray, text);
        ObjectView view;
        QVERIFY(view.scan(text));
        Conyr::Trade fromView;
        Conyr::Trade fromQt;
        QString viewProblem;
        QString qtProblem;
        const bool viewOk = Conyr::decodeTrade(view, fromView, &viewProblem);
        const bool qtOk = Conyr::decodeTrade(QJsonValue(*qtObject(text)), fromQt, &qtProblem);
        QCOMPARE(viewOk, qtOk);
        QCOMPARE(viewProblem, qtProblem);
        if (qtOk) {
            QCOMPARE(fromView.id, fromQt.id);
            QCOMPARE(fromView.ts, fromQt.ts);
            QCOMPARE(fromView.price, fromQt.price);
            QCOMPARE(QJsonDocument(Conyr::tradeToJson(fromView)).toJson(), QJsonDocument(Conyr::tradeToJson(fromQt)).toJson());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
