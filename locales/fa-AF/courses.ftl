## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 کورس‌ها و برنامه‌ها
courses-menu = دنبال کدام برنامه‌ها هستید؟
courses-german = کورس‌های زبان آلمانی
courses-integration = کورس‌های ادغام
courses-leisure = ورزش و فرهنگ
courses-all = همه برنامه‌ها
course-level = دنبال کدام سطح زبان هستید؟
course-any-level = هر سطح
course-district = در کدام ناحیه شهر؟
course-any-district = فرق نمی‌کند کجا
course-other-filters = 🔎 انتخاب دوباره
course-list = { $count ->
    [0] فعلاً برای این انتخاب برنامه‌ای با ثبت نام باز وجود ندارد. لطفاً چیز دیگری انتخاب کنید.
    [one] یک برنامه مناسب وجود دارد. آن را فشار بدهید.
   *[other] { $count } برنامه مناسب وجود دارد. یکی از آن‌ها را فشار بدهید.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    سطح: { $level }
    زبان تدریس: { $languages }
    نگهداری اطفال: { $childcare ->
        [yes] بلی
       *[no] نخیر
    }
    { $seats ->
        [0] همه جاها پر است. می‌توانید در لست انتظار شامل شوید.
        [one] هنوز یک جای خالی است.
       *[other] هنوز { $seats } جای خالی است.
    }
course-sign-up = ✅ ثبت نام
course-result = { $outcome ->
    [confirmed] شما ثبت نام شدید: { $course_title }. برگزارکننده با شما به تماس می‌شود.
    [waitlisted] این کورس پر است. شما در لست انتظار نفر { $position } هستید. اگر یک جای خالی شود، برای شما خبر می‌دهیم.
    [already] شما قبلاً در این کورس ثبت نام کرده‌اید.
    [not-yet] ثبت نام برای این کورس هنوز شروع نشده است.
   *[unavailable] دیگر نمی‌شود در این کورس ثبت نام کرد.
}
my-button = 📋 ثبت نام‌ها و درخواست‌های من
my-overview = { $count ->
    [0] شما هیچ ثبت نام، ریزرف یا درخواستی ندارید.
    [one] شما یک مورد دارید. برای دیدن یا لغو آن، آن را فشار بدهید.
   *[other] شما { $count } مورد دارید. برای دیدن یا لغو، یکی از آن‌ها را فشار بدهید.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ شما در این کورس جای دارید.
       *[other] ⏳ شما در لست انتظار نفر { $position } هستید.
    }
course-cancel = ❌ لغو ثبت نام
course-cancelled = { $outcome ->
    [cancelled] ثبت نام شما لغو شد: { $course_title }.
   *[other] شما در این کورس ثبت نام نکرده بودید.
}
course-promoted = خبر خوش! یک جای خالی شد. حالا شما ثبت نام شده‌اید: { $course_title }.
