import QtQuick
import QtQuick.Shapes
import Kiosk

// A line icon drawn from a path on a 24 x 24 grid, so it needs no font and no picture file.
Item {
    id: icon
    property string name: ""
    property color color: Style.foreground
    property real size: 24
    implicitWidth: size
    implicitHeight: size

    readonly property var paths: ({
        "previous": "M15 5 L8 12 L15 19",
        "next": "M9 5 L16 12 L9 19",
        "home": "M4 11.5 L12 4.5 L20 11.5 M6.5 9.5 L6.5 19.5 L17.5 19.5 L17.5 9.5",
        "chapters": "M9 6.5 L20 6.5 M9 12 L20 12 M9 17.5 L20 17.5 M4.5 6.5 L5 6.5 M4.5 12 L5 12 M4.5 17.5 L5 17.5",
        "overview": "M4.5 4.5 L10 4.5 L10 10 L4.5 10 Z M14 4.5 L19.5 4.5 L19.5 10 L14 10 Z M4.5 14 L10 14 L10 19.5 L4.5 19.5 Z M14 14 L19.5 14 L19.5 19.5 L14 19.5 Z",
        "language": "M12 3 A9 9 0 1 0 12.01 3 Z M3.5 12 L20.5 12 M12 3 C7.5 7.5 7.5 16.5 12 21 M12 3 C16.5 7.5 16.5 16.5 12 21",
        "close": "M6 6 L18 18 M18 6 L6 18",
        "play": "M8 5 L19 12 L8 19 Z",
        "pause": "M8.5 5 L8.5 19 M15.5 5 L15.5 19",
        "back": "M19 12 L5 12 M11 6 L5 12 L11 18",
        "folder": "M3.5 6.5 L9.5 6.5 L11.5 8.5 L20.5 8.5 L20.5 18.5 L3.5 18.5 Z",
        "reload": "M19 12 A7 7 0 1 1 16.5 6.6 M19.5 4 L19.5 8.5 L15 8.5",
        "quit": "M14 5 L19 5 L19 19 L14 19 M10 8 L6 12 L10 16 M6 12 L15 12"
    })

    Shape {
        width: 24
        height: 24
        scale: icon.size / 24
        transformOrigin: Item.TopLeft
        antialiasing: true
        ShapePath {
            strokeColor: icon.color
            strokeWidth: 2
            fillColor: icon.name === "play" ? icon.color : "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] ?? "" }
        }
    }
}
