## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ گفت‌وگوهای پناهندگان
sessions-menu =
    در گفت‌وگوهای پناهندگان («Flüchtlingsdialoge») با کارکنان شهرداری صحبت می‌کنید. مترجم‌ها ترجمه می‌کنند.
    برای چه زبانی به مترجم نیاز دارید؟
sessions-no-interpreter = نمایش همه جلسه‌ها
sessions-other-language = 🔎 زبان دیگر
session-list = { $count ->
    [0] فعلاً برای این انتخاب جلسه‌ای وجود ندارد. لطفاً زبان دیگری انتخاب کنید.
    [one] یک جلسه وجود دارد. روی آن بزنید.
   *[other] { $count } جلسه وجود دارد. روی یکی از آن‌ها بزنید.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    مترجم برای: { $interpreters }
    گرداننده جلسه: { $moderator }
    { $session_seats ->
        [0] همه جاها پر است.
        [one] هنوز یک جای خالی هست.
       *[other] هنوز { $session_seats } جای خالی هست.
    }
session-book = ✅ رزرو جا
session-result = { $outcome ->
    [booked] جای شما رزرو شد: { $session_topic }، { $when }. یک روز قبل به شما یادآوری می‌کنیم.
    [already] شما قبلاً برای این جلسه جا رزرو کرده‌اید.
    [full] متأسفانه همه جاها پر است. لطفاً جلسه دیگری انتخاب کنید.
    [past] زمان این جلسه گذشته است.
   *[unavailable] دیگر نمی‌توان برای این جلسه جا رزرو کرد.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ شما در این جلسه جا دارید.
session-cancel = ❌ لغو رزرو
session-cancelled = { $outcome ->
    [cancelled] رزرو شما لغو شد: { $session_topic }. ممنون که به ما خبر دادید.
   *[other] شما برای این جلسه جا نداشتید.
}
session-reminder =
    یادآوری: شما در گفت‌وگوی پناهندگان «{ $session_topic }» جا دارید.
    🕒 { $when }
    📍 { $place }
    اگر نمی‌توانید بیایید، لطفاً رزرو را لغو کنید: /my
session-called-off = متأسفانه گفت‌وگوی پناهندگان «{ $session_topic }» ({ $when }) برگزار نمی‌شود. به همین دلیل رزرو شما هم لغو شد.
