#include "atomicfile.h"

#include "core/storagefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

std::function<void(qint64)> &chunkHook()
{
    static std::function<void(qint64)> hook;
    return hook;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AtomicFile", text);
}

} // namespace

void AtomicFile::setChunkHook(std::function<void(qint64)> hook)
{
    chunkHook() = std::move(hook);
}

bool AtomicFile::write(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    // Every failure below leaves the previous file as it was: QSaveFile writes a temporary
    // file beside it and only renames it over the old one in commit(). The message names
    // the cause (StorageFault: disk full, read-only disk or folder).
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = StorageFault::describe(path, data.size(), tr("cannot create the folder %1").arg(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: in Qt 6.4 a write error that only shows when commit() flushes QIODevice's
    // buffer (a full disk) is not seen by commit(), which then renames a truncated file over
    // the good one. Written straight through, the failing write() itself reports it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = StorageFault::describe(path, data.size(), file.errorString());
        return false;
    }
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, std::min(ChunkSize, data.size() - written));
        if (n <= 0) {
            const QString detail = file.errorString();
            file.cancelWriting();
            if (error)
                *error = StorageFault::describe(path, data.size(), detail);
            return false;
        }
        written += n;
        if (chunkHook()) {
            file.flush();
            chunkHook()(written);
        }
    }
    if (file.error() != QFileDevice::NoError) {
        const QString detail = file.errorString();
        file.cancelWriting();
        if (error)
            *error = StorageFault::describe(path, data.size(), detail);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = StorageFault::describe(path, data.size(), file.errorString());
        return false;
    }
    return true;
}

AtomicFile::ReadResult AtomicFile::readJsonObject(const QString &path, QJsonObject &out, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return ReadResult::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return ReadResult::Damaged;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        out = doc.object();
        return ReadResult::Ok;
    }
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    QFile::rename(path, aside);
    if (error)
        *error = tr("%1 was damaged (%2); it was kept as %3 and not loaded.")
                     .arg(QFileInfo(path).fileName(), parseError.errorString(), QFileInfo(aside).fileName());
    return ReadResult::Damaged;
}
