#pragma once
// Where rules and the alert history live on disk: two JSON files in one folder, written
// atomically. The history is capped; alerts trimmed from it rotate into one archive file.

#include "alert.h"

#include <QList>
#include <QString>

class AlertStore
{
public:
    /// folder: e.g. <AppDataLocation>/alerts. historyCap: alerts kept in history.json (the
    /// archive history.1.json keeps as many of the ones trimmed before).
    explicit AlertStore(QString folder, int historyCap = 2000);

    QString folder() const { return m_folder; }
    QString rulesPath() const;
    QString historyPath() const;
    QString archivePath() const;
    int historyCap() const { return m_cap; }

    /// Loads the rules; false with lastError() when the file was damaged (it is then kept
    /// aside and the rules start empty). A missing file is not an error.
    bool loadRules(QList<AlertRule> &out);
    bool saveRules(const QList<AlertRule> &rules);

    /// Loads the history, oldest first.
    bool loadHistory(QList<Alert> &out);
    /// Saves the newest historyCap alerts (input oldest first); older ones rotate into the
    /// archive.
    bool saveHistory(const QList<Alert> &alerts);
    /// Alerts in the archive, oldest first.
    QList<Alert> loadArchive();

    QString lastError() const { return m_error; }

private:
    bool appendToArchive(const QList<Alert> &trimmed);

    QString m_folder;
    int m_cap;
    QString m_error;
};
