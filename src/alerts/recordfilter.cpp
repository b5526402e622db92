#include "recordfilter.h"

#include "core/observation.h"
#include "providers/allium/alliumfilter.h"

#include <QList>

bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error)
{
    // A rule's filter is parsed once, not per record. The rules pass their own filter object
    // each time, so the comparison is by shared data first (QJsonObject's == is cheap then);
    // per thread, so no lock on the hot path; most recently used first.
    struct Entry {
        QJsonObject filter;
        AlliumFilterParsed parsed;
    };
    thread_local QList<Entry> cache;
    qsizetype found = -1;
    for (qsizetype i = 0; i < cache.size(); ++i) {
        if (cache.at(i).filter == filter) {
            found = i;
            break;
        }
    }
    if (found < 0) {
        if (cache.size() >= 64)
            cache.removeLast();
        cache.prepend({filter, AlliumFilter::parse(filter)});
        found = 0;
    } else if (found > 0) {
        cache.move(found, 0);
    }
    const AlliumFilterParsed &parsed = cache.constFirst().parsed;
    if (!parsed.filter) {
        if (error)
            *error = parsed.message();
        return false;
    }
    if (record.fields && record.record.isEmpty())
        return parsed.filter->matches([&record](const QString &path) { return record.fields->lookup(path); });
    return parsed.filter->matches(QJsonObject::fromVariantMap(record.record));
}
