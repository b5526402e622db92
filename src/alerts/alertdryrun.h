#pragma once
// The Alerts page's dry run: one rule (new, or the one being edited) over a recording, through
// the same replay, clients, adapters and engine as `tidewatch-cli alerts --replay FILE
// --dry-run` (AlertReplay), notifying nobody. As fast as possible, in slices on the event loop
// (the GUI stays responsive), cancellable, with progress; the result is the firings (recording
// time, value, subject, message), the counts and the recording's span.

#include "alert.h"
#include "alertrule.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class AlertEngine;
class AlertFeeds;
class AlertReplay;

class AlertDryRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY resultChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QVariantList firings READ firings NOTIFY resultChanged)
    Q_PROPERTY(bool firingsTruncated READ firingsTruncated NOTIFY resultChanged)
    Q_PROPERTY(int frameCount READ frameCount NOTIFY resultChanged)
    Q_PROPERTY(int observationCount READ observationCount NOTIFY resultChanged)
    Q_PROPERTY(int firingCount READ firingCount NOTIFY resultChanged)
    Q_PROPERTY(double spanStartMs READ spanStartMs NOTIFY resultChanged)
    Q_PROPERTY(double spanMs READ spanMs NOTIFY resultChanged)
    Q_PROPERTY(QString recordingName READ recordingName NOTIFY resultChanged)

public:
    /// Firings kept for the timeline and the list; the counts stay exact beyond it.
    static constexpr int MaxListedFirings = 5000;

    explicit AlertDryRun(QObject *parent = nullptr);
    ~AlertDryRun() override;

    /// Starts the rule over the recording at path. Returns false, with error() set, when the
    /// file cannot be read as a recording; the run then never starts.
    bool start(AlertRule rule, const QString &path);
    /// The editor's field map (AlertCenter::ruleFromFields) over a recording file. Returns ""
    /// or the sentence that explains why it did not start.
    Q_INVOKABLE QString run(const QVariantMap &ruleFields, const QUrl &file);
    /// Stops a run; its partial result is dropped.
    Q_INVOKABLE void cancel();

    bool running() const { return m_running; }
    double progress() const { return m_progress; }
    bool hasResult() const { return m_hasResult; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    QString summary() const;
    /// [{offsetMs, offsetText, timeMs, timeText, timestampMs, value, valueText, subject, message}] in firing order: offsetMs on
    /// the recording's clock after its start, timestampMs the alert's own time.
    QVariantList firings() const { return m_firings; }
    bool firingsTruncated() const { return m_firingCount > m_firings.size(); }
    int frameCount() const { return m_frames; }
    int observationCount() const { return m_observations; }
    int firingCount() const { return m_firingCount; }
    double spanStartMs() const { return double(m_spanStartMs); }
    double spanMs() const { return double(m_spanMs); }
    QString recordingName() const { return m_recordingName; }
    /// Every alert of the last run, as the engine raised it (tests compare them with the CLI).
    const QList<Alert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    void runningChanged();
    void progressChanged();
    void resultChanged();
    /// A run ended with a result (not after cancel()).
    void finished();

private:
    void reset();
    void fail(const QString &message);
    void onAlert(const Alert &alert);
    void onFinished();
    void setRunning(bool on);
    void teardown();

    AlertRule m_rule;
    QString m_recordingProvider;
    QString m_observationProblem;
    QPointer<AlertFeeds> m_feeds;
    QPointer<AlertEngine> m_engine;
    QPointer<AlertReplay> m_replay;
    bool m_running = false;
    double m_progress = 0;
    bool m_hasResult = false;
    QString m_error;
    QString m_notice;
    QVariantList m_firings;
    QList<Alert> m_alerts;
    int m_firingCount = 0;
    int m_frames = 0;
    int m_observations = 0;
    qint64 m_spanStartMs = 0;
    qint64 m_spanMs = 0;
    QString m_recordingName;
};
