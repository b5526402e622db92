#include "conyrcatalogmodel.h"

#include "providers/conyr/conyrchannelcatalog.h"
#include "providers/conyr/conyrcodec.h"

using namespace Conyr;

namespace {
QString groupLabel(const QString &group)
{
    if (group == QLatin1String("market"))
        return ConyrCatalogModel::tr("Token market data");
    if (group == QLatin1String("wallet"))
        return ConyrCatalogModel::tr("Wallet");
    if (group == QLatin1String("security"))
        return ConyrCatalogModel::tr("Security");
    if (group == QLatin1String("coordination"))
        return ConyrCatalogModel::tr("Coordination");
    if (group == QLatin1String("agent"))
        return ConyrCatalogModel::tr("Agent pages");
    return ConyrCatalogModel::tr("Planned");
}
} // namespace

ConyrCatalogModel::ConyrCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConyrCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(channelCatalog().size());
}

QVariant ConyrCatalogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const CatalogEntry &e = channelCatalog().at(index.row());
    switch (role) {
    case EntryIdRole: return e.id;
    case GroupRole: return e.group;
    case GroupLabelRole: return groupLabel(e.group);
    case Qt::DisplayRole:
    case TitleRole: return e.title();
    case DescriptionRole: return e.description();
    case PatternRole: return e.pattern();
    case SubjectRole: return e.subject;
    case CandlesRole: return e.candles;
    case RequiredTierRole:
        if (e.planned)
            return tr("planned");
        return e.minTier.isEmpty() ? tr("tier not documented") : Conyr::tierLabel(e.minTier);
    case AllowedRole: return availability(e, m_tier).allowed;
    case ReasonRole: return availability(e, m_tier).reason;
    case NoteRole: return availability(e, m_tier).note;
    case FirstOfGroupRole: return index.row() == 0 || channelCatalog().at(index.row() - 1).group != e.group;
    default: break;
    }
    return {};
}

QHash<int, QByteArray> ConyrCatalogModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {EntryIdRole, "entryId"}, {GroupRole, "group"}, {GroupLabelRole, "groupLabel"}, {TitleRole, "title"},
        {DescriptionRole, "description"}, {PatternRole, "pattern"}, {SubjectRole, "subject"},
        {CandlesRole, "candles"}, {RequiredTierRole, "requiredTier"}, {AllowedRole, "allowed"},
        {ReasonRole, "reason"}, {NoteRole, "note"}, {FirstOfGroupRole, "firstOfGroup"},
    };
    return names;
}

void ConyrCatalogModel::setTier(const QString &tier)
{
    const QString id = tier.isEmpty() ? QStringLiteral("layer1") : tierLimits(tier).id;
    if (id == m_tier)
        return;
    m_tier = id;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AllowedRole, ReasonRole, NoteRole});
    Q_EMIT tierChanged();
}

QString ConyrCatalogModel::tierLabel() const
{
    return Conyr::tierLabel(m_tier);
}

int ConyrCatalogModel::rowOf(const QString &entryId) const
{
    const QList<CatalogEntry> &all = channelCatalog();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id == entryId)
            return int(i);
    }
    return -1;
}

QVariantMap ConyrCatalogModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
