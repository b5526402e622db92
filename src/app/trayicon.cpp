#include "trayicon.h"

#include "alerts/alertcenter.h"
#include "core/connectionregistry.h"

#include <QApplication>
#include <QIcon>
#include <QJSEngine>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWindow>

namespace {
constexpr int IconSize = 64;
const char *const CloseToTrayKey = "ui/closeToTray";
} // namespace

TrayIcon *TrayIcon::instance()
{
    static TrayIcon *tray = new TrayIcon(qApp);
    return tray;
}

TrayIcon *TrayIcon::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_closeToTray(QSettings().value(QLatin1String(CloseToTrayKey), false).toBool())
{
    connect(ConnectionRegistry::instance(), &ConnectionRegistry::healthChanged, this, &TrayIcon::refresh);
    connect(ConnectionRegistry::instance(), &ConnectionRegistry::countChanged, this, &TrayIcon::refresh);
    connect(AlertCenter::instance(), &AlertCenter::unacknowledgedCountChanged, this, &TrayIcon::refresh);
    connect(AlertCenter::instance(), &AlertCenter::alertFired, this, &TrayIcon::notify);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::available() const
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setCloseToTray(bool on)
{
    if (on == m_closeToTray)
        return;
    m_closeToTray = on;
    QSettings().setValue(QLatin1String(CloseToTrayKey), on);
    QGuiApplication::setQuitOnLastWindowClosed(!shouldHideOnClose());
    Q_EMIT closeToTrayChanged();
}

bool TrayIcon::shouldHideOnClose() const
{
    return m_closeToTray && m_tray && m_tray->isVisible();
}

QString TrayIcon::healthOf(int open, int trouble, int total)
{
    if (total == 0)
        return QStringLiteral("none");
    if (trouble > 0)
        return open > 0 ? QStringLiteral("trouble") : QStringLiteral("down");
    return open > 0 ? QStringLiteral("ok") : QStringLiteral("none");
}

QString TrayIcon::toolTip() const
{
    const auto *registry = ConnectionRegistry::instance();
    const int alerts = AlertCenter::instance()->unacknowledgedCount();
    return tr("Tidewatch — %1 of %n connection(s) open", nullptr, registry->rowCount()).arg(registry->openCount())
        + (alerts > 0 ? QLatin1Char('\n') + tr("%n unacknowledged alert(s)", "", alerts) : QString());
}

void TrayIcon::attach(QWindow *window)
{
    m_window = window;
    if (!available() || m_tray)
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Show Tidewatch"), this, &TrayIcon::showWindow);
    m_menu->addAction(tr("Acknowledge all alerts"), AlertCenter::instance(), [] { AlertCenter::instance()->acknowledgeAll(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    refresh();
    m_tray->show();
    QGuiApplication::setQuitOnLastWindowClosed(!shouldHideOnClose());
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void TrayIcon::refresh()
{
    Q_EMIT updated();
    if (!m_tray)
        return;
    const auto *registry = ConnectionRegistry::instance();
    const QString health = healthOf(registry->openCount(), registry->troubleCount(), registry->rowCount());
    const int alerts = AlertCenter::instance()->unacknowledgedCount();

    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QIcon(QStringLiteral(":/qt/qml/Tidewatch/resources/icons/tidewatch.svg")).paint(&p, 0, 0, IconSize, IconSize);
    const QColor dot = health == QLatin1String("ok") ? QColor(0x1a, 0x7f, 0x4b)
        : health == QLatin1String("trouble")        ? QColor(0xb2, 0x6a, 0x00)
        : health == QLatin1String("down")           ? QColor(0xc6, 0x28, 0x28)
                                                    : QColor(0x5f, 0x6b, 0x76);
    p.setPen(QPen(Qt::white, 3));
    p.setBrush(dot);
    p.drawEllipse(QRectF(2, IconSize - 24, 22, 22));
    if (alerts > 0) {
        const QString text = alerts > 99 ? QStringLiteral("99+") : QString::number(alerts);
        const QRectF badge(IconSize - 36, 0, 36, 26);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawRoundedRect(badge, 13, 13);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(18);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    p.end();
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(toolTip());
}

void TrayIcon::notify(const QString &title, const QString &message, const QString &severity)
{
    if (!m_tray || !m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    const auto icon = severity == QLatin1String("critical") ? QSystemTrayIcon::Critical
        : severity == QLatin1String("warning")              ? QSystemTrayIcon::Warning
                                                            : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon, 8000);
}
