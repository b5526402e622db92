#pragma once
// Form state of the monitor and filter-rule editors (the QML dialogs only bind): the fields,
// per-field problems (ours before sending, the server's 422 after), the cost before saving,
// the query validation with its samples, and a save that never loses what was typed.

#include "providers/tweets/tweetsrest.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class TweetsSubscriptionsController;
class TweetsRestReply;

/// What both editors share: the controller, the errors and the save state.
class TweetEditorBase : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(TweetsSubscriptionsController *controller READ controller WRITE setController NOTIFY controllerChanged)
    /// The id being edited; empty for a new one.
    Q_PROPERTY(QString editId READ editId NOTIFY loadedChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY loadedChanged)
    /// wire field name → sentence ("name", "usernames", "interval_seconds", …).
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    /// Why the last save failed (409, 402, 403, 429 …); the fields keep what was typed.
    Q_PROPERTY(QString saveError READ saveError NOTIFY errorsChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY errorsChanged)
public:
    explicit TweetEditorBase(QObject *parent = nullptr);

    TweetsSubscriptionsController *controller() const { return m_controller; }
    void setController(TweetsSubscriptionsController *controller);
    QString editId() const { return m_editId; }
    bool editing() const { return !m_editId.isEmpty(); }
    QVariantMap fieldErrors() const;
    QString saveError() const { return m_saveError; }
    bool saving() const { return m_saving; }
    bool canSave() const;

Q_SIGNALS:
    void controllerChanged();
    void loadedChanged();
    void errorsChanged();
    void savingChanged();
    /// The server accepted it; id is the monitor's or rule's.
    void saved(const QString &id);

protected:
    /// Our own checks of the documented limits, by wire field name.
    virtual QMap<QString, QString> localErrors() const = 0;
    /// A field changed: its server message no longer applies.
    void fieldEdited(const QString &field);
    /// A new form: no messages.
    void resetErrors();
    /// Sends the reply's outcome to the form: on success onOk, else the errors.
    void watchSave(TweetsRestReply *reply, std::function<QString(TweetsRestReply *)> onOk);
    bool startSave();

    QString m_editId;

private:
    QPointer<TweetsSubscriptionsController> m_controller;
    QMap<QString, QString> m_serverErrors;
    QSet<QString> m_touched;
    bool m_showAll = false;
    QString m_saveError;
    bool m_saving = false;
};

class TweetRuleEditor : public TweetEditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY fieldsChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY fieldsChanged)
    Q_PROPERTY(double intervalSeconds READ intervalSeconds WRITE setIntervalSeconds NOTIFY fieldsChanged)
    Q_PROPERTY(int maxResultsPerPoll READ maxResultsPerPoll WRITE setMaxResultsPerPoll NOTIFY fieldsChanged)
    Q_PROPERTY(QString webhookUrl READ webhookUrl WRITE setWebhookUrl NOTIFY fieldsChanged)
    // What the interval will cost, before saving.
    Q_PROPERTY(QString pricingTier READ pricingTier NOTIFY fieldsChanged)
    Q_PROPERTY(double creditsPerDay READ creditsPerDay NOTIFY fieldsChanged)
    Q_PROPERTY(QString costText READ costText NOTIFY fieldsChanged)
    Q_PROPERTY(QString totalAfterText READ totalAfterText NOTIFY fieldsChanged)
    // The query check (POST …/filter-rules/validate).
    Q_PROPERTY(bool validating READ validating NOTIFY validationChanged)
    Q_PROPERTY(bool validated READ validated NOTIFY validationChanged)
    Q_PROPERTY(bool queryValid READ queryValid NOTIFY validationChanged)
    Q_PROPERTY(QString validationText READ validationText NOTIFY validationChanged)
    Q_PROPERTY(int sampleCount READ sampleCount NOTIFY validationChanged)
    /// [{author, text}] when the server sent sample tweets.
    Q_PROPERTY(QVariantList samples READ samples NOTIFY validationChanged)
public:
    explicit TweetRuleEditor(QObject *parent = nullptr);

    QString tag() const { return m_draft.tag; }
    void setTag(const QString &v);
    QString query() const { return m_draft.query; }
    void setQuery(const QString &v);
    double intervalSeconds() const { return m_draft.intervalSeconds; }
    void setIntervalSeconds(double v);
    int maxResultsPerPoll() const { return m_draft.maxResultsPerPoll; }
    void setMaxResultsPerPoll(int v);
    QString webhookUrl() const { return m_draft.webhookUrl; }
    void setWebhookUrl(const QString &v);

    QString pricingTier() const;
    double creditsPerDay() const;
    QString costText() const;
    QString totalAfterText() const;

    bool validating() const { return m_validating; }
    bool validated() const { return m_validated; }
    bool queryValid() const { return m_validation.valid; }
    QString validationText() const;
    int sampleCount() const { return m_validation.sampleCount; }
    QVariantList samples() const;

    /// Empty form with the documented defaults.
    Q_INVOKABLE void startNew();
    /// The rule's current values (from the controller's list); false when it is not there.
    Q_INVOKABLE bool load(const QString &ruleId);
    Q_INVOKABLE void validate();
    Q_INVOKABLE void save();

Q_SIGNALS:
    void fieldsChanged();
    void validationChanged();

protected:
    QMap<QString, QString> localErrors() const override;

private:
    TweetsRest::RuleDraft m_draft;
    TweetsRest::RuleValidation m_validation;
    QString m_validatedQuery;
    bool m_validating = false;
    bool m_validated = false;
    QString m_validationError; // the call failed (not "the query is invalid")
};

class TweetMonitorEditor : public TweetEditorBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    /// Usernames as typed: separated by commas, spaces or new lines; "@" is optional.
    Q_PROPERTY(QString usernamesText READ usernamesText WRITE setUsernamesText NOTIFY fieldsChanged)
    Q_PROPERTY(int accountCount READ accountCount NOTIFY fieldsChanged)
    /// Chosen tweet types; empty = all.
    Q_PROPERTY(QStringList filterTypes READ filterTypes NOTIFY fieldsChanged)
    Q_PROPERTY(QString webhookUrl READ webhookUrl WRITE setWebhookUrl NOTIFY fieldsChanged)
    Q_PROPERTY(QString pricingTier READ pricingTier NOTIFY fieldsChanged)
    Q_PROPERTY(double creditsPerDay READ creditsPerDay NOTIFY fieldsChanged)
    Q_PROPERTY(QString costText READ costText NOTIFY fieldsChanged)
    Q_PROPERTY(QString totalAfterText READ totalAfterText NOTIFY fieldsChanged)
public:
    explicit TweetMonitorEditor(QObject *parent = nullptr);

    QString name() const { return m_draft.name; }
    void setName(const QString &v);
    QString usernamesText() const { return m_usernamesText; }
    void setUsernamesText(const QString &v);
    QStringList usernames() const;
    int accountCount() const { return int(usernames().size()); }
    QStringList filterTypes() const { return m_draft.filterTypes; }
    Q_INVOKABLE void setFilterType(const QString &type, bool on);
    QString webhookUrl() const { return m_draft.webhookUrl; }
    void setWebhookUrl(const QString &v);

    QString pricingTier() const;
    double creditsPerDay() const;
    QString costText() const;
    QString totalAfterText() const;

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool load(const QString &monitorId);
    Q_INVOKABLE void save();

Q_SIGNALS:
    void fieldsChanged();

protected:
    QMap<QString, QString> localErrors() const override;

private:
    TweetsRest::MonitorDraft m_draft;
    QString m_usernamesText;
};
