pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Source, author, type and free-text filters over the timeline (a TweetFilterModel).
RowLayout {
    id: root
    required property TweetFilterModel filter
    /// [{key, name, kind}] from the workspace.
    property var sources: []
    property var tweetTypes: []

    spacing: Theme.spacing

    function sourceEntries() {
        const entries = [{ key: "", label: qsTr("All monitors and rules") }]
        for (let i = 0; i < root.sources.length; ++i) {
            const s = root.sources[i]
            entries.push({ key: s.key, label: (s.kind === "filter_rule" ? qsTr("Rule: #%1") : qsTr("Monitor: %1")).arg(s.name) })
        }
        return entries
    }
    function typeEntries() {
        const entries = [qsTr("All types")]
        for (let i = 0; i < root.tweetTypes.length; ++i)
            entries.push(root.tweetTypes[i])
        return entries
    }

    // The filter can also change from elsewhere (a click on a source's counters).
    Connections {
        target: root.filter
        function onFilterChanged() {
            sourceBox.currentIndex = Math.max(0, sourceBox.indexOfValue(root.filter.source))
            typeBox.currentIndex = Math.max(0, root.tweetTypes.indexOf(root.filter.tweetType) + 1)
        }
    }

    FitComboBox {
        id: sourceBox
        objectName: "sourceFilter"
        // Every control gives way down to its minimum in a narrow window.
        Layout.fillWidth: true
        Layout.preferredWidth: 230
        Layout.maximumWidth: 230
        // the chosen entry stays readable: the text fields give way first
        Layout.minimumWidth: Math.min(implicitWidth, 230)
        textRole: "label"
        valueRole: "key"
        model: root.sourceEntries()
        onActivated: root.filter.source = currentValue
        // Keep the selection when the list grows (a new source appeared).
        onModelChanged: currentIndex = Math.max(0, indexOfValue(root.filter.source))
    }
    TextField {
        id: authorField
        objectName: "authorFilter"
        Layout.fillWidth: true
        Layout.preferredWidth: 170
        Layout.maximumWidth: 170
        Layout.minimumWidth: 80
        placeholderText: qsTr("@author")
        onTextEdited: root.filter.author = text
    }
    FitComboBox {
        id: typeBox
        objectName: "typeFilter"
        Layout.fillWidth: true
        Layout.preferredWidth: 150
        Layout.maximumWidth: 150
        Layout.minimumWidth: Math.min(implicitWidth, 150)
        model: root.typeEntries()
        onActivated: root.filter.tweetType = currentIndex === 0 ? "" : currentText
        onModelChanged: currentIndex = Math.max(0, root.tweetTypes.indexOf(root.filter.tweetType) + 1)
    }
    TextField {
        id: searchField
        objectName: "searchFilter"
        Layout.fillWidth: true
        Layout.minimumWidth: 100
        placeholderText: qsTr("Search text, authors and sources…")
        onTextEdited: root.filter.search = text
    }
    // a small ✕ with a tooltip (the words take the room the source box needs at 960 px)
    ToolButton {
        objectName: "clearFiltersButton"
        enabled: root.filter.active
        text: "✕"
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Clear filters")
        Accessible.name: qsTr("Clear filters")
        onClicked: {
            root.filter.clearFilters()
            authorField.clear()
            searchField.clear()
            sourceBox.currentIndex = 0
            typeBox.currentIndex = 0
        }
    }
}
