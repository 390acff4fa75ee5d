pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Kiosk

// A video from the pack, with its caption. It plays only while its slide is on screen: the
// player and its decoder exist only then, and are unloaded when the slide leaves. Until the
// first picture arrives, and wherever the video cannot be played, the poster shows; the
// reason is reported to the session (and logged there). A video that ends (loop: false)
// shows its poster again with a button to play it once more. Screenshots show the poster.
SlideBase {
    id: slide
    readonly property url source: value("source")
    readonly property bool loop: content.loop !== false
    readonly property bool muted: content.muted !== false
    readonly property real ratio: Number(value("ratio")) || 16 / 9
    // Why the video cannot be played: known before playing (the file's structure, from
    // Python) or learnt while trying (the player's error, no picture decoded).
    property string problem: ""
    readonly property string knownProblem: value("problem")
    readonly property bool playable: source.toString() !== "" && knownProblem === ""
                                     && problem === ""
    property bool ended: false          // played to the end (loop: false)
    property bool pictureShown: false   // the first frame has arrived
    property bool firstRunDone: false   // a looping video has started again at least once
    // Seconds without a picture after which a playing video counts as undecodable.
    readonly property int noPictureMs: 5000
    property int token: -1

    onActiveChanged: {
        if (!active) {
            ended = false
            pictureShown = false
            firstRunDone = false
        } else if (knownProblem !== "") {
            slide.videos?.failed(source.toString(), knownProblem)
        }
    }
    onVideosChanged: if (videos && token < 0) token = videos.register()
    Component.onDestruction: if (videos && token >= 0) videos.release(token)

    function fail(reason) {
        if (problem !== "")
            return
        problem = reason
        pictureShown = false
        if (videos)
            videos.failed(source.toString(), reason)
    }
    function reportPlaying(playing) {
        if (videos && token >= 0)
            videos.setPlaying(token, playing)
    }
    function replay() {
        ended = false
    }

    // Where the area's width limits the video (portrait screens), the video and its caption
    // sit together in the middle of the area; else the video takes the height.
    readonly property bool widthBound: areaWidth / ratio < areaHeight * 0.75

    ColumnLayout {
        x: slide.areaX
        y: slide.areaY
        width: slide.areaWidth
        height: slide.areaHeight
        spacing: Style.gap * 0.6

        Item { Layout.fillHeight: true; visible: slide.widthBound }
        // The video at its own proportions, as large as the area allows.
        Item {
            id: stageBox
            Layout.fillWidth: true
            Layout.fillHeight: !slide.widthBound
            Layout.preferredHeight: slide.widthBound ? slide.areaWidth / slide.ratio : -1

            Rectangle {
                id: screenBox
                objectName: "videoBox"
                readonly property bool takesTaps: replayButton.visible
                anchors.centerIn: parent
                width: Math.min(parent.width, parent.height * slide.ratio)
                height: width / slide.ratio
                color: Style.faint
                clip: true

                // No poster: a quiet play mark on the panel.
                Icon {
                    anchors.centerIn: parent
                    name: "play"
                    size: Math.min(parent.width, parent.height) * 0.18
                    color: Style.line
                    visible: !poster.visible || poster.failed
                }
                // The poster lies under the video, which covers it from its first picture
                // on (the box has the video's proportions). It shows before that, after the
                // end, and wherever the video cannot be played or drawn.
                Picture {
                    id: poster
                    objectName: "poster"
                    anchors.fill: parent
                    cover: true
                    source: slide.value("poster")
                    visible: source.toString() !== ""
                }
                Loader {
                    id: playerLoader
                    objectName: "videoLoader"
                    anchors.fill: parent
                    // Not in still pictures (kiosk screenshot): the poster stands in.
                    active: slide.active && slide.playable && !slide.ended && Style.animate
                    sourceComponent: playerComponent
                    onActiveChanged: if (!active) slide.reportPlaying(false)
                }
                IconButton {
                    id: replayButton
                    objectName: "replayButton"
                    readonly property bool takesTaps: true
                    anchors.centerIn: parent
                    icon: "play"
                    primary: true
                    accessibleName: Style.strings.playAgain ?? ""
                    visible: slide.ended
                    onActivated: slide.replay()
                }
            }
        }
        FitText {
            objectName: "caption"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: screenBox.width
            Layout.preferredHeight: Math.min(implicitHeight, slide.areaHeight * 0.2)
            text: slide.value("caption")
            maxSize: Style.subtitleSize * 0.9
            minSize: Style.smallSize * 0.8
            font.weight: Font.DemiBold
        }
        Item { Layout.fillHeight: true; visible: slide.widthBound }
    }

    Component {
        id: playerComponent
        Item {
            id: playerItem
            MediaPlayer {
                id: player
                objectName: "videoPlayer"
                source: slide.source
                loops: slide.loop ? MediaPlayer.Infinite : 1
                videoOutput: output
                property int lastPosition: 0
                // A decoded picture has reached the output (for Main.videoPlayers()).
                readonly property bool pictureShown: slide.pictureShown
                Component.onCompleted: {
                    // Sound only when asked for: a muted video never opens an audio device.
                    if (!slide.muted)
                        audioOutput = soundComponent.createObject(player)
                    play()
                }
                onErrorOccurred: function(error, errorString) {
                    slide.fail(errorString !== "" ? errorString : "the player reported error " + error)
                }
                onPlaybackStateChanged: {
                    slide.reportPlaying(player.playbackState === MediaPlayer.PlayingState
                                        && !slide.firstRunDone)
                }
                onMediaStatusChanged: {
                    if (player.mediaStatus !== MediaPlayer.EndOfMedia || slide.loop)
                        return
                    if (!slide.pictureShown) {
                        slide.fail("it ended without a picture decoded (a codec this machine "
                                   + "cannot decode, or damaged data)")
                    } else {
                        slide.ended = true             // the poster again, with "play again"
                        slide.pictureShown = false
                    }
                }
                onPositionChanged: {
                    // Back at the start: a looping video has played through once, and no
                    // longer keeps the kiosk from going idle.
                    if (player.position + 100 < lastPosition && !slide.firstRunDone) {
                        slide.firstRunDone = true
                        slide.reportPlaying(false)
                    }
                    lastPosition = player.position
                }
            }
            VideoOutput {
                id: output
                objectName: "videoOutput"
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectFit
            }
            Connections {
                target: output.videoSink
                enabled: !slide.pictureShown
                function onVideoFrameChanged() { slide.pictureShown = true }
            }
            // Playing, yet no picture: a codec this machine cannot decode (AV1 without a
            // graphics chip for it) or damaged data. The poster stays.
            Timer {
                interval: slide.noPictureMs
                running: player.playbackState === MediaPlayer.PlayingState && !slide.pictureShown
                onTriggered: slide.fail("no picture could be decoded in "
                                        + Math.round(slide.noPictureMs / 1000) + " seconds "
                                        + "(a codec this machine cannot decode, or damaged data)")
            }
            Component {
                id: soundComponent
                AudioOutput {}
            }
        }
    }
}
