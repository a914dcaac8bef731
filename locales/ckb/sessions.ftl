## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ دیالۆگی پەنابەران
sessions-menu =
    لە دیالۆگی پەنابەران («Flüchtlingsdialoge») لەگەڵ کەسانێک لە شارەوانی قسە دەکەن. وەرگێڕەکان قسەکان وەردەگێڕن.
    بۆ کام زمان پێویستتان بە وەرگێڕ هەیە؟
sessions-no-interpreter = پیشاندانی هەموو وادەکان
sessions-other-language = 🔎 زمانێکی تر
session-list = { $count ->
    [0] ئێستا هیچ وادەیەک بۆ ئەمە نییە. تکایە زمانێکی تر هەڵبژێرن.
    [one] یەک وادە هەیە. دایبگرن.
   *[other] { $count } وادە هەیە. یەکێکیان دابگرن.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    وەرگێڕ بۆ: { $interpreters }
    بەڕێوەبردنی گفتوگۆ: { $moderator }
    { $session_seats ->
        [0] هەموو شوێنەکان گیراون.
        [one] تەنها یەک شوێنی بەتاڵ ماوە.
       *[other] { $session_seats } شوێنی بەتاڵ ماوە.
    }
session-book = ✅ گرتنی شوێن
session-result = { $outcome ->
    [booked] شوێنتان هەیە: { $session_topic }، { $when }. ڕۆژێک پێشتر بیرتان دەخەینەوە.
    [already] پێشتر شوێنتان بۆ ئەم وادەیە گرتووە.
    [full] ببورن، هەموو شوێنەکان گیراون. تکایە وادەیەکی تر هەڵبژێرن.
    [past] ئەم وادەیە تێپەڕیوە.
   *[unavailable] ئیتر ناکرێت بۆ ئەم وادەیە شوێن بگیرێت.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ شوێنتان هەیە.
session-cancel = ❌ هەڵوەشاندنەوەی شوێن
session-cancelled = { $outcome ->
    [cancelled] شوێنەکەتان هەڵوەشاندەوە: { $session_topic }. سوپاس کە ئاگادارتان کردینەوە.
   *[other] بۆ ئەم وادەیە شوێنتان نەبوو.
}
session-reminder =
    بیرخستنەوە: لە دیالۆگی پەنابەران «{ $session_topic }» شوێنتان هەیە.
    🕒 { $when }
    📍 { $place }
    ئەگەر ناتوانن بێن، تکایە شوێنەکە هەڵبوەشێننەوە: /my
session-called-off = بە داخەوە دیالۆگی پەنابەران «{ $session_topic }» لە { $when } ناکرێت. بەمەش شوێنگرتنەکەتان کۆتایی هات.
