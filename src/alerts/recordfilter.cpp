#include "recordfilter.h"

#include "core/observation.h"
#include "providers/allium/alliumfilter.h"

#include <optional>

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
        // A top-level field straight from the map; a path through the record as JSON, made once.
        std::optional<QJsonObject> whole;
        return f->matchesFields([&record, &whole](const QString &path) {
            const auto it = record.record.constFind(path);
            if (it != record.record.cend())
                return FieldValue::of(*it);
            if (!whole)
                whole = QJsonObject::fromVariantMap(record.record);
            return FieldValue::of(AlliumFilter::lookup(*whole, path));
        });
    };
}

bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error)
{
    return compileAlliumRecordFilter(filter)(record, error);
}
