import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Column titles of the price board; widths match PriceRow.
RowLayout {
    spacing: Theme.spacing
    component Title: Label {
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        textFormat: Text.PlainText
    }
    Title { text: qsTr("Symbol"); Layout.preferredWidth: 120 }
    Title { text: qsTr("VWAP price"); Layout.preferredWidth: 130; horizontalAlignment: Text.AlignRight }
    Title { text: qsTr("Since subscribe"); Layout.preferredWidth: 100; horizontalAlignment: Text.AlignRight }
    Title { text: qsTr("1 h"); Layout.preferredWidth: 100; horizontalAlignment: Text.AlignRight }
    Title { text: qsTr("Recent updates"); Layout.fillWidth: true; Layout.minimumWidth: 120; leftPadding: Theme.spacing }
    Title { text: qsTr("Source"); Layout.preferredWidth: 50 }
    Title { text: qsTr("Last update"); Layout.preferredWidth: 90 }
    Item { Layout.preferredWidth: 32 }
}
