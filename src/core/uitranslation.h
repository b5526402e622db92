#pragma once

#include <QLocale>

class QTranslator;

/// The UI texts for a language. The source texts are English with "%n …(s)" plurals;
/// `tidewatch_en` holds only their English plural forms ("1 rule", "2 rules"), and it is
/// the fallback for every language without its own translation (including the C locale).
namespace UiTranslation {

/// Loads the translation for @p locale into @p translator, else English. False only when
/// neither is in the resources (a build without translations).
bool load(QTranslator &translator, const QLocale &locale);

/// Loads English (its plural forms): for output meant for scripts, such as the CLI's.
bool loadEnglish(QTranslator &translator);

} // namespace UiTranslation
