## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Diyalogên penaberan
sessions-menu =
    Di diyalogên penaberan (“Flüchtlingsdialoge”) de hûn bi mirovên ji rêveberiya bajêr re diaxivin. Wergêr werdigerînin.
    Ji bo kîjan zimanî wergêrek ji we re lazim e?
sessions-no-interpreter = Hemû civînan nîşan bidin
sessions-other-language = 🔎 Zimanekî din
session-list = { $count ->
    [0] Niha ji bo vê ti civîn tune ne. Ji kerema xwe zimanekî din hilbijêrin.
    [one] Civînek heye. Wê bitikînin.
   *[other] { $count } civîn hene. Yekê bitikînin.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Wergêr ji bo: { $interpreters }
    Rêvebirin: { $moderator }
    { $session_seats ->
        [0] Hemû cih tije ne.
        [one] Cihekî vala maye.
       *[other] { $session_seats } cihên vala mane.
    }
session-book = ✅ Cih veqetînin
session-result = { $outcome ->
    [booked] Cihekî we heye: { $session_topic }, { $when }. Em ê rojek berê bînin bîra we.
    [already] Ji bo vê civînê berê cihekî we heye.
    [full] Mixabin, hemû cih tije ne. Ji kerema xwe civîneke din hilbijêrin.
    [past] Ev civîn êdî derbas bûye.
   *[unavailable] Êdî ne mimkun e ku hûn ji bo vê civînê cih veqetînin.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ Cihekî we heye.
session-cancel = ❌ Cihê xwe betal bikin
session-cancelled = { $outcome ->
    [cancelled] We cihê xwe betal kir: { $session_topic }. Spas ku we ji me re got.
   *[other] Ji bo vê civînê cihekî we tune bû.
}
session-reminder =
    Bîranîn: Li diyaloga penaberan “{ $session_topic }” cihekî we heye.
    🕒 { $when }
    📍 { $place }
    Eger hûn nikarin werin, ji kerema xwe betal bikin: /my
session-called-off = Mixabin, diyaloga penaberan “{ $session_topic }” ({ $when }) nayê lidarxistin. Bi vê yekê veqetandina we jî bi dawî bû.
