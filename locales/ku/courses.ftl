## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Kurs û çalakî
courses-menu = Hûn li çi digerin?
courses-german = Kursên almanî
courses-integration = Kursên entegrasyonê
courses-leisure = Werziş û çand
courses-all = Hemû
course-level = Hûn li kîjan asta zimên digerin?
course-any-level = Her ast dibe
course-district = Li kîjan navçeyê?
course-any-district = Li her derê
course-other-filters = 🔎 Dîsa hilbijêrin
course-list = { $count ->
    [0] Niha ji bo vê tiştekî vekirî tune. Ji kerema xwe tiştekî din hilbijêrin.
    [one] Vebijarkek li gorî vê heye. Wê bitikînin.
   *[other] { $count } vebijark li gorî vê hene. Yekê bitikînin.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Ast: { $level }
    Zimanê dersê: { $languages }
    Lênêrîna zarokan: { $childcare ->
        [yes] heye
       *[no] tune
    }
    { $seats ->
        [0] Hemû cih tije ne. Hûn dikarin xwe li lîsteya bendewariyê binivîsin.
        [one] Cihekî vala maye.
       *[other] { $seats } cihên vala mane.
    }
course-sign-up = ✅ Xwe qeyd bikin
course-result = { $outcome ->
    [confirmed] Hûn hatin qeydkirin: { $course_title }. Saziya kursê dê bi we re têkilî dayne.
    [waitlisted] Kurs tije ye. Hûn li lîsteya bendewariyê ne. Rêza we: { $position }. Gava cihek vala bibe, em ê ji we re bibêjin.
    [already] Hûn ji bo vî kursî berê hatine qeydkirin.
    [not-yet] Qeydkirina ji bo vî kursî hîn dest pê nekiriye.
   *[unavailable] Êdî qeydkirin ji bo vî kursî ne mimkun e.
}
my-button = 📋 Qeyd û daxwazên min
my-overview = { $count ->
    [0] Ti qeyd, civîn an daxwazên we tune ne.
    [one] Tomarek we heye. Li ser bitikînin da ku hûn bibînin an betal bikin.
   *[other] { $count } tomarên we hene. Li yekê bitikînin da ku hûn bibînin an betal bikin.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ Cihekî we heye.
       *[other] ⏳ Hûn li lîsteya bendewariyê ne. Rêza we: { $position }.
    }
course-cancel = ❌ Qeydê betal bikin
course-cancelled = { $outcome ->
    [cancelled] We qeyda xwe betal kir: { $course_title }.
   *[other] Hûn ji bo vî kursî nehatibûn qeydkirin.
}
course-promoted = Mizgînî! Cihek vala bû. Niha hûn hatin qeydkirin: { $course_title }.
