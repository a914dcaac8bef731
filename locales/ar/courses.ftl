## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 دورات وأنشطة
courses-menu = عن ماذا تبحثون؟
courses-german = دورات اللغة الألمانية
courses-integration = دورات الاندماج
courses-leisure = رياضة وثقافة
courses-all = كل العروض
course-level = ما مستوى اللغة الذي تبحثون عنه؟
course-any-level = أي مستوى
course-district = في أي منطقة من المدينة؟
course-any-district = أي مكان
course-other-filters = 🔎 اختيار آخر
course-list = { $count ->
    [0] لا توجد عروض متاحة لهذا الآن. يُرجى اختيار شيء آخر.
    [zero] لا توجد عروض متاحة لهذا الآن. يُرجى اختيار شيء آخر.
    [one] يوجد عرض واحد مناسب. اضغطوا عليه.
    [two] يوجد عرضان مناسبان. اضغطوا على أحدهما.
    [few] توجد { $count } عروض مناسبة. اضغطوا على أحدها.
    [many] يوجد { $count } عرضًا مناسبًا. اضغطوا على أحدها.
   *[other] يوجد { $count } عرض مناسب. اضغطوا على أحدها.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    المستوى: { $level }
    لغة التدريس: { $languages }
    رعاية الأطفال: { $childcare ->
        [yes] نعم
       *[no] لا
    }
    { $seats ->
        [0] كل الأماكن محجوزة. يمكنكم التسجيل في قائمة الانتظار.
        [zero] كل الأماكن محجوزة. يمكنكم التسجيل في قائمة الانتظار.
        [one] بقي مكان واحد شاغر.
        [two] بقي مكانان شاغران.
        [few] بقيت { $seats } أماكن شاغرة.
        [many] بقي { $seats } مكانًا شاغرًا.
       *[other] بقي { $seats } مكان شاغر.
    }
course-sign-up = ✅ التسجيل
course-result = { $outcome ->
    [confirmed] تم تسجيلكم في: { $course_title }. ستتواصل معكم الجهة المقدِّمة للدورة.
    [waitlisted] الدورة ممتلئة. أنتم على قائمة الانتظار. ترتيبكم في القائمة: { $position }. إذا أصبح هناك مكان شاغر، سنخبركم.
    [already] أنتم مسجَّلون في هذه الدورة من قبل.
    [not-yet] التسجيل في هذه الدورة لم يبدأ بعد.
   *[unavailable] لم يعد التسجيل في هذه الدورة ممكنًا.
}
my-button = 📋 تسجيلاتي وطلباتي
my-overview = { $count ->
    [0] ليس لديكم أي تسجيل أو حجز أو طلب.
    [zero] ليس لديكم أي تسجيل أو حجز أو طلب.
    [one] لديكم عنصر واحد. اضغطوا عليه لرؤيته أو لإلغائه.
    [two] لديكم عنصران. اضغطوا على أحدهما لرؤيته أو لإلغائه.
    [few] لديكم { $count } عناصر. اضغطوا على أحدها لرؤيته أو لإلغائه.
    [many] لديكم { $count } عنصرًا. اضغطوا على أحدها لرؤيته أو لإلغائه.
   *[other] لديكم { $count } عنصر. اضغطوا على أحدها لرؤيته أو لإلغائه.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ لديكم مكان في الدورة.
       *[other] ⏳ أنتم على قائمة الانتظار. ترتيبكم في القائمة: { $position }.
    }
course-cancel = ❌ إلغاء التسجيل
course-cancelled = { $outcome ->
    [cancelled] ألغيتم تسجيلكم في: { $course_title }.
   *[other] لم تكونوا مسجَّلين في هذه الدورة.
}
course-promoted = خبر جيد! أصبح هناك مكان شاغر. أنتم الآن مسجَّلون في: { $course_title }.
