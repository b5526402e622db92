#pragma once
// Hands work from the NATS C client's own threads to a QObject's thread.

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <memory>
#include <utility>

/// The NATS library calls back on its threads. A bridge is shared (std::shared_ptr) by the
/// QObject that owns a NATS handle and every callback closure: a callback posts a functor
/// with post(), which queues it to the target's thread while the target exists. The
/// target detaches in its destructor (before the NATS handle is destroyed), after which
/// posts are dropped: a late callback can never reach a deleted object.
class NatsBridge
{
public:
    explicit NatsBridge(QObject *target) : m_target(target) {}

    template<typename Functor>
    void post(Functor &&functor)
    {
        QMutexLocker lock(&m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::forward<Functor>(functor), Qt::QueuedConnection);
    }

    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_target;
};

using NatsBridgePtr = std::shared_ptr<NatsBridge>;
