#pragma once
// The system tray icon: connection health and the number of unacknowledged alerts drawn
// into the icon, desktop notifications for fired alerts, and "close to tray" (closing the
// window keeps Tidewatch running in the tray when the user chose so).

#include <QObject>
#include <QPointer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

class QMenu;
class QSystemTrayIcon;
class QQmlEngine;
class QJSEngine;

class TrayIcon : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    Q_PROPERTY(QString toolTip READ toolTip NOTIFY updated)

public:
    static TrayIcon *instance();
    static TrayIcon *create(QQmlEngine *, QJSEngine *);
    explicit TrayIcon(QObject *parent);
    ~TrayIcon() override;

    bool available() const;
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool on);
    QString toolTip() const;

    /// Shows the icon and ties it to the main window (show/raise on click).
    Q_INVOKABLE void attach(QWindow *window);
    /// True if a window close should only hide the window (close to tray is on and a tray
    /// exists); the window then hides itself.
    Q_INVOKABLE bool shouldHideOnClose() const;
    Q_INVOKABLE void showWindow();

    /// Health as a colour name: "ok", "trouble", "down", "none" (for tests and QML).
    static QString healthOf(int open, int trouble, int total);

Q_SIGNALS:
    void closeToTrayChanged();
    void updated();

private:
    void refresh();
    void notify(const QString &title, const QString &message, const QString &severity);

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QPointer<QWindow> m_window;
    bool m_closeToTray = false;
};
