<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AlertCenter</name>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>The filter is not a JSON object: %1</source>
        <translation>Der Filter ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Rule %1 in %2: %3</source>
        <translation>Regel %1 in %2: %3</translation>
    </message>
    <message>
        <source>A connection is down</source>
        <translation>Eine Verbindung ist unterbrochen</translation>
    </message>
    <message>
        <source>A feed went quiet</source>
        <translation>Ein Feed ist verstummt</translation>
    </message>
    <message>
        <source>Blocks were skipped</source>
        <translation>Blöcke wurden übersprungen</translation>
    </message>
    <message>
        <source>Price moves 1 % within 5 minutes</source>
        <translation>Preis bewegt sich um 1 % in 5 Minuten</translation>
    </message>
    <message>
        <source>Balance runs out within a day</source>
        <translation>Guthaben ist binnen eines Tages aufgebraucht</translation>
    </message>
    <message>
        <source>Tweet mentions an ETF</source>
        <translation>Tweet erwähnt einen ETF</translation>
    </message>
    <message>
        <source>could not %1 here</source>
        <translation>konnte hier nicht: %1</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Bedingung %1: %2</translation>
    </message>
    <message>
        <source>“%1” is a shared rule (%2): the team edits it in the bucket, not here.</source>
        <translation>„%1“ ist eine geteilte Regel (%2): Das Team bearbeitet sie im Bucket, nicht hier.</translation>
    </message>
</context>
<context>
    <name>AlertDryRun</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds of recording</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes of recording</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes of recording</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Pick a recording file on this computer.</source>
        <translation>Wählen Sie eine Aufzeichnungsdatei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Pick a recording first.</source>
        <translation>Wählen Sie zuerst eine Aufzeichnung.</translation>
    </message>
    <message>
        <source>This recording&apos;s provider (%1) reports nothing rules can read: only connection rules apply.</source>
        <translation>Der Anbieter dieser Aufzeichnung (%1) liefert nichts, was Regeln lesen können: Es gelten nur Verbindungsregeln.</translation>
    </message>
    <message>
        <source>This recording is from %1, but the rule watches %2: it had no data to read.</source>
        <translation>Diese Aufzeichnung stammt von %1, die Regel beobachtet aber %2: Sie hatte keine Daten zu lesen.</translation>
    </message>
    <message>
        <source>The recording holds no data this rule reads.</source>
        <translation>Die Aufzeichnung enthält keine Daten, die diese Regel liest.</translation>
    </message>
    <message>
        <source>The rule would not have fired on this recording.</source>
        <translation>Die Regel hätte bei dieser Aufzeichnung nicht ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1 of recording</source>
        <translation>
            <numerusform>%n Alarm in %1 Aufzeichnung</numerusform>
            <numerusform>%n Alarme in %1 Aufzeichnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDryRunDialog</name>
    <message>
        <source>Dry run: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message>
        <source>unnamed rule</source>
        <translation>unbenannte Regel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Where this rule would have fired on a recording: the same clients and engine as a live run, on the recording&apos;s clock. Nobody is notified.</source>
        <translation>Wo diese Regel bei einer Aufzeichnung ausgelöst hätte: dieselben Clients und dieselbe Engine wie im Live-Betrieb, auf der Uhr der Aufzeichnung. Niemand wird benachrichtigt.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Choose a recording…</source>
        <translation>Aufzeichnung wählen…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 frames · %2 observations · %n firing(s)</source>
        <translation>
            <numerusform>%1 Frames · %2 Beobachtungen · %n Auslösung</numerusform>
            <numerusform>%1 Frames · %2 Beobachtungen · %n Auslösungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 are shown</source>
        <translation>die ersten %1 werden gezeigt</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Aufzeichnung wählen</translation>
    </message>
    <message>
        <source>Recordings (*.ndjson *.jsonl)</source>
        <translation>Aufzeichnungen (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AlertDryRunTimeline</name>
    <message>
        <source>%1 (%2): %3
%4</source>
        <translation>%1 (%2): %3
%4</translation>
    </message>
</context>
<context>
    <name>AlertHistoryList</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Before the alert</source>
        <translation>Vor dem Alarm</translation>
    </message>
    <message>
        <source>(older events left out)</source>
        <translation>(ältere Ereignisse ausgelassen)</translation>
    </message>
    <message>
        <source>Hide context</source>
        <translation>Kontext ausblenden</translation>
    </message>
    <message>
        <source>Context (%1)</source>
        <translation>Kontext (%1)</translation>
    </message>
    <message>
        <source>The events before this alert that touch its subject, from every provider.</source>
        <translation>Die Ereignisse vor diesem Alarm zu seinem Gegenstand, von allen Anbietern.</translation>
    </message>
</context>
<context>
    <name>AlertHistoryModel</name>
    <message>
        <source>at the alert</source>
        <translation>beim Alarm</translation>
    </message>
    <message>
        <source>%1 s before</source>
        <translation>%1 s vorher</translation>
    </message>
</context>
<context>
    <name>AlertNotifiers</name>
    <message>
        <source>There is no key store to keep the token in.</source>
        <translation>Es gibt keinen Schlüsselspeicher für das Token.</translation>
    </message>
    <message>
        <source>There is no key store to read the Telegram bot token from.</source>
        <translation>Es gibt keinen Schlüsselspeicher, aus dem das Telegram-Bot-Token gelesen werden kann.</translation>
    </message>
    <message>
        <source>No Telegram bot token is stored for this rule: enter it in the rule editor.</source>
        <translation>Für diese Regel ist kein Telegram-Bot-Token gespeichert: Geben Sie es im Regel-Editor ein.</translation>
    </message>
    <message>
        <source>The Telegram bot token could not be read: %1</source>
        <translation>Das Telegram-Bot-Token konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AlertReplay</name>
    <message>
        <source>A replay reads one recording.</source>
        <translation>Eine Wiedergabe liest genau eine Aufzeichnung.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; reports no observations</source>
        <translation>Anbieter „%1“ liefert keine Beobachtungen</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>Price above</source>
        <translation>Preis über</translation>
    </message>
    <message>
        <source>Price below</source>
        <translation>Preis unter</translation>
    </message>
    <message>
        <source>Price crosses</source>
        <translation>Preis kreuzt</translation>
    </message>
    <message>
        <source>Change within a window</source>
        <translation>Änderung im Zeitfenster</translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation>Volumenspitze</translation>
    </message>
    <message>
        <source>Stream record matches</source>
        <translation>Stream-Datensatz passt</translation>
    </message>
    <message>
        <source>Tweet matches</source>
        <translation>Tweet passt</translation>
    </message>
    <message>
        <source>Stream stale</source>
        <translation>Stream ohne Daten</translation>
    </message>
    <message>
        <source>Block-number gap</source>
        <translation>Lücke in Blocknummern</translation>
    </message>
    <message>
        <source>Connection down</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Balance below</source>
        <translation>Guthaben unter</translation>
    </message>
    <message>
        <source>Balance runs out soon</source>
        <translation>Guthaben bald aufgebraucht</translation>
    </message>
    <message>
        <source>{subject} rose above {level}: {value}</source>
        <translation>{subject} stieg über {level}: {value}</translation>
    </message>
    <message>
        <source>{subject} fell below {level}: {value}</source>
        <translation>{subject} fiel unter {level}: {value}</translation>
    </message>
    <message>
        <source>{subject} crossed {level} {direction}: {value}</source>
        <translation>{subject} kreuzte {level} {direction}: {value}</translation>
    </message>
    <message>
        <source>{subject} moved {change}% within {window} s (from {from} to {value})</source>
        <translation>{subject} bewegte sich um {change} % in {window} s (von {from} auf {value})</translation>
    </message>
    <message>
        <source>{subject} volume {value} is {ratio}× its average {average}</source>
        <translation>{subject}: Volumen {value} ist das {ratio}-Fache des Durchschnitts {average}</translation>
    </message>
    <message>
        <source>{subject}: a record matched the filter</source>
        <translation>{subject}: ein Datensatz passte zum Filter</translation>
    </message>
    <message>
        <source>@{author}: {text}</source>
        <translation>@{author}: {text}</translation>
    </message>
    <message>
        <source>{subject}: no data for {seconds} s</source>
        <translation>{subject}: seit {seconds} s keine Daten</translation>
    </message>
    <message>
        <source>{subject}: {gap} block(s) missing after {from} (got {value})</source>
        <translation>{subject}: {gap} Block/Blöcke fehlen nach {from} (erhalten: {value})</translation>
    </message>
    <message>
        <source>{subject} down for {seconds} s: {reason}</source>
        <translation>{subject} seit {seconds} s unterbrochen: {reason}</translation>
    </message>
    <message>
        <source>{subject} balance {value} is below {level}</source>
        <translation>{subject}: Guthaben {value} liegt unter {level}</translation>
    </message>
    <message>
        <source>{subject} balance {value} runs out in about {hours} h</source>
        <translation>{subject}: Guthaben {value} ist in etwa {hours} h aufgebraucht</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The cooldown cannot be negative.</source>
        <translation>Die Abklingzeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Hysteresis must be between 0 and 50 %.</source>
        <translation>Die Hysterese muss zwischen 0 und 50 % liegen.</translation>
    </message>
    <message>
        <source>The webhook needs a full http:// or https:// URL.</source>
        <translation>Der Webhook braucht eine vollständige http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The change must be more than 0 %.</source>
        <translation>Die Änderung muss größer als 0 % sein.</translation>
    </message>
    <message>
        <source>The window must be at least one second.</source>
        <translation>Das Zeitfenster muss mindestens eine Sekunde lang sein.</translation>
    </message>
    <message>
        <source>The direction must be up, down or any.</source>
        <translation>Die Richtung muss „aufwärts“, „abwärts“ oder „beliebig“ sein.</translation>
    </message>
    <message>
        <source>A spike factor must be more than 1 (e.g. 3 for three times the average).</source>
        <translation>Der Spitzenfaktor muss größer als 1 sein (z. B. 3 für das Dreifache des Durchschnitts).</translation>
    </message>
    <message>
        <source>The moving average needs at least 2 samples.</source>
        <translation>Der gleitende Durchschnitt braucht mindestens 2 Werte.</translation>
    </message>
    <message>
        <source>The rule needs a filter, e.g. {&quot;field&quot;:&quot;value&quot;,&quot;operator&quot;:&quot;&gt;&quot;,&quot;value&quot;:1000}.</source>
        <translation>Die Regel braucht einen Filter, z. B. {&quot;field&quot;:&quot;value&quot;,&quot;operator&quot;:&quot;&gt;&quot;,&quot;value&quot;:1000}.</translation>
    </message>
    <message>
        <source>Give at least one keyword, an author, a monitor or a rule.</source>
        <translation>Gib mindestens ein Stichwort, einen Autor, einen Monitor oder eine Regel an.</translation>
    </message>
    <message>
        <source>The time must be at least one second.</source>
        <translation>Die Zeit muss mindestens eine Sekunde betragen.</translation>
    </message>
    <message>
        <source>The gap must be at least one missing block.</source>
        <translation>Die Lücke muss mindestens einen fehlenden Block umfassen.</translation>
    </message>
    <message>
        <source>The forecast horizon must be more than 0 hours.</source>
        <translation>Der Prognosezeitraum muss größer als 0 Stunden sein.</translation>
    </message>
    <message>
        <source>Unknown rule kind &apos;%1&apos;.</source>
        <translation>Unbekannte Regelart „%1“.</translation>
    </message>
    <message>
        <source>Record filters are not available in this build.</source>
        <translation>Datensatzfilter sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>upwards</source>
        <translation>aufwärts</translation>
    </message>
    <message>
        <source>downwards</source>
        <translation>abwärts</translation>
    </message>
    <message>
        <source>Unknown webhook preset &apos;%1&apos; (generic, slack, discord or telegram).</source>
        <translation>Unbekannte Webhook-Vorlage „%1“ (generic, slack, discord oder telegram).</translation>
    </message>
    <message>
        <source>A Telegram webhook needs the chat id (e.g. 123456789 or @channel).</source>
        <translation>Ein Telegram-Webhook braucht die Chat-ID (z. B. 123456789 oder @channel).</translation>
    </message>
    <message>
        <source>The Alertmanager needs a full http:// or https:// URL.</source>
        <translation>Der Alertmanager braucht eine vollständige http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label name (letters, digits and _, not starting with a digit).</source>
        <translation>„%1“ ist kein Label-Name (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend).</translation>
    </message>
    <message>
        <source>The label &apos;%1&apos; needs a text value.</source>
        <translation>Das Label „%1“ braucht einen Textwert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a label: write name=value.</source>
        <translation>„%1“ ist kein Label: Schreiben Sie Name=Wert.</translation>
    </message>
    <message>
        <source>Unknown sound &apos;%1&apos; (none, beep or alarm; empty for the default).</source>
        <translation>Unbekannter Ton „%1“ (none, beep oder alarm; leer für den Standard).</translation>
    </message>
    <message>
        <source>Crosses up</source>
        <translation>Kreuzt nach oben</translation>
    </message>
    <message>
        <source>Crosses down</source>
        <translation>Kreuzt nach unten</translation>
    </message>
    <message>
        <source>Enters a channel</source>
        <translation>Tritt in einen Kanal ein</translation>
    </message>
    <message>
        <source>Exits a channel</source>
        <translation>Verlässt einen Kanal</translation>
    </message>
    <message>
        <source>Inside a channel</source>
        <translation>Innerhalb eines Kanals</translation>
    </message>
    <message>
        <source>Outside a channel</source>
        <translation>Außerhalb eines Kanals</translation>
    </message>
    <message>
        <source>{subject} crossed {level} upwards: {value}</source>
        <translation>{subject} hat {level} nach oben gekreuzt: {value}</translation>
    </message>
    <message>
        <source>{subject} crossed {level} downwards: {value}</source>
        <translation>{subject} hat {level} nach unten gekreuzt: {value}</translation>
    </message>
    <message>
        <source>{subject} entered {level} .. {upperLevel}: {value}</source>
        <translation>{subject} ist in {level} .. {upperLevel} eingetreten: {value}</translation>
    </message>
    <message>
        <source>{subject} left {level} .. {upperLevel}: {value}</source>
        <translation>{subject} hat {level} .. {upperLevel} verlassen: {value}</translation>
    </message>
    <message>
        <source>{subject} is inside {level} .. {upperLevel}: {value}</source>
        <translation>{subject} liegt innerhalb von {level} .. {upperLevel}: {value}</translation>
    </message>
    <message>
        <source>{subject} is outside {level} .. {upperLevel}: {value}</source>
        <translation>{subject} liegt außerhalb von {level} .. {upperLevel}: {value}</translation>
    </message>
    <message>
        <source>The expiry is not a valid time.</source>
        <translation>Der Ablauf ist keine gültige Zeit.</translation>
    </message>
    <message>
        <source>The upper level must be above the lower level.</source>
        <translation>Die obere Schwelle muss über der unteren liegen.</translation>
    </message>
    <message>
        <source>The expiry &apos;%1&apos; is not a date and time (e.g. 2026-12-31T18:00).</source>
        <translation>Der Ablauf &apos;%1&apos; ist kein Datum mit Uhrzeit (z. B. 2026-12-31T18:00).</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>scharf</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>in Abkühlzeit</translation>
    </message>
    <message>
        <source>held by hysteresis</source>
        <translation>durch Hysterese gehalten</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>fired once, done</source>
        <translation>einmal ausgelöst, erledigt</translation>
    </message>
    <message>
        <source>Moves by an amount within a window</source>
        <translation>Bewegt sich um einen Betrag im Zeitfenster</translation>
    </message>
    <message>
        <source>{subject} moved {change} within {window} s (from {from} to {value})</source>
        <translation>{subject} bewegte sich um {change} in {window} s (von {from} auf {value})</translation>
    </message>
    <message>
        <source>The change must be more than 0.</source>
        <translation>Die Änderung muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>A bar must be between 1 second and 7 days long.</source>
        <translation>Ein Balken muss zwischen 1 Sekunde und 7 Tagen lang sein.</translation>
    </message>
    <message>
        <source>Once per bar and once per bar close are for rules on a value (levels, channels, changes, spikes).</source>
        <translation>Einmal pro Balken und einmal pro Balkenschluss gibt es nur für Regeln auf einen Wert (Schwellen, Kanäle, Änderungen, Spitzen).</translation>
    </message>
    <message>
        <source>The window in bars must be between 0 (use seconds) and %1.</source>
        <translation>Das Fenster in Balken muss zwischen 0 (Sekunden verwenden) und %1 liegen.</translation>
    </message>
    <message>
        <source>Unknown trigger mode &apos;%1&apos; (every, once, bar or bar-close).</source>
        <translation>Unbekannter Auslösemodus „%1“ (every, once, bar oder bar-close).</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos; (%2).</source>
        <translation>Unbekannte Aktion „%1“ (%2).</translation>
    </message>
    <message>
        <source>pause optional subscriptions</source>
        <translation>optionale Abonnements pausieren</translation>
    </message>
    <message>
        <source>Composite (all / any / A then B)</source>
        <translation>Kombiniert (alle / eine / A, dann B)</translation>
    </message>
    <message>
        <source>{rule}: {conditions}</source>
        <translation>{rule}: {conditions}</translation>
    </message>
    <message>
        <source>{rule}: {steps}</source>
        <translation>{rule}: {steps}</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle von</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>eine von</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>der Reihe nach</translation>
    </message>
    <message>
        <source>Unknown combination &apos;%1&apos; (all, any or sequence).</source>
        <translation>Unbekannte Verknüpfung „%1“ (all, any oder sequence).</translation>
    </message>
    <message>
        <source>A composite rule needs at least %1 conditions; it has %2.</source>
        <translation>Eine kombinierte Regel braucht mindestens %1 Bedingungen; sie hat %2.</translation>
    </message>
    <message>
        <source>A composite rule takes at most %1 conditions; it has %2.</source>
        <translation>Eine kombinierte Regel nimmt höchstens %1 Bedingungen; sie hat %2.</translation>
    </message>
    <message>
        <source>A sequence needs a time between its steps (withinSec) of at least one second.</source>
        <translation>Eine Abfolge braucht eine Zeit zwischen ihren Schritten (withinSec) von mindestens einer Sekunde.</translation>
    </message>
    <message>
        <source>&quot;All&quot; needs a time (withinSec) of at least one second within which its events count together.</source>
        <translation>„Alle“ braucht eine Zeit (withinSec) von mindestens einer Sekunde, in der ihre Ereignisse zusammen zählen.</translation>
    </message>
    <message>
        <source>Once per bar close is not available for composite rules; use once per bar.</source>
        <translation>Einmal pro Balkenschluss gibt es für kombinierte Regeln nicht; nimm einmal pro Balken.</translation>
    </message>
    <message>
        <source>Condition %1: a composite rule cannot contain another composite rule.</source>
        <translation>Bedingung %1: Eine kombinierte Regel kann keine weitere kombinierte Regel enthalten.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Bedingung %1: %2</translation>
    </message>
    <message>
        <source>The conditions must be a list of rule objects.</source>
        <translation>Die Bedingungen müssen eine Liste von Regelobjekten sein.</translation>
    </message>
    <message>
        <source>waiting for the other conditions</source>
        <translation>wartet auf die übrigen Bedingungen</translation>
    </message>
    <message>
        <source>(+%1 s)</source>
        <translation>(+%1 s)</translation>
    </message>
    <message>
        <source>step %1 of %2 met %3 s ago</source>
        <translation>Schritt %1 von %2 vor %3 s erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met</source>
        <translation>%1 von %2 Bedingungen erfüllt</translation>
    </message>
    <message>
        <source>{rule} is blind: {reason} for {seconds} s</source>
        <translation>{rule} ist blind: {reason} seit {seconds} s</translation>
    </message>
    <message>
        <source>The blind time for an alert must be between 0 (off) and 7 days.</source>
        <translation>Die Blindzeit für einen Alarm muss zwischen 0 (aus) und 7 Tagen liegen.</translation>
    </message>
    <message>
        <source>A connection rule is never blind: connection states are its data.</source>
        <translation>Eine Verbindungsregel ist nie blind: Verbindungszustände sind ihre Daten.</translation>
    </message>
    <message>
        <source>billing stopped</source>
        <translation>Abrechnung gestoppt</translation>
    </message>
    <message>
        <source>connection down</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>blind</translation>
    </message>
</context>
<context>
    <name>AlertRuleConditionEditor</name>
    <message>
        <source>Step %1: first</source>
        <translation>Schritt %1: zuerst</translation>
    </message>
    <message>
        <source>Step %1: then, within the time below</source>
        <translation>Schritt %1: dann, innerhalb der Zeit unten</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>AlertRuleEditor</name>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Cooldown (s)</source>
        <translation>Abklingzeit (s)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The rule is saved, but its bot token is not: %1</source>
        <translation>Die Regel ist gespeichert, ihr Bot-Token aber nicht: %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>Every time (after the cooldown)</source>
        <translation>Jedes Mal (nach der Abkühlzeit)</translation>
    </message>
    <message>
        <source>Only once</source>
        <translation>Nur einmal</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never (or e.g. 2026-12-31 18:00, local time)</source>
        <translation>nie (oder z. B. 2026-12-31 18:00, Ortszeit)</translation>
    </message>
    <message>
        <source>Once per bar</source>
        <translation>Einmal pro Balken</translation>
    </message>
    <message>
        <source>Once per bar close</source>
        <translation>Einmal pro Balkenschluss</translation>
    </message>
    <message>
        <source>Bar length (s)</source>
        <translation>Balkenlänge (s)</translation>
    </message>
    <message>
        <source>Bars start at whole multiples of this length (60: every minute, 3600: every hour).</source>
        <translation>Balken beginnen bei ganzen Vielfachen dieser Länge (60: jede Minute, 3600: jede Stunde).</translation>
    </message>
    <message>
        <source>Combine</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>All of them (AND)</source>
        <translation>Alle (UND)</translation>
    </message>
    <message>
        <source>Any of them (OR)</source>
        <translation>Eine davon (ODER)</translation>
    </message>
    <message>
        <source>In order: A, then B (sequence)</source>
        <translation>Der Reihe nach: A, dann B (Abfolge)</translation>
    </message>
    <message>
        <source>Each step within (s)</source>
        <translation>Jeder Schritt innerhalb von (s)</translation>
    </message>
    <message>
        <source>Events count together within (s)</source>
        <translation>Ereignisse zählen zusammen innerhalb von (s)</translation>
    </message>
    <message>
        <source>Each step must come within this many seconds of the step before it.</source>
        <translation>Jeder Schritt muss innerhalb so vieler Sekunden nach dem vorigen kommen.</translation>
    </message>
    <message>
        <source>A condition that happens (a tweet, a record, a crossing) counts for this long; one that holds (above a level) counts while it holds.</source>
        <translation>Eine Bedingung, die eintritt (ein Tweet, ein Datensatz, ein Kreuzen), zählt so lange; eine, die anhält (über einer Schwelle), zählt, solange sie anhält.</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>{rule}: {steps}</source>
        <translation>{rule}: {steps}</translation>
    </message>
    <message>
        <source>{conditions}: what each condition saw; {steps}: the same, numbered, with the seconds between them; {subject}: the last condition&apos;s subject.</source>
        <translation>{conditions}: was jede Bedingung gesehen hat; {steps}: dasselbe, nummeriert, mit den Sekunden dazwischen; {subject}: das Thema der letzten Bedingung.</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Probelauf…</translation>
    </message>
    <message>
        <source>See where this rule would have fired on a recording, without notifying anyone.</source>
        <translation>Zeigt, wo diese Regel bei einer Aufzeichnung ausgelöst hätte, ohne jemanden zu benachrichtigen.</translation>
    </message>
    <message>
        <source>When blind</source>
        <translation>Wenn blind</translation>
    </message>
    <message>
        <source>Alert when it has no data for more than</source>
        <translation>Alarm, wenn länger keine Daten als</translation>
    </message>
    <message>
        <source>Once per stretch without data: its connections down, billing stopped, its stream paused, or nothing for a minute.</source>
        <translation>Einmal je Zeitraum ohne Daten: Verbindungen unterbrochen, Abrechnung gestoppt, Stream pausiert oder eine Minute lang nichts.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>AlertRuleList</name>
    <message>
        <source>Enabled: click to pause this rule</source>
        <translation>Aktiv: klicken, um diese Regel zu pausieren</translation>
    </message>
    <message>
        <source>Paused: click to enable</source>
        <translation>Pausiert: klicken, um sie zu aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>fired %n time(s), last %1</source>
        <translation>
            <numerusform>%n-mal ausgelöst, zuletzt %1</numerusform>
            <numerusform>%n-mal ausgelöst, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>has not fired yet</source>
        <translation>hat noch nicht ausgelöst</translation>
    </message>
    <message>
        <source>webhook: sending…</source>
        <translation>Webhook: wird gesendet …</translation>
    </message>
    <message>
        <source>webhook: retrying — %1</source>
        <translation>Webhook: neuer Versuch — %1</translation>
    </message>
    <message>
        <source>webhook: delivered</source>
        <translation>Webhook: zugestellt</translation>
    </message>
    <message>
        <source>webhook failed: %1</source>
        <translation>Webhook fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>webhook: ready</source>
        <translation>Webhook: bereit</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 · last %2 at %3 · %4</source>
        <translation>%1 · zuletzt %2 um %3 · %4</translation>
    </message>
    <message>
        <source>What the rule saw last: its state and the last value it evaluated.</source>
        <translation>Was die Regel zuletzt sah: ihr Zustand und der letzte ausgewertete Wert.</translation>
    </message>
    <message>
        <source>Blind time: how long the rule had no data (connections down, billing stopped, stream paused, or nothing for a minute).</source>
        <translation>Blindzeit: wie lange die Regel keine Daten hatte (Verbindungen unterbrochen, Abrechnung gestoppt, Stream pausiert oder eine Minute lang nichts).</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Probelauf…</translation>
    </message>
    <message>
        <source>See where this rule would have fired on a recording, without notifying anyone.</source>
        <translation>Zeigt, wo diese Regel bei einer Aufzeichnung ausgelöst hätte, ohne jemanden zu benachrichtigen.</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>A team rule from %1: it runs here as the bucket says and is edited there.</source>
        <translation>Eine Teamregel aus %1: Sie läuft hier so, wie der Bucket sie vorgibt, und wird dort bearbeitet.</translation>
    </message>
</context>
<context>
    <name>AlertRuleModel</name>
    <message>
        <source>any subject</source>
        <translation>beliebiges Objekt</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 crosses %2</source>
        <translation>%1 kreuzt %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2× average of %3</source>
        <translation>%1 &gt; %2× Durchschnitt von %3</translation>
    </message>
    <message>
        <source>record matches %1</source>
        <translation>Datensatz passt zu %1</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>Stichwörter %1</translation>
    </message>
    <message>
        <source>monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>tweet with %1</source>
        <translation>Tweet mit %1</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>%1 or more blocks missing</source>
        <translation>%1 oder mehr Blöcke fehlen</translation>
    </message>
    <message>
        <source>down for %1 s</source>
        <translation>seit %1 s unterbrochen</translation>
    </message>
    <message>
        <source>balance below %1</source>
        <translation>Guthaben unter %1</translation>
    </message>
    <message>
        <source>balance runs out within %1 h</source>
        <translation>Guthaben in %1 h aufgebraucht</translation>
    </message>
    <message>
        <source>%1 crosses %2 upwards</source>
        <translation>%1 kreuzt %2 nach oben</translation>
    </message>
    <message>
        <source>%1 crosses %2 downwards</source>
        <translation>%1 kreuzt %2 nach unten</translation>
    </message>
    <message>
        <source>%1 enters %2 .. %3</source>
        <translation>%1 tritt in %2 .. %3 ein</translation>
    </message>
    <message>
        <source>%1 leaves %2 .. %3</source>
        <translation>%1 verlässt %2 .. %3</translation>
    </message>
    <message>
        <source>%1 inside %2 .. %3</source>
        <translation>%1 innerhalb %2 .. %3</translation>
    </message>
    <message>
        <source>%1 outside %2 .. %3</source>
        <translation>%1 außerhalb %2 .. %3</translation>
    </message>
    <message>
        <source>only once</source>
        <translation>nur einmal</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) of %1</source>
        <translation>
            <numerusform>%n Balken zu %1</numerusform>
            <numerusform>%n Balken zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rises %2% within %3</source>
        <translation>%1 steigt um %2 % innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 falls %2% within %3</source>
        <translation>%1 fällt um %2 % innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 moves %2% within %3</source>
        <translation>%1 bewegt sich um %2 % innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 rises by %2 within %3</source>
        <translation>%1 steigt um %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 falls by %2 within %3</source>
        <translation>%1 fällt um %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>%1 moves by %2 within %3</source>
        <translation>%1 bewegt sich um %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>once per %1 bar</source>
        <translation>einmal pro %1-Balken</translation>
    </message>
    <message>
        <source>once per %1 bar close</source>
        <translation>einmal pro %1-Balkenschluss</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>danach %1</translation>
    </message>
    <message>
        <source>%1 (each step within %2 s)</source>
        <translation>%1 (jeder Schritt innerhalb von %2 s)</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>any of: %1</source>
        <translation>eine von: %1</translation>
    </message>
    <message>
        <source>all of: %1 (events within %2 s)</source>
        <translation>alle von: %1 (Ereignisse innerhalb von %2 s)</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>blind for %1: %2</source>
        <translation>blind seit %1: %2</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>blind %1 in total</source>
        <translation>insgesamt %1 blind</translation>
    </message>
    <message>
        <source>alert when blind for %1</source>
        <translation>Alarm, wenn %1 blind</translation>
    </message>
</context>
<context>
    <name>AlertRuleNotifyFields</name>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Show a desktop notification</source>
        <translation>Eine Desktop-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Bot API</source>
        <translation>Bot-API</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (receives {&quot;text&quot;: …})</source>
        <translation>https://hooks.slack.com/services/… (erhält {&quot;text&quot;: …})</translation>
    </message>
    <message>
        <source>https://discord.com/api/webhooks/… (receives {&quot;content&quot;: …})</source>
        <translation>https://discord.com/api/webhooks/… (erhält {&quot;content&quot;: …})</translation>
    </message>
    <message>
        <source>https://api.telegram.org (default)</source>
        <translation>https://api.telegram.org (Standard)</translation>
    </message>
    <message>
        <source>https://… receives a JSON POST per alert</source>
        <translation>https://… erhält einen JSON-POST pro Alarm</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>Chat-ID</translation>
    </message>
    <message>
        <source>e.g. 123456789 or @channel</source>
        <translation>z. B. 123456789 oder @channel</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>from @BotFather; kept in the keychain, not in the rule</source>
        <translation>von @BotFather; im Schlüsselbund aufbewahrt, nicht in der Regel</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Send to Prometheus Alertmanager (resolved when the condition clears)</source>
        <translation>An Prometheus Alertmanager senden (aufgelöst, sobald die Bedingung endet)</translation>
    </message>
    <message>
        <source>Send to Prometheus Alertmanager (set its URL here or in Settings)</source>
        <translation>An Prometheus Alertmanager senden (URL hier oder in den Einstellungen festlegen)</translation>
    </message>
    <message>
        <source>Alertmanager URL</source>
        <translation>Alertmanager-URL</translation>
    </message>
    <message>
        <source>%1 (from Settings)</source>
        <translation>%1 (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>http://127.0.0.1:9093</source>
        <translation>http://127.0.0.1:9093</translation>
    </message>
    <message>
        <source>Extra labels</source>
        <translation>Zusätzliche Labels</translation>
    </message>
    <message>
        <source>optional: team=desk, env=prod</source>
        <translation>optional: team=desk, env=prod</translation>
    </message>
    <message>
        <source>When it fires</source>
        <translation>Wenn sie auslöst</translation>
    </message>
    <message>
        <source>Pause the optional subscriptions</source>
        <translation>Die optionalen Abonnements pausieren</translation>
    </message>
    <message>
        <source>As “Pause all optional” on the Subscriptions page: tweets monitors and rules are paused, Conyr channels muted, an Allium stream stopped; essential ones keep running.</source>
        <translation>Wie „Alle optionalen pausieren“ auf der Seite Abonnements: Tweet-Monitore und -Regeln werden pausiert, Conyr-Kanäle stummgeschaltet, ein Allium-Stream gestoppt; wesentliche laufen weiter.</translation>
    </message>
</context>
<context>
    <name>AlertRuleParameterFields</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Allium streams</source>
        <translation>Allium-Streams</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>Generic WebSocket</source>
        <translation>Allgemeiner WebSocket</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Symbol / topic</source>
        <translation>Symbol / Topic</translation>
    </message>
    <message>
        <source>any connection (or a connection&apos;s name)</source>
        <translation>jede Verbindung (oder der Name einer Verbindung)</translation>
    </message>
    <message>
        <source>any (or e.g. BTC-USD, ethereum.blocks)</source>
        <translation>beliebig (oder z. B. BTC-USD, ethereum.blocks)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Vorgabe)</translation>
    </message>
    <message>
        <source>Lower level</source>
        <translation>Untere Schwelle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation>Obere Schwelle</translation>
    </message>
    <message>
        <source>The channel runs from the lower to the upper level; both levels belong to it.</source>
        <translation>Der Kanal reicht von der unteren bis zur oberen Schwelle; beide Schwellen gehören dazu.</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Änderung (%)</translation>
    </message>
    <message>
        <source>Change (in the value&apos;s unit)</source>
        <translation>Änderung (in der Einheit des Werts)</translation>
    </message>
    <message>
        <source>Times the average</source>
        <translation>Vielfaches des Durchschnitts</translation>
    </message>
    <message>
        <source>Missing blocks</source>
        <translation>Fehlende Blöcke</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Verbleibende Stunden</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Window (s)</source>
        <translation>Zeitfenster (s)</translation>
    </message>
    <message>
        <source>For longer than (s)</source>
        <translation>Länger als (s)</translation>
    </message>
    <message>
        <source>Or within (bars)</source>
        <translation>Oder innerhalb (Balken)</translation>
    </message>
    <message>
        <source>Compare with the close of the bar this many bars back; 0 uses the window in seconds.</source>
        <translation>Mit dem Schlusswert des Balkens so viele Balken zuvor vergleichen; 0 verwendet das Fenster in Sekunden.</translation>
    </message>
    <message>
        <source>Bar length (s)</source>
        <translation>Balkenlänge (s)</translation>
    </message>
    <message>
        <source>Average over (samples)</source>
        <translation>Durchschnitt über (Werte)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Up or down</source>
        <translation>Auf- oder abwärts</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aufwärts</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abwärts</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>comma-separated; any of them</source>
        <translation>durch Kommas getrennt; eines davon genügt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@name</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>monitor name or id</source>
        <translation>Name oder ID des Monitors</translation>
    </message>
    <message>
        <source>Filter rule</source>
        <translation>Filterregel</translation>
    </message>
    <message>
        <source>rule tag or id</source>
        <translation>Tag oder ID der Regel</translation>
    </message>
    <message>
        <source>Filter (JSON)</source>
        <translation>Filter (JSON)</translation>
    </message>
    <message>
        <source>Hysteresis (%)</source>
        <translation>Hysterese (%)</translation>
    </message>
    <message>
        <source>After firing, the value must move back this far past the level before the rule fires again.</source>
        <translation>Nach dem Auslösen muss der Wert so weit hinter die Schwelle zurückgehen, bevor die Regel erneut auslöst.</translation>
    </message>
</context>
<context>
    <name>AlertSeverities</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>AlertSeverityBadge</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>AlertSound</name>
    <message>
        <source>Default (the “Play a sound” setting)</source>
        <translation>Standard (die Einstellung „Ton abspielen“)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>System beep</source>
        <translation>Systemton</translation>
    </message>
    <message>
        <source>Alarm (three beeps)</source>
        <translation>Alarm (drei Töne)</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message numerus="yes">
        <source>%n rule(s) could not be read: %1</source>
        <translation>
            <numerusform>%n Regel konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Regeln konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertmanagerNotifier</name>
    <message>
        <source>The Alertmanager URL is not a valid http(s) URL.</source>
        <translation>Die Alertmanager-URL ist keine gültige http(s)-URL.</translation>
    </message>
    <message numerus="yes">
        <source>Alertmanager at %1 accepted %n alert(s).</source>
        <translation>
            <numerusform>Alertmanager unter %1 hat %n Alarm angenommen.</numerusform>
            <numerusform>Alertmanager unter %1 hat %n Alarme angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2.</source>
        <translation>Alertmanager unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>Alertmanager at %1 answered HTTP %2: %3</source>
        <translation>Alertmanager unter %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Alertmanager at %1 could not be reached: %2</source>
        <translation>Alertmanager unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>AlertmanagerSettings</name>
    <message>
        <source>Prometheus Alertmanager</source>
        <translation>Prometheus Alertmanager</translation>
    </message>
    <message>
        <source>Rules with “Send to Prometheus Alertmanager” use this one unless they name their own. Open alerts are re-sent every minute and resolved when their condition clears; Alertmanager routes them on (Slack, e-mail, PagerDuty …) with grouping, silences and de-duplication.</source>
        <translation>Regeln mit „An Prometheus Alertmanager senden“ verwenden diesen, sofern sie keinen eigenen nennen. Offene Alarme werden jede Minute erneut gesendet und aufgelöst, sobald ihre Bedingung endet; Alertmanager leitet sie weiter (Slack, E-Mail, PagerDuty …), mit Gruppierung, Stummschaltung und Deduplizierung.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:9093</source>
        <translation>z. B. http://127.0.0.1:9093</translation>
    </message>
    <message>
        <source>Extra labels</source>
        <translation>Zusätzliche Labels</translation>
    </message>
    <message>
        <source>optional: team=desk, env=prod</source>
        <translation>optional: team=desk, env=prod</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Not set: only rules with their own Alertmanager URL send there.</source>
        <translation>Nicht festgelegt: Nur Regeln mit eigener Alertmanager-URL senden dorthin.</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unbestätigter Alarm</numerusform>
            <numerusform>%n unbestätigte Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Noch keine Regeln</translation>
    </message>
    <message>
        <source>Add a rule to be told when a price crosses a level, a stream goes quiet, a tweet mentions a keyword and more.</source>
        <translation>Lege eine Regel an, um benachrichtigt zu werden, wenn ein Preis eine Schwelle kreuzt, ein Stream verstummt, ein Tweet ein Stichwort erwähnt und mehr.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Nur unbestätigte</translation>
    </message>
    <message>
        <source>No alerts so far. Fired alerts appear here and stay until you acknowledge or clear them.</source>
        <translation>Bisher keine Alarme. Ausgelöste Alarme erscheinen hier und bleiben, bis du sie bestätigst oder löschst.</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Export the alert history as CSV</source>
        <translation>Alarmverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Each alert keeps the events of this many seconds before it that touch its subject, from every provider (0: none).</source>
        <translation>Jeder Alarm behält die Ereignisse so vieler Sekunden vor ihm zu seinem Gegenstand, von allen Anbietern (0: keine).</translation>
    </message>
    <message>
        <source>s before each alert</source>
        <translation>s vor jedem Alarm</translation>
    </message>
</context>
<context>
    <name>AlliumApiClient</name>
    <message>
        <source>Unreadable reply (%1)</source>
        <translation>Unlesbare Antwort (%1)</translation>
    </message>
    <message>
        <source>Reply for an unknown request id &quot;%1&quot;</source>
        <translation>Antwort auf eine unbekannte Anfrage-ID „%1“</translation>
    </message>
    <message>
        <source>The server&apos;s in-flight limit was reached; the request waits for a free slot.</source>
        <translation>Das Limit gleichzeitiger Anfragen des Servers ist erreicht; die Anfrage wartet auf einen freien Platz.</translation>
    </message>
    <message>
        <source>The connection dropped; %1 is idempotent, so it is sent again after the reconnect.</source>
        <translation>Die Verbindung brach ab; %1 ist idempotent und wird nach dem Wiederverbinden erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection dropped before the reply; %1 is not idempotent, so it was not sent again.</source>
        <translation>Die Verbindung brach vor der Antwort ab; %1 ist nicht idempotent und wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Not sent within %1 s (waiting for a connection or a free slot).</source>
        <translation>Innerhalb von %1 s nicht gesendet (wartet auf eine Verbindung oder einen freien Platz).</translation>
    </message>
</context>
<context>
    <name>AlliumApiHistoryModel</name>
    <message>
        <source>waiting…</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>AlliumClose</name>
    <message>
        <source>Allium&apos;s rate or connection limit is reached (close code %1)</source>
        <translation>Das Raten- oder Verbindungslimit von Allium ist erreicht (Close-Code %1)</translation>
    </message>
    <message>
        <source>Allium rejected the key or its access to this endpoint (close code %1)</source>
        <translation>Allium hat den Schlüssel oder seinen Zugriff auf diesen Endpunkt abgelehnt (Close-Code %1)</translation>
    </message>
</context>
<context>
    <name>AlliumCodec</name>
    <message>
        <source>&quot;id&quot; must be a non-empty string</source>
        <translation>„id“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be one of GET, POST, PUT, PATCH, DELETE</source>
        <translation>„method“ muss GET, POST, PUT, PATCH oder DELETE sein</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be a string starting with /</source>
        <translation>„path“ muss eine Zeichenkette sein, die mit / beginnt</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be an object</source>
        <translation>„body“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be a string</source>
        <translation>„status“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string</source>
        <translation>„id“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>invalid filter: %1</source>
        <translation>ungültiger Filter: %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use start, stop or setFilter</source>
        <translation>unbekannte Aktion „%1“; erlaubt sind start, stop und setFilter</translation>
    </message>
    <message>
        <source>a record array may only hold objects</source>
        <translation>ein Datensatz-Array darf nur Objekte enthalten</translation>
    </message>
    <message>
        <source>expected a JSON object or array</source>
        <translation>JSON-Objekt oder -Array erwartet</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: text after the record</source>
        <translation>kein gültiges JSON an Position %1: Text nach dem Datensatz</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>kein gültiges JSON an Position %1: &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: text after the records</source>
        <translation>kein gültiges JSON an Position %1: Text nach den Datensätzen</translation>
    </message>
    <message>
        <source>an empty frame</source>
        <translation>ein leerer Frame</translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation>die Zeitangabe fehlt</translation>
    </message>
    <message>
        <source>the time has more than 64 characters</source>
        <translation>die Zeitangabe hat mehr als 64 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>„%1“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not between 1970 and 9999</source>
        <translation>„%1“ liegt nicht zwischen 1970 und 9999</translation>
    </message>
</context>
<context>
    <name>AlliumConsole</name>
    <message>
        <source>No Allium API profile. Add one on the Connections page.</source>
        <translation>Kein Allium-API-Profil. Lege eines auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>Loading the key…</source>
        <translation>Schlüssel wird geladen …</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assets on Ethereum</source>
        <translation>Assets auf Ethereum</translation>
    </message>
    <message>
        <source>Hyperliquid user fills</source>
        <translation>Hyperliquid-Ausführungen eines Nutzers</translation>
    </message>
    <message>
        <source>Token price</source>
        <translation>Tokenpreis</translation>
    </message>
    <message>
        <source>Wallet balances</source>
        <translation>Wallet-Guthaben</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The body must be a JSON object: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Der Body muss ein JSON-Objekt sein: {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>Choose GET, POST, PUT, PATCH or DELETE.</source>
        <translation>Wähle GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>The path starts with / (for example /api/v1/developer/assets).</source>
        <translation>Der Pfad beginnt mit / (zum Beispiel /api/v1/developer/assets).</translation>
    </message>
    <message>
        <source>No API connection: choose a profile first.</source>
        <translation>Keine API-Verbindung: wähle zuerst ein Profil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln limit re-queue(s)</source>
        <translation><numerusform>%Ln wegen Limit neu eingereiht</numerusform><numerusform>%Ln wegen Limit neu eingereiht</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation><numerusform>%Ln Zeitüberschreitung</numerusform><numerusform>%Ln Zeitüberschreitungen</numerusform></translation>
    </message>
    <message>
        <source>%1 re-sent</source>
        <translation>%1 erneut gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown id(s)</source>
        <translation><numerusform>%Ln unbekannte ID</numerusform><numerusform>%Ln unbekannte IDs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad frame(s)</source>
        <translation><numerusform>%Ln fehlerhafter Frame</numerusform><numerusform>%Ln fehlerhafte Frames</numerusform></translation>
    </message>
</context>
<context>
    <name>AlliumFilter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>a filter is a JSON object</source>
        <translation>ein Filter ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>filters are nested more than %1 levels deep</source>
        <translation>Filter sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected a condition {field, operator, value} or a group {op, conditions}, not a %1</source>
        <translation>Bedingung {field, operator, value} oder Gruppe {op, conditions} erwartet, nicht %1</translation>
    </message>
    <message>
        <source>an object is either a condition (field, operator, value) or a group (op, conditions), not both</source>
        <translation>ein Objekt ist entweder eine Bedingung (field, operator, value) oder eine Gruppe (op, conditions), nicht beides</translation>
    </message>
    <message>
        <source>expected a condition {field, operator, value} or a group {op, conditions}</source>
        <translation>Bedingung {field, operator, value} oder Gruppe {op, conditions} erwartet</translation>
    </message>
    <message>
        <source>unknown key in a group</source>
        <translation>unbekannter Schlüssel in einer Gruppe</translation>
    </message>
    <message>
        <source>missing; use &quot;AND&quot; or &quot;OR&quot;</source>
        <translation>fehlt; verwende „AND“ oder „OR“</translation>
    </message>
    <message>
        <source>must be &quot;AND&quot; or &quot;OR&quot;, not a %1</source>
        <translation>muss „AND“ oder „OR“ sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown group operator &quot;%1&quot;; use &quot;AND&quot; or &quot;OR&quot;</source>
        <translation>unbekannter Gruppenoperator „%1“; verwende „AND“ oder „OR“</translation>
    </message>
    <message>
        <source>missing; a group needs an array of conditions</source>
        <translation>fehlt; eine Gruppe braucht ein Array von Bedingungen</translation>
    </message>
    <message>
        <source>must be an array, not a %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>a group needs at least one condition</source>
        <translation>eine Gruppe braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>unknown key in a condition</source>
        <translation>unbekannter Schlüssel in einer Bedingung</translation>
    </message>
    <message>
        <source>missing; name the record field to test</source>
        <translation>fehlt; gib das zu prüfende Feld des Datensatzes an</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a string, not a %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>missing; use one of =, !=, &gt;, &gt;=, &lt;, &lt;=, in, exists</source>
        <translation>fehlt; verwende =, !=, &gt;, &gt;=, &lt;, &lt;=, in oder exists</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of =, !=, &gt;, &gt;=, &lt;, &lt;=, in, exists</source>
        <translation>unbekannter Operator „%1“; verwende =, !=, &gt;, &gt;=, &lt;, &lt;=, in oder exists</translation>
    </message>
    <message>
        <source>missing; &quot;%1&quot; needs a value</source>
        <translation>fehlt; „%1“ braucht einen Wert</translation>
    </message>
</context>
<context>
    <name>AlliumFilterBuilder</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>match</source>
        <translation>erfülle</translation>
    </message>
    <message>
        <source>any (OR)</source>
        <translation>eine (ODER)</translation>
    </message>
    <message>
        <source>all (AND)</source>
        <translation>alle (UND)</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Builder</source>
        <translation>Baukasten</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>No conditions: every record is delivered. Add a condition, or write JSON.</source>
        <translation>Keine Bedingungen: jeder Datensatz wird geliefert. Füge eine Bedingung hinzu oder schreibe JSON.</translation>
    </message>
    <message>
        <source>This filter has nested groups; the builder shows its top-level conditions. Edit it in JSON.</source>
        <translation>Dieser Filter hat verschachtelte Gruppen; der Baukasten zeigt nur die oberste Ebene. Bearbeite ihn als JSON.</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>value (wei as digits)</source>
        <translation>Wert (Wei als Ziffern)</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>{&quot;field&quot;: &quot;value&quot;, &quot;operator&quot;: &quot;&gt;&quot;, &quot;value&quot;: &quot;1000000000000000000&quot;}</source>
        <translation>{&quot;field&quot;: &quot;value&quot;, &quot;operator&quot;: &quot;&gt;&quot;, &quot;value&quot;: &quot;1000000000000000000&quot;}</translation>
    </message>
    <message>
        <source>Preview on the last</source>
        <translation>Vorschau auf die letzten</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Filter anwenden</translation>
    </message>
</context>
<context>
    <name>AlliumHistoryList</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Requests you send appear here.</source>
        <translation>Gesendete Anfragen erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>AlliumRecordFormat</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Txs</source>
        <translation>Txs</translation>
    </message>
    <message>
        <source>Size (kB)</source>
        <translation>Größe (kB)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas verbraucht</translation>
    </message>
    <message>
        <source>Base fee (gwei)</source>
        <translation>Grundgebühr (gwei)</translation>
    </message>
    <message>
        <source>Miner</source>
        <translation>Miner</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Fee (SOL)</source>
        <translation>Gebühr (SOL)</translation>
    </message>
    <message>
        <source>Compute units</source>
        <translation>Compute Units</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value (ETH)</source>
        <translation>Wert (ETH)</translation>
    </message>
    <message>
        <source>Gas price (gwei)</source>
        <translation>Gaspreis (gwei)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tx hash</source>
        <translation>Tx-Hash</translation>
    </message>
    <message>
        <source>Log #</source>
        <translation>Log-Nr.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Topic 0</source>
        <translation>Topic 0</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Closed PnL</source>
        <translation>Realisierter GuV</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>(contract creation)</source>
        <translation>(Vertragserstellung)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limitpreis</translation>
    </message>
</context>
<context>
    <name>AlliumStreamClient</name>
    <message>
        <source>Re-org: the parent of #%1 is not the block seen before it</source>
        <translation>Re-org: der Vorgänger von #%1 ist nicht der zuvor gesehene Block</translation>
    </message>
    <message>
        <source>Gap: block #%1 is missing</source>
        <translation>Lücke: Block #%1 fehlt</translation>
    </message>
    <message>
        <source>Gap: %1 blocks missing (#%2–#%3)</source>
        <translation>Lücke: %1 Blöcke fehlen (#%2–#%3)</translation>
    </message>
    <message>
        <source>Re-org: block #%1 replaced (was %2…)</source>
        <translation>Re-org: Block #%1 ersetzt (war %2…)</translation>
    </message>
    <message>
        <source>Duplicate of block #%1</source>
        <translation>Duplikat von Block #%1</translation>
    </message>
    <message>
        <source>Out of order: #%1 after #%2</source>
        <translation>Falsche Reihenfolge: #%1 nach #%2</translation>
    </message>
    <message>
        <source>Resumed after a pause (block #%1 was produced meanwhile)</source>
        <translation>Nach einer Pause fortgesetzt (Block #%1 entstand in der Zwischenzeit)</translation>
    </message>
    <message>
        <source>Resumed after a pause (blocks #%1–#%2 were produced meanwhile)</source>
        <translation>Nach einer Pause fortgesetzt (Blöcke #%1–#%2 entstanden in der Zwischenzeit)</translation>
    </message>
</context>
<context>
    <name>AlliumStreams</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A topic looks like &lt;blockchain&gt;.&lt;data_type&gt;, for example ethereum.blocks.</source>
        <translation>Ein Topic hat die Form &lt;blockchain&gt;.&lt;data_type&gt;, zum Beispiel ethereum.blocks.</translation>
    </message>
    <message>
        <source>No Allium streams profile. Add one on the Connections page.</source>
        <translation>Kein Allium-Streams-Profil. Lege eines auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>Loading the key…</source>
        <translation>Schlüssel wird geladen …</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · server says: %1</source>
        <translation> · Server meldet: %1</translation>
    </message>
    <message>
        <source>No filter: every record.</source>
        <translation>Kein Filter: jeder Datensatz.</translation>
    </message>
    <message>
        <source>Row %1: choose an operator.</source>
        <translation>Zeile %1: wähle einen Operator.</translation>
    </message>
    <message>
        <source>The topic of a relayed stream is chosen on the relay host (tidewatch-cli relay --topic).</source>
        <translation>Das Topic eines weitergeleiteten Streams wird auf dem Relay-Host gewählt (tidewatch-cli relay --topic).</translation>
    </message>
    <message>
        <source>Waiting for the relay…</source>
        <translation>Warte auf das Relay…</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s)</source>
        <translation><numerusform>%Ln Lücke</numerusform><numerusform>%Ln Lücken</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-org(s)</source>
        <translation><numerusform>%Ln Re-org</numerusform><numerusform>%Ln Re-orgs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad frame(s)</source>
        <translation><numerusform>%Ln fehlerhafter Frame</numerusform><numerusform>%Ln fehlerhafte Frames</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n record(s) match</source>
        <translation><numerusform>%1 des letzten %n Datensatzes passen</numerusform><numerusform>%1 der letzten %n Datensätze passen</numerusform></translation>
    </message>
    <message>
        <source>A relayed stream is filtered on the relay host (tidewatch-cli relay --filter).</source>
        <translation>Ein weitergeleiteter Stream wird auf dem Relay-Host gefiltert (tidewatch-cli relay --filter).</translation>
    </message>
</context>
<context>
    <name>ApiConsolePage</name>
    <message>
        <source>API Console</source>
        <translation>API-Konsole</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>In flight %1 / %2 · queued %3</source>
        <translation>Unterwegs %1 / %2 · in der Warteschlange %3</translation>
    </message>
    <message>
        <source>/api/v1/developer/…</source>
        <translation>/api/v1/developer/…</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Query parameters (JSON object)</source>
        <translation>Abfrageparameter (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Body (JSON object)</source>
        <translation>Body (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Name to save this request as</source>
        <translation>Name, unter dem die Anfrage gespeichert wird</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>If the connection drops, GET, PUT and DELETE still waiting are sent again after the reconnect; POST and PATCH fail with the reason (they may have run).</source>
        <translation>Bricht die Verbindung ab, werden noch wartende GET-, PUT- und DELETE-Anfragen nach dem Wiederverbinden erneut gesendet; POST und PATCH schlagen mit Begründung fehl (sie könnten bereits ausgeführt worden sein).</translation>
    </message>
    <message>
        <source>If the connection drops, every request still waiting fails with the reason; nothing is sent twice.</source>
        <translation>Bricht die Verbindung ab, schlägt jede noch wartende Anfrage mit Begründung fehl; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Saved requests of this profile</source>
        <translation>Gespeicherte Anfragen dieses Profils</translation>
    </message>
    <message>
        <source>Nothing saved yet: name a request and press Save.</source>
        <translation>Noch nichts gespeichert: gib einer Anfrage einen Namen und drücke „Speichern“.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo stream</source>
        <translation>Demo-Stream</translation>
    </message>
    <message>
        <source>Demo Allium API</source>
        <translation>Demo Allium-API</translation>
    </message>
    <message>
        <source>Demo Allium streams</source>
        <translation>Demo Allium-Streams</translation>
    </message>
    <message>
        <source>Demo Conyr</source>
        <translation>Demo Conyr</translation>
    </message>
    <message>
        <source>Demo Predikt</source>
        <translation>Demo Predikt</translation>
    </message>
    <message>
        <source>Demo tweet stream</source>
        <translation>Demo-Tweet-Stream</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>Der eingebaute Simulator konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>AppShortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Search: focus the page&apos;s filter field</source>
        <translation>Suchen: in das Filterfeld der Seite</translation>
    </message>
    <message>
        <source>Reconnect or refresh the page&apos;s data (Tweets, Prices, Subscriptions)</source>
        <translation>Daten der Seite neu verbinden oder aktualisieren (Tweets, Preise, Abonnements)</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Alle Alarme bestätigen</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Quit Tidewatch</source>
        <translation>Tidewatch beenden</translation>
    </message>
    <message>
        <source>Pause or resume the live view (Tweets, Streams, Markets)</source>
        <translation>Live-Ansicht anhalten oder fortsetzen (Tweets, Streams, Märkte)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was damaged (%2); it was kept as %3 and not loaded.</source>
        <translation>%1 war beschädigt (%2); die Datei wurde als %3 aufbewahrt und nicht geladen.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>X-API-KEY header</source>
        <translation>X-API-KEY-Header</translation>
    </message>
    <message>
        <source>x-api-key header</source>
        <translation>x-api-key-Header</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>api_key query parameter</source>
        <translation>Abfrageparameter api_key</translation>
    </message>
    <message>
        <source>Socket.IO auth token</source>
        <translation>Socket.IO-Auth-Token</translation>
    </message>
</context>
<context>
    <name>BillingLedgerModel</name>
    <message>
        <source>Predikt is disconnecting this connection.</source>
        <translation>Predikt trennt diese Verbindung.</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Predikt reports the balance with each hourly charge.</source>
        <translation>Predikt meldet das Guthaben mit jeder stündlichen Abbuchung.</translation>
    </message>
    <message>
        <source>Below your warning threshold of %1. Top up on the Predikt billing page.</source>
        <translation>Unter deiner Warnschwelle von %1. Lade auf der Predikt-Abrechnungsseite auf.</translation>
    </message>
    <message>
        <source>Burn rate</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>Runs out in</source>
        <translation>Aufgebraucht in</translation>
    </message>
    <message>
        <source>Around</source>
        <translation>Etwa um</translation>
    </message>
    <message>
        <source>Charged so far</source>
        <translation>Bisher abgebucht</translation>
    </message>
    <message>
        <source>Warn below</source>
        <translation>Warnen unter</translation>
    </message>
    <message>
        <source>Warning threshold in US dollars</source>
        <translation>Warnschwelle in US-Dollar</translation>
    </message>
    <message>
        <source>Hourly charges (%1)</source>
        <translation>Stündliche Abbuchungen (%1)</translation>
    </message>
    <message>
        <source>No charges yet</source>
        <translation>Noch keine Abbuchungen</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message numerus="yes">
        <source>no data (%n bar(s))</source>
        <translation>
            <numerusform>keine Daten (%n Kerze)</numerusform>
            <numerusform>keine Daten (%n Kerzen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) missing here</source>
        <translation>
            <numerusform>hier fehlt %n Kerze</numerusform>
            <numerusform>hier fehlen %n Kerzen</numerusform>
        </translation>
    </message>
    <message>
        <source>No token to set an alert on.</source>
        <translation>Kein Token, für das sich ein Alarm setzen lässt.</translation>
    </message>
    <message>
        <source>%1 crosses %2</source>
        <translation>%1 kreuzt %2</translation>
    </message>
    <message>
        <source>The alert was not created: %1</source>
        <translation>Der Alarm wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Alert created: %1</source>
        <translation>Alarm angelegt: %1</translation>
    </message>
    <message>
        <source>The alert level was not changed: %1</source>
        <translation>Die Alarmschwelle wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>vol %1</source>
        <translation>Vol. %1</translation>
    </message>
    <message>
        <source>%1  O %2  H %3  L %4  C %5  V %6</source>
        <translation>%1  E %2  H %3  T %4  S %5  V %6</translation>
    </message>
    <message>
        <source>  VWAP %1</source>
        <translation>  VWAP %1</translation>
    </message>
    <message>
        <source>  EMA(%1) %2</source>
        <translation>  EMA(%1) %2</translation>
    </message>
    <message>
        <source>Alert when price crosses here (%1)</source>
        <translation>Alarm, wenn der Preis hier kreuzt (%1)</translation>
    </message>
</context>
<context>
    <name>CandleRestClient</name>
    <message>
        <source>The candle request failed: %1</source>
        <translation>Die Kerzen-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The candle response is larger than 32 MiB</source>
        <translation>Die Kerzen-Antwort ist größer als 32 MiB</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <source>Add a channel from Conyr&apos;s catalog</source>
        <translation>Einen Kanal aus Conyrs Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Tier of this profile: %1</source>
        <translation>Tarif dieses Profils: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wallet address</source>
        <translation>Wallet-Adresse</translation>
    </message>
    <message>
        <source>Token (pick one or paste its mint)</source>
        <translation>Token (auswählen oder Mint einfügen)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>Subscribing makes it %1; %2.</source>
        <translation>Mit dem Abonnement: %1; %2.</translation>
    </message>
    <message>
        <source>or any channel name, e.g. wallet:{address}:bundles</source>
        <translation>oder ein beliebiger Kanalname, z. B. wallet:{address}:bundles</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>Channels outside the catalog are shown as sent</source>
        <translation>Kanäle außerhalb des Katalogs werden so gezeigt, wie sie gesendet werden</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm</source>
        <translation>Wartet auf die Bestätigung des Servers</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>candles %1 · %2</source>
        <translation>Kerzen %1 · %2</translation>
    </message>
    <message>
        <source>%1 lost · %2 gaps</source>
        <translation>%1 verloren · %2 Lücken</translation>
    </message>
    <message>
        <source>no loss</source>
        <translation>kein Verlust</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Live — switch off to mute without unsubscribing</source>
        <translation>Live — ausschalten, um stumm zu schalten, ohne abzubestellen</translation>
    </message>
    <message>
        <source>Muted: still subscribed, not shown</source>
        <translation>Stumm: weiterhin abonniert, nicht angezeigt</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message numerus="yes">
        <source>%n payload(s) not understood, latest: %1</source>
        <translation>
            <numerusform>%n Nutzlast nicht verstanden, zuletzt: %1</numerusform>
            <numerusform>%n Nutzlasten nicht verstanden, zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>ticks</source>
        <translation>Ticks</translation>
    </message>
    <message>
        <source>wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>ChartAlertLevel</name>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 — drag to change the level</source>
        <translation>%1 — ziehen, um die Schwelle zu ändern</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>No answer from the server within %1 s</source>
        <translation>Keine Antwort vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>An incoming message exceeded the %1 MiB limit</source>
        <translation>Eine eingehende Nachricht überschritt das Limit von %1 MiB</translation>
    </message>
    <message>
        <source>No data and no pong for %1 s: the connection is stale</source>
        <translation>Seit %1 s weder Daten noch Pong: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8, or split a UTF-8 character across frames, which Qt 6.4 cannot join (close code 1007); the message was dropped</source>
        <translation>Der Server hat Text gesendet, der kein gültiges UTF-8 ist, oder ein UTF-8-Zeichen auf mehrere Frames verteilt, was Qt 6.4 nicht zusammensetzen kann (Close-Code 1007); die Nachricht wurde verworfen</translation>
    </message>
</context>
<context>
    <name>ConnectionRegistry</name>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectionRow</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Consumer %1 · subjects %2</source>
        <translation>Consumer %1 · Subjects %2</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Lag (pending)</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%n shared rule(s) from bucket %1</source>
        <translation><numerusform>%n geteilte Regel aus Bucket %1</numerusform><numerusform>%n geteilte Regeln aus Bucket %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) · %1 of %2 connections open</source>
        <translation>
            <numerusform>%n Profil · %1 von %2 Verbindungen offen</numerusform>
            <numerusform>%n Profile · %1 von %2 Verbindungen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Profil hinzufügen …</translation>
    </message>
    <message>
        <source>Plaintext key storage is on. When no keychain service answers, keys are written to %1, readable only by you but not encrypted.</source>
        <translation>Die Klartext-Schlüsselablage ist eingeschaltet. Antwortet kein Schlüsselbund-Dienst, werden Schlüssel nach %1 geschrieben – nur für dich lesbar, aber unverschlüsselt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The profile and its connections go away, and its key is deleted from the keychain. Exported files are not affected.</source>
        <translation>Das Profil und seine Verbindungen verschwinden, und sein Schlüssel wird aus dem Schlüsselbund gelöscht. Exportierte Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profile exports (*.json)</source>
        <translation>Profil-Exporte (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter a key for each to connect.</source>
        <translation>
            <numerusform>%n Profil importiert. Gib einen Schlüssel ein, um zu verbinden.</numerusform>
            <numerusform>%n Profile importiert. Gib für jedes einen Schlüssel ein, um zu verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Profiles exported (without keys).</source>
        <translation>Profile exportiert (ohne Schlüssel).</translation>
    </message>
    <message>
        <source>Frames…</source>
        <translation>Frames …</translation>
    </message>
    <message>
        <source>A profile says where to connect (Allium, Conyr, Predikt, a tweet stream, any WebSocket URL or a team relay on NATS) and how to send your API key. The key is kept in your system keychain.</source>
        <translation>Ein Profil legt fest, wohin verbunden wird (Allium, Conyr, Predikt, ein Tweet-Stream, eine beliebige WebSocket-URL oder ein Team-Relay über NATS) und wie dein API-Schlüssel gesendet wird. Der Schlüssel liegt im Schlüsselbund deines Systems.</translation>
    </message>
</context>
<context>
    <name>ConsumerRemoval</name>
    <message>
        <source>%1 did not answer within %2 s, so the durable consumer %3 stays on the server. Remove it there: nats consumer rm %4 %3</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet, daher bleibt der dauerhafte Consumer %3 auf dem Server. Entferne ihn dort: nats consumer rm %4 %3</translation>
    </message>
    <message>
        <source>The durable consumer %1 could not be removed (%2); it stays on the server. Remove it there: nats consumer rm %3 %1</source>
        <translation>Der dauerhafte Consumer %1 konnte nicht entfernt werden (%2); er bleibt auf dem Server. Entferne ihn dort: nats consumer rm %3 %1</translation>
    </message>
    <message>
        <source>The durable consumer %1 could not be removed: NATS closed the connection (%2). It stays on the server. Remove it there: nats consumer rm %3 %1</source>
        <translation>Der dauerhafte Consumer %1 konnte nicht entfernt werden: NATS hat die Verbindung geschlossen (%2). Er bleibt auf dem Server. Entferne ihn dort: nats consumer rm %3 %1</translation>
    </message>
    <message>
        <source>The relay&apos;s durable consumer %1 was removed from %2.</source>
        <translation>Der dauerhafte Consumer %1 des Relays wurde von %2 entfernt.</translation>
    </message>
    <message>
        <source>The durable consumer %1 was no longer on %2.</source>
        <translation>Der dauerhafte Consumer %1 war nicht mehr auf %2.</translation>
    </message>
</context>
<context>
    <name>Conyr</name>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation>Kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The channel of a data event is not a string</source>
        <translation>Der Kanal eines Datenereignisses ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>A message with neither channel nor op</source>
        <translation>Eine Nachricht ohne channel und ohne op</translation>
    </message>
    <message>
        <source>The server reported an error without a message</source>
        <translation>Der Server meldete einen Fehler ohne Text</translation>
    </message>
    <message>
        <source>A trade is not a JSON object</source>
        <translation>Ein Trade ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>A candle is not a JSON object</source>
        <translation>Eine Kerze ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>A candle without open, high, low and close</source>
        <translation>Eine Kerze ohne open, high, low und close</translation>
    </message>
    <message>
        <source>A candle whose high and low do not contain open and close</source>
        <translation>Eine Kerze, deren high und low open und close nicht einschließen</translation>
    </message>
    <message>
        <source>A candle with an invalid trade count</source>
        <translation>Eine Kerze mit ungültiger Trade-Anzahl</translation>
    </message>
    <message>
        <source>The candle response is not JSON: %1</source>
        <translation>Die Kerzen-Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The candle response has no candles array</source>
        <translation>Die Kerzen-Antwort enthält kein candles-Array</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Layer 2</source>
        <translation>Layer 2</translation>
    </message>
    <message>
        <source>Layer 3</source>
        <translation>Layer 3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Layer 1</source>
        <translation>Layer 1</translation>
    </message>
    <message>
        <source>A trade with an invalid event_index</source>
        <translation>Ein Trade mit ungültigem event_index</translation>
    </message>
    <message>
        <source>A trade without a trade_id</source>
        <translation>Ein Trade ohne trade_id</translation>
    </message>
    <message>
        <source>A trade without a valid timestamp</source>
        <translation>Ein Trade ohne gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>A trade without a valid usd_price</source>
        <translation>Ein Trade ohne gültigen usd_price</translation>
    </message>
    <message>
        <source>A trade without a valid token_amount</source>
        <translation>Ein Trade ohne gültigen token_amount</translation>
    </message>
    <message>
        <source>A trade with an invalid usd_notional</source>
        <translation>Ein Trade mit ungültigem usd_notional</translation>
    </message>
    <message>
        <source>A trade with an invalid base_amount</source>
        <translation>Ein Trade mit ungültigem base_amount</translation>
    </message>
    <message>
        <source>A trade with an invalid slot</source>
        <translation>Ein Trade mit ungültigem Slot</translation>
    </message>
    <message>
        <source>A tick is not a JSON object</source>
        <translation>Ein Tick ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>A tick without a trade id (t)</source>
        <translation>Ein Tick ohne Trade-ID (t)</translation>
    </message>
    <message>
        <source>A tick without a valid ts</source>
        <translation>Ein Tick ohne gültiges ts</translation>
    </message>
    <message>
        <source>A tick with an invalid bucket start (b)</source>
        <translation>Ein Tick mit ungültigem Bucket-Beginn (b)</translation>
    </message>
    <message>
        <source>A tick with an invalid order key (o)</source>
        <translation>Ein Tick mit ungültigem Ordnungsschlüssel (o)</translation>
    </message>
    <message>
        <source>A tick without a valid price (p)</source>
        <translation>Ein Tick ohne gültigen Preis (p)</translation>
    </message>
    <message>
        <source>A tick with an invalid USD volume (vu)</source>
        <translation>Ein Tick mit ungültigem USD-Volumen (vu)</translation>
    </message>
    <message>
        <source>A tick with an invalid token volume (vt)</source>
        <translation>Ein Tick mit ungültigem Token-Volumen (vt)</translation>
    </message>
    <message>
        <source>A tick without t or signature</source>
        <translation>Ein Tick ohne t oder Signatur</translation>
    </message>
    <message>
        <source>A tick without a valid timestamp</source>
        <translation>Ein Tick ohne gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>A tick without a valid price</source>
        <translation>Ein Tick ohne gültigen Preis</translation>
    </message>
    <message>
        <source>A tick with an invalid token_amount</source>
        <translation>Ein Tick mit ungültigem token_amount</translation>
    </message>
    <message>
        <source>A candle without a valid bucket_start_ms</source>
        <translation>Eine Kerze ohne gültiges bucket_start_ms</translation>
    </message>
    <message>
        <source>A candle with an invalid volume_token</source>
        <translation>Eine Kerze mit ungültigem volume_token</translation>
    </message>
    <message>
        <source>A candle with an invalid volume or vwap</source>
        <translation>Eine Kerze mit ungültigem Volumen oder VWAP</translation>
    </message>
    <message>
        <source>A candle whose bucket_end_ms is not after its start</source>
        <translation>Eine Kerze, deren bucket_end_ms nicht nach ihrem Beginn liegt</translation>
    </message>
    <message>
        <source>A candle with an invalid last_trade_ts_ms</source>
        <translation>Eine Kerze mit ungültigem last_trade_ts_ms</translation>
    </message>
    <message>
        <source>the request was not accepted</source>
        <translation>die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>the key was rejected</source>
        <translation>der Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>the key&apos;s tier does not include this</source>
        <translation>der Tarif des Schlüssels umfasst das nicht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>too many requests for this key&apos;s tier; back off</source>
        <translation>zu viele Anfragen für den Tarif dieses Schlüssels; bitte warten</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>der Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the service is unavailable</source>
        <translation>der Dienst ist nicht verfügbar</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>Conyr answered HTTP %1: %2.</source>
        <translation>Conyr antwortete mit HTTP %1: %2.</translation>
    </message>
    <message>
        <source>Conyr answered HTTP %1 (%2): %3</source>
        <translation>Conyr antwortete mit HTTP %1 (%2): %3</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Chart ticks</source>
        <translation>Chart-Ticks</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Wallet PnL</source>
        <translation>Wallet-PnL</translation>
    </message>
    <message>
        <source>Wallet positions</source>
        <translation>Wallet-Positionen</translation>
    </message>
    <message>
        <source>Wallet labels</source>
        <translation>Wallet-Labels</translation>
    </message>
    <message>
        <source>Token security</source>
        <translation>Token-Sicherheit</translation>
    </message>
    <message>
        <source>Wallet security</source>
        <translation>Wallet-Sicherheit</translation>
    </message>
    <message>
        <source>Wallet follow</source>
        <translation>Wallet-Follower</translation>
    </message>
    <message>
        <source>Wallet entity</source>
        <translation>Wallet-Entität</translation>
    </message>
    <message>
        <source>Token campaign</source>
        <translation>Token-Kampagne</translation>
    </message>
    <message>
        <source>Unrealized PnL</source>
        <translation>Unrealisierter PnL</translation>
    </message>
    <message>
        <source>Wallet bundles</source>
        <translation>Wallet-Bundles</translation>
    </message>
    <message>
        <source>Wallet taxonomy</source>
        <translation>Wallet-Taxonomie</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Halter</translation>
    </message>
    <message>
        <source>Holders summary</source>
        <translation>Halter-Übersicht</translation>
    </message>
    <message>
        <source>Token score</source>
        <translation>Token-Score</translation>
    </message>
    <message>
        <source>Every swap of the token, the full trade object.</source>
        <translation>Jeder Swap des Tokens, das vollständige Trade-Objekt.</translation>
    </message>
    <message>
        <source>A compact tick per trade with a strict order key.</source>
        <translation>Ein kompakter Tick pro Trade mit strengem Ordnungsschlüssel.</translation>
    </message>
    <message>
        <source>Live candles, full or filtered view, 1s to 1h.</source>
        <translation>Live-Kerzen, volle oder gefilterte Ansicht, 1s bis 1h.</translation>
    </message>
    <message>
        <source>Realized PnL per sell of the wallet.</source>
        <translation>Realisierter PnL pro Verkauf der Wallet.</translation>
    </message>
    <message>
        <source>Position changes of the wallet.</source>
        <translation>Positionsänderungen der Wallet.</translation>
    </message>
    <message>
        <source>Label changes of the wallet.</source>
        <translation>Label-Änderungen der Wallet.</translation>
    </message>
    <message>
        <source>Security events of the token (severity, evidence).</source>
        <translation>Sicherheitsereignisse des Tokens (Schwere, Belege).</translation>
    </message>
    <message>
        <source>Security events of the wallet (severity, evidence).</source>
        <translation>Sicherheitsereignisse der Wallet (Schwere, Belege).</translation>
    </message>
    <message>
        <source>Coordination: wallets following this one.</source>
        <translation>Koordination: Wallets, die dieser folgen.</translation>
    </message>
    <message>
        <source>Coordination: the entity the wallet belongs to.</source>
        <translation>Koordination: die Entität, zu der die Wallet gehört.</translation>
    </message>
    <message>
        <source>Coordination: campaigns around the token.</source>
        <translation>Koordination: Kampagnen rund um den Token.</translation>
    </message>
    <message>
        <source>Unrealized PnL; listed only on the agent pages.</source>
        <translation>Unrealisierter PnL; nur auf den Agent-Seiten aufgeführt.</translation>
    </message>
    <message>
        <source>Bundles of the wallet; listed only on the agent pages.</source>
        <translation>Bundles der Wallet; nur auf den Agent-Seiten aufgeführt.</translation>
    </message>
    <message>
        <source>Wallet taxonomy; listed only on the agent pages.</source>
        <translation>Wallet-Taxonomie; nur auf den Agent-Seiten aufgeführt.</translation>
    </message>
    <message>
        <source>Holder changes of the token.</source>
        <translation>Halter-Änderungen des Tokens.</translation>
    </message>
    <message>
        <source>A summary of the token&apos;s holders.</source>
        <translation>Eine Übersicht der Halter des Tokens.</translation>
    </message>
    <message>
        <source>The token&apos;s score.</source>
        <translation>Der Score des Tokens.</translation>
    </message>
    <message>
        <source>Planned by Conyr, not live yet.</source>
        <translation>Von Conyr geplant, noch nicht live.</translation>
    </message>
    <message>
        <source>The Free tier has no WebSocket connections; streaming needs Layer 1 or higher.</source>
        <translation>Der Free-Tarif hat keine WebSocket-Verbindungen; Streaming braucht Layer 1 oder höher.</translation>
    </message>
    <message>
        <source>Listed only on Conyr&apos;s agent pages, without a tier: the server decides.</source>
        <translation>Nur auf Conyrs Agent-Seiten aufgeführt, ohne Tarif: der Server entscheidet.</translation>
    </message>
    <message>
        <source>Needs %1; this profile&apos;s tier is %2.</source>
        <translation>Braucht %1; der Tarif dieses Profils ist %2.</translation>
    </message>
    <message>
        <source>Opt-in backend: the channel may stay silent.</source>
        <translation>Opt-in-Backend: der Kanal bleibt womöglich still.</translation>
    </message>
    <message>
        <source>Not in Conyr&apos;s catalog: its data is shown as sent.</source>
        <translation>Nicht in Conyrs Katalog: seine Daten werden so gezeigt, wie sie gesendet werden.</translation>
    </message>
    <message>
        <source>Enter a wallet address (base58, 32 to 44 characters).</source>
        <translation>Gib eine Wallet-Adresse ein (base58, 32 bis 44 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a token mint address (base58, 32 to 44 characters).</source>
        <translation>Gib eine Token-Mint-Adresse ein (base58, 32 bis 44 Zeichen).</translation>
    </message>
    <message>
        <source>Pick a candle view: %1.</source>
        <translation>Wähle eine Kerzen-Ansicht: %1.</translation>
    </message>
    <message>
        <source>Conyr streams candles for %1 only.</source>
        <translation>Conyr streamt Kerzen nur für %1.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>ConyrCatalogModel</name>
    <message>
        <source>Token market data</source>
        <translation>Token-Marktdaten</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Agent pages</source>
        <translation>Agent-Seiten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>tier not documented</source>
        <translation>Tarif nicht dokumentiert</translation>
    </message>
</context>
<context>
    <name>ConyrClient</name>
    <message>
        <source>The %1 tier has no WebSocket connections; streaming needs a Layer 1 key or higher.</source>
        <translation>Der Tarif %1 hat keine WebSocket-Verbindungen; Streaming braucht einen Schlüssel ab Layer 1.</translation>
    </message>
    <message>
        <source>Not subscribed: the %1 tier allows %2 channels per connection; %3 are in use and %4 more were asked for.</source>
        <translation>Nicht abonniert: der Tarif %1 erlaubt %2 Kanäle pro Verbindung; %3 sind belegt und %4 weitere wurden angefragt.</translation>
    </message>
    <message>
        <source>No pong to the last ping: the connection is stale</source>
        <translation>Kein Pong auf den letzten Ping: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>Backfill of %1 failed: %2</source>
        <translation>Nachladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not connected: the %1 tier allows %n connection(s) per key, and this app already uses all of them with this key. It connects as soon as one is closed.</source>
        <translation>
            <numerusform>Nicht verbunden: Der Tarif %1 erlaubt %n Verbindung pro Schlüssel, und diese App nutzt sie mit diesem Schlüssel bereits. Sie verbindet sich, sobald eine geschlossen wird.</numerusform>
            <numerusform>Nicht verbunden: Der Tarif %1 erlaubt %n Verbindungen pro Schlüssel, und diese App nutzt sie mit diesem Schlüssel bereits alle. Sie verbindet sich, sobald eine geschlossen wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server neither confirmed nor refused this subscription within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat dieses Abonnement innerhalb von %n Sekunde weder bestätigt noch abgelehnt.</numerusform>
            <numerusform>Der Server hat dieses Abonnement innerhalb von %n Sekunden weder bestätigt noch abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Channels: %2</source>
        <translation>%1 Kanäle: %2</translation>
    </message>
    <message>
        <source>An unknown op: %1</source>
        <translation>Eine unbekannte Operation: %1</translation>
    </message>
    <message>
        <source>Data for a channel that is not subscribed</source>
        <translation>Daten für einen Kanal, der nicht abonniert ist</translation>
    </message>
    <message>
        <source>The history of the %1 %2 candles could not be loaded: %3</source>
        <translation>Der Verlauf der %2-Kerzen von %1 konnte nicht geladen werden: %3</translation>
    </message>
</context>
<context>
    <name>ConyrSession</name>
    <message>
        <source>This profile is not connected yet.</source>
        <translation>Dieses Profil ist noch nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>ConyrWorkspace</name>
    <message>
        <source>No Conyr profile yet: add one with your API key on the Connections page.</source>
        <translation>Noch kein Conyr-Profil: lege eines mit deinem API-Schlüssel auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>Enter a token mint address.</source>
        <translation>Gib eine Token-Mint-Adresse ein.</translation>
    </message>
    <message>
        <source>Conyr streams candles for %1 only; %2 candles are built from the token&apos;s trades in the chart.</source>
        <translation>Conyr streamt Kerzen nur für %1; %2-Kerzen werden im Chart aus den Trades des Tokens gebildet.</translation>
    </message>
    <message>
        <source>Conyr: %1</source>
        <translation>Conyr: %1</translation>
    </message>
    <message>
        <source>Already subscribed on this connection.</source>
        <translation>Auf dieser Verbindung schon abonniert.</translation>
    </message>
    <message>
        <source>This connection is full: %1/%2 channels.</source>
        <translation>Diese Verbindung ist voll: %1/%2 Kanäle.</translation>
    </message>
    <message>
        <source>%1 channels on this connection (no cap)</source>
        <translation>%1 Kanäle auf dieser Verbindung (ohne Limit)</translation>
    </message>
    <message>
        <source>%1/%2 channels on this connection</source>
        <translation>%1/%2 Kanäle auf dieser Verbindung</translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation>ab $%1</translation>
    </message>
    <message>
        <source>no extra cost</source>
        <translation>keine Mehrkosten</translation>
    </message>
    <message>
        <source>no extra cost: %1/month for the tier, %2 per channel</source>
        <translation>keine Mehrkosten: %1/Monat für den Tarif, %2 pro Kanal</translation>
    </message>
    <message>
        <source>%1 · candles %2 %3</source>
        <translation>%1 · Kerzen %2 %3</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The table has no column “%1”.</source>
        <translation>Die Tabelle hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>%1 headers for %2 columns.</source>
        <translation>%1 Überschriften für %2 Spalten.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wähle eine Datei für den Export.</translation>
    </message>
</context>
<context>
    <name>DashboardAlertsTile</name>
    <message numerus="yes">
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unbestätigt</numerusform>
            <numerusform>%n unbestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No alerts yet — %n rule(s) watching.</source>
        <translation>
            <numerusform>Noch keine Alarme — %n Regel wacht.</numerusform>
            <numerusform>Noch keine Alarme — %n Regeln wachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>DashboardBalanceTile</name>
    <message>
        <source>a billing notice (Predikt sends one hourly)</source>
        <translation>eine Abrechnungsmeldung (Predikt sendet stündlich eine)</translation>
    </message>
    <message>
        <source>uses %1 per hour</source>
        <translation>verbraucht %1 pro Stunde</translation>
    </message>
    <message>
        <source>no usage measured yet</source>
        <translation>noch kein Verbrauch gemessen</translation>
    </message>
    <message>
        <source>not running out</source>
        <translation>wird nicht aufgebraucht</translation>
    </message>
    <message>
        <source>runs out in about %1 h</source>
        <translation>in etwa %1 h aufgebraucht</translation>
    </message>
    <message>
        <source>runs out in about %1 days</source>
        <translation>in etwa %1 Tagen aufgebraucht</translation>
    </message>
</context>
<context>
    <name>DashboardBlocksTile</name>
    <message>
        <source>blocks of %1</source>
        <translation>Blöcke von %1</translation>
    </message>
    <message>
        <source>blocks (Allium streams)</source>
        <translation>Blöcke (Allium-Streams)</translation>
    </message>
    <message>
        <source>%1 blocks/min</source>
        <translation>%1 Blöcke/min</translation>
    </message>
    <message>
        <source>%1 tx</source>
        <translation>%1 Tx</translation>
    </message>
    <message>
        <source>Measuring the block rate…</source>
        <translation>Blockrate wird gemessen…</translation>
    </message>
</context>
<context>
    <name>DashboardCandleTile</name>
    <message>
        <source>candles of %1</source>
        <translation>Kerzen von %1</translation>
    </message>
    <message>
        <source>candles (Conyr)</source>
        <translation>Kerzen (Conyr)</translation>
    </message>
    <message>
        <source>O %1  H %2  L %3  C %4</source>
        <translation>E %1  H %2  T %3  S %4</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>DashboardHealthTile</name>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <source>connections (add a profile on the Connections page)</source>
        <translation>Verbindungen (lege ein Profil auf der Seite „Verbindungen“ an)</translation>
    </message>
    <message>
        <source>open · no message yet</source>
        <translation>offen · noch keine Nachricht</translation>
    </message>
    <message>
        <source>%1 · last %2 s ago</source>
        <translation>%1 · letzte vor %2 s</translation>
    </message>
</context>
<context>
    <name>DashboardLayout</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Latest blocks</source>
        <translation>Neueste Blöcke</translation>
    </message>
    <message>
        <source>Tweets per minute</source>
        <translation>Tweets pro Minute</translation>
    </message>
    <message>
        <source>Billing balance</source>
        <translation>Abrechnungsguthaben</translation>
    </message>
    <message>
        <source>Connection health</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Letzte Alarme</translation>
    </message>
    <message>
        <source>Last price, change and a sparkline</source>
        <translation>Letzter Preis, Änderung und Sparkline</translation>
    </message>
    <message>
        <source>A mini candle chart</source>
        <translation>Ein kleiner Kerzenchart</translation>
    </message>
    <message>
        <source>The newest blocks and the block rate</source>
        <translation>Die neuesten Blöcke und die Blockrate</translation>
    </message>
    <message>
        <source>Tweets per minute over the last half hour</source>
        <translation>Tweets pro Minute in der letzten halben Stunde</translation>
    </message>
    <message>
        <source>Remaining balance and when it runs out</source>
        <translation>Restguthaben und wann es aufgebraucht ist</translation>
    </message>
    <message>
        <source>Every connection&apos;s state</source>
        <translation>Der Zustand jeder Verbindung</translation>
    </message>
    <message>
        <source>The newest alerts</source>
        <translation>Die neuesten Alarme</translation>
    </message>
    <message>
        <source>The saved dashboard layout could not be read; the default dashboard is shown.</source>
        <translation>Das gespeicherte Dashboard-Layout konnte nicht gelesen werden; das Standard-Dashboard wird angezeigt.</translation>
    </message>
    <message>
        <source>The saved dashboard layout could not be read.</source>
        <translation>Das gespeicherte Dashboard-Layout konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) of the saved dashboard layout could not be read.</source>
        <translation>
            <numerusform>%n Kachel des gespeicherten Dashboard-Layouts konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Kacheln des gespeicherten Dashboard-Layouts konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unbestätigter Alarm</numerusform>
            <numerusform>%n unbestätigte Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tile</source>
        <translation>Kachel hinzufügen</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>An empty dashboard</source>
        <translation>Eine leere Übersicht</translation>
    </message>
    <message>
        <source>Add tiles for prices, candles, blocks, tweets per minute, billing, connection health and alerts.</source>
        <translation>Füge Kacheln für Preise, Kerzen, Blöcke, Tweets pro Minute, Abrechnung, Verbindungszustand und Alarme hinzu.</translation>
    </message>
    <message>
        <source>Restore the default tiles</source>
        <translation>Standardkacheln wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) open</source>
        <translation><numerusform>%1 von %n Verbindung offen</numerusform><numerusform>%1 von %n Verbindungen offen</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPriceTile</name>
    <message>
        <source>prices of %1</source>
        <translation>Preise von %1</translation>
    </message>
    <message>
        <source>prices (Predikt, Conyr)</source>
        <translation>Preise (Predikt, Conyr)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <source>Tile options</source>
        <translation>Kacheloptionen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>The first one that arrives</source>
        <translation>Das erste, das eintrifft</translation>
    </message>
    <message>
        <source>Make narrower</source>
        <translation>Schmaler</translation>
    </message>
    <message>
        <source>Make wider</source>
        <translation>Breiter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Remove tile</source>
        <translation>Kachel entfernen</translation>
    </message>
</context>
<context>
    <name>DashboardTweetsTile</name>
    <message>
        <source>tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>last 30 minutes</source>
        <translation>letzte 30 Minuten</translation>
    </message>
</context>
<context>
    <name>DashboardWaiting</name>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warte auf %1 …</translation>
    </message>
</context>
<context>
    <name>EngineIo</name>
    <message>
        <source>empty Engine.IO packet</source>
        <translation>leeres Engine.IO-Paket</translation>
    </message>
    <message>
        <source>unknown Engine.IO packet type &apos;%1&apos;</source>
        <translation>unbekannter Engine.IO-Pakettyp „%1“</translation>
    </message>
    <message>
        <source>the Engine.IO open packet is not a JSON object</source>
        <translation>das Engine.IO-Open-Paket ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the Engine.IO open packet has no sid</source>
        <translation>das Engine.IO-Open-Paket hat keine sid</translation>
    </message>
    <message>
        <source>the Engine.IO open packet has no valid pingInterval/pingTimeout</source>
        <translation>das Engine.IO-Open-Paket hat kein gültiges pingInterval/pingTimeout</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The server rejected the API key (close code 4001)</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (Close-Code 4001)</translation>
    </message>
    <message>
        <source>The server&apos;s connection limit for this key is reached (close code 4003)</source>
        <translation>Das Verbindungslimit des Servers für diesen Schlüssel ist erreicht (Close-Code 4003)</translation>
    </message>
    <message>
        <source>The server asked to back off (close code %1)</source>
        <translation>Der Server bat darum, es später erneut zu versuchen (Close-Code %1)</translation>
    </message>
    <message>
        <source>The server rejected the credentials (close code 1008)</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (Close-Code 1008)</translation>
    </message>
    <message>
        <source>The server closed the connection for a policy violation (close code 1008)</source>
        <translation>Der Server schloss die Verbindung wegen eines Richtlinienverstoßes (Close-Code 1008)</translation>
    </message>
    <message>
        <source>A message exceeded the size limit (close code 1009)</source>
        <translation>Eine Nachricht überschritt die Größenbegrenzung (Close-Code 1009)</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server is going away (close code 1001)</source>
        <translation>Der Server fährt herunter (Close-Code 1001)</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>Die Verbindung ging verloren</translation>
    </message>
    <message>
        <source>The connection closed with code %1</source>
        <translation>Die Verbindung wurde mit Code %1 geschlossen</translation>
    </message>
    <message>
        <source>The server rejected the API key (HTTP 401 Unauthorized)</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (HTTP 401 Unauthorized)</translation>
    </message>
    <message>
        <source>The key is not allowed to use this endpoint (HTTP 403 Forbidden)</source>
        <translation>Der Schlüssel darf diesen Endpunkt nicht nutzen (HTTP 403 Forbidden)</translation>
    </message>
    <message>
        <source>The account has no balance left (HTTP 402 Payment Required)</source>
        <translation>Das Konto hat kein Guthaben mehr (HTTP 402 Payment Required)</translation>
    </message>
    <message>
        <source>Too many connections or requests (HTTP 429)</source>
        <translation>Zu viele Verbindungen oder Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade (HTTP %1)</source>
        <translation>Der Server hat den WebSocket-Upgrade abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The server has no WebSocket endpoint at this path (HTTP 404 Not Found)</source>
        <translation>Der Server hat unter diesem Pfad keinen WebSocket-Endpunkt (HTTP 404 Not Found)</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a WebSocket upgrade (HTTP 200): check the path</source>
        <translation>Der Server hat mit einer Webseite statt eines WebSocket-Upgrades geantwortet (HTTP 200): Prüfe den Pfad</translation>
    </message>
    <message>
        <source>The server is unavailable for now (HTTP 503)</source>
        <translation>Der Server ist derzeit nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <source>The server failed while upgrading to a WebSocket (HTTP %1)</source>
        <translation>Beim Wechsel zum WebSocket ist auf dem Server ein Fehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: the server does not speak TLS on this port (try ws:// instead of wss://)</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: Der Server spricht auf diesem Port kein TLS (versuche ws:// statt wss://)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Host %1 not found: check the address and the network connection</source>
        <translation>Host %1 nicht gefunden: Prüfe die Adresse und die Netzwerkverbindung</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts connections on that port</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The network connection to %1 failed: check that this computer is online</source>
        <translation>Die Netzwerkverbindung zu %1 ist fehlgeschlagen: Prüfe, ob dieser Computer online ist</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly</source>
        <translation>%1 hat die Verbindung unerwartet geschlossen</translation>
    </message>
    <message>
        <source>The proxy could not connect to %1: check the proxy settings</source>
        <translation>Der Proxy konnte keine Verbindung zu %1 herstellen: Prüfe die Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>The proxy asks for a login: set the proxy&apos;s user and password</source>
        <translation>Der Proxy verlangt eine Anmeldung: Trage Benutzer und Passwort des Proxys ein</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss://</source>
        <translation>Die Adresse muss mit ws:// oder wss:// beginnen</translation>
    </message>
    <message>
        <source>The connection to %1 could not be opened</source>
        <translation>Die Verbindung zu %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirected the request too often or to an insecure address</source>
        <translation>%1 hat die Anfrage zu oft oder an eine unsichere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen</translation>
    </message>
</context>
<context>
    <name>FrameInspector</name>
    <message>
        <source>Frames of %1</source>
        <translation>Frames von %1</translation>
    </message>
    <message>
        <source>Search frames</source>
        <translation>Frames durchsuchen</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Hide ping/pong</source>
        <translation>Ping/Pong ausblenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Copy shown</source>
        <translation>Angezeigte kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1 shown of %2 kept (at most %3)</source>
        <translation>%1 angezeigt von %2 behaltenen (höchstens %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) missed while paused</source>
        <translation>
            <numerusform>%n Frame während der Pause verpasst</numerusform>
            <numerusform>%n Frames während der Pause verpasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Record incoming frames</source>
        <translation>Eingehende Frames aufzeichnen</translation>
    </message>
    <message>
        <source>Replay a recording through this app&apos;s clients, models and alerts:</source>
        <translation>Eine Aufzeichnung durch die Clients, Modelle und Alarme dieser App abspielen:</translation>
    </message>
    <message>
        <source>1× (as recorded)</source>
        <translation>1× (wie aufgezeichnet)</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Wiedergabe stoppen</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Abspielen …</translation>
    </message>
    <message>
        <source>Click to copy this frame</source>
        <translation>Klicken, um diesen Frame zu kopieren</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Eine Aufzeichnung abspielen</translation>
    </message>
    <message>
        <source>Recordings (*.ndjson *.jsonl)</source>
        <translation>Aufzeichnungen (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FrameRecorder</name>
    <message>
        <source>There is no such connection.</source>
        <translation>Diese Verbindung gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Aufzeichnung gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>FrameRecording</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a JSON object.</source>
        <translation>Zeile %1 von %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a Tidewatch recording.</source>
        <translation>%1 ist keine Tidewatch-Aufzeichnung.</translation>
    </message>
    <message>
        <source>%1 was recorded by a newer Tidewatch (format version %2).</source>
        <translation>%1 wurde von einer neueren Tidewatch-Version aufgezeichnet (Formatversion %2).</translation>
    </message>
    <message>
        <source>Line %1 of %2 has no frame.</source>
        <translation>Zeile %1 von %2 enthält keinen Frame.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 has no valid start time &quot;startedAt&quot;: %2</source>
        <translation>%1 hat keine gültige Startzeit „startedAt“: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 has no valid time &quot;t&quot;: %3</source>
        <translation>Zeile %1 von %2 hat keine gültige Zeit „t“: %3</translation>
    </message>
</context>
<context>
    <name>GenericClient</name>
    <message>
        <source>A frame is not JSON (%1 at offset %2)</source>
        <translation>Ein Frame ist kein JSON (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>A frame is JSON but not an object</source>
        <translation>Ein Frame ist JSON, aber kein Objekt</translation>
    </message>
</context>
<context>
    <name>JetStreamConsumer</name>
    <message>
        <source>not connected to NATS</source>
        <translation>nicht mit NATS verbunden</translation>
    </message>
    <message>
        <source>a durable consumer name is required</source>
        <translation>ein Name für den dauerhaften Consumer ist erforderlich</translation>
    </message>
    <message>
        <source>consumer %1 on %2: %3</source>
        <translation>Consumer %1 auf %2: %3</translation>
    </message>
    <message>
        <source>the NATS server did not answer the JetStream request for consumer %1 on %2 within %3 s (is JetStream enabled there: nats-server -js?)</source>
        <translation>der NATS-Server hat die JetStream-Anfrage für den Consumer %1 auf %2 nicht innerhalb von %3 s beantwortet (ist JetStream dort eingeschaltet: nats-server -js?)</translation>
    </message>
    <message>
        <source>JetStream is not enabled on the NATS server (start it with -js)</source>
        <translation>JetStream ist auf dem NATS-Server nicht eingeschaltet (mit -js starten)</translation>
    </message>
</context>
<context>
    <name>JetStreamPublisher</name>
    <message>
        <source>not connected to NATS</source>
        <translation>nicht mit NATS verbunden</translation>
    </message>
    <message>
        <source>JetStream: %1</source>
        <translation>JetStream: %1</translation>
    </message>
</context>
<context>
    <name>JsonNumbers</name>
    <message>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2)</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>die Zahl ist leer</translation>
    </message>
    <message numerus="yes">
        <source>the number has %n characters, more than 64</source>
        <translation>
            <numerusform>die Zahl hat %n Zeichen, mehr als 64</numerusform>
            <numerusform>die Zahl hat %n Zeichen, mehr als 64</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the number is missing</source>
        <translation>die Zahl fehlt</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>der Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>the time is missing</source>
        <translation>die Zeitangabe fehlt</translation>
    </message>
    <message>
        <source>the time is not a number</source>
        <translation>die Zeitangabe ist keine Zahl</translation>
    </message>
    <message>
        <source>the time is invalid: %1</source>
        <translation>die Zeitangabe ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>The key is stored in your system keychain under this profile and is never shown again. Entering a new one replaces it.</source>
        <translation>Der Schlüssel wird unter diesem Profil im Schlüsselbund deines Systems abgelegt und nie wieder angezeigt. Ein neuer Schlüssel ersetzt ihn.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Plaintext key storage is on: if no keychain service answers, the key is written to %1.</source>
        <translation>Die Klartext-Schlüsselablage ist eingeschaltet: antwortet kein Schlüsselbund-Dienst, wird der Schlüssel nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The plaintext key file %1 could not be read: %2</source>
        <translation>Die Klartext-Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The plaintext key file %1 is damaged.</source>
        <translation>Die Klartext-Schlüsseldatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The plaintext key file %1 could not be written: %2</source>
        <translation>Die Klartext-Schlüsseldatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The plaintext key file %1 could not be made private to you.</source>
        <translation>Die Klartext-Schlüsseldatei %1 konnte nicht auf dich allein beschränkt werden.</translation>
    </message>
    <message>
        <source>Some keys could not be moved into the keychain and are still in %1. %2</source>
        <translation>Einige Schlüssel konnten nicht in den Schlüsselbund verschoben werden und liegen noch in %1. %2</translation>
    </message>
    <message>
        <source>No key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keychain or allow Tidewatch to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperre den Schlüsselbund oder erlaube Tidewatch den Zugriff und versuche es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is available. Start your system&apos;s keyring (for example GNOME Keyring or KWallet), or allow plaintext key storage in Settings.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar. Starte den Schlüsselbund deines Systems (zum Beispiel GNOME Keyring oder KWallet) oder erlaube die Klartext-Schlüsselablage in den Einstellungen.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund meldete einen Fehler.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The profile has no id; save it first.</source>
        <translation>Das Profil hat keine ID; speichere es zuerst.</translation>
    </message>
    <message>
        <source>Enter a key first.</source>
        <translation>Gib zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key is a single line; check what you pasted.</source>
        <translation>Ein Schlüssel ist eine einzelne Zeile; prüfe, was du eingefügt hast.</translation>
    </message>
</context>
<context>
    <name>KeyTotalRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>KvBucket</name>
    <message>
        <source>not connected to NATS</source>
        <translation>nicht mit NATS verbunden</translation>
    </message>
    <message>
        <source>key-value bucket %1: %2</source>
        <translation>Key-Value-Bucket %1: %2</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the bucket is not open</source>
        <translation>der Bucket ist nicht geöffnet</translation>
    </message>
    <message>
        <source>could not watch %1: %2</source>
        <translation>%1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <source>the key-value bucket %1 does not exist on the NATS server</source>
        <translation>den Key-Value-Bucket %1 gibt es auf dem NATS-Server nicht</translation>
    </message>
    <message>
        <source>the NATS server did not answer for the key-value bucket %1 within %2 s (is JetStream enabled there: nats-server -js?)</source>
        <translation>der NATS-Server hat für den Key-Value-Bucket %1 nicht innerhalb von %2 s geantwortet (ist JetStream dort eingeschaltet: nats-server -js?)</translation>
    </message>
    <message>
        <source>JetStream is not enabled on the NATS server (start it with -js)</source>
        <translation>JetStream ist auf dem NATS-Server nicht eingeschaltet (mit -js starten)</translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Provider: median %1, p95 %2</source>
        <translation>Anbieter: Median %1, p95 %2</translation>
    </message>
    <message>
        <source>Delivery: median %1, p95 %2</source>
        <translation>Zustellung: Median %1, p95 %2</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln tweet(s)</source>
        <translation><numerusform>letzter %Ln Tweet</numerusform><numerusform>letzte %Ln Tweets</numerusform></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tidewatch — demo data</source>
        <translation>Tidewatch — Demodaten</translation>
    </message>
    <message>
        <source>Tidewatch</source>
        <translation>Tidewatch</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>API Console</source>
        <translation>API-Konsole</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Demo data from the built-in simulator. Add a profile with your own API key to watch the real feeds.</source>
        <translation>Demodaten aus dem eingebauten Simulator. Lege ein Profil mit deinem eigenen API-Schlüssel an, um die echten Feeds zu sehen.</translation>
    </message>
    <message>
        <source>Add a real key…</source>
        <translation>Echten Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s) open</source>
        <translation><numerusform>%1 von %n Verbindung offen</numerusform><numerusform>%1 von %n Verbindungen offen</numerusform></translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Conyr</source>
        <translation>Conyr</translation>
    </message>
    <message>
        <source>Streamed by Conyr when its candle channel is subscribed</source>
        <translation>Von Conyr gestreamt, wenn sein Kerzenkanal abonniert ist</translation>
    </message>
    <message>
        <source>Built locally from the token&apos;s trades</source>
        <translation>Lokal aus den Trades des Tokens gebildet</translation>
    </message>
    <message>
        <source>live candles</source>
        <translation>Live-Kerzen</translation>
    </message>
    <message>
        <source>built from trades</source>
        <translation>aus Trades gebildet</translation>
    </message>
    <message>
        <source>history only — subscribe to the token for live bars</source>
        <translation>nur Verlauf — abonniere das Token für Live-Kerzen</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) · %1 lost</source>
        <translation>
            <numerusform>%n Lücke · %1 verloren</numerusform>
            <numerusform>%n Lücken · %1 verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>built from ticks</source>
        <translation>aus Ticks gebildet</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price scale (click for linear)</source>
        <translation>Logarithmische Preisskala (klicken für linear)</translation>
    </message>
    <message>
        <source>Linear price scale (click for logarithmic)</source>
        <translation>Lineare Preisskala (klicken für logarithmisch)</translation>
    </message>
    <message>
        <source>VWAP</source>
        <translation>VWAP</translation>
    </message>
    <message>
        <source>Volume-weighted average price over the loaded bars</source>
        <translation>Volumengewichteter Durchschnittspreis über die geladenen Kerzen</translation>
    </message>
    <message>
        <source>EMA</source>
        <translation>EMA</translation>
    </message>
    <message>
        <source>Exponential moving average of the closes</source>
        <translation>Exponentieller gleitender Durchschnitt der Schlusskurse</translation>
    </message>
    <message>
        <source>EMA period in bars</source>
        <translation>EMA-Periode in Kerzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze the trades tape and the chart to read them; nothing received meanwhile is lost</source>
        <translation>Trades-Liste und Chart zum Lesen anhalten; was inzwischen eintrifft, geht nicht verloren</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>NatsClient</name>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde erneut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NATS options</source>
        <translation>NATS-Optionen</translation>
    </message>
    <message>
        <source>NATS URL</source>
        <translation>NATS-URL</translation>
    </message>
    <message>
        <source>NKey authentication needs the user&apos;s public NKey (U…) as well as its seed.</source>
        <translation>NKey-Authentifizierung braucht den öffentlichen NKey des Benutzers (U…) und seinen Seed.</translation>
    </message>
    <message>
        <source>NKey</source>
        <translation>NKey</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>NATS connect: %1</source>
        <translation>NATS-Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>NewTweetsBar</name>
    <message>
        <source>Paused — new tweets waiting: %1</source>
        <translation>Angehalten — wartende neue Tweets: %1</translation>
    </message>
    <message>
        <source>Paused — new tweets are held until you resume</source>
        <translation>Angehalten — neue Tweets werden bis zum Fortsetzen zurückgehalten</translation>
    </message>
    <message>
        <source>Show %1 new</source>
        <translation>%1 neue anzeigen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Predikt</name>
    <message>
        <source>Predikt rejected the API key (missing or invalid). Check the key in the profile.</source>
        <translation>Predikt hat den API-Schlüssel abgelehnt (fehlt oder ungültig). Prüfe den Schlüssel im Profil.</translation>
    </message>
    <message>
        <source>Predikt does not know the account of this API key.</source>
        <translation>Predikt kennt das Konto dieses API-Schlüssels nicht.</translation>
    </message>
    <message>
        <source>Your Predikt balance is too low for a connection. Top up your balance on the Predikt billing page, then reconnect.</source>
        <translation>Dein Predikt-Guthaben reicht für keine Verbindung. Lade dein Guthaben auf der Predikt-Abrechnungsseite auf und verbinde dann neu.</translation>
    </message>
    <message>
        <source>A Predikt connection or symbol limit was reached.</source>
        <translation>Ein Predikt-Limit für Verbindungen oder Symbole wurde erreicht.</translation>
    </message>
    <message>
        <source>Predikt found no valid symbol in the request.</source>
        <translation>Predikt fand kein gültiges Symbol in der Anfrage.</translation>
    </message>
    <message>
        <source>Predikt reported an error.</source>
        <translation>Predikt meldete einen Fehler.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>a price_update without a symbol or a valid price</source>
        <translation>ein price_update ohne Symbol oder gültigen Preis</translation>
    </message>
    <message>
        <source>a billing message without valid amounts</source>
        <translation>eine Abrechnungsnachricht ohne gültige Beträge</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>a message event without an object</source>
        <translation>ein message-Ereignis ohne Objekt</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>This Predikt API key lacks the &quot;websocket&quot; permission: new keys get only &quot;price&quot; and &quot;ai&quot;. In your Predikt account, edit the key&apos;s permissions, add &quot;websocket&quot;, then reconnect (the key itself stays the same).</source>
        <translation>Diesem Predikt-API-Schlüssel fehlt die Berechtigung „websocket“: Neue Schlüssel erhalten nur „price“ und „ai“. Bearbeiten Sie in Ihrem Predikt-Konto die Berechtigungen des Schlüssels, fügen Sie „websocket“ hinzu und verbinden Sie neu (der Schlüssel selbst bleibt gleich).</translation>
    </message>
</context>
<context>
    <name>PrediktClient</name>
    <message numerus="yes">
        <source>The %1 tier allows %2 symbols per connection; %3 are subscribed, so %n more do not fit.</source>
        <translation>
            <numerusform>Der Tarif %1 erlaubt %2 Symbole pro Verbindung; %3 sind abonniert, daher passt %n weiteres nicht.</numerusform>
            <numerusform>Der Tarif %1 erlaubt %2 Symbole pro Verbindung; %3 sind abonniert, daher passen %n weitere nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predikt does not know these symbols: %1</source>
        <translation>Predikt kennt diese Symbole nicht: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Predikt is disconnecting: the balance no longer covers the hourly fee. Top up your balance on the Predikt billing page, then reconnect. %1</source>
        <translation>Predikt trennt die Verbindung: das Guthaben deckt die stündliche Gebühr nicht mehr. Lade dein Guthaben auf der Predikt-Abrechnungsseite auf und verbinde dann neu. %1</translation>
    </message>
    <message>
        <source>Predikt ended the session without a warning (no &quot;disconnecting&quot; message, no error); reconnecting with backoff.</source>
        <translation>Predikt hat die Sitzung ohne Vorwarnung beendet (keine „disconnecting“-Nachricht, kein Fehler); erneuter Verbindungsaufbau mit Backoff.</translation>
    </message>
    <message>
        <source>Last server message: %1</source>
        <translation>Letzte Servernachricht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Predikt allows %n symbol(s) on this connection: kept %1; dropped %2.</source>
        <translation>
            <numerusform>Predikt erlaubt %n Symbol auf dieser Verbindung: behalten %1; entfernt %2.</numerusform>
            <numerusform>Predikt erlaubt %n Symbole auf dieser Verbindung: behalten %1; entfernt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 tier allows %n connection(s) per account, and all are open already. Close one or upgrade the tier.</source>
        <translation><numerusform>Der Tarif %1 erlaubt %n Verbindung pro Konto, und sie ist bereits offen. Schließe sie oder wechsle den Tarif.</numerusform><numerusform>Der Tarif %1 erlaubt %n Verbindungen pro Konto, und alle sind bereits offen. Schließe eine oder wechsle den Tarif.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrediktSession</name>
    <message>
        <source>Type one or more symbols, e.g. SOL or BTC, ETH.</source>
        <translation>Gib ein oder mehrere Symbole ein, z. B. SOL oder BTC, ETH.</translation>
    </message>
    <message>
        <source>Connection ID %1</source>
        <translation>Verbindungs-ID %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 tier allows %n symbol(s) per connection.</source>
        <translation><numerusform>Der Tarif %1 erlaubt %n Symbol pro Verbindung.</numerusform><numerusform>Der Tarif %1 erlaubt %n Symbole pro Verbindung.</numerusform></translation>
    </message>
</context>
<context>
    <name>PriceBoardHeader</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>VWAP price</source>
        <translation>VWAP-Preis</translation>
    </message>
    <message>
        <source>Since subscribe</source>
        <translation>Seit Abo</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Recent updates</source>
        <translation>Letzte Updates</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
</context>
<context>
    <name>PriceFormat</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>PriceRow</name>
    <message>
        <source>No update for more than two intervals</source>
        <translation>Seit mehr als zwei Intervallen kein Update</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Waiting for the subscription</source>
        <translation>Wartet auf das Abo</translation>
    </message>
    <message>
        <source>over &lt; 1 min</source>
        <translation>über &lt; 1 min</translation>
    </message>
    <message>
        <source>over %1 min</source>
        <translation>über %1 min</translation>
    </message>
    <message>
        <source>stale · %1</source>
        <translation>veraltet · %1</translation>
    </message>
    <message>
        <source>Unsubscribe from %1</source>
        <translation>%1 abbestellen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Add a Predikt profile with your API key to watch VWAP prices and your billing balance here.</source>
        <translation>Lege ein Predikt-Profil mit deinem API-Schlüssel an, um hier VWAP-Preise und dein Guthaben zu sehen.</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>Verbindungen öffnen</translation>
    </message>
    <message>
        <source> · account %1</source>
        <translation> · Konto %1</translation>
    </message>
    <message>
        <source>Predikt profile</source>
        <translation>Predikt-Profil</translation>
    </message>
    <message>
        <source>Waiting for the key</source>
        <translation>Wartet auf den Schlüssel</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Predikt disconnected this feed</source>
        <translation>Predikt hat diesen Feed getrennt</translation>
    </message>
    <message>
        <source>Top up your balance on the Predikt billing page, then reconnect.</source>
        <translation>Lade dein Guthaben auf der Predikt-Abrechnungsseite auf und verbinde dann neu.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>VWAP board</source>
        <translation>VWAP-Tafel</translation>
    </message>
    <message>
        <source>Add symbols, e.g. WIF, RAY</source>
        <translation>Symbole hinzufügen, z. B. WIF, RAY</translation>
    </message>
    <message>
        <source>Symbols to add</source>
        <translation>Hinzuzufügende Symbole</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No symbols yet: add one above.</source>
        <translation>Noch keine Symbole: füge oben eines hinzu.</translation>
    </message>
    <message>
        <source>Prices are volume-weighted averages published every 5 s. A row turns stale after two missed updates.</source>
        <translation>Preise sind volumengewichtete Durchschnitte, alle 5 s veröffentlicht. Nach zwei verpassten Updates gilt eine Zeile als veraltet.</translation>
    </message>
    <message>
        <source>Predikt VWAP feed · %1 · %2 tier%3%4</source>
        <translation>Predikt-VWAP-Feed · %1 · Tarif %2%3%4</translation>
    </message>
    <message>
        <source> · connection %1</source>
        <translation> · Verbindung %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n symbol(s)</source>
        <translation><numerusform>%1 von %n Symbol</numerusform><numerusform>%1 von %n Symbolen</numerusform></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown provider &quot;%2&quot;.</source>
        <translation>Profil „%1“: unbekannter Anbieter „%2“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the URL must start with ws:// or wss://.</source>
        <translation>Profil „%1“: die URL muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: a relay URL must start with nats:// or tls://.</source>
        <translation>Profil „%1“: eine Relay-URL muss mit nats:// oder tls:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>Kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Simulator key (not secret)</source>
        <translation>Simulator-Schlüssel (nicht geheim)</translation>
    </message>
    <message>
        <source>✓ Key stored in the keychain</source>
        <translation>✓ Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Key unavailable</source>
        <translation>Schlüssel nicht verfügbar</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Replace key…</source>
        <translation>Schlüssel ersetzen …</translation>
    </message>
    <message>
        <source>Enter key…</source>
        <translation>Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Use my own key…</source>
        <translation>Eigenen Schlüssel verwenden …</translation>
    </message>
    <message>
        <source>subscriptions: %1</source>
        <translation>Abos: %1</translation>
    </message>
    <message>
        <source>Not connected: enter a key and the provider&apos;s workspace connects this profile.</source>
        <translation>Nicht verbunden: gib einen Schlüssel ein, dann verbindet der Anbieter-Arbeitsbereich dieses Profil.</translation>
    </message>
    <message>
        <source>No connection is open for this profile yet.</source>
        <translation>Für dieses Profil ist noch keine Verbindung offen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>subjects: %1</source>
        <translation>Subjects: %1</translation>
    </message>
    <message>
        <source>Not connected: enter the NATS credential and the relay connects.</source>
        <translation>Nicht verbunden: Gib die NATS-Zugangsdaten ein, dann verbindet sich das Relay.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Conyr production</source>
        <translation>z. B. Conyr Produktion</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Send the key as</source>
        <translation>Schlüssel senden als</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Default subscriptions</source>
        <translation>Standard-Abos</translation>
    </message>
    <message>
        <source>One topic, channel or symbol per line (empty: the page&apos;s defaults)</source>
        <translation>Ein Topic, Kanal oder Symbol pro Zeile (leer: die Vorgaben der Seite)</translation>
    </message>
    <message>
        <source>Plaintext key storage is on: if no keychain service answers, the key is written to %1.</source>
        <translation>Die Klartext-Schlüsselablage ist eingeschaltet: antwortet kein Schlüsselbund-Dienst, wird der Schlüssel nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Public NKey</source>
        <translation>Öffentlicher NKey</translation>
    </message>
    <message>
        <source>U… (the seed goes to the keychain below)</source>
        <translation>U… (der Seed kommt unten in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Use TLS (also for a tls:// URL)</source>
        <translation>TLS verwenden (auch bei einer tls://-URL)</translation>
    </message>
    <message>
        <source>CA file (PEM; empty: the system&apos;s)</source>
        <translation>CA-Datei (PEM; leer: die des Systems)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Its private key</source>
        <translation>Sein privater Schlüssel</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>One NATS subject pattern per line (empty: tidewatch.&gt;)</source>
        <translation>Ein NATS-Subject-Muster pro Zeile (leer: tidewatch.&gt;)</translation>
    </message>
    <message>
        <source>Shared rules bucket</source>
        <translation>Bucket für geteilte Regeln</translation>
    </message>
    <message>
        <source>none (only this desktop&apos;s rules)</source>
        <translation>keiner (nur die Regeln dieses Desktops)</translation>
    </message>
    <message>
        <source>The team&apos;s alert rules in this JetStream key-value bucket run here beside your own, listed as shared; the team edits them in the bucket.</source>
        <translation>Die Alarmregeln des Teams in diesem JetStream-Key-Value-Bucket laufen hier neben Ihren eigenen und sind als geteilt markiert; das Team bearbeitet sie im Bucket.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorForm</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Stored in your system keychain, never shown again</source>
        <translation>Wird im Schlüsselbund deines Systems gespeichert und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Profiles cannot be saved right now.</source>
        <translation>Profile können gerade nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gib dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the endpoint URL.</source>
        <translation>Gib die Endpunkt-URL ein.</translation>
    </message>
    <message>
        <source>The profile was saved, but the key was not: %1</source>
        <translation>Das Profil wurde gespeichert, der Schlüssel aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSessions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot;: the URL contains a key or password. Remove it from the URL and enter the key in the key field instead; keys are kept in the keychain, never in the profile.</source>
        <translation>Profil „%1“: die URL enthält einen Schlüssel oder ein Passwort. Entferne ihn aus der URL und gib den Schlüssel stattdessen im Schlüsselfeld ein; Schlüssel liegen im Schlüsselbund, nie im Profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the URL has no host.</source>
        <translation>Profil „%1“: die URL hat keinen Host.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 does not support &quot;%3&quot; authentication.</source>
        <translation>Profil „%1“: %2 unterstützt die Anmeldung per „%3“ nicht.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the name is too long.</source>
        <translation>Profil „%1“: der Name ist zu lang.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged or unreadable; profiles were not loaded.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt oder unlesbar; Profile wurden nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored profile(s) could not be read and were skipped: %1</source>
        <translation>
            <numerusform>%n gespeichertes Profil konnte nicht gelesen werden und wurde übersprungen: %1</numerusform>
            <numerusform>%n gespeicherte Profile konnten nicht gelesen werden und wurden übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is not writable.</source>
        <translation>Profile konnten nicht gespeichert werden: %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Profiles could not be saved: %1 is damaged.</source>
        <translation>Profile konnten nicht gespeichert werden: %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Demo profiles cannot be edited. Add a profile of your own instead.</source>
        <translation>Demoprofile lassen sich nicht bearbeiten. Lege stattdessen ein eigenes Profil an.</translation>
    </message>
    <message>
        <source>Choose how the key is sent to the server.</source>
        <translation>Wähle, wie der Schlüssel an den Server gesendet wird.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;. Choose a different name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file is too large to be a profile export.</source>
        <translation>Die Datei ist zu groß für einen Profil-Export.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2). No profiles were imported.</source>
        <translation>Die Datei ist kein gültiges JSON (bei Zeichen %1: %2). Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>The file is not a Tidewatch profile export. No profiles were imported.</source>
        <translation>Die Datei ist kein Tidewatch-Profil-Export. Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>The file was written by a newer Tidewatch. No profiles were imported.</source>
        <translation>Die Datei stammt von einer neueren Tidewatch-Version. Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>The file contains no profiles.</source>
        <translation>Die Datei enthält keine Profile.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile. No profiles were imported.</source>
        <translation>Eintrag %1 ist kein Profil. Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>Entry %1: %2 No profiles were imported.</source>
        <translation>Eintrag %1: %2 Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>Entry %1: &quot;%2&quot; appears twice. No profiles were imported.</source>
        <translation>Eintrag %1: „%2“ kommt doppelt vor. Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>Entry %1: a profile called &quot;%2&quot; already exists. Rename one of them, then import again.</source>
        <translation>Eintrag %1: ein Profil namens „%2“ existiert bereits. Benenne eines um und importiere erneut.</translation>
    </message>
    <message>
        <source>Entry %1 has the id of a demo profile. No profiles were imported.</source>
        <translation>Eintrag %1 hat die ID eines Demoprofils. Es wurden keine Profile importiert.</translation>
    </message>
    <message>
        <source>The profiles could not be exported to %1: %2</source>
        <translation>Die Profile konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: user and password authentication needs a user name.</source>
        <translation>Profil „%1“: die Anmeldung mit Benutzer und Passwort braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: NKey authentication needs the user&apos;s public NKey (56 characters, starting with U); its seed goes to the keychain.</source>
        <translation>Profil „%1“: die NKey-Anmeldung braucht den öffentlichen NKey des Benutzers (56 Zeichen, beginnend mit U); sein Seed kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown NATS authentication &quot;%2&quot;.</source>
        <translation>Profil „%1“: unbekannte NATS-Anmeldung „%2“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: a client certificate and its private key go together.</source>
        <translation>Profil „%1“: ein Client-Zertifikat und sein privater Schlüssel gehören zusammen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; is not a NATS subject.</source>
        <translation>Profil „%1“: „%2“ ist kein NATS-Subject.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the option &quot;%2&quot; must be text.</source>
        <translation>Profil „%1“: die Option „%2“ muss Text sein.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the option &quot;%2&quot; must be true or false.</source>
        <translation>Profil „%1“: die Option „%2“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;no certificate check&quot; (tlsInsecure) needs TLS: use a tls:// URL or turn TLS on.</source>
        <translation>Profil „%1“: „keine Zertifikatsprüfung“ (tlsInsecure) braucht TLS: verwende eine tls://-URL oder schalte TLS ein.</translation>
    </message>
    <message>
        <source>the TLS CA file</source>
        <translation>die TLS-CA-Datei</translation>
    </message>
    <message>
        <source>the TLS client certificate</source>
        <translation>das TLS-Client-Zertifikat</translation>
    </message>
    <message>
        <source>the TLS private key</source>
        <translation>der private TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 is set but TLS is off: use a tls:// URL or turn TLS on.</source>
        <translation>Profil „%1“: %2 ist angegeben, aber TLS ist aus: verwende eine tls://-URL oder schalte TLS ein.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 must be an absolute path (%3).</source>
        <translation>Profil „%1“: %2 muss ein absoluter Pfad sein (%3).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 %3 cannot be read.</source>
        <translation>Profil „%1“: %2 %3 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; is not a JetStream stream name (letters, digits, - and _; no spaces, dots, *, &gt; or slashes).</source>
        <translation>Profil „%1“: „%2“ ist kein JetStream-Stream-Name (Buchstaben, Ziffern, - und _; keine Leerzeichen, Punkte, *, &gt; oder Schrägstriche).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: where a new consumer starts (deliver) must be &quot;all&quot; or &quot;new&quot;, not &quot;%2&quot;.</source>
        <translation>Profil „%1“: wo ein neuer Consumer beginnt (deliver), muss „all“ oder „new“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: &quot;%2&quot; is not a key-value bucket name for the shared rules (letters, digits, - and _, at most 64).</source>
        <translation>Profil „%1“: „%2“ ist kein Key-Value-Bucket-Name für die geteilten Regeln (Buchstaben, Ziffern, - und _, höchstens 64).</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Generic WebSocket</source>
        <translation>Allgemeiner WebSocket</translation>
    </message>
    <message>
        <source>Allium API</source>
        <translation>Allium-API</translation>
    </message>
    <message>
        <source>Allium streams</source>
        <translation>Allium-Streams</translation>
    </message>
    <message>
        <source>Conyr</source>
        <translation>Conyr</translation>
    </message>
    <message>
        <source>Predikt</source>
        <translation>Predikt</translation>
    </message>
    <message>
        <source>Tweet stream</source>
        <translation>Tweet-Stream</translation>
    </message>
    <message>
        <source>Relay (NATS)</source>
        <translation>Relay (NATS)</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Too many requests (HTTP 429). Try again in a moment.</source>
        <translation>Zu viele Anfragen (HTTP 429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>RecordingController</name>
    <message numerus="yes">
        <source>Replay finished: %n frame(s)</source>
        <translation>
            <numerusform>Wiedergabe beendet: %n Frame</numerusform>
            <numerusform>Wiedergabe beendet: %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection named “%1”.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
    <message>
        <source>Replaying into %1</source>
        <translation>Wiedergabe in %1</translation>
    </message>
    <message>
        <source>Only connection rules apply to this replay: %1</source>
        <translation>Für diese Wiedergabe gelten nur Verbindungsregeln: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %1 of %Ln frame(s)</source>
        <translation><numerusform>Spiele %1 von %Ln Frame ab</numerusform><numerusform>Spiele %1 von %Ln Frames ab</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped after %1 of %Ln frame(s)</source>
        <translation><numerusform>Wiedergabe nach %1 von %Ln Frame gestoppt</numerusform><numerusform>Wiedergabe nach %1 von %Ln Frames gestoppt</numerusform></translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>not connected to NATS</source>
        <translation>nicht mit NATS verbunden</translation>
    </message>
    <message>
        <source>could not create stream %1: %2</source>
        <translation>Stream %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>could not read stream %1: %2</source>
        <translation>Stream %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stream %1 exists with another storage type; delete it or choose the same storage</source>
        <translation>Stream %1 existiert mit einem anderen Speichertyp; löschen Sie ihn oder wählen Sie denselben Speicher</translation>
    </message>
    <message>
        <source>could not update stream %1: %2</source>
        <translation>Stream %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>RelayFeed</name>
    <message>
        <source>not a relay subject</source>
        <translation>kein Relay-Subject</translation>
    </message>
    <message>
        <source>the payload is not JSON</source>
        <translation>die Nutzlast ist kein JSON</translation>
    </message>
    <message>
        <source>unknown provider %1</source>
        <translation>unbekannter Anbieter %1</translation>
    </message>
    <message>
        <source>a relay control message that is not a JSON object</source>
        <translation>eine Relay-Steuernachricht, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>The relay restarted: what the provider sent while it was away is missing.</source>
        <translation>Das Relay wurde neu gestartet: Was der Anbieter in der Zwischenzeit sendete, fehlt.</translation>
    </message>
    <message>
        <source>The relay&apos;s connection to the provider was down: data from that time is missing.</source>
        <translation>Die Verbindung des Relays zum Anbieter war unterbrochen: Daten aus dieser Zeit fehlen.</translation>
    </message>
    <message numerus="yes">
        <source>The relay dropped %n message(s) while NATS was unavailable.</source>
        <translation>
            <numerusform>Das Relay hat %n Nachricht verworfen, während NATS nicht erreichbar war.</numerusform>
            <numerusform>Das Relay hat %n Nachrichten verworfen, während NATS nicht erreichbar war.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay&apos;s connection to %1 is down</source>
        <translation>Die Verbindung des Relays zu %1 ist unterbrochen</translation>
    </message>
    <message>
        <source>At the relay: %1</source>
        <translation>Am Relay: %1</translation>
    </message>
    <message>
        <source>The relay stopped %1</source>
        <translation>Das Relay hat %1 beendet</translation>
    </message>
    <message>
        <source>unknown Allium message kind %1</source>
        <translation>unbekannte Allium-Nachrichtenart %1</translation>
    </message>
    <message>
        <source>%1 is not an Allium topic</source>
        <translation>%1 ist kein Allium-Topic</translation>
    </message>
    <message>
        <source>not an Allium record</source>
        <translation>kein Allium-Datensatz</translation>
    </message>
</context>
<context>
    <name>RelayLink</name>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>Skipped a message on %1: %2</source>
        <translation>Nachricht auf %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>an unknown subject</source>
        <translation>einem unbekannten Subject</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting to %1 (retrying until it answers)</source>
        <translation>Verbinde mit %1 (neue Versuche, bis er antwortet)</translation>
    </message>
    <message>
        <source>The NATS connection was lost; reconnecting</source>
        <translation>Die NATS-Verbindung ist abgerissen; verbinde neu</translation>
    </message>
    <message>
        <source>The NATS connection was lost (%1); reconnecting</source>
        <translation>Die NATS-Verbindung ist abgerissen (%1); verbinde neu</translation>
    </message>
    <message>
        <source>Waiting for the relay&apos;s stream: %1</source>
        <translation>Warte auf den Stream des Relays: %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Waiting for the stream</source>
        <translation>Warte auf den Stream</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stream %1 · position %2 · %3 pending</source>
        <translation>Stream %1 · Position %2 · %3 ausstehend</translation>
    </message>
    <message>
        <source>%1 · %2 (relay)</source>
        <translation>%1 · %2 (Relay)</translation>
    </message>
    <message>
        <source>The NATS connection closed. Check the URL and the credentials.</source>
        <translation>Die NATS-Verbindung wurde geschlossen. Prüfe die URL und die Zugangsdaten.</translation>
    </message>
    <message>
        <source>The NATS connection closed (%1). Check the URL and the credentials.</source>
        <translation>Die NATS-Verbindung wurde geschlossen (%1). Prüfe die URL und die Zugangsdaten.</translation>
    </message>
    <message>
        <source>The first connection to %1 failed; retrying until it works</source>
        <translation>Die erste Verbindung zu %1 ist fehlgeschlagen; neuer Versuch, bis es klappt</translation>
    </message>
    <message>
        <source>The shared rule %1 in the bucket %2 is ignored: %3</source>
        <translation>Die geteilte Regel %1 im Bucket %2 wird übergangen: %3</translation>
    </message>
    <message>
        <source>Shared rules: %1 (tried again every %2 s)</source>
        <translation>Geteilte Regeln: %1 (neuer Versuch alle %2 s)</translation>
    </message>
    <message>
        <source>Connected to %1; looking up the durable consumer %2 on stream %3</source>
        <translation>Mit %1 verbunden; suche den dauerhaften Consumer %2 im Stream %3</translation>
    </message>
    <message>
        <source>bucket %1 · %2</source>
        <translation>Bucket %1 · %2</translation>
    </message>
</context>
<context>
    <name>RelayWorkspace</name>
    <message>
        <source>The NATS credential in the keychain is empty.</source>
        <translation>Die NATS-Zugangsdaten im Schlüsselbund sind leer.</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Keine Zugangsdaten</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>NKey (public key and seed)</source>
        <translation>NKey (öffentlicher Schlüssel und Seed)</translation>
    </message>
    <message>
        <source>NKey seed</source>
        <translation>NKey-Seed</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; never connected, so its durable consumer %2 may stay on the relay&apos;s server. Remove it there: nats consumer rm %3 %2</source>
        <translation>Profil „%1“ war nie verbunden, daher bleibt sein dauerhafter Consumer %2 womöglich auf dem Server des Relays. Entferne ihn dort: nats consumer rm %3 %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed. %2</source>
        <translation>Profil „%1“ entfernt. %2</translation>
    </message>
    <message>
        <source>NATS password for %1</source>
        <translation>NATS-Passwort für %1</translation>
    </message>
    <message>
        <source>The NATS password of the user %1 is stored in your system keychain under this profile and is never shown again. Entering a new one replaces it.</source>
        <translation>Das NATS-Passwort des Benutzers %1 wird unter diesem Profil im Schlüsselbund deines Systems abgelegt und nie wieder angezeigt. Ein neues Passwort ersetzt es.</translation>
    </message>
    <message>
        <source>Paste the NATS password</source>
        <translation>NATS-Passwort einfügen</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>NATS token for %1</source>
        <translation>NATS-Token für %1</translation>
    </message>
    <message>
        <source>The NATS token is stored in your system keychain under this profile and is never shown again. Entering a new one replaces it.</source>
        <translation>Der NATS-Token wird unter diesem Profil im Schlüsselbund deines Systems abgelegt und nie wieder angezeigt. Ein neuer Token ersetzt ihn.</translation>
    </message>
    <message>
        <source>Paste the NATS token</source>
        <translation>NATS-Token einfügen</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>NKey seed for %1</source>
        <translation>NKey-Seed für %1</translation>
    </message>
    <message>
        <source>The NKey seed (it starts with SU) is stored in your system keychain under this profile and is never shown again; the public NKey stays in the profile. Entering a new one replaces it.</source>
        <translation>Der NKey-Seed (er beginnt mit SU) wird unter diesem Profil im Schlüsselbund deines Systems abgelegt und nie wieder angezeigt; der öffentliche NKey bleibt im Profil. Ein neuer Seed ersetzt ihn.</translation>
    </message>
    <message>
        <source>Paste the NKey seed (SU…)</source>
        <translation>NKey-Seed einfügen (SU…)</translation>
    </message>
    <message>
        <source>Save seed</source>
        <translation>Seed speichern</translation>
    </message>
    <message>
        <source>Remove seed</source>
        <translation>Seed entfernen</translation>
    </message>
    <message>
        <source>NATS credential for %1</source>
        <translation>NATS-Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>This relay profile connects without credentials. To use a password, a token or an NKey, choose it in the profile first; its secret is then stored in your system keychain.</source>
        <translation>Dieses Relay-Profil verbindet sich ohne Zugangsdaten. Für ein Passwort, einen Token oder einen NKey wähle das zuerst im Profil; das Geheimnis wird dann im Schlüsselbund deines Systems abgelegt.</translation>
    </message>
    <message>
        <source>Paste the NATS credential</source>
        <translation>NATS-Zugangsdaten einfügen</translation>
    </message>
    <message>
        <source>Save credential</source>
        <translation>Zugangsdaten speichern</translation>
    </message>
    <message>
        <source>Remove credential</source>
        <translation>Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Replace password…</source>
        <translation>Passwort ersetzen…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Replace token…</source>
        <translation>Token ersetzen…</translation>
    </message>
    <message>
        <source>Enter seed…</source>
        <translation>Seed eingeben…</translation>
    </message>
    <message>
        <source>Replace seed…</source>
        <translation>Seed ersetzen…</translation>
    </message>
    <message>
        <source>Enter credential…</source>
        <translation>Zugangsdaten eingeben…</translation>
    </message>
    <message>
        <source>Replace credential…</source>
        <translation>Zugangsdaten ersetzen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (relay)</source>
        <translation>%1 · %2 · %3 (Relay)</translation>
    </message>
</context>
<context>
    <name>ReplayReader</name>
    <message>
        <source>Unknown provider “%1”</source>
        <translation>Unbekannter Anbieter „%1“</translation>
    </message>
    <message>
        <source>%1 recordings hold API replies, which no alert rule reads</source>
        <translation>%1-Aufnahmen enthalten API-Antworten, die keine Alarmregel liest</translation>
    </message>
</context>
<context>
    <name>SecondsBox</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Tidewatch starts.</source>
        <translation>Wirkt beim nächsten Start von Tidewatch.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain (Secret Service, macOS Keychain or Windows Credential Manager), one entry per profile. They never go into the settings file, logs or exports.</source>
        <translation>Schlüssel liegen im Schlüsselbund deines Systems (Secret Service, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung), ein Eintrag pro Profil. Sie gelangen nie in die Einstellungsdatei, Protokolle oder Exporte.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Plaintext fallback</source>
        <translation>Klartext-Ausweichlösung</translation>
    </message>
    <message>
        <source>Store keys in a file when no keychain service is available</source>
        <translation>Schlüssel in einer Datei speichern, wenn kein Schlüsselbund-Dienst verfügbar ist</translation>
    </message>
    <message>
        <source>Keys that cannot go to a keychain are written unencrypted to %1 (readable only by your user account). Anyone with access to your account or a backup of it can read them. Turning this off moves them into the keychain when one is available.</source>
        <translation>Schlüssel, die nicht in einen Schlüsselbund können, werden unverschlüsselt nach %1 geschrieben (nur für dein Benutzerkonto lesbar). Wer Zugriff auf dein Konto oder eine Sicherung davon hat, kann sie lesen. Beim Ausschalten werden sie in den Schlüsselbund verschoben, sobald einer verfügbar ist.</translation>
    </message>
    <message>
        <source>Connection defaults</source>
        <translation>Verbindungsvorgaben</translation>
    </message>
    <message>
        <source>Every connection starts from these. Changes apply to connections opened from now on.</source>
        <translation>Jede Verbindung startet mit diesen Werten. Änderungen gelten für ab jetzt geöffnete Verbindungen.</translation>
    </message>
    <message>
        <source>First reconnect after</source>
        <translation>Erste Neuverbindung nach</translation>
    </message>
    <message>
        <source>Longest wait between reconnects</source>
        <translation>Längste Wartezeit zwischen Neuverbindungen</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping alle</translation>
    </message>
    <message>
        <source>Heartbeat on</source>
        <translation>Heartbeat an</translation>
    </message>
    <message>
        <source>Reconnect when silent for</source>
        <translation>Neu verbinden nach Stille von</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Vorgaben wiederherstellen</translation>
    </message>
    <message>
        <source>Where settings live</source>
        <translation>Wo Einstellungen liegen</translation>
    </message>
    <message>
        <source>Settings and profiles</source>
        <translation>Einstellungen und Profile</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>System keychain, or %1 when no keychain answers</source>
        <translation>System-Schlüsselbund, oder %1, wenn kein Schlüsselbund antwortet</translation>
    </message>
    <message>
        <source>System keychain only (service &quot;Tidewatch&quot;)</source>
        <translation>Nur System-Schlüsselbund (Dienst „Tidewatch“)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>SharedRules</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SocketIoClient</name>
    <message>
        <source>No Engine.IO ping from the server for %1 s: the connection is dead</source>
        <translation>Seit %1 s kein Engine.IO-Ping vom Server: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>The server opened the socket but sent no Engine.IO handshake</source>
        <translation>Der Server öffnete den Socket, sendete aber keinen Engine.IO-Handshake</translation>
    </message>
    <message>
        <source>The server did not answer the request to join namespace %1</source>
        <translation>Der Server beantwortete die Anfrage zum Beitritt zum Namespace %1 nicht</translation>
    </message>
    <message>
        <source>No acknowledgement within %1 s</source>
        <translation>Keine Bestätigung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server lehnte die Verbindung ab: %1</translation>
    </message>
    <message>
        <source>Disconnected by the user</source>
        <translation>Vom Benutzer getrennt</translation>
    </message>
    <message>
        <source>A packet of %1 bytes exceeds the server&apos;s limit of %2 bytes and was not sent</source>
        <translation>Ein Paket mit %1 Bytes überschreitet das Serverlimit von %2 Bytes und wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The session ended before the server acknowledged</source>
        <translation>Die Sitzung endete, bevor der Server bestätigte</translation>
    </message>
    <message>
        <source>Bad Engine.IO handshake: %1</source>
        <translation>Fehlerhafter Engine.IO-Handshake: %1</translation>
    </message>
    <message>
        <source>The server closed the Engine.IO session</source>
        <translation>Der Server hat die Engine.IO-Sitzung geschlossen</translation>
    </message>
    <message>
        <source>A packet for namespace %1 arrived on %2</source>
        <translation>Ein Paket für Namespace %1 kam auf %2 an</translation>
    </message>
    <message>
        <source>The server ended the session</source>
        <translation>Der Server hat die Sitzung beendet</translation>
    </message>
    <message>
        <source>A binary packet refers to an attachment that did not arrive</source>
        <translation>Ein Binärpaket verweist auf einen Anhang, der nicht ankam</translation>
    </message>
    <message>
        <source>An acknowledgement for unknown id %1 was ignored</source>
        <translation>Eine Bestätigung für die unbekannte ID %1 wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>SourceStatsPanel</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Monitor / rule</source>
        <translation>Monitor / Regel</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No tweets yet: counters appear as monitors and rules deliver.</source>
        <translation>Noch keine Tweets: Zähler erscheinen, sobald Monitore und Regeln liefern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tweet(s) · %1/min</source>
        <translation><numerusform>%Ln Tweet · %1/min</numerusform><numerusform>%Ln Tweets · %1/min</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageFault</name>
    <message>
        <source>%1 was not saved: the disk holding %2 is read-only (mounted read-only at %3). The last saved version is kept.</source>
        <translation>%1 wurde nicht gespeichert: Der Datenträger mit %2 ist schreibgeschützt (unter %3 nur lesbar eingehängt). Die zuletzt gespeicherte Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 was not saved: the disk holding %2 is full (%3 free, about %4 needed). The last saved version is kept.</source>
        <translation>%1 wurde nicht gespeichert: Der Datenträger mit %2 ist voll (%3 frei, etwa %4 nötig). Die zuletzt gespeicherte Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 was not saved: the folder %2 is read-only (no permission to write there). The last saved version is kept.</source>
        <translation>%1 wurde nicht gespeichert: Der Ordner %2 ist schreibgeschützt (keine Berechtigung zum Schreiben). Die zuletzt gespeicherte Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 was not saved (%2). The last saved version is kept.</source>
        <translation>%1 wurde nicht gespeichert (%2). Die zuletzt gespeicherte Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>the settings file could not be written</source>
        <translation>die Einstellungsdatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the settings file is not in a readable format</source>
        <translation>die Einstellungsdatei hat kein lesbares Format</translation>
    </message>
</context>
<context>
    <name>StreamsPage</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Topic: &lt;blockchain&gt;.&lt;data_type&gt;</source>
        <translation>Topic: &lt;blockchain&gt;.&lt;data_type&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-org(s)</source>
        <translation>
            <numerusform>%n Re-org</numerusform>
            <numerusform>%n Re-orgs</numerusform>
        </translation>
    </message>
    <message>
        <source>Row cap: the oldest rows are dropped beyond this</source>
        <translation>Zeilenlimit: darüber hinaus werden die ältesten Zeilen verworfen</translation>
    </message>
    <message>
        <source>Waiting for records…</source>
        <translation>Warte auf Datensätze …</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Records of %1 appear here as the chain produces them.</source>
        <translation>Datensätze von %1 erscheinen hier, sobald die Chain sie erzeugt.</translation>
    </message>
    <message>
        <source>Press Start to receive %1.</source>
        <translation>Drücke „Start“, um %1 zu empfangen.</translation>
    </message>
    <message>
        <source>Newest record</source>
        <translation>Neuester Datensatz</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Ausgewählter Datensatz</translation>
    </message>
    <message>
        <source>Follow newest</source>
        <translation>Neuestem folgen</translation>
    </message>
    <message>
        <source>Select a row to see the full record.</source>
        <translation>Wähle eine Zeile, um den vollständigen Datensatz zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), keep</source>
        <translation><numerusform>%Ln Zeile, behalte</numerusform><numerusform>%Ln Zeilen, behalte</numerusform></translation>
    </message>
</context>
<context>
    <name>SubscriptionLedger</name>
    <message>
        <source>%1/%2 connections of this key</source>
        <translation>%1/%2 Verbindungen dieses Schlüssels</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) of this key (no cap)</source>
        <translation>
            <numerusform>%n Verbindung dieses Schlüssels (ohne Limit)</numerusform>
            <numerusform>%n Verbindungen dieses Schlüssels (ohne Limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), no cap published</source>
        <translation>
            <numerusform>%n Verbindung, kein Limit veröffentlicht</numerusform>
            <numerusform>%n Verbindungen, kein Limit veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 channels on this connection</source>
        <translation>%1/%2 Kanäle auf dieser Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this connection (no cap)</source>
        <translation>
            <numerusform>%n Kanal auf dieser Verbindung (ohne Limit)</numerusform>
            <numerusform>%n Kanäle auf dieser Verbindung (ohne Limit)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 symbols on this connection</source>
        <translation>%1/%2 Symbole auf dieser Verbindung</translation>
    </message>
    <message>
        <source>%1/%2 accounts in this monitor</source>
        <translation>%1/%2 Konten in diesem Monitor</translation>
    </message>
    <message>
        <source>%1/%2 rules of this key</source>
        <translation>%1/%2 Regeln dieses Schlüssels</translation>
    </message>
    <message>
        <source>monitors and rules not listed yet</source>
        <translation>Monitore und Regeln noch nicht abgerufen</translation>
    </message>
    <message>
        <source>one topic per connection</source>
        <translation>ein Topic pro Verbindung</translation>
    </message>
    <message>
        <source>from %1/month</source>
        <translation>ab %1/Monat</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>%1/%2 channels</source>
        <translation>%1/%2 Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) (no cap)</source>
        <translation>
            <numerusform>%n Kanal (ohne Limit)</numerusform>
            <numerusform>%n Kanäle (ohne Limit)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/h · %2</source>
        <translation>%1/h · %2</translation>
    </message>
    <message>
        <source>not connected: nothing billed</source>
        <translation>nicht verbunden: nichts berechnet</translation>
    </message>
    <message>
        <source>%1/%2 symbols</source>
        <translation>%1/%2 Symbole</translation>
    </message>
    <message>
        <source>%1/%2 rules</source>
        <translation>%1/%2 Regeln</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n Monitor</numerusform>
            <numerusform>%n Monitore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>no price published</source>
        <translation>kein Preis veröffentlicht</translation>
    </message>
    <message>
        <source>%1/month share of %2</source>
        <translation>%1/Monat Anteil an %2</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>%1/h share of %2/h</source>
        <translation>%1/h Anteil an %2/h</translation>
    </message>
    <message>
        <source>nothing billed while not connected</source>
        <translation>ohne Verbindung wird nichts berechnet</translation>
    </message>
    <message>
        <source>%1 credits/day</source>
        <translation>%1 Credits/Tag</translation>
    </message>
    <message>
        <source>paused: no credits</source>
        <translation>pausiert: keine Credits</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>This connection is full: %1.</source>
        <translation>Diese Verbindung ist voll: %1.</translation>
    </message>
    <message>
        <source>no extra cost: the tier is %1</source>
        <translation>keine Mehrkosten: der Tarif kostet %1</translation>
    </message>
    <message>
        <source>no extra cost: Predikt bills %1 per connection-hour, not per symbol</source>
        <translation>keine Mehrkosten: Predikt berechnet %1 pro Verbindungsstunde, nicht pro Symbol</translation>
    </message>
    <message>
        <source>This key has all its %1 rules.</source>
        <translation>Dieser Schlüssel hat schon alle seine %1 Regeln.</translation>
    </message>
    <message>
        <source>this rule costs %1 credits/day — your total becomes %2</source>
        <translation>diese Regel kostet %1 Credits/Tag — deine Summe wird %2</translation>
    </message>
    <message>
        <source>this monitor costs %1 credits/day — your total becomes %2</source>
        <translation>dieser Monitor kostet %1 Credits/Tag — deine Summe wird %2</translation>
    </message>
    <message>
        <source>a topic needs its own connection; no price published</source>
        <translation>ein Topic braucht eine eigene Verbindung; kein Preis veröffentlicht</translation>
    </message>
    <message>
        <source>Only %1 more fit: %2.</source>
        <translation>Nur %1 passen noch hinein: %2.</translation>
    </message>
</context>
<context>
    <name>SubscriptionManager</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>%1 channels (%2: no cap)</source>
        <translation>%1 Kanäle (%2: ohne Limit)</translation>
    </message>
    <message>
        <source>%1/%2 channels (%3)</source>
        <translation>%1/%2 Kanäle (%3)</translation>
    </message>
    <message>
        <source>Add channel…</source>
        <translation>Kanal hinzufügen …</translation>
    </message>
    <message>
        <source>Pick from Conyr&apos;s channel catalog: trades, ticks, candles, wallet and security channels</source>
        <translation>Aus Conyrs Kanalkatalog wählen: Trades, Ticks, Kerzen, Wallet- und Sicherheitskanäle</translation>
    </message>
    <message>
        <source>No channels yet: add one from the catalog.</source>
        <translation>Noch keine Kanäle: füge einen aus dem Katalog hinzu.</translation>
    </message>
</context>
<context>
    <name>SubscriptionRow</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Optional: paused by “Pause all optional”. Untick to make it essential.</source>
        <translation>Optional: wird von „Alle optionalen pausieren“ pausiert. Abwählen macht es unverzichtbar.</translation>
    </message>
    <message>
        <source>Essential: never paused all at once. Tick to make it optional.</source>
        <translation>Unverzichtbar: wird nie gesammelt pausiert. Anwählen macht es optional.</translation>
    </message>
</context>
<context>
    <name>SubscriptionSet</name>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n Symbol</numerusform>
            <numerusform>%n Symbole</numerusform>
        </translation>
    </message>
    <message>
        <source>the topic %1</source>
        <translation>das Topic %1</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n Monitor</numerusform>
            <numerusform>%n Monitore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter rule(s)</source>
        <translation>
            <numerusform>%n Filterregel</numerusform>
            <numerusform>%n Filterregeln</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not JSON (at character %1: %2).</source>
        <translation>Diese Datei ist kein JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <source>This is not a Tidewatch subscription set (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Das ist kein Tidewatch-Abonnement-Set (es fehlt &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This subscription set is version %1; this Tidewatch reads version %2.</source>
        <translation>Dieses Abonnement-Set hat Version %1; dieses Tidewatch liest Version %2.</translation>
    </message>
    <message>
        <source>The set has no list of profiles.</source>
        <translation>Das Set enthält keine Liste von Profilen.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 names the provider “%2”, which a subscription set cannot hold (%3).</source>
        <translation>%1 nennt den Anbieter „%2“, den ein Abonnement-Set nicht enthalten kann (%3).</translation>
    </message>
    <message>
        <source>%1 has neither a name nor a URL.</source>
        <translation>%1 hat weder einen Namen noch eine URL.</translation>
    </message>
    <message>
        <source>%1: “subscriptions” is not a list.</source>
        <translation>%1: „subscriptions“ ist keine Liste.</translation>
    </message>
    <message>
        <source>%1, subscription %2</source>
        <translation>%1, Abonnement %2</translation>
    </message>
    <message>
        <source>%1: %2 has no subscriptions of the kind “%3” (%4).</source>
        <translation>%1: %2 hat keine Abonnements der Art „%3“ (%4).</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: usernames and filter types must be lists of text.</source>
        <translation>%1: Benutzernamen und Filtertypen müssen Listen von Texten sein.</translation>
    </message>
    <message>
        <source>%1: a monitor needs at least one username.</source>
        <translation>%1: Ein Monitor braucht mindestens einen Benutzernamen.</translation>
    </message>
    <message>
        <source>%1: a filter rule needs its query.</source>
        <translation>%1: Eine Filterregel braucht ihre Abfrage.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>The monitors and rules of %1 are not listed yet: open the Tweets page, then import again.</source>
        <translation>Die Monitore und Regeln von %1 sind noch nicht aufgelistet: Öffnen Sie die Seite Tweets und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 keeps its topic (the set has %2).</source>
        <translation>%1 behält sein Topic (das Set hat %2).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n subscription(s).</source>
        <translation>
            <numerusform>%n Abonnement hinzugefügt.</numerusform>
            <numerusform>%n Abonnements hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n subscription(s) optional.</source>
        <translation>
            <numerusform>Markiert %n Abonnement als optional.</numerusform>
            <numerusform>Markiert %n Abonnements als optional.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>Nothing to add: everything in the set is here already.</source>
        <translation>Nichts hinzuzufügen: Alles aus dem Set ist schon da.</translation>
    </message>
    <message>
        <source>Adds %1.</source>
        <translation>Fügt %1 hinzu.</translation>
    </message>
    <message>
        <source>Not found here (add the profile first): %1.</source>
        <translation>Hier nicht gefunden (legen Sie zuerst das Profil an): %1.</translation>
    </message>
    <message>
        <source>%1 is not running: its channels were not added.</source>
        <translation>%1 läuft nicht: seine Kanäle wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not running: its symbols were not added.</source>
        <translation>%1 läuft nicht: seine Symbole wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Open %1 on the Tweets page to add its monitors and rules.</source>
        <translation>Öffnen Sie %1 auf der Seite Tweets, um seine Monitore und Regeln hinzuzufügen.</translation>
    </message>
    <message>
        <source>“%1” was not created: %2</source>
        <translation>„%1“ wurde nicht angelegt: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionsOverview</name>
    <message>
        <source>%1/h · %2/month</source>
        <translation>%1/h · %2/Monat</translation>
    </message>
    <message>
        <source>%1 credits/day</source>
        <translation>%1 Credits/Tag</translation>
    </message>
    <message>
        <source>No pricing tier covers that interval.</source>
        <translation>Keine Preisstufe deckt dieses Intervall ab.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>wartet auf den Server</translation>
    </message>
    <message numerus="yes">
        <source>%n optional</source>
        <translation>
            <numerusform>%n optional</numerusform>
            <numerusform>%n optional</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · pausing them saves %2 credits/day</source>
        <translation>%1 · sie zu pausieren spart %2 Credits/Tag</translation>
    </message>
    <message>
        <source>Saved like this: %1 (%2).</source>
        <translation>So gespeichert: %1 (%2).</translation>
    </message>
    <message>
        <source>If you create it: %1 (%2).</source>
        <translation>Wenn Sie sie anlegen: %1 (%2).</translation>
    </message>
    <message>
        <source>Already on the board.</source>
        <translation>Schon auf der Tafel.</translation>
    </message>
    <message>
        <source>%1 The %2 tier allows %3 symbols per connection.</source>
        <translation>%1 Der Tarif %2 erlaubt %3 Symbole pro Verbindung.</translation>
    </message>
    <message>
        <source>One more symbol</source>
        <translation>Mit einem weiteren Symbol</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n symbol(s)</source>
        <translation>
            <numerusform>Mit %n weiteren Symbol</numerusform>
            <numerusform>Mit %n weiteren Symbolen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 makes it %2; %3.</source>
        <translation>%1 sind es %2; %3.</translation>
    </message>
    <message>
        <source>could not pause optional subscriptions</source>
        <translation>konnte optionale Abonnements nicht pausieren</translation>
    </message>
    <message numerus="yes">
        <source>paused %n optional subscription(s)</source>
        <translation>
            <numerusform>%n optionales Abonnement pausiert</numerusform>
            <numerusform>%n optionale Abonnements pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>no optional subscription was running</source>
        <translation>kein optionales Abonnement lief</translation>
    </message>
    <message>
        <source>Nothing to export from here.</source>
        <translation>Von hier gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1 (no keys).</source>
        <translation>
            <numerusform>%n Abonnement nach %1 exportiert (ohne Schlüssel).</numerusform>
            <numerusform>%n Abonnements nach %1 exportiert (ohne Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing can be imported here.</source>
        <translation>Hier kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Choose a subscription set first.</source>
        <translation>Wählen Sie zuerst ein Abonnement-Set.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Add a profile with your API key: its topics, channels, symbols, monitors and rules appear here with their quota and cost.</source>
        <translation>Lege ein Profil mit deinem API-Schlüssel an: seine Topics, Kanäle, Symbole, Monitore und Regeln erscheinen hier mit Kontingent und Kosten.</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>Verbindungen öffnen</translation>
    </message>
    <message>
        <source>Every live subscription of every profile, with the quota it uses and what it costs</source>
        <translation>Jedes laufende Abonnement jedes Profils, mit dem Kontingent, das es belegt, und seinen Kosten</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Key (profile) · tier</source>
        <translation>Schlüssel (Profil) · Tarif</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Cost of the key</source>
        <translation>Kosten des Schlüssels</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Kontingent belegt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Nothing subscribed yet.</source>
        <translation>Noch nichts abonniert.</translation>
    </message>
    <message>
        <source>Pause all optional</source>
        <translation>Alle optionalen pausieren</translation>
    </message>
    <message>
        <source>Pauses tweets monitors and rules, mutes Conyr channels and stops the Allium stream marked optional. Predikt symbols stay: Predikt bills the connection, not the symbol.</source>
        <translation>Pausiert als optional markierte Tweet-Monitore und -Regeln, schaltet Conyr-Kanäle stumm und stoppt den Allium-Stream. Predikt-Symbole bleiben: Predikt berechnet die Verbindung, nicht das Symbol.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Quota used · cost</source>
        <translation>Kontingent belegt · Kosten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export the subscription set</source>
        <translation>Abonnement-Set exportieren</translation>
    </message>
    <message>
        <source>Subscription sets (*.json)</source>
        <translation>Abonnement-Sets (*.json)</translation>
    </message>
    <message>
        <source>Import a subscription set</source>
        <translation>Ein Abonnement-Set importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import the subscription set</source>
        <translation>Abonnement-Set importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Export or import a subscription set: every profile&apos;s subscriptions as JSON, without keys</source>
        <translation>Ein Abonnement-Set exportieren oder importieren: die Abonnements aller Profile als JSON, ohne Schlüssel</translation>
    </message>
</context>
<context>
    <name>TradesTape</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Trades appear here once the token&apos;s trades channel is subscribed.</source>
        <translation>Trades erscheinen hier, sobald der Trades-Kanal des Tokens abonniert ist.</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>flash</source>
        <translation>Flash</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %n new trade(s)</source>
        <translation><numerusform>Angehalten · %n neuer Trade</numerusform><numerusform>Angehalten · %n neue Trades</numerusform></translation>
    </message>
    <message>
        <source>Paused · new trades wait</source>
        <translation>Angehalten · neue Trades warten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n unacknowledged alert(s)</source>
        <translation>
            <numerusform>%n unbestätigter Alarm</numerusform>
            <numerusform>%n unbestätigte Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Tidewatch</source>
        <translation>Tidewatch anzeigen</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Alle Alarme bestätigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Tidewatch — %1 of %n connection(s) open</source>
        <translation><numerusform>Tidewatch — %1 von %n Verbindung offen</numerusform><numerusform>Tidewatch — %1 von %n Verbindungen offen</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetDelegate</name>
    <message>
        <source>— ms</source>
        <translation>— ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider latency (latency_ms)</source>
        <translation>Anbieter-Latenz (latency_ms)</translation>
    </message>
    <message>
        <source>Provider latency (latency_ms); delivered %1 ms after detection</source>
        <translation>Anbieter-Latenz (latency_ms); %1 ms nach der Erkennung zugestellt</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TweetDetailsDialog</name>
    <message>
        <source>Tweet details</source>
        <translation>Tweet-Details</translation>
    </message>
    <message>
        <source>This tweet is no longer in the timeline.</source>
        <translation>Dieser Tweet ist nicht mehr in der Timeline.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Filter rule #%1 (%2)</source>
        <translation>Filterregel #%1 (%2)</translation>
    </message>
    <message>
        <source>Monitor %1 (%2)</source>
        <translation>Monitor %1 (%2)</translation>
    </message>
    <message>
        <source>Tweet id</source>
        <translation>Tweet-ID</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>provider %1 ms, delivery %2 ms</source>
        <translation>Anbieter %1 ms, Zustellung %2 ms</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
</context>
<context>
    <name>TweetEditorBase</name>
    <message>
        <source>Not connected: the key of this profile has not been read yet.</source>
        <translation>Nicht verbunden: Der Schlüssel dieses Profils wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>The connection to the server was reset before it answered; nothing typed was lost. Save again.</source>
        <translation>Die Verbindung zum Server wurde vor seiner Antwort zurückgesetzt; nichts Eingegebenes ging verloren. Speichern Sie erneut.</translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
</context>
<context>
    <name>TweetFilterBar</name>
    <message>
        <source>All monitors and rules</source>
        <translation>Alle Monitore und Regeln</translation>
    </message>
    <message>
        <source>Rule: #%1</source>
        <translation>Regel: #%1</translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation>Monitor: %1</translation>
    </message>
    <message>
        <source>@author</source>
        <translation>@autor</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Search text, authors and sources…</source>
        <translation>Text, Autoren und Quellen durchsuchen …</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TweetLatencyModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>TweetMonitorEditor</name>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>At least one username.</source>
        <translation>Mindestens ein Benutzername.</translation>
    </message>
    <message>
        <source>At most %1 usernames per monitor.</source>
        <translation>Höchstens %1 Benutzernamen pro Monitor.</translation>
    </message>
    <message>
        <source>Not a username: %1</source>
        <translation>Kein Benutzername: %1</translation>
    </message>
    <message>
        <source>The webhook URL must use HTTPS.</source>
        <translation>Die Webhook-URL muss HTTPS verwenden.</translation>
    </message>
    <message>
        <source>Add usernames to see the cost.</source>
        <translation>Fügen Sie Benutzernamen hinzu, um die Kosten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) × %1 = %2 credits per day (%3)</source>
        <translation>
            <numerusform>%n Konto × %1 = %2 Credits pro Tag (%3)</numerusform>
            <numerusform>%n Konten × %1 = %2 Credits pro Tag (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>With this monitor active, everything on this key costs %1 credits per day (now %2).</source>
        <translation>Mit diesem aktiven Monitor kostet alles auf diesem Schlüssel %1 Credits pro Tag (jetzt %2).</translation>
    </message>
</context>
<context>
    <name>TweetMonitorEditorDialog</name>
    <message>
        <source>Edit stream monitor</source>
        <translation>Stream-Monitor bearbeiten</translation>
    </message>
    <message>
        <source>New stream monitor</source>
        <translation>Neuer Stream-Monitor</translation>
    </message>
    <message>
        <source>Original posts</source>
        <translation>Originalbeiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Retweets</source>
        <translation>Retweets</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Tech Leaders</source>
        <translation>z. B. Tech Leaders</translation>
    </message>
    <message>
        <source>Usernames (comma, space or one per line; without @)</source>
        <translation>Benutzernamen (Komma, Leerzeichen oder einer pro Zeile; ohne @)</translation>
    </message>
    <message>
        <source>elonmusk, naval, paulg</source>
        <translation>elonmusk, naval, paulg</translation>
    </message>
    <message>
        <source>Tweet types (none checked: all)</source>
        <translation>Tweet-Typen (keiner angehakt: alle)</translation>
    </message>
    <message>
        <source>Webhook URL (optional, HTTPS)</source>
        <translation>Webhook-URL (optional, HTTPS)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create monitor</source>
        <translation>Monitor anlegen</translation>
    </message>
</context>
<context>
    <name>TweetMonitorRow</name>
    <message numerus="yes">
        <source>%n account(s): %1</source>
        <translation>
            <numerusform>%n Konto: %1</numerusform>
            <numerusform>%n Konten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Types: %1 · Tier: %2</source>
        <translation>Typen: %1 · Tarif: %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>TweetRuleEditor</name>
    <message>
        <source>A tag is required.</source>
        <translation>Ein Tag ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A query is required.</source>
        <translation>Eine Abfrage ist erforderlich.</translation>
    </message>
    <message>
        <source>Between 0.1 and 86,400 seconds.</source>
        <translation>Zwischen 0,1 und 86.400 Sekunden.</translation>
    </message>
    <message>
        <source>Between 1 and 100.</source>
        <translation>Zwischen 1 und 100.</translation>
    </message>
    <message>
        <source>The webhook URL must use HTTPS.</source>
        <translation>Die Webhook-URL muss HTTPS verwenden.</translation>
    </message>
    <message>
        <source>No pricing tier for this interval.</source>
        <translation>Kein Preistarif für dieses Intervall.</translation>
    </message>
    <message>
        <source>%1 tier: %2 credits per day</source>
        <translation>Tarif %1: %2 Credits pro Tag</translation>
    </message>
    <message>
        <source>With this rule active, everything on this key costs %1 credits per day (now %2).</source>
        <translation>Mit dieser aktiven Regel kostet alles auf diesem Schlüssel %1 Credits pro Tag (jetzt %2).</translation>
    </message>
    <message>
        <source>Checking the query…</source>
        <translation>Prüfe die Abfrage…</translation>
    </message>
    <message>
        <source>The server says the query is not valid.</source>
        <translation>Der Server hält die Abfrage für ungültig.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>The query is valid.</source>
        <translation>Die Abfrage ist gültig.</translation>
    </message>
    <message numerus="yes">
        <source>The query is valid: %n matching tweet(s) in a sample.</source>
        <translation>
            <numerusform>Die Abfrage ist gültig: %n passender Tweet in einer Stichprobe.</numerusform>
            <numerusform>Die Abfrage ist gültig: %n passende Tweets in einer Stichprobe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetRuleEditorDialog</name>
    <message>
        <source>Edit filter rule</source>
        <translation>Filterregel bearbeiten</translation>
    </message>
    <message>
        <source>New filter rule</source>
        <translation>Neue Filterregel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>e.g. bitcoin-mentions</source>
        <translation>z. B. bitcoin-mentions</translation>
    </message>
    <message>
        <source>Query (Advanced Search)</source>
        <translation>Abfrage (Erweiterte Suche)</translation>
    </message>
    <message>
        <source>e.g. #bitcoin -is:retweet lang:en</source>
        <translation>z. B. #bitcoin -is:retweet lang:en</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1: %2</translation>
    </message>
    <message>
        <source>Interval (seconds)</source>
        <translation>Intervall (Sekunden)</translation>
    </message>
    <message>
        <source>Max results per poll</source>
        <translation>Höchstzahl Ergebnisse pro Abfrage</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Webhook URL (optional, HTTPS)</source>
        <translation>Webhook-URL (optional, HTTPS)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create rule</source>
        <translation>Regel anlegen</translation>
    </message>
</context>
<context>
    <name>TweetRuleRow</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · up to %n result(s) per poll · Tier: %2</source>
        <translation><numerusform>%1 · bis zu %n Ergebnis pro Abfrage · Tarif: %2</numerusform><numerusform>%1 · bis zu %n Ergebnisse pro Abfrage · Tarif: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetSourceStatsModel</name>
    <message>
        <source>Other sources</source>
        <translation>Andere Quellen</translation>
    </message>
</context>
<context>
    <name>TweetSubscriptionStatus</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TweetSubscriptionText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>insufficient credits — top up to resume</source>
        <translation>nicht genug Credits — laden Sie auf, um fortzusetzen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 credits/day</source>
        <translation>%1 Credits/Tag</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>alle %1 h</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>unknown fields: %1</source>
        <translation>unbekannte Felder: %1</translation>
    </message>
</context>
<context>
    <name>TweetSubscriptions</name>
    <message>
        <source>all tweet types</source>
        <translation>alle Tweet-Typen</translation>
    </message>
</context>
<context>
    <name>TweetSubscriptionsView</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Monitors and filter rules</source>
        <translation>Monitore und Filterregeln</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Back to timeline</source>
        <translation>Zurück zur Zeitleiste</translation>
    </message>
    <message>
        <source>Stream monitors (%1)</source>
        <translation>Stream-Monitore (%1)</translation>
    </message>
    <message>
        <source>New monitor…</source>
        <translation>Neuer Monitor…</translation>
    </message>
    <message>
        <source>No stream monitors</source>
        <translation>Keine Stream-Monitore</translation>
    </message>
    <message>
        <source>A monitor delivers every new tweet of the accounts it watches.</source>
        <translation>Ein Monitor liefert jeden neuen Tweet der Konten, die er beobachtet.</translation>
    </message>
    <message>
        <source>Filter rules (%1 of %2)</source>
        <translation>Filterregeln (%1 von %2)</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>No filter rules</source>
        <translation>Keine Filterregeln</translation>
    </message>
    <message>
        <source>A rule polls an Advanced Search query; faster intervals cost more credits.</source>
        <translation>Eine Regel fragt eine Abfrage der Erweiterten Suche ab; kürzere Intervalle kosten mehr Credits.</translation>
    </message>
    <message>
        <source>Rule tiers: %1</source>
        <translation>Regeltarife: %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Delete monitor?</source>
        <translation>Monitor löschen?</translation>
    </message>
    <message>
        <source>Delete filter rule?</source>
        <translation>Filterregel löschen?</translation>
    </message>
    <message>
        <source>“%1” stops delivering tweets and is removed from the key. This cannot be undone.</source>
        <translation>„%1“ liefert keine Tweets mehr und wird vom Schlüssel entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TweetsClient</name>
    <message>
        <source>The tweet stream rejected the API key (code 4001%1). Check the key; not retrying.</source>
        <translation>Der Tweet-Stream hat den API-Schlüssel abgelehnt (Code 4001%1). Prüfe den Schlüssel; kein erneuter Versuch.</translation>
    </message>
    <message>
        <source>All %1 connections of this API key are in use (code 4003), none of them by this app: another program or computer uses the key. Retrying every %2 s.</source>
        <translation>Alle %1 Verbindungen dieses API-Schlüssels sind belegt (Code 4003), keine davon durch diese App: ein anderes Programm oder ein anderer Rechner nutzt den Schlüssel. Neuer Versuch alle %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>All %1 connections of this API key are in use (code 4003); this app holds %n of them. Close another connection that uses the key; retrying every %2 s.</source>
        <translation>
            <numerusform>Alle %1 Verbindungen dieses API-Schlüssels sind belegt (Code 4003); diese App hält %n davon. Schließe eine andere Verbindung mit diesem Schlüssel; neuer Versuch alle %2 s.</numerusform>
            <numerusform>Alle %1 Verbindungen dieses API-Schlüssels sind belegt (Code 4003); diese App hält %n davon. Schließe eine andere Verbindung mit diesem Schlüssel; neuer Versuch alle %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tweet stream reported error %1: %2</source>
        <translation>Der Tweet-Stream meldete Fehler %1: %2</translation>
    </message>
    <message>
        <source>Skipped an event of unknown type &quot;%1&quot;</source>
        <translation>Ereignis unbekannten Typs „%1“ übersprungen</translation>
    </message>
    <message>
        <source>Skipped a malformed frame: %1</source>
        <translation>Fehlerhaften Frame übersprungen: %1</translation>
    </message>
    <message>
        <source>The tweet stream closed the connection with code 1001%1: it saw no pong, or closed an idle connection. No keepalive ping had arrived in this session; reconnecting.</source>
        <translation>Der Tweet-Stream hat die Verbindung mit Code 1001%1 geschlossen: Er sah kein Pong oder schloss eine untätige Verbindung. In dieser Sitzung war kein Keepalive-Ping angekommen; verbinde erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The tweet stream closed the connection with code 1001%1 although this app answered %n keepalive ping(s) in this session; reconnecting.</source>
        <translation>
            <numerusform>Der Tweet-Stream hat die Verbindung mit Code 1001%1 geschlossen, obwohl diese App in dieser Sitzung %n Keepalive-Ping beantwortet hat; verbinde erneut.</numerusform>
            <numerusform>Der Tweet-Stream hat die Verbindung mit Code 1001%1 geschlossen, obwohl diese App in dieser Sitzung %n Keepalive-Pings beantwortet hat; verbinde erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection ID %1</source>
        <translation>Verbindungs-ID %1</translation>
    </message>
    <message>
        <source>API key ID %1</source>
        <translation>API-Schlüssel-ID %1</translation>
    </message>
</context>
<context>
    <name>TweetsCodec</name>
    <message>
        <source>An event without a type</source>
        <translation>Ein Ereignis ohne type</translation>
    </message>
    <message>
        <source>An error event without a numeric code</source>
        <translation>Ein Fehlerereignis ohne numerischen Code</translation>
    </message>
</context>
<context>
    <name>TweetsCodec::Internal</name>
    <message>
        <source>A tweet event without a tweet_id</source>
        <translation>Ein Tweet-Ereignis ohne tweet_id</translation>
    </message>
    <message>
        <source>A tweet event whose tweet_id is not a decimal id</source>
        <translation>Ein Tweet-Ereignis, dessen tweet_id keine Dezimal-ID ist</translation>
    </message>
    <message>
        <source>A tweet event without an author_username</source>
        <translation>Ein Tweet-Ereignis ohne author_username</translation>
    </message>
    <message>
        <source>A tweet event whose tweet_text is not text</source>
        <translation>Ein Tweet-Ereignis, dessen tweet_text kein Text ist</translation>
    </message>
    <message>
        <source>A tweet event without a tweet_text</source>
        <translation>Ein Tweet-Ereignis ohne tweet_text</translation>
    </message>
    <message>
        <source>A tweet event whose author_username is not a username</source>
        <translation>Ein Tweet-Ereignis, dessen author_username kein Benutzername ist</translation>
    </message>
    <message>
        <source>Not JSON (%1 at byte %2)</source>
        <translation>Kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>TweetsPage</name>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>No tweet matches the filters</source>
        <translation>Kein Tweet passt zu den Filtern</translation>
    </message>
    <message>
        <source>Waiting for tweets</source>
        <translation>Warte auf Tweets</translation>
    </message>
    <message>
        <source>Tweets from your stream monitors and filter rules appear here as they are detected.</source>
        <translation>Tweets deiner Stream-Monitore und Filterregeln erscheinen hier, sobald sie erkannt werden.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Stream connections</source>
        <translation>Stream-Verbindungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Duplicates hidden after reconnects: %1</source>
        <translation>Nach Neuverbindungen ausgeblendete Duplikate: %1</translation>
    </message>
    <message>
        <source>malformed or unknown frames skipped: %1</source>
        <translation>fehlerhafte oder unbekannte Frames übersprungen: %1</translation>
    </message>
    <message>
        <source>Monitors and rules…</source>
        <translation>Monitore und Regeln…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tweet(s) shown</source>
        <translation><numerusform>%1 von %Ln Tweet angezeigt</numerusform><numerusform>%1 von %Ln Tweets angezeigt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tweet(s) (newest %1 kept)</source>
        <translation><numerusform>%Ln Tweet (die neuesten %1 werden behalten)</numerusform><numerusform>%Ln Tweets (die neuesten %1 werden behalten)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tweet(s) hidden by the filters.</source>
        <translation><numerusform>%Ln Tweet ist durch die Filter ausgeblendet.</numerusform><numerusform>%Ln Tweets sind durch die Filter ausgeblendet.</numerusform></translation>
    </message>
</context>
<context>
    <name>TweetsRest</name>
    <message>
        <source>The answer is not JSON (%1).</source>
        <translation>Die Antwort ist kein JSON (%1).</translation>
    </message>
    <message>
        <source>The answer has no list of %1.</source>
        <translation>Die Antwort enthält keine Liste von %1.</translation>
    </message>
    <message>
        <source>The validation answer has no &quot;valid&quot; field.</source>
        <translation>Die Prüfantwort hat kein Feld „valid“.</translation>
    </message>
    <message>
        <source>The pricing answer lists no tier we could read.</source>
        <translation>Die Preisantwort nennt keinen lesbaren Tarif.</translation>
    </message>
    <message>
        <source>1–10 accounts</source>
        <translation>1–10 Konten</translation>
    </message>
    <message>
        <source>11–50 accounts</source>
        <translation>11–50 Konten</translation>
    </message>
    <message>
        <source>51–100 accounts</source>
        <translation>51–100 Konten</translation>
    </message>
    <message>
        <source>101+ accounts</source>
        <translation>101+ Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>Tweet types</source>
        <translation>Tweet-Typen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Max results per poll</source>
        <translation>Höchstzahl Ergebnisse pro Abfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>The API key was rejected (HTTP 401). Check the key on the Connections page.</source>
        <translation>Der API-Schlüssel wurde abgelehnt (HTTP 401). Prüfen Sie den Schlüssel auf der Seite Verbindungen.</translation>
    </message>
    <message>
        <source>Not enough credits (HTTP 402): top up the balance of this key, then try again.</source>
        <translation>Nicht genug Credits (HTTP 402): Laden Sie das Guthaben dieses Schlüssels auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This key may not do that (HTTP 403, insufficient scope).</source>
        <translation>Dieser Schlüssel darf das nicht (HTTP 403, unzureichender Scope).</translation>
    </message>
    <message>
        <source>This key lacks the scope “%1” (HTTP 403). Its scopes: %2.</source>
        <translation>Diesem Schlüssel fehlt der Scope „%1“ (HTTP 403). Seine Scopes: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The %1 was not found (HTTP 404); it may have been deleted elsewhere.</source>
        <translation>%1 wurde nicht gefunden (HTTP 404); vielleicht wurde es anderswo gelöscht.</translation>
    </message>
    <message>
        <source>A %1 with this name already exists (HTTP 409). Choose another name.</source>
        <translation>%1 mit diesem Namen existiert bereits (HTTP 409). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server did not accept the %1 (HTTP %2).</source>
        <translation>Der Server hat %1 nicht angenommen (HTTP %2).</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1).</source>
        <translation>Unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>filter rule</source>
        <translation>Filterregel</translation>
    </message>
    <message>
        <source>the answer is larger than 8 MiB</source>
        <translation>die Antwort ist größer als 8 MiB</translation>
    </message>
    <message>
        <source>no %1 with an id in the answer</source>
        <translation>kein %1 mit ID in der Antwort</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept %n field(s): %1.</source>
        <translation>
            <numerusform>Der Server hat %n Feld nicht angenommen: %1.</numerusform>
            <numerusform>Der Server hat %n Felder nicht angenommen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen (HTTP 429). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen (HTTP 429). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TweetsSubscriptionsController</name>
    <message>
        <source>No tweet stream profile. Add one on the Connections page to manage its monitors and rules.</source>
        <translation>Kein Tweet-Stream-Profil. Legen Sie eines auf der Seite Verbindungen an, um seine Monitore und Regeln zu verwalten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Filterregeln</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the answer could not be read and are not shown.</source>
        <translation>
            <numerusform>%n Eintrag der Antwort konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Einträge der Antwort konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active: %1</source>
        <translation>
            <numerusform>%n aktiv: %1</numerusform>
            <numerusform>%n aktiv: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 s</source>
        <translation>bis zu %1 s</translation>
    </message>
</context>
<context>
    <name>TweetsWorkspace</name>
    <message>
        <source>No tweet stream profile. Add one on the Connections page.</source>
        <translation>Kein Tweet-Stream-Profil. Lege eines auf der Seite „Verbindungen“ an.</translation>
    </message>
    <message>
        <source>%1: reading the key…</source>
        <translation>%1: Schlüssel wird gelesen …</translation>
    </message>
    <message>
        <source>%1: %2 Reconnecting…</source>
        <translation>%1: %2 Verbinde neu …</translation>
    </message>
    <message>
        <source>Tweet stream connections open: %1 of %2</source>
        <translation>Offene Tweet-Stream-Verbindungen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>UnassignedConnections</name>
    <message>
        <source>Other connections</source>
        <translation>Andere Verbindungen</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>The webhook URL is not a valid http(s) URL.</source>
        <translation>Die Webhook-URL ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1</source>
        <translation>Der Webhook antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>Der Webhook war nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookPresets</name>
    <message>
        <source>Generic JSON</source>
        <translation>Generisches JSON</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-Bot</translation>
    </message>
</context>
</TS>
