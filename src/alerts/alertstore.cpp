#include "alertstore.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int FormatVersion = 1;

QList<Alert> alertsFrom(const QJsonObject &root)
{
    QList<Alert> out;
    for (const QJsonValue &v : root.value(QLatin1String("alerts")).toArray()) {
        Alert a;
        if (Alert::fromJson(v.toObject(), a))
            out << a;
    }
    return out;
}

QByteArray documentOf(const QList<Alert> &alerts)
{
    QJsonArray array;
    for (const Alert &a : alerts)
        array.append(a.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("alerts"), array}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

AlertStore::AlertStore(QString folder, int historyCap)
    : m_folder(std::move(folder))
    , m_cap(std::max(1, historyCap))
{
}

QString AlertStore::rulesPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("rules.json"));
}

QString AlertStore::historyPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("history.json"));
}

QString AlertStore::archivePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("history.1.json"));
}

bool AlertStore::loadRules(QList<AlertRule> &out)
{
    out.clear();
    QJsonObject root;
    const auto result = AtomicFile::readJsonObject(rulesPath(), root, &m_error);
    if (result == AtomicFile::ReadResult::Missing)
        return true;
    if (result == AtomicFile::ReadResult::Damaged)
        return false;
    QStringList problems;
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        AlertRule rule;
        QString problem;
        if (AlertRule::fromJson(v.toObject(), rule, &problem))
            out << rule;
        else
            problems << problem;
    }
    if (!problems.isEmpty()) {
        m_error = QCoreApplication::translate("AlertStore", "%n rule(s) could not be read: %1", "", int(problems.size()))
                      .arg(problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

bool AlertStore::saveRules(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &r : rules)
        array.append(r.toJson());
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("version"), FormatVersion},
                                                      {QStringLiteral("rules"), array}})
                                .toJson(QJsonDocument::Indented);
    return AtomicFile::write(rulesPath(), data, &m_error);
}

bool AlertStore::loadHistory(QList<Alert> &out)
{
    out.clear();
    QJsonObject root;
    const auto result = AtomicFile::readJsonObject(historyPath(), root, &m_error);
    if (result == AtomicFile::ReadResult::Missing)
        return true;
    if (result == AtomicFile::ReadResult::Damaged)
        return false;
    out = alertsFrom(root);
    return true;
}

QList<Alert> AlertStore::loadArchive()
{
    QJsonObject root;
    QString ignored;
    if (AtomicFile::readJsonObject(archivePath(), root, &ignored) != AtomicFile::ReadResult::Ok)
        return {};
    return alertsFrom(root);
}

bool AlertStore::saveHistory(const QList<Alert> &alerts)
{
    QList<Alert> kept = alerts;
    if (kept.size() > m_cap) {
        const QList<Alert> trimmed = kept.mid(0, kept.size() - m_cap);
        kept = kept.mid(kept.size() - m_cap);
        // Archive first: if we crash between the two writes, an alert is in both files
        // rather than in neither.
        if (!appendToArchive(trimmed))
            return false;
    }
    return AtomicFile::write(historyPath(), documentOf(kept), &m_error);
}

bool AlertStore::appendToArchive(const QList<Alert> &trimmed)
{
    QList<Alert> archive = loadArchive();
    QSet<QString> known;
    for (const Alert &a : std::as_const(archive))
        known.insert(a.id);
    for (const Alert &a : trimmed) {
        if (!known.contains(a.id))
            archive << a;
    }
    if (archive.size() > m_cap)
        archive = archive.mid(archive.size() - m_cap);
    return AtomicFile::write(archivePath(), documentOf(archive), &m_error);
}
