#include "recordfilter.h"

#include "core/observation.h"
#include "providers/allium/alliumfilter.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error)
{
    // Parsed filters are cached by their text: a rule's filter is read once, not per record.
    static QMutex mutex;
    static QHash<QByteArray, AlliumFilterParsed> cache;
    const QByteArray key = QJsonDocument(filter).toJson(QJsonDocument::Compact);
    AlliumFilterParsed parsed;
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(key);
        if (it == cache.constEnd()) {
            if (cache.size() > 256)
                cache.clear();
            it = cache.insert(key, AlliumFilter::parse(filter));
        }
        parsed = *it;
    }
    if (!parsed.filter) {
        if (error)
            *error = parsed.message();
        return false;
    }
    if (record.fields && record.record.isEmpty())
        return parsed.filter->matches([&record](const QString &path) { return record.fields->lookup(path); });
    return parsed.filter->matches(QJsonObject::fromVariantMap(record.record));
}
