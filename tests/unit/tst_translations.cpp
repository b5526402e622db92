// The translations: German complete, English plural forms for every "%n" text, and the
// language each locale gets (English for C and for languages we do not translate).
#include "core/uitranslation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; ///< the numerus forms, or the one translation
};

QList<TsMessage> readTs(const QString &name)
{
    QFile file(QStringLiteral(TW_SOURCE_DIR "/translations/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto tag = xml.name();
            if (tag == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (tag == QLatin1String("message")) {
                current = TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
            } else if (tag == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (tag == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                                     || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.forms = {xml.readElementText()};
            } else if (tag == QLatin1String("numerusform")) {
                current.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(name), qPrintable(xml.errorString()));
    return messages;
}

QString key(const TsMessage &m)
{
    return m.context + QLatin1Char('|') + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete();
    void englishHasEveryPluralInTwoForms();
    void cLocaleReadsEnglishPlurals();
    void germanReadsGermanPlurals();
    void untranslatedLanguagesFallBackToEnglish();
};

void TestTranslations::germanIsComplete()
{
    const QList<TsMessage> german = readTs(QStringLiteral("tidewatch_de.ts"));
    QVERIFY(german.size() > 1000);
    for (const TsMessage &m : german) {
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + key(m)));
        QVERIFY2(!m.forms.isEmpty() && !m.forms.contains(QString()), qPrintable(QStringLiteral("empty: ") + key(m)));
        if (m.numerus)
            QVERIFY2(m.forms.size() == 2, qPrintable(QStringLiteral("German has two plural forms: ") + key(m)));
    }
}

void TestTranslations::englishHasEveryPluralInTwoForms()
{
    QSet<QString> plurals;
    for (const TsMessage &m : readTs(QStringLiteral("tidewatch_de.ts"))) {
        if (m.numerus)
            plurals.insert(key(m));
    }
    QVERIFY(plurals.size() > 30);
    QSet<QString> english;
    for (const TsMessage &m : readTs(QStringLiteral("tidewatch_en.ts"))) {
        QVERIFY2(m.numerus, qPrintable(QStringLiteral("only plural forms in English: ") + key(m)));
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + key(m)));
        QCOMPARE(m.forms.size(), 2);
        for (const QString &form : m.forms) {
            QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
            // %Ln: the count in the locale's digits (12,345), the form counts use.
            QVERIFY2(form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln")), qPrintable(form));
        }
        english.insert(key(m));
    }
    QCOMPARE(english, plurals);
}

void TestTranslations::cLocaleReadsEnglishPlurals()
{
    QTranslator translator;
    QVERIFY(UiTranslation::load(translator, QLocale::c()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto tr = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(tr("AlertRuleList", "fired %n time(s), last %1", 1), QStringLiteral("fired 1 time, last %1"));
    QCOMPARE(tr("AlertRuleList", "fired %n time(s), last %1", 2), QStringLiteral("fired 2 times, last %1"));
    QCOMPARE(tr("AlertStore", "%n rule(s) could not be read: %1", 1), QStringLiteral("1 rule could not be read: %1"));
    QCOMPARE(tr("AlertStore", "%n rule(s) could not be read: %1", 0), QStringLiteral("0 rules could not be read: %1"));
    QCOMPARE(tr("JsonTreeModel", "{%n key(s)}", 1), QStringLiteral("{1 key}"));
    QCOMPARE(tr("JsonTreeModel", "[%n item(s)]", 7), QStringLiteral("[7 items]"));
    QCoreApplication::removeTranslator(&translator);

    QTranslator english; // the CLI's
    QVERIFY(UiTranslation::loadEnglish(english));
    QCoreApplication::installTranslator(&english);
    QCOMPARE(tr("AlertStore", "%n rule(s) could not be read: %1", 3), QStringLiteral("3 rules could not be read: %1"));
    QCoreApplication::removeTranslator(&english);
}

void TestTranslations::germanReadsGermanPlurals()
{
    QTranslator translator;
    QVERIFY(UiTranslation::load(translator, QLocale(QLocale::German, QLocale::Austria)));
    QCoreApplication::installTranslator(&translator);
    const QString one = QCoreApplication::translate("AlertStore", "%n rule(s) could not be read: %1", nullptr, 1);
    const QString two = QCoreApplication::translate("AlertStore", "%n rule(s) could not be read: %1", nullptr, 2);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(one.startsWith(QLatin1String("1 ")) && two.startsWith(QLatin1String("2 ")), qPrintable(one + " / " + two));
    QVERIFY2(one != two, "singular and plural differ");
    QVERIFY(!one.contains(QLatin1String("could not")));
    QVERIFY(!two.contains(QLatin1String("(")));
}

void TestTranslations::untranslatedLanguagesFallBackToEnglish()
{
    QTranslator translator;
    QVERIFY(UiTranslation::load(translator, QLocale(QLocale::French, QLocale::France)));
    QCoreApplication::installTranslator(&translator);
    const QString one = QCoreApplication::translate("AlertsPage", "%n rule(s)", nullptr, 1);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(one, QStringLiteral("1 rule"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
