"""The kiosk's own words (hints, buttons, panels), in the languages it knows; else English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "mapHint": {
        "en": "Tap a place on the map to learn more",
        "zh": "点击地图上的地点，了解更多",
    },
    "previous": {"en": "Previous slide", "zh": "上一页"},
    "next": {"en": "Next slide", "zh": "下一页"},
    "home": {"en": "Back to the start", "zh": "回到开头"},
    "chapters": {"en": "Chapters", "zh": "章节"},
    "overview": {"en": "All slides", "zh": "全部页面"},
    "language": {"en": "Language", "zh": "语言"},
    "close": {"en": "Close", "zh": "关闭"},
    "slides": {"en": "slides", "zh": "页"},
    "stillThere": {"en": "Still there?", "zh": "还在浏览吗？"},
    "touchToContinue": {"en": "Touch the screen to continue", "zh": "轻触屏幕继续浏览"},
    "restartingIn": {"en": "Starting over in", "zh": "即将从头开始："},
    "touchToExplore": {"en": "Touch to explore", "zh": "轻触屏幕，开始探索"},
    "tour": {"en": "The tour", "zh": "导览"},
    # Read out by screen readers only (the gallery's arrows, a video's replay button).
    "previousPicture": {"en": "Previous picture", "zh": "上一张图片"},
    "nextPicture": {"en": "Next picture", "zh": "下一张图片"},
    "playAgain": {"en": "Play the video again", "zh": "再次播放视频"},
}

# Each language's name in that language: what the language button offers.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "nl": "Nederlands",
    "pt": "Português",
    "ru": "Русский",
    "zh": "中文",
}


def ui_strings(language: str) -> dict[str, str]:
    """Every string in `language` (or its base language, "zh" for "zh-Hant"), else English."""
    base = language.split("-")[0]
    return {key: texts.get(language, texts.get(base, texts["en"]))
            for key, texts in STRINGS.items()}


def language_name(code: str) -> str:
    """`code`'s own name for itself ("中文" for zh), or the code in capitals when unknown."""
    return LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0]) or code.upper()
