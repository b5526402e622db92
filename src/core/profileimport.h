#pragma once
// A profile export read for import, all or nothing: pure, so that the file people import
// can be tested and fuzzed without a store.

#include "profile.h"

#include <QCoreApplication>
#include <QList>

class ProfileImport
{
    // Its sentences are ProfileStore's, where the import happens for the user.
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr char Format[] = "tidewatch-profiles";
    static constexpr int Version = 1;
    static constexpr qint64 MaxBytes = 1024 * 1024;

    /// Fills out with the profiles of an export (an object {format, version, profiles} or a
    /// bare array), checked against each other and against the existing ones (no name twice,
    /// no demo profile's id), or returns a sentence saying what is wrong and leaves out empty.
    static QString parse(const QByteArray &json, const QList<Profile> &existing, QList<Profile> &out);
};
