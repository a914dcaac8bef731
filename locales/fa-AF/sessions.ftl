## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ گفتگوهای مهاجرین
sessions-menu =
    در گفتگوهای مهاجرین («Flüchtlingsdialoge») شما با کارمندان شاروالی صحبت می‌کنید. ترجمان‌ها ترجمه می‌کنند.
    برای کدام زبان به ترجمان ضرورت دارید؟
sessions-no-interpreter = نمایش همه جلسه‌ها
sessions-other-language = 🔎 زبان دیگر
session-list = { $count ->
    [0] فعلاً برای این انتخاب جلسه‌ای وجود ندارد. لطفاً زبان دیگری را انتخاب کنید.
    [one] یک جلسه وجود دارد. آن را فشار بدهید.
   *[other] { $count } جلسه وجود دارد. یکی از آن‌ها را فشار بدهید.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ترجمان برای: { $interpreters }
    گرداننده جلسه: { $moderator }
    { $session_seats ->
        [0] همه جاها پر است.
        [one] هنوز یک جای خالی است.
       *[other] هنوز { $session_seats } جای خالی است.
    }
session-book = ✅ ریزرف جای
session-result = { $outcome ->
    [booked] جای شما ریزرف شد: { $session_topic }، { $when }. یک روز پیش برای شما یادآوری می‌کنیم.
    [already] شما قبلاً برای این جلسه جای ریزرف کرده‌اید.
    [full] متأسفانه همه جاها پر است. لطفاً جلسه دیگری را انتخاب کنید.
    [past] وقت این جلسه گذشته است.
   *[unavailable] دیگر نمی‌شود برای این جلسه جای ریزرف کرد.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ شما در این جلسه جای دارید.
session-cancel = ❌ لغو ریزرف
session-cancelled = { $outcome ->
    [cancelled] ریزرف شما لغو شد: { $session_topic }. تشکر که برای ما خبر دادید.
   *[other] شما برای این جلسه جای نداشتید.
}
session-reminder =
    یادآوری: شما در گفتگوی مهاجرین «{ $session_topic }» جای دارید.
    🕒 { $when }
    📍 { $place }
    اگر آمده نمی‌توانید، لطفاً ریزرف را لغو کنید: /my
session-called-off = متأسفانه گفتگوی مهاجرین «{ $session_topic }» ({ $when }) برگزار نمی‌شود. به همین دلیل ریزرف شما هم لغو شد.
