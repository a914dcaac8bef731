## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Koorsooyin iyo barnaamijyo
courses-menu = Maxaad raadinaysaa?
courses-german = Koorsooyinka af-Jarmalka
courses-integration = Koorsooyinka isdhexgalka
courses-leisure = Ciyaaro iyo dhaqan
courses-all = Dhammaan barnaamijyada
course-level = Luqadda heerkee ayaad raadinaysaa?
course-any-level = Heer kasta
course-district = Degmadee magaalada?
course-any-district = Meel kasta
course-other-filters = 🔎 Mar kale dooro
course-list = { $count ->
    [0] Hadda ma jiraan barnaamijyo furan oo tan ku habboon. Fadlan si kale u dooro.
    [one] Waxaa jira hal barnaamij oo ku habboon. Riix.
   *[other] Waxaa jira { $count } barnaamij oo ku habboon. Riix mid.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Heerka: { $level }
    Luqadda waxbarashada: { $languages }
    Xannaanada carruurta: { $childcare ->
        [yes] haa
       *[no] maya
    }
    { $seats ->
        [0] Dhammaan boosaska waa la buuxiyay. Waxaad geli kartaa liiska sugitaanka.
        [one] Weli hal boos ayaa bannaan.
       *[other] Weli { $seats } boos ayaa bannaan.
    }
course-sign-up = ✅ Is-diiwaangeli
course-result = { $outcome ->
    [confirmed] Waad is-diiwaangelisay: { $course_title }. Hay'adda koorsada bixisa ayaa kula soo xiriiri doonta.
    [waitlisted] Koorsadu way buuxdaa. Waxaad ku jirtaa liiska sugitaanka. Lambarkaagu waa { $position }. Haddii boos bannaanaado, waan kuu sheegi doonnaa.
    [already] Horay ayaad koorsadan isugu diiwaangelisay.
    [not-yet] Diiwaangelinta koorsadan weli ma bilaabmin.
   *[unavailable] Diiwaangelinta koorsadan waa la xiray.
}
my-button = 📋 Diiwaangelinta iyo codsiyada
my-overview = { $count ->
    [0] Ma lihid wax diiwaangelin, kulan ama codsi ah.
    [one] Waxaad leedahay hal shay. Riix si aad u aragto ama uga noqoto.
   *[other] Waxaad leedahay { $count } shay. Riix mid si aad u aragto ama uga noqoto.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ Boos ayaad haysataa.
       *[other] ⏳ Waxaad ku jirtaa liiska sugitaanka. Lambarkaagu waa { $position }.
    }
course-cancel = ❌ Ka noqo
course-cancelled = { $outcome ->
    [cancelled] Waad ka noqotay: { $course_title }.
   *[other] Koorsadan kuma aadan diiwaangashanayn.
}
course-promoted = War wanaagsan! Boos ayaa bannaanaaday. Hadda waad diiwaangashan tahay: { $course_title }.
