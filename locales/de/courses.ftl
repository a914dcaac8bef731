## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Kurse und Angebote
courses-menu = Welche Angebote suchen Sie?
courses-german = Deutschkurse
courses-integration = Integrationskurse
courses-leisure = Sport und Kultur
courses-all = Alle Angebote
course-level = Welches Sprachniveau suchen Sie?
course-any-level = Egal welches Niveau
course-district = In welchem Stadtbezirk?
course-any-district = Egal wo
course-other-filters = 🔎 Andere Auswahl
course-list = { $count ->
    [0] Dazu gibt es gerade keine offenen Angebote. Bitte wählen Sie anders.
    [one] Es gibt ein passendes Angebot. Tippen Sie darauf.
   *[other] Es gibt { $count } passende Angebote. Tippen Sie auf eines.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Niveau: { $level }
    Unterricht auf: { $languages }
    Kinderbetreuung: { $childcare ->
        [yes] ja
       *[no] nein
    }
    { $seats ->
        [0] Alle Plätze sind belegt. Sie können auf die Warteliste.
        [one] Noch ein Platz frei.
       *[other] Noch { $seats } Plätze frei.
    }
course-sign-up = ✅ Anmelden
course-result = { $outcome ->
    [confirmed] Sie sind angemeldet: { $course_title }. Der Anbieter meldet sich bei Ihnen.
    [waitlisted] Der Kurs ist voll. Sie stehen auf der Warteliste, auf Platz { $position }. Wird ein Platz frei, sagen wir Ihnen Bescheid.
    [already] Sie sind für diesen Kurs schon angemeldet.
    [not-yet] Die Anmeldung für diesen Kurs hat noch nicht begonnen.
   *[unavailable] Für diesen Kurs kann man sich nicht mehr anmelden.
}
my-button = 📋 Meine Anmeldungen und Bitten
my-overview = { $count ->
    [0] Sie haben keine Anmeldungen, Termine oder Bitten.
    [one] Sie haben einen Eintrag. Tippen Sie darauf, um ihn anzusehen oder abzusagen.
   *[other] Sie haben { $count } Einträge. Tippen Sie auf einen, um ihn anzusehen oder abzusagen.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ Sie haben einen Platz.
       *[other] ⏳ Sie stehen auf der Warteliste, auf Platz { $position }.
    }
course-cancel = ❌ Absagen
course-cancelled = { $outcome ->
    [cancelled] Sie haben abgesagt: { $course_title }.
   *[other] Sie waren für diesen Kurs nicht angemeldet.
}
course-promoted = Gute Nachricht! Ein Platz ist frei geworden. Sie sind jetzt angemeldet: { $course_title }.
