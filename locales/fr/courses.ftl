## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Cours et activités
courses-menu = Que cherchez-vous ?
courses-german = Cours d'allemand
courses-integration = Cours d'intégration
courses-leisure = Sport et culture
courses-all = Toutes les offres
course-level = Quel niveau de langue cherchez-vous ?
course-any-level = Tous les niveaux
course-district = Dans quel quartier ?
course-any-district = Peu importe où
course-other-filters = 🔎 Choisir autrement
course-list = { $count ->
    [0] Il n'y a pas d'offre ouverte pour cela en ce moment. Veuillez faire un autre choix.
    [one] Il y a une offre qui correspond. Appuyez dessus.
   *[other] Il y a { $count } offres qui correspondent. Appuyez sur l'une d'elles.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Niveau : { $level }
    Cours en : { $languages }
    Garde d'enfants : { $childcare ->
        [yes] oui
       *[no] non
    }
    { $seats ->
        [0] Toutes les places sont prises. Vous pouvez vous inscrire sur la liste d'attente.
        [one] Encore une place libre.
       *[other] Encore { $seats } places libres.
    }
course-sign-up = ✅ S'inscrire
course-result = { $outcome ->
    [confirmed] Votre inscription est enregistrée : { $course_title }. L'organisme vous contactera.
    [waitlisted] Le cours est complet. Vous êtes sur la liste d'attente, à la place numéro { $position }. Si une place se libère, nous vous le dirons.
    [already] Vous avez déjà une inscription pour ce cours.
    [not-yet] Les inscriptions pour ce cours n'ont pas encore commencé.
   *[unavailable] Il n'est plus possible de s'inscrire à ce cours.
}
my-button = 📋 Mes inscriptions et demandes
my-overview = { $count ->
    [0] Vous n'avez aucune inscription, réservation ou demande.
    [one] Vous avez une entrée. Appuyez dessus pour la voir ou l'annuler.
   *[other] Vous avez { $count } entrées. Appuyez sur l'une d'elles pour la voir ou l'annuler.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ Vous avez une place.
       *[other] ⏳ Vous êtes sur la liste d'attente, à la place numéro { $position }.
    }
course-cancel = ❌ Annuler
course-cancelled = { $outcome ->
    [cancelled] Vous avez annulé votre inscription : { $course_title }.
   *[other] Vous n'aviez pas d'inscription pour ce cours.
}
course-promoted = Bonne nouvelle ! Une place s'est libérée. Vous avez maintenant une place : { $course_title }.
