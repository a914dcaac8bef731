## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 کورسونه او پروګرامونه
courses-menu = تاسو کوم پروګرامونه لټوئ؟
courses-german = د جرمني ژبې کورسونه
courses-integration = د ادغام کورسونه
courses-leisure = سپورت او کلتور
courses-all = ټول پروګرامونه
course-level = تاسو د ژبې کومه کچه لټوئ؟
course-any-level = هره کچه
course-district = د ښار په کومه سیمه کې؟
course-any-district = هر ځای
course-other-filters = 🔎 بیا وټاکئ
course-list = { $count ->
    [0] اوس مهال د دې لپاره هېڅ خلاص پروګرام نشته. مهرباني وکړئ بل څه وټاکئ.
    [one] یو مناسب پروګرام شته. پرې کېکاږئ.
   *[other] { $count } مناسب پروګرامونه شته. په یوه یې کېکاږئ.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    کچه: { $level }
    د تدریس ژبه: { $languages }
    د ماشومانو ساتنه: { $childcare ->
        [yes] هو
       *[no] نه
    }
    { $seats ->
        [0] ټول ځایونه ډک دي. تاسو کولای شئ خپل نوم د انتظار په لیست کې ولیکئ.
        [one] یو ځای لا خالي دی.
       *[other] { $seats } ځایونه لا خالي دي.
    }
course-sign-up = ✅ نوم ولیکئ
course-result = { $outcome ->
    [confirmed] ستاسو نوم ولیکل شو: { $course_title }. د کورس اداره به له تاسو سره اړیکه ونیسي.
    [waitlisted] کورس ډک دی. تاسو د انتظار په لیست کې یاست. ستاسو نمبر { $position } دی. که یو ځای خالي شو، موږ به تاسو ته خبر درکړو.
    [already] تاسو مخکې د دې کورس لپاره نوم لیکلی دی.
    [not-yet] د دې کورس نوم لیکنه لا نه ده پیل شوې.
   *[unavailable] د دې کورس نوم لیکنه بنده شوې ده.
}
my-button = 📋 زما نوم لیکنې او غوښتنې
my-overview = { $count ->
    [0] تاسو هېڅ نوم لیکنه، نیول شوی ځای یا غوښتنه نه لرئ.
    [one] ستاسو په لیست کې یو شی دی. پرې کېکاږئ چې ویې وینئ یا یې لغوه کړئ.
   *[other] ستاسو په لیست کې { $count } شیان دي. په یوه یې کېکاږئ چې ویې وینئ یا یې لغوه کړئ.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ تاسو ځای لرئ.
       *[other] ⏳ تاسو د انتظار په لیست کې یاست. ستاسو نمبر { $position } دی.
    }
course-cancel = ❌ لغوه کړئ
course-cancelled = { $outcome ->
    [cancelled] تاسو خپله نوم لیکنه لغوه کړه: { $course_title }.
   *[other] تاسو د دې کورس لپاره نوم نه و لیکلی.
}
course-promoted = ښه خبر! یو ځای خالي شو. اوس ستاسو نوم لیکل شوی دی: { $course_title }.
