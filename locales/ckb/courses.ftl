## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 خول و چالاکی
courses-menu = بەدوای چیدا دەگەڕێن؟
courses-german = خولی زمانی ئەڵمانی
courses-integration = خولی ئینتیگراسیۆن
courses-leisure = وەرزش و کولتوور
courses-all = هەموو بژاردەکان
course-level = بەدوای کام ئاستی زماندا دەگەڕێن؟
course-any-level = هەر ئاستێک بێت
course-district = لە کام ناوچەی شاردا؟
course-any-district = هەر شوێنێک بێت
course-other-filters = 🔎 هەڵبژاردنێکی تر
course-list = { $count ->
    [0] ئێستا هیچ بژاردەیەکی کراوە بۆ ئەمە نییە. تکایە شتێکی تر هەڵبژێرن.
    [one] یەک بژاردەی گونجاو هەیە. دایبگرن.
   *[other] { $count } بژاردەی گونجاو هەیە. یەکێکیان دابگرن.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    ئاست: { $level }
    زمانی وانەوتنەوە: { $languages }
    چاودێریی منداڵ: { $childcare ->
        [yes] بەڵێ
       *[no] نەخێر
    }
    { $seats ->
        [0] هەموو شوێنەکان گیراون. دەتوانن بچنە سەر لیستی چاوەڕوانی.
        [one] تەنها یەک شوێنی بەتاڵ ماوە.
       *[other] { $seats } شوێنی بەتاڵ ماوە.
    }
course-sign-up = ✅ ناونووسین
course-result = { $outcome ->
    [confirmed] ناوتان نووسرا: { $course_title }. ڕێکخەری خولەکە پەیوەندیتان پێوە دەکات.
    [waitlisted] خولەکە پڕە. ئێوە لەسەر لیستی چاوەڕوانین. ژمارەی ڕیزتان: { $position }. ئەگەر شوێنێک بەتاڵ بوو، پێتان دەڵێین.
    [already] پێشتر ناوتان بۆ ئەم خولە نووسیوە.
    [not-yet] ناونووسین بۆ ئەم خولە هێشتا دەستی پێنەکردووە.
   *[unavailable] ناونووسین بۆ ئەم خولە داخراوە.
}
my-button = 📋 ناونووسین و داواکارییەکانم
my-overview = { $count ->
    [0] هیچ ناونووسین، وادە یان داواکارییەکتان نییە.
    [one] یەک بڕگەتان هەیە. دایبگرن بۆ بینین یان هەڵوەشاندنەوە.
   *[other] { $count } بڕگەتان هەیە. یەکێکیان دابگرن بۆ بینین یان هەڵوەشاندنەوە.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ شوێنتان هەیە.
       *[other] ⏳ لەسەر لیستی چاوەڕوانین. ژمارەی ڕیزتان: { $position }.
    }
course-cancel = ❌ هەڵوەشاندنەوەی ناونووسین
course-cancelled = { $outcome ->
    [cancelled] ناونووسینەکەتان هەڵوەشایەوە: { $course_title }.
   *[other] ناوتان بۆ ئەم خولە نەنووسرابوو.
}
course-promoted = هەواڵێکی خۆش! شوێنێک بەتاڵ بووەوە. ئێستا ناوتان نووسراوە: { $course_title }.
