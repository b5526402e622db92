// The settings file (tidewatch.conf, INI) as a person or a broken disk may leave it: every
// value the app reads comes out within its range, whatever the file holds.

#include "fuzztarget.h"

#include "core/settingsvalues.h"

#include <QSettings>
#include <QTemporaryFile>

TW_FUZZ_TARGET(settings)
{
    QTemporaryFile file; // a fresh name each time: QSettings caches by path
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qsizetype(size));
    file.close();
    const QSettings settings(file.fileName(), QSettings::IniFormat);

    using namespace SettingsValues;
    const Profile::ConnectionDefaults d = connectionDefaults(settings);
    TW_FUZZ_CHECK(d.reconnect.initialMs >= MinReconnectMs && d.reconnect.initialMs <= MaxReconnectMs);
    TW_FUZZ_CHECK(d.reconnect.maxMs >= d.reconnect.initialMs && d.reconnect.maxMs <= MaxReconnectMs);
    TW_FUZZ_CHECK(d.pingIntervalMs == 0 || (d.pingIntervalMs >= MinPingMs && d.pingIntervalMs <= MaxPingMs));
    TW_FUZZ_CHECK(d.staleTimeoutMs >= MinStaleMs && d.staleTimeoutMs <= MaxStaleMs);
    TW_FUZZ_CHECK(d.maxMessageSize >= MiB && d.maxMessageSize <= MaxMessageMiB * MiB);
    TW_FUZZ_CHECK(languages().contains(language(settings)));
    TW_FUZZ_CHECK(themes().contains(theme(settings)));
    (void)plaintextFallback(settings);
    return 0;
}
