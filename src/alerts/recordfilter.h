#pragma once
// The filter language of RecordMatch rules: Allium's (AlliumFilter), over any record.

#include "ruleevaluator.h"

#include <QJsonObject>
#include <QString>

struct Observation;

/// The filter parsed once, ready for records. Fields are looked up one by one
/// (Observation::fields), not parsed whole. A filter that does not parse gives a predicate
/// that is false with *error set to the reason.
RecordPredicate compileAlliumRecordFilter(const QJsonObject &filter);
/// Whether the observation's record matches filter (parses the filter each time: for one-off use).
bool alliumRecordFilter(const QJsonObject &filter, const Observation &record, QString *error);
