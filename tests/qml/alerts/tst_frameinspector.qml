import QtQuick
import QtQuick.Controls
import QtTest
import Tidewatch

Item {
    id: root
    width: 1296
    height: 860

    Component {
        id: inspectorComponent
        FrameInspector {}
    }

    TestCase {
        name: "FrameInspector"
        when: windowShown

        function test_capturesFilterAndPause() {
            const inspector = createTemporaryObject(inspectorComponent, root)
            verify(inspector)
            inspector.inspect("qml-test")
            tryVerify(() => inspector.opened)
            compare(inspector.connectionName, "qml-test")
            const frames = inspector.frameModel
            const filtered = inspector.filteredModel
            tryVerify(() => frames.count >= 3, 5000)
            verify(filtered.count >= 3)
            filtered.text = "no such text"
            compare(filtered.count, 0)
            filtered.text = "qml"
            verify(filtered.count >= 3)
            filtered.direction = "out"
            compare(filtered.count, 0)
            filtered.direction = "all"
            frames.paused = true
            const kept = frames.count
            tryVerify(() => frames.missed > 0, 5000)
            compare(frames.count, kept)
            frames.paused = false
            inspector.close()
        }
    }
}
