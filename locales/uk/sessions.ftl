## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Діалоги для біженців
sessions-menu =
    Під час діалогів для біженців («Flüchtlingsdialoge») ви розмовляєте з працівниками міської адміністрації. Там є перекладачі.
    Для якої мови вам потрібен перекладач?
sessions-no-interpreter = Показати всі зустрічі
sessions-other-language = 🔎 Інша мова
session-list = { $count ->
    [0] Зараз для цього немає зустрічей. Будь ласка, оберіть іншу мову.
    [one] Є { $count } зустріч. Натисніть на неї.
    [few] Є { $count } зустрічі. Натисніть на одну з них.
    [many] Є { $count } зустрічей. Натисніть на одну з них.
   *[other] Є { $count } зустрічі. Натисніть на одну з них.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Перекладачі: { $interpreters }
    Модерація: { $moderator }
    { $session_seats ->
        [0] Усі місця зайняті.
        [one] Залишилося { $session_seats } вільне місце.
        [few] Залишилося { $session_seats } вільні місця.
        [many] Залишилося { $session_seats } вільних місць.
       *[other] Залишилося { $session_seats } вільного місця.
    }
session-book = ✅ Забронювати місце
session-result = { $outcome ->
    [booked] У вас є місце: { $session_topic }, { $when }. Ми нагадаємо вам за день до зустрічі.
    [already] У вас уже є місце на цю зустріч.
    [full] На жаль, усі місця зайняті. Будь ласка, оберіть іншу зустріч.
    [past] Ця зустріч уже минула.
   *[unavailable] На цю зустріч більше не можна забронювати місце.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ У вас є місце.
session-cancel = ❌ Скасувати бронювання
session-cancelled = { $outcome ->
    [cancelled] Ви скасували бронювання: { $session_topic }. Дякуємо, що повідомили.
   *[other] У вас не було місця на цю зустріч.
}
session-reminder =
    Нагадування: у вас є місце на діалозі для біженців «{ $session_topic }».
    🕒 { $when }
    📍 { $place }
    Якщо ви не можете прийти, будь ласка, скасуйте бронювання: /my
session-called-off = На жаль, діалог для біженців «{ $session_topic }» ({ $when }) не відбудеться. Ваше бронювання більше не діє.
