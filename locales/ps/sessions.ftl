## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ د کډوالو خبرې اترې
sessions-menu =
    د کډوالو په خبرو اترو («Flüchtlingsdialoge») کې تاسو د ښاروالۍ له کارکوونکو سره خبرې کوئ. ژباړونکي ژباړه کوي.
    تاسو د کومې ژبې لپاره ژباړونکي ته اړتیا لرئ؟
sessions-no-interpreter = ټولې نېټې وګورئ
sessions-other-language = 🔎 بله ژبه
session-list = { $count ->
    [0] اوس مهال د دې لپاره هېڅ نېټه نشته. مهرباني وکړئ بله ژبه وټاکئ.
    [one] یوه نېټه شته. پرې کېکاږئ.
   *[other] { $count } نېټې شته. په یوې یې کېکاږئ.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ژباړونکي د دې ژبو لپاره: { $interpreters }
    د غونډې چلوونکی: { $moderator }
    { $session_seats ->
        [0] ټول ځایونه ډک دي.
        [one] یو ځای لا خالي دی.
       *[other] { $session_seats } ځایونه لا خالي دي.
    }
session-book = ✅ ځای ونیسئ
session-result = { $outcome ->
    [booked] تاسو ځای لرئ: { $session_topic }، { $when }. موږ به یوه ورځ مخکې تاسو ته یادونه وکړو.
    [already] تاسو مخکې د دې نېټې لپاره ځای نیولی دی.
    [full] بښنه غواړو، ټول ځایونه ډک دي. مهرباني وکړئ بله نېټه وټاکئ.
    [past] دا نېټه تېره شوې ده.
   *[unavailable] د دې نېټې لپاره ځای نیول بند شوي دي.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ تاسو ځای لرئ.
session-cancel = ❌ خپل ځای لغوه کړئ
session-cancelled = { $outcome ->
    [cancelled] تاسو خپل ځای لغوه کړ: { $session_topic }. مننه چې موږ ته مو خبر راکړ.
   *[other] تاسو د دې نېټې لپاره ځای نه و نیولی.
}
session-reminder =
    یادونه: تاسو د کډوالو د خبرو اترو په غونډه «{ $session_topic }» کې ځای لرئ.
    🕒 { $when }
    📍 { $place }
    که نه شئ راتلای، مهرباني وکړئ خپل ځای لغوه کړئ: /my
session-called-off = بښنه غواړو، د کډوالو د خبرو اترو غونډه «{ $session_topic }» ({ $when }) نه جوړېږي. نو ستاسو ځای هم لغوه شو.
