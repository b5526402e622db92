import QtQuick
import QtQuick.Window
import QtTest
import Tidewatch

// The Markets page's pause (the window's pause shortcut calls togglePause()): the tape stops
// moving and counts what arrives, the chart stops following; resuming shows every trade that
// came meanwhile and follows the newest bar again. The trades come from the test's feeder
// (tst_conyr_qml.cpp), as the workspace adds its chart token's.
TestCase {
    id: testCase
    name: "MarketsPause"
    when: windowShown
    width: 1300
    height: 860

    Component {
        id: pageComponent
        MarketsPage {
            anchors.fill: parent
        }
    }

    function cleanup() {
        ConyrWorkspace.paused = false
    }

    function test_pauseHoldsTheTapeAndResumeCatchesUp() {
        const page = createTemporaryObject(pageComponent, testCase.Window.window.contentItem)
        verify(page)
        const tape = ConyrWorkspace.tape
        tryVerify(() => tape.count > 0, 5000)
        verify(tape.count < tape.cap) // room to see the catch-up
        const chart = findChild(page, "marketsChart")
        const pauseButton = findChild(page, "pauseButton")
        const bar = findChild(page, "tapePausedBar")
        const label = findChild(page, "tapePendingLabel")
        verify(chart && pauseButton && bar && label)
        compare(chart.binder.followLive, true)
        verify(!bar.visible)

        page.togglePause()
        verify(ConyrWorkspace.paused)
        verify(tape.paused)
        compare(chart.paused, true)
        compare(chart.binder.followLive, false)
        compare(pauseButton.text, "Resume")
        const frozen = tape.count
        const receivedAtPause = tape.received
        tryVerify(() => tape.pendingCount >= 3, 5000)
        // Still received, not shown: the tape holds its rows and says how many wait.
        compare(tape.count, frozen)
        verify(tape.received >= receivedAtPause + 3)
        verify(bar.visible)
        tryVerify(() => label.text.indexOf(String(tape.pendingCount)) >= 0)

        // Resume from the tape's own button: every trade that waited is shown.
        const waiting = tape.pendingCount
        mouseClick(findChild(page, "tapeResumeButton"))
        verify(!ConyrWorkspace.paused)
        compare(tape.pendingCount, 0)
        verify(tape.count >= frozen + waiting)
        compare(chart.binder.followLive, true)
        compare(pauseButton.text, "Pause")
        tryCompare(bar, "visible", false)

        // And the shortcut's toggle both ways.
        page.togglePause()
        verify(ConyrWorkspace.paused)
        page.togglePause()
        verify(!ConyrWorkspace.paused)
    }
}
