## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 کلاس‌ها و برنامه‌ها
courses-menu = دنبال چه برنامه‌ای هستید؟
courses-german = کلاس‌های زبان آلمانی
courses-integration = دوره‌های ادغام
courses-leisure = ورزش و فرهنگ
courses-all = همه برنامه‌ها
course-level = دنبال چه سطح زبانی هستید؟
course-any-level = هر سطحی
course-district = در کدام منطقه شهر؟
course-any-district = فرقی نمی‌کند کجا
course-other-filters = 🔎 انتخاب دوباره
course-list = { $count ->
    [0] فعلاً برای این انتخاب برنامه‌ای با ثبت‌نام باز وجود ندارد. لطفاً انتخاب دیگری کنید.
    [one] یک برنامه مناسب وجود دارد. روی آن بزنید.
   *[other] { $count } برنامه مناسب وجود دارد. روی یکی از آن‌ها بزنید.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    سطح: { $level }
    زبان تدریس: { $languages }
    نگهداری از کودک: { $childcare ->
        [yes] بله
       *[no] خیر
    }
    { $seats ->
        [0] همه جاها پر است. می‌توانید در فهرست انتظار قرار بگیرید.
        [one] هنوز یک جای خالی هست.
       *[other] هنوز { $seats } جای خالی هست.
    }
course-sign-up = ✅ ثبت‌نام
course-result = { $outcome ->
    [confirmed] ثبت‌نام شما انجام شد: { $course_title }. برگزارکننده با شما تماس می‌گیرد.
    [waitlisted] این کلاس پر است. شما در فهرست انتظار نفر { $position } هستید. اگر جایی خالی شود، به شما خبر می‌دهیم.
    [already] شما قبلاً در این کلاس ثبت‌نام کرده‌اید.
    [not-yet] ثبت‌نام این کلاس هنوز شروع نشده است.
   *[unavailable] دیگر نمی‌توان در این کلاس ثبت‌نام کرد.
}
my-button = 📋 ثبت‌نام‌ها و درخواست‌های من
my-overview = { $count ->
    [0] شما هیچ ثبت‌نام، رزرو یا درخواستی ندارید.
    [one] شما یک مورد دارید. برای دیدن یا لغو آن، روی آن بزنید.
   *[other] شما { $count } مورد دارید. برای دیدن یا لغو، روی یکی از آن‌ها بزنید.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ شما در این کلاس جا دارید.
       *[other] ⏳ شما در فهرست انتظار نفر { $position } هستید.
    }
course-cancel = ❌ لغو ثبت‌نام
course-cancelled = { $outcome ->
    [cancelled] ثبت‌نام شما لغو شد: { $course_title }.
   *[other] شما در این کلاس ثبت‌نام نکرده بودید.
}
course-promoted = خبر خوب! یک جا خالی شد. حالا ثبت‌نام شما انجام شده است: { $course_title }.
