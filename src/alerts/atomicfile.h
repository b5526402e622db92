#pragma once
// Crash-safe files: a write goes to a temporary file and replaces the old one only when
// complete (QSaveFile), so a crash or a full disk mid-write leaves the last good file.

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <functional>

namespace AtomicFile {

/// Writes data to path in chunks through QSaveFile and commits. Returns false and sets
/// error to a sentence on failure; the previous file is then untouched.
bool write(const QString &path, const QByteArray &data, QString *error = nullptr);

/// Fault injection for tests: called after every chunk with the bytes written so far,
/// before the commit (a test child process crashes in it to simulate a crash mid-write).
void setChunkHook(std::function<void(qint64 written)> hook);

enum class ReadResult { Ok, Missing, Damaged };

/// Reads a JSON object from path. A damaged file is moved aside to "<path>.damaged" (so it
/// is neither lost nor overwritten by the next save) and Damaged is returned with error set.
ReadResult readJsonObject(const QString &path, QJsonObject &out, QString *error = nullptr);

} // namespace AtomicFile
