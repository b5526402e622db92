// ensureRelayStream: js_AddStream, or js_GetStreamInfo + js_UpdateStream when it exists.

#include "jetstreamstream.h"

#include <QCoreApplication>
#include <nats/nats.h>
#include <vector>

namespace {

constexpr int64_t NsPerMs = 1000 * 1000;

QString jsError(natsStatus s, jsErrCode code)
{
    QString text = QString::fromUtf8(natsStatus_GetText(s));
    const char *last = nats_GetLastError(nullptr);
    if (last && *last)
        text = QString::fromUtf8(last);
    if (code != 0)
        text += QStringLiteral(" (JetStream error %1)").arg(int(code));
    return text;
}

void fillState(RelayStreamStatus &status, const jsStreamInfo *info)
{
    status.messages = info->State.Msgs;
    status.bytes = info->State.Bytes;
    status.firstSeq = info->State.FirstSeq;
    status.lastSeq = info->State.LastSeq;
}

} // namespace

RelayStreamStatus relayStreamInfo(jsCtx *js, const QString &name)
{
    RelayStreamStatus status;
    jsStreamInfo *info = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_GetStreamInfo(&info, js, name.toUtf8().constData(), nullptr, &code);
    if (s != NATS_OK) {
        status.error = jsError(s, code);
        return status;
    }
    status.ok = true;
    fillState(status, info);
    jsStreamInfo_Destroy(info);
    return status;
}

RelayStreamStatus ensureRelayStream(jsCtx *js, const RelayStreamSpec &spec)
{
    RelayStreamStatus status;
    if (!js) {
        status.error = QCoreApplication::translate("Relay", "not connected to NATS");
        return status;
    }
    const QByteArray name = spec.name.toUtf8();
    std::vector<QByteArray> subjectBytes;
    for (const QString &subject : spec.subjects)
        subjectBytes.push_back(subject.toUtf8());
    std::vector<const char *> subjects;
    for (const QByteArray &b : subjectBytes)
        subjects.push_back(b.constData());

    jsStreamConfig config;
    jsStreamConfig_Init(&config);
    config.Name = name.constData();
    config.Subjects = subjects.data();
    config.SubjectsLen = int(subjects.size());
    config.Retention = js_LimitsPolicy;
    config.Discard = js_DiscardOld;
    config.Storage = spec.memoryStorage ? js_MemoryStorage : js_FileStorage;
    config.MaxAge = spec.maxAgeMs > 0 ? spec.maxAgeMs * NsPerMs : 0;
    config.MaxBytes = spec.maxBytes > 0 ? spec.maxBytes : -1;
    config.MaxMsgs = spec.maxMsgs > 0 ? spec.maxMsgs : -1;
    config.Duplicates = spec.duplicateWindowMs * NsPerMs;

    jsStreamInfo *info = nullptr;
    jsErrCode code = jsErrCode(0);
    natsStatus s = js_GetStreamInfo(&info, js, name.constData(), nullptr, &code);
    if (s == NATS_NOT_FOUND) {
        s = js_AddStream(&info, js, &config, nullptr, &code);
        if (s != NATS_OK) {
            status.error = QCoreApplication::translate("Relay", "could not create stream %1: %2")
                               .arg(spec.name, jsError(s, code));
            return status;
        }
        status.created = true;
    } else if (s != NATS_OK) {
        status.error = QCoreApplication::translate("Relay", "could not read stream %1: %2").arg(spec.name, jsError(s, code));
        return status;
    } else {
        const jsStreamConfig *have = info->Config;
        const bool storageDiffers = have->Storage != config.Storage;
        if (storageDiffers) {
            status.error = QCoreApplication::translate("Relay", "stream %1 exists with another storage type; "
                                                                "delete it or choose the same storage")
                               .arg(spec.name);
            jsStreamInfo_Destroy(info);
            return status;
        }
        const bool differs = have->MaxAge != config.MaxAge || have->MaxBytes != config.MaxBytes
            || have->MaxMsgs != config.MaxMsgs || have->Duplicates != config.Duplicates
            || have->SubjectsLen != config.SubjectsLen;
        if (differs) {
            jsStreamInfo_Destroy(info);
            info = nullptr;
            s = js_UpdateStream(&info, js, &config, nullptr, &code);
            if (s != NATS_OK) {
                status.error = QCoreApplication::translate("Relay", "could not update stream %1: %2")
                                   .arg(spec.name, jsError(s, code));
                return status;
            }
            status.updated = true;
        }
    }
    status.ok = true;
    fillState(status, info);
    jsStreamInfo_Destroy(info);
    return status;
}
