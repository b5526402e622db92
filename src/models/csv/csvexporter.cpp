#include "csvexporter.h"

#include "alerts/atomicfile.h"
#include "core/secrets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJSEngine>
#include <QUrl>
#include <algorithm>

namespace {

bool looksLikeNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

} // namespace

QString Csv::field(const QString &input)
{
    QString text = input;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if ((first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
             || first == QLatin1Char('\t'))
            && !looksLikeNumber(text))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString Csv::textOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QStringList: return value.toStringList().join(QStringLiteral("; "));
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << textOf(v);
        return parts.join(QStringLiteral("; "));
    }
    case QMetaType::QVariantMap:
        return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    default: return value.toString();
    }
}

QByteArray Csv::fromModel(const QAbstractItemModel &model, const QStringList &roles, const QStringList &headers,
                          QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    QStringList header;
    // Each output column reads (model column, role).
    QList<QPair<int, int>> cells;
    if (columns <= 1) {
        const QHash<int, QByteArray> names = model.roleNames();
        if (roles.isEmpty()) {
            QList<int> ids = names.keys();
            std::sort(ids.begin(), ids.end());
            for (int id : std::as_const(ids)) {
                if (id < Qt::UserRole)
                    continue;
                // Skip roles that hold objects (e.g. a Connection): they are not table data.
                if (rows > 0 && model.index(0, 0).data(id).metaType().flags().testFlag(QMetaType::PointerToQObject))
                    continue;
                cells.append({0, id});
                header << QString::fromUtf8(names.value(id));
            }
        } else {
            for (const QString &name : roles) {
                const int id = names.key(name.toUtf8(), -1);
                if (id < 0)
                    return fail(QCoreApplication::translate("Csv", "The table has no column “%1”.").arg(name));
                cells.append({0, id});
                header << name;
            }
        }
    } else {
        for (int c = 0; c < columns; ++c) {
            cells.append({c, Qt::DisplayRole});
            header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        }
    }
    if (!headers.isEmpty()) {
        if (headers.size() != cells.size())
            return fail(QCoreApplication::translate("Csv", "%1 headers for %2 columns.").arg(headers.size()).arg(cells.size()));
        header = headers;
    }

    QString out;
    out.reserve(64 + rows * cells.size() * 12);
    // Every field is masked before it is quoted: a key in a table (an inspector frame, a
    // server's error text) never reaches the file, and quoting cannot hide one from the mask.
    auto writeRow = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += Csv::field(Secrets::mask(fields.at(i)));
        }
        out += QLatin1String("\r\n");
    };
    writeRow(header);
    QStringList fields;
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        for (const auto &[column, role] : std::as_const(cells))
            fields << textOf(model.index(r, column).data(role));
        writeRow(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QList<QStringList> Csv::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << current;
            current.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << current;
            rows << row;
            row.clear();
            current.clear();
            fieldStarted = false;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty() || !current.isEmpty()) {
        row << current;
        rows << row;
    }
    return rows;
}

CsvExport *CsvExport::instance()
{
    static CsvExport *exporter = new CsvExport(qApp);
    return exporter;
}

CsvExport *CsvExport::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

CsvExport::CsvExport(QObject *parent)
    : QObject(parent)
{
}

bool CsvExport::exportModel(QAbstractItemModel *model, const QUrl &file, const QStringList &roles, const QStringList &headers)
{
    if (!model) {
        setError(tr("There is no table to export."));
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("Choose a file to export to."));
        return false;
    }
    QString error;
    const QByteArray data = Csv::fromModel(*model, roles, headers, &error);
    if (data.isEmpty()) {
        setError(error);
        return false;
    }
    if (!AtomicFile::write(path, data, &error)) {
        setError(error);
        return false;
    }
    setError({});
    Q_EMIT exported(path, model->rowCount());
    return true;
}

QString CsvExport::suggestedName(const QString &base) const
{
    return base + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".csv");
}

void CsvExport::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT lastErrorChanged();
}
