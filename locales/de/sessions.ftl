## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Flüchtlingsdialoge
sessions-menu =
    Bei den Flüchtlingsdialogen sprechen Sie mit Menschen aus der Stadtverwaltung. Dolmetscher übersetzen.
    Für welche Sprache brauchen Sie einen Dolmetscher?
sessions-no-interpreter = Alle Termine zeigen
sessions-other-language = 🔎 Andere Sprache
session-list = { $count ->
    [0] Dazu gibt es gerade keine Termine. Bitte wählen Sie eine andere Sprache.
    [one] Es gibt einen Termin. Tippen Sie darauf.
   *[other] Es gibt { $count } Termine. Tippen Sie auf einen.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Dolmetscher für: { $interpreters }
    Moderation: { $moderator }
    { $session_seats ->
        [0] Alle Plätze sind belegt.
        [one] Noch ein Platz frei.
       *[other] Noch { $session_seats } Plätze frei.
    }
session-book = ✅ Platz buchen
session-result = { $outcome ->
    [booked] Sie haben einen Platz: { $session_topic }, { $when }. Wir erinnern Sie am Tag vorher.
    [already] Sie haben für diesen Termin schon einen Platz.
    [full] Leider sind alle Plätze belegt. Bitte wählen Sie einen anderen Termin.
    [past] Dieser Termin ist schon vorbei.
   *[unavailable] Für diesen Termin kann man nicht mehr buchen.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ Sie haben einen Platz.
session-cancel = ❌ Platz absagen
session-cancelled = { $outcome ->
    [cancelled] Sie haben abgesagt: { $session_topic }. Danke, dass Sie Bescheid geben.
   *[other] Sie hatten für diesen Termin keinen Platz.
}
session-reminder =
    Erinnerung: Sie haben einen Platz beim Flüchtlingsdialog „{ $session_topic }“.
    🕒 { $when }
    📍 { $place }
    Wenn Sie nicht kommen können, sagen Sie bitte ab: /my
session-called-off = Der Flüchtlingsdialog „{ $session_topic }“ am { $when } fällt leider aus. Ihre Buchung ist damit beendet.
