## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Курсы и мероприятия
courses-menu = Что вы ищете?
courses-german = Курсы немецкого языка
courses-integration = Интеграционные курсы
courses-leisure = Спорт и культура
courses-all = Все предложения
course-level = Какой уровень языка вам нужен?
course-any-level = Любой уровень
course-district = В каком районе?
course-any-district = Любой район
course-other-filters = 🔎 Выбрать другое
course-list = { $count ->
    [0] Сейчас для этого нет открытых предложений. Пожалуйста, выберите другое.
    [one] Найдено { $count } подходящее предложение. Нажмите на него.
    [few] Найдено { $count } подходящих предложения. Нажмите на одно из них.
    [many] Найдено { $count } подходящих предложений. Нажмите на одно из них.
   *[other] Найдено { $count } подходящего предложения. Нажмите на одно из них.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Уровень: { $level }
    Язык занятий: { $languages }
    Присмотр за детьми: { $childcare ->
        [yes] да
       *[no] нет
    }
    { $seats ->
        [0] Все места заняты. Вы можете записаться в лист ожидания.
        [one] Осталось { $seats } свободное место.
        [few] Осталось { $seats } свободных места.
        [many] Осталось { $seats } свободных мест.
       *[other] Осталось { $seats } свободного места.
    }
course-sign-up = ✅ Записаться
course-result = { $outcome ->
    [confirmed] Вы записаны: { $course_title }. Организатор свяжется с вами.
    [waitlisted] Курс заполнен. Вы в листе ожидания под номером { $position }. Если освободится место, мы вам сообщим.
    [already] Вы уже записаны на этот курс.
    [not-yet] Запись на этот курс ещё не началась.
   *[unavailable] На этот курс больше нельзя записаться.
}
my-button = 📋 Мои записи и запросы
my-overview = { $count ->
    [0] У вас нет записей, бронирований или запросов.
    [one] У вас { $count } запись. Нажмите на неё, чтобы посмотреть или отменить её.
    [few] У вас { $count } записи. Нажмите на одну из них, чтобы посмотреть или отменить её.
    [many] У вас { $count } записей. Нажмите на одну из них, чтобы посмотреть или отменить её.
   *[other] У вас { $count } записи. Нажмите на одну из них, чтобы посмотреть или отменить её.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ У вас есть место.
       *[other] ⏳ Вы в листе ожидания под номером { $position }.
    }
course-cancel = ❌ Отменить запись
course-cancelled = { $outcome ->
    [cancelled] Вы отменили запись: { $course_title }.
   *[other] Вы не были записаны на этот курс.
}
course-promoted = Хорошая новость! Освободилось место. Теперь вы записаны: { $course_title }.
