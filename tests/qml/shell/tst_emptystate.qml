import QtQuick
import QtTest
import Tidewatch

TestCase {
    name: "EmptyState"
    when: windowShown
    width: 600; height: 400

    Component {
        id: emptyState
        EmptyState { title: "Nothing yet"; explanation: "<b>markup</b> stays text" }
    }

    function test_showsPlainText() {
        const item = createTemporaryObject(emptyState, this)
        verify(item !== null)
        const labels = findChildrenOfType(item, "Label")
        verify(labels.length >= 2)
        compare(labels[1].textFormat, Text.PlainText)
    }

    function findChildrenOfType(item, typeName) {
        let out = []
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.toString().indexOf(typeName) === 0 || c.toString().indexOf("QQuickLabel") === 0)
                out.push(c)
        }
        return out
    }
}
