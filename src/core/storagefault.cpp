#include "storagefault.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStorageInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StorageFault", text);
}

/// The nearest folder of path that exists (a save may be about to create the rest).
QString existingFolderOf(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
    return dir.absolutePath();
}

/// Below this much free space a failed write is put down to a full disk: file systems
/// allocate in blocks, and the temporary copy QSaveFile writes needs its own.
constexpr qint64 BlockSlack = 8 * 1024;

} // namespace

QString StorageFault::describe(const QString &path, qint64 bytesNeeded, const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    const QString folder = existingFolderOf(path);
    QStorageInfo storage(folder);
    storage.refresh();
    const QLocale locale;
    if (storage.isValid() && storage.isReadOnly())
        return tr("%1 was not saved: the disk holding %2 is read-only (mounted read-only at %3). "
                  "The last saved version is kept.")
            .arg(name, folder, storage.rootPath());
    if (storage.isValid() && storage.bytesAvailable() < std::max<qint64>(bytesNeeded, 0) + BlockSlack)
        return tr("%1 was not saved: the disk holding %2 is full (%3 free, about %4 needed). "
                  "The last saved version is kept.")
            .arg(name, folder, locale.formattedDataSize(storage.bytesAvailable()),
                 locale.formattedDataSize(std::max<qint64>(bytesNeeded, 1)));
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isWritable() || (QFileInfo::exists(path) && !QFileInfo(path).isWritable()))
        return tr("%1 was not saved: the folder %2 is read-only (no permission to write there). "
                  "The last saved version is kept.")
            .arg(name, folder);
    return tr("%1 was not saved (%2). The last saved version is kept.").arg(name, detail);
}

QString StorageFault::sync(QSettings &settings, qint64 bytesNeeded)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    // The whole file is rewritten (through a temporary copy), not just the changed value.
    const qint64 fileSize = std::max<qint64>(QFileInfo(settings.fileName()).size(), 0);
    const QString problem =
        describe(settings.fileName(), fileSize + bytesNeeded,
                 settings.status() == QSettings::AccessError ? tr("the settings file could not be written")
                                                             : tr("the settings file is not in a readable format"));
    qCWarning(lcApp).noquote() << problem;
    return problem;
}
