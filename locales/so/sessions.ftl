## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Wadahadallada qaxootiga
sessions-menu =
    Wadahadallada qaxootiga (“Flüchtlingsdialoge”) waxaad kula hadashaa dad ka shaqeeya maamulka magaalada. Turjubaanno ayaa turjuma.
    Luqaddee ayaad turjubaan ugu baahan tahay?
sessions-no-interpreter = Tus dhammaan kulamada
sessions-other-language = 🔎 Luqad kale
session-list = { $count ->
    [0] Hadda ma jiraan kulamo tan ku habboon. Fadlan dooro luqad kale.
    [one] Waxaa jira hal kulan. Riix.
   *[other] Waxaa jira { $count } kulan. Riix mid.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Turjubaanno ku hadla: { $interpreters }
    Maamulaha kulanka: { $moderator }
    { $session_seats ->
        [0] Dhammaan boosaska waa la buuxiyay.
        [one] Weli hal boos ayaa bannaan.
       *[other] Weli { $session_seats } boos ayaa bannaan.
    }
session-book = ✅ Boos qabso
session-result = { $outcome ->
    [booked] Boos ayaad haysataa: { $session_topic }, { $when }. Maalin ka hor ayaan ku xusuusin doonnaa.
    [already] Kulankan boos ayaad horay ugu haysataa.
    [full] Waan ka xumahay, dhammaan boosaska waa la buuxiyay. Fadlan dooro kulan kale.
    [past] Kulankani horay ayuu u dhammaaday.
   *[unavailable] Kulankan mar dambe boos looma qabsan karo.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ Boos ayaad haysataa.
session-cancel = ❌ Ka noqo booska
session-cancelled = { $outcome ->
    [cancelled] Waad ka noqotay: { $session_topic }. Waad ku mahadsan tahay inaad noo sheegtay.
   *[other] Kulankan boos uma lahayn.
}
session-reminder =
    Xusuusin: Boos ayaad ku leedahay wadahadalka qaxootiga “{ $session_topic }”.
    🕒 { $when }
    📍 { $place }
    Haddii aadan iman karin, fadlan ka noqo: /my
session-called-off = Waan ka xumahay, wadahadalka qaxootiga “{ $session_topic }” ee { $when } ma dhici doono. Sidaas darteed boos-qabsashadaadu way dhammaatay.
