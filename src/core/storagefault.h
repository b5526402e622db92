#pragma once
// Why a file could not be saved, in words a person can act on: the disk is full, the
// disk or folder is read-only, or (otherwise) what the system said.

#include <QString>

class QSettings;

namespace StorageFault {

/// A sentence for a failed save of \a path (a file that was to get about \a bytesNeeded
/// bytes): names the cause found with QStorageInfo ("disk full", "read-only") and says that
/// the last saved version was kept. \a detail (the error text Qt gave) is used when no cause
/// is found. A save that failed this way never replaces the old file (QSaveFile).
QString describe(const QString &path, qint64 bytesNeeded, const QString &detail);

/// Writes \a settings to disk now. Returns an empty string when that worked, else a sentence
/// from describe() for the settings file (the in-memory values stay and the next save tries
/// again; the file on disk keeps the last good values). A failure is also logged.
QString sync(QSettings &settings, qint64 bytesNeeded = 0);

} // namespace StorageFault
