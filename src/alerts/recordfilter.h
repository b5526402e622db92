#pragma once
// The filter language of RecordMatch rules: Allium's (AlliumFilter), over any record.

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

struct Observation;

/// Whether the observation's record matches filter; false with *error set when the filter
/// does not parse. Fields are looked up one by one (Observation::fields), not parsed whole.
bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error);
