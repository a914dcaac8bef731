## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Dialogues des réfugiés
sessions-menu =
    Aux dialogues des réfugiés (« Flüchtlingsdialoge »), vous parlez avec des personnes de l'administration de la ville. Des interprètes traduisent.
    Pour quelle langue avez-vous besoin d'un interprète ?
sessions-no-interpreter = Voir toutes les séances
sessions-other-language = 🔎 Autre langue
session-list = { $count ->
    [0] Il n'y a pas de séance pour cela en ce moment. Veuillez choisir une autre langue.
    [one] Il y a une séance. Appuyez dessus.
   *[other] Il y a { $count } séances. Appuyez sur l'une d'elles.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Interprètes pour : { $interpreters }
    Animation : { $moderator }
    { $session_seats ->
        [0] Toutes les places sont prises.
        [one] Encore une place libre.
       *[other] Encore { $session_seats } places libres.
    }
session-book = ✅ Réserver une place
session-result = { $outcome ->
    [booked] Vous avez une place : { $session_topic }, { $when }. Nous vous enverrons un rappel la veille.
    [already] Vous avez déjà une place pour cette séance.
    [full] Désolé, toutes les places sont prises. Veuillez choisir une autre séance.
    [past] Cette séance est déjà passée.
   *[unavailable] Il n'est plus possible de réserver pour cette séance.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ Vous avez une place.
session-cancel = ❌ Annuler ma place
session-cancelled = { $outcome ->
    [cancelled] Vous avez annulé : { $session_topic }. Merci de nous avoir prévenus.
   *[other] Vous n'aviez pas de place pour cette séance.
}
session-reminder =
    Rappel : vous avez une place au dialogue des réfugiés « { $session_topic } ».
    🕒 { $when }
    📍 { $place }
    Si vous ne pouvez pas venir, veuillez annuler : /my
session-called-off = Désolé, le dialogue des réfugiés « { $session_topic } » du { $when } est annulé. Votre réservation prend donc fin.
