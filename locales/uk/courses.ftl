## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Курси та заходи
courses-menu = Що ви шукаєте?
courses-german = Курси німецької мови
courses-integration = Інтеграційні курси
courses-leisure = Спорт і культура
courses-all = Усі пропозиції
course-level = Який рівень мови вам потрібен?
course-any-level = Будь-який рівень
course-district = У якому районі?
course-any-district = Будь-який район
course-other-filters = 🔎 Обрати інше
course-list = { $count ->
    [0] Зараз для цього немає відкритих пропозицій. Будь ласка, оберіть інше.
    [one] Знайдено { $count } відповідну пропозицію. Натисніть на неї.
    [few] Знайдено { $count } відповідні пропозиції. Натисніть на одну з них.
    [many] Знайдено { $count } відповідних пропозицій. Натисніть на одну з них.
   *[other] Знайдено { $count } відповідної пропозиції. Натисніть на одну з них.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Рівень: { $level }
    Мова занять: { $languages }
    Догляд за дітьми: { $childcare ->
        [yes] так
       *[no] ні
    }
    { $seats ->
        [0] Усі місця зайняті. Ви можете записатися до списку очікування.
        [one] Залишилося { $seats } вільне місце.
        [few] Залишилося { $seats } вільні місця.
        [many] Залишилося { $seats } вільних місць.
       *[other] Залишилося { $seats } вільного місця.
    }
course-sign-up = ✅ Записатися
course-result = { $outcome ->
    [confirmed] Ви записані: { $course_title }. Організатор зв’яжеться з вами.
    [waitlisted] Курс заповнений. Ви в списку очікування під номером { $position }. Якщо звільниться місце, ми вам повідомимо.
    [already] Ви вже записані на цей курс.
    [not-yet] Запис на цей курс ще не почався.
   *[unavailable] На цей курс більше не можна записатися.
}
my-button = 📋 Мої записи та запити
my-overview = { $count ->
    [0] У вас немає записів, бронювань чи запитів.
    [one] У вас { $count } запис. Натисніть на нього, щоб переглянути або скасувати його.
    [few] У вас { $count } записи. Натисніть на один із них, щоб переглянути або скасувати його.
    [many] У вас { $count } записів. Натисніть на один із них, щоб переглянути або скасувати його.
   *[other] У вас { $count } запису. Натисніть на один із них, щоб переглянути або скасувати його.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ У вас є місце.
       *[other] ⏳ Ви в списку очікування під номером { $position }.
    }
course-cancel = ❌ Скасувати запис
course-cancelled = { $outcome ->
    [cancelled] Ви скасували запис: { $course_title }.
   *[other] Ви не були записані на цей курс.
}
course-promoted = Гарна новина! Звільнилося місце. Тепер ви записані: { $course_title }.
