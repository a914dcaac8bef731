## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ حوارات اللاجئين
sessions-menu =
    في حوارات اللاجئين («Flüchtlingsdialoge») تتحدثون مع أشخاص من إدارة المدينة. يوجد مترجمون يترجمون الحديث.
    لأي لغة تحتاجون إلى مترجم؟
sessions-no-interpreter = عرض كل المواعيد
sessions-other-language = 🔎 لغة أخرى
session-list = { $count ->
    [0] لا توجد مواعيد لهذا الآن. يُرجى اختيار لغة أخرى.
    [zero] لا توجد مواعيد لهذا الآن. يُرجى اختيار لغة أخرى.
    [one] يوجد موعد واحد. اضغطوا عليه.
    [two] يوجد موعدان. اضغطوا على أحدهما.
    [few] توجد { $count } مواعيد. اضغطوا على أحدها.
    [many] يوجد { $count } موعدًا. اضغطوا على أحدها.
   *[other] يوجد { $count } موعد. اضغطوا على أحدها.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    مترجمون للغات: { $interpreters }
    إدارة الحوار: { $moderator }
    { $session_seats ->
        [0] كل الأماكن محجوزة.
        [zero] كل الأماكن محجوزة.
        [one] بقي مكان واحد شاغر.
        [two] بقي مكانان شاغران.
        [few] بقيت { $session_seats } أماكن شاغرة.
        [many] بقي { $session_seats } مكانًا شاغرًا.
       *[other] بقي { $session_seats } مكان شاغر.
    }
session-book = ✅ حجز مكان
session-result = { $outcome ->
    [booked] لديكم مكان: { $session_topic }، { $when }. سنذكّركم قبل الموعد بيوم.
    [already] لديكم مكان في هذا الموعد من قبل.
    [full] للأسف، كل الأماكن محجوزة. يُرجى اختيار موعد آخر.
    [past] هذا الموعد انتهى.
   *[unavailable] لم يعد الحجز لهذا الموعد ممكنًا.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ لديكم مكان.
session-cancel = ❌ إلغاء الحجز
session-cancelled = { $outcome ->
    [cancelled] ألغيتم حجزكم: { $session_topic }. شكرًا لأنكم أخبرتمونا.
   *[other] لم يكن لديكم مكان في هذا الموعد.
}
session-reminder =
    تذكير: لديكم مكان في حوار اللاجئين «{ $session_topic }».
    🕒 { $when }
    📍 { $place }
    إذا لم تستطيعوا الحضور، يُرجى إلغاء الحجز: /my
session-called-off = للأسف، حوار اللاجئين «{ $session_topic }» في { $when } لن يُعقد. وبذلك انتهى حجزكم.
