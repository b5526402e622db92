#pragma once
// The filter language of RecordMatch rules: Allium's (AlliumFilter), over any record.

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

/// Whether record matches filter; false with *error set when the filter does not parse.
bool alliumRecordFilter(const QJsonObject &filter, const QVariantMap &record, QString *error);
