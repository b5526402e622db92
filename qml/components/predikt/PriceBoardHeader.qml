import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Column titles of the price board; widths match PriceRow.
RowLayout {
    id: root
    /// Only the columns a compact PriceRow shows.
    property bool compact: false
    spacing: Theme.spacing
    component Title: Label {
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        textFormat: Text.PlainText
    }
    Title { text: qsTr("Symbol"); Layout.preferredWidth: 120; Layout.fillWidth: root.compact }
    Title { objectName: "priceTitle"; text: qsTr("VWAP price"); Layout.preferredWidth: 120; horizontalAlignment: Text.AlignRight }
    Title { text: qsTr("Since subscribe"); Layout.preferredWidth: 100; horizontalAlignment: Text.AlignRight }
    Title { objectName: "hourTitle"; visible: !root.compact; text: qsTr("1 h"); Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
    Title { visible: !root.compact; text: qsTr("Recent updates"); Layout.fillWidth: true; Layout.minimumWidth: 80; leftPadding: Theme.spacing }
    Title { visible: !root.compact; text: qsTr("Source"); Layout.preferredWidth: 50 }
    Title { objectName: "ageTitle"; visible: !root.compact; text: qsTr("Last update"); Layout.preferredWidth: 90 }
    Item { Layout.preferredWidth: 32 }
}
