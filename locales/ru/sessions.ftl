## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Диалоги для беженцев
sessions-menu =
    На диалогах для беженцев («Flüchtlingsdialoge») вы разговариваете с сотрудниками городской администрации. Там есть переводчики.
    Для какого языка вам нужен переводчик?
sessions-no-interpreter = Показать все встречи
sessions-other-language = 🔎 Другой язык
session-list = { $count ->
    [0] Сейчас для этого нет встреч. Пожалуйста, выберите другой язык.
    [one] Есть { $count } встреча. Нажмите на неё.
    [few] Есть { $count } встречи. Нажмите на одну из них.
    [many] Есть { $count } встреч. Нажмите на одну из них.
   *[other] Есть { $count } встречи. Нажмите на одну из них.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Переводчики: { $interpreters }
    Модерация: { $moderator }
    { $session_seats ->
        [0] Все места заняты.
        [one] Осталось { $session_seats } свободное место.
        [few] Осталось { $session_seats } свободных места.
        [many] Осталось { $session_seats } свободных мест.
       *[other] Осталось { $session_seats } свободного места.
    }
session-book = ✅ Забронировать место
session-result = { $outcome ->
    [booked] У вас есть место: { $session_topic }, { $when }. Мы напомним вам за день до встречи.
    [already] У вас уже есть место на эту встречу.
    [full] К сожалению, все места заняты. Пожалуйста, выберите другую встречу.
    [past] Эта встреча уже прошла.
   *[unavailable] На эту встречу больше нельзя забронировать место.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ У вас есть место.
session-cancel = ❌ Отменить бронирование
session-cancelled = { $outcome ->
    [cancelled] Вы отменили бронирование: { $session_topic }. Спасибо, что сообщили.
   *[other] У вас не было места на эту встречу.
}
session-reminder =
    Напоминание: у вас есть место на диалоге для беженцев «{ $session_topic }».
    🕒 { $when }
    📍 { $place }
    Если вы не можете прийти, пожалуйста, отмените бронирование: /my
session-called-off = К сожалению, диалог для беженцев «{ $session_topic }» ({ $when }) не состоится. Ваше бронирование больше не действует.
