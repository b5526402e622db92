// RelaySubject: building, parsing and matching NATS subjects.

#include "relaysubject.h"

#include <QList>

namespace RelaySubject {

QString token(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool reserved = u <= 0x20 || u >= 0x7f || c == QLatin1Char('.') || c == QLatin1Char('*')
            || c == QLatin1Char('>');
        out.append(reserved ? QLatin1Char('_') : c);
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QByteArray build(const QString &provider, const QString &source, const QString &kind, const QString &subject,
                 bool keepDots)
{
    QString rest;
    if (keepDots) {
        QStringList parts = subject.split(QLatin1Char('.'));
        for (QString &p : parts)
            p = token(p);
        rest = parts.join(QLatin1Char('.'));
    } else {
        rest = token(subject);
    }
    return (QLatin1String(Root) + QLatin1Char('.') + token(provider) + QLatin1Char('.') + token(source)
            + QLatin1Char('.') + token(kind) + QLatin1Char('.') + rest)
        .toUtf8();
}

Parts parse(const QByteArray &subject)
{
    Parts parts;
    const QList<QByteArray> tokens = subject.split('.');
    if (tokens.size() < 5 || tokens.at(0) != Root)
        return parts;
    for (const QByteArray &t : tokens) {
        if (t.isEmpty())
            return parts;
    }
    parts.provider = QString::fromUtf8(tokens.at(1));
    parts.source = QString::fromUtf8(tokens.at(2));
    parts.kind = QString::fromUtf8(tokens.at(3));
    parts.subject = QString::fromUtf8(subject.mid(tokens.at(0).size() + tokens.at(1).size() + tokens.at(2).size()
                                                  + tokens.at(3).size() + 4));
    parts.valid = true;
    return parts;
}

QString filterFor(const QString &provider, const QString &source)
{
    return QLatin1String(Root) + QLatin1Char('.') + (provider.isEmpty() ? QStringLiteral("*") : token(provider))
        + QLatin1Char('.') + (source.isEmpty() ? QStringLiteral("*") : token(source)) + QStringLiteral(".>");
}

bool matches(const QByteArray &subject, const QByteArray &pattern)
{
    const QList<QByteArray> s = subject.split('.');
    const QList<QByteArray> p = pattern.split('.');
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p.at(i) == ">")
            return i < s.size();
        if (i >= s.size())
            return false;
        if (p.at(i) != "*" && p.at(i) != s.at(i))
            return false;
    }
    return s.size() == p.size();
}

} // namespace RelaySubject
