#include "framefiltermodel.h"

#include "frameinspectormodel.h"

#include "core/secrets.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QRegularExpression>

FrameFilterModel::FrameFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &FrameFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FrameFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FrameFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FrameFilterModel::countChanged);
}

void FrameFilterModel::setDirection(const QString &direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void FrameFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void FrameFilterModel::setHidePingPong(bool hide)
{
    if (hide == m_hidePingPong)
        return;
    m_hidePingPong = hide;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool FrameFilterModel::isHeartbeat(const QString &text, bool control)
{
    if (control)
        return true;
    const QString t = text.trimmed();
    if (t == QLatin1String("2") || t == QLatin1String("3") || t == QLatin1String("ping") || t == QLatin1String("pong"))
        return true;
    static const QRegularExpression json(
        QString::fromLatin1(R"re(^\{\s*"(op|type|event|action|method)"\s*:\s*"(ping|pong)"\s*[,}])re"),
        QRegularExpression::CaseInsensitiveOption);
    return t.size() < 200 && json.match(t).hasMatch();
}

bool FrameFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString direction = index.data(FrameInspectorModel::DirectionRole).toString();
    if (m_direction != QLatin1String("all") && direction != m_direction)
        return false;
    const QString text = index.data(FrameInspectorModel::TextRole).toString();
    if (m_hidePingPong && isHeartbeat(text, index.data(FrameInspectorModel::ControlRole).toBool()))
        return false;
    return m_text.isEmpty() || text.contains(m_text, Qt::CaseInsensitive);
}

QString FrameFilterModel::visibleText() const
{
    QStringList lines;
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex i = index(r, 0);
        lines << i.data(FrameInspectorModel::TimeRole).toString() + QLatin1Char(' ')
                + (i.data(FrameInspectorModel::DirectionRole).toString() == QLatin1String("in") ? QStringLiteral("←")
                                                                                                : QStringLiteral("→"))
                + QLatin1Char(' ') + i.data(FrameInspectorModel::TextRole).toString();
    }
    // Frames are masked as they enter the inspector; masked again for a secret registered since.
    return Secrets::mask(lines.join(QLatin1Char('\n')));
}

int FrameFilterModel::copyVisible() const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(visibleText());
    return rowCount();
}

int FrameFilterModel::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}
