#include "core/uitranslation.h"

#include <QTranslator>

namespace UiTranslation {

namespace {
const QString kDirectory = QStringLiteral(":/i18n");
const QString kName = QStringLiteral("tidewatch");
} // namespace

bool loadEnglish(QTranslator &translator)
{
    return translator.load(kName + QStringLiteral("_en"), kDirectory);
}

bool load(QTranslator &translator, const QLocale &locale)
{
    // QTranslator tries each of the locale's UI languages (de-AT, de, …); "C" has none of ours.
    if (locale.language() != QLocale::C && translator.load(locale, kName, QStringLiteral("_"), kDirectory))
        return true;
    return loadEnglish(translator);
}

} // namespace UiTranslation
