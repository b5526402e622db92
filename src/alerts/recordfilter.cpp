#include "recordfilter.h"

#include "core/observation.h"
#include "providers/allium/alliumfilter.h"

RecordPredicate compileAlliumRecordFilter(const QJsonObject &filter)
{
    AlliumFilterParsed parsed = AlliumFilter::parse(filter);
    if (!parsed.filter) {
        return [message = parsed.message()](const Observation &, QString *error) {
            if (error)
                *error = message;
            return false;
        };
    }
    return [f = std::make_shared<const AlliumFilter>(std::move(*parsed.filter))](const Observation &record, QString *) {
        if (record.fields && record.record.isEmpty())
            return f->matchesFields([&record](const QString &path) { return record.fields->value(path); });
        return f->matches(QJsonObject::fromVariantMap(record.record));
    };
}

bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error)
{
    return compileAlliumRecordFilter(filter)(record, error);
}
