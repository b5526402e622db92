#pragma once
// CSV export of any table: a QAbstractItemModel (list models by role, table models by
// column) → RFC 4180 CSV, UTF-8 with BOM, CRLF, every registered secret (Secrets) masked.
// Also a parser, for tests and round trips.

#include <QAbstractItemModel>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace Csv {

/// One field, quoted when it holds a comma, quote, CR/LF or surrounding spaces. Text that
/// a spreadsheet would run as a formula (=, +, -, @ and not a number) gets a leading '.
QString field(const QString &text);
/// A value as CSV text: numbers in full precision, dates ISO 8601, lists joined with "; ".
QString textOf(const QVariant &value);

/// Exports a model. For a list model (one column), `roles` names the roles to export (by
/// role name, in order); empty means every role except object-valued ones. For a table
/// model, every column's display data under the header data. `headers` overrides the
/// header row (must match the column count).
QByteArray fromModel(const QAbstractItemModel &model, const QStringList &roles = {}, const QStringList &headers = {},
                     QString *error = nullptr);

/// Parses CSV (RFC 4180, optional BOM, CRLF or LF) into rows of fields.
QList<QStringList> parse(const QByteArray &csv);

} // namespace Csv

/// The QML entry point: `CsvExport.exportModel(model, fileUrl, ["time", "message"])`.
class CsvExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    static CsvExport *instance();
    static CsvExport *create(QQmlEngine *, QJSEngine *);
    explicit CsvExport(QObject *parent);

    /// Writes the model to a file atomically. Returns false and sets lastError on failure.
    Q_INVOKABLE bool exportModel(QAbstractItemModel *model, const QUrl &file, const QStringList &roles = {},
                                 const QStringList &headers = {});
    /// A file name suggestion: "<base>-<yyyyMMdd-HHmmss>.csv".
    Q_INVOKABLE QString suggestedName(const QString &base) const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void lastErrorChanged();
    void exported(const QString &path, int rows);

private:
    void setError(const QString &error);
    QString m_error;
};
