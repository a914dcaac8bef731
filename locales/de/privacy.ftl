## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Das speichern wir über Sie:
    Sprache: { $language }
    Abonnierte Neuigkeiten: { $news } (ändern: /subscribe)
    Kurse: { $courses }
    Flüchtlingsdialoge: { $sessions }
    Kontaktbitten an Peers: { $requests }
    Anfragen an einen Menschen: { $handovers }
    Ihre Nachrichten an einen Menschen: { $messages }
    Nachrichten vom Bot: { $notices }
    Nummern der Chat-Nachrichten (für /clear): { $chat }
    Alles löschen: /delete
delete-confirm = Sollen wir alles löschen, was wir über Sie speichern? Ihre Anmeldungen, Termine und Bitten enden. Das lässt sich nicht rückgängig machen.
delete-yes = 🗑 Ja, alles löschen
delete-done = Alles, was wir über Sie gespeichert hatten, ist gelöscht. Wenn Sie wieder schreiben, beginnen wir neu.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    Kurz zum Datenschutz: Wir speichern Ihre Sprache, Ihre Anmeldungen und was Sie einem Menschen schreiben. Das sehen nur die Menschen, die Ihnen helfen.
    Schreiben Sie { $idle_months } Monate nicht, löschen wir nach einer Erinnerung alles. Mit /delete löschen Sie alles sofort. Mehr dazu: /privacy
privacy-ok = 👍 OK
privacy-more = 🔒 Mehr zum Datenschutz
privacy-info =
    So gehen wir mit Ihren Daten um:
    • Wir speichern Ihre Sprache, Ihre Anmeldungen zu Kursen und Flüchtlingsdialogen, Ihre Kontaktbitten und was Sie einem Menschen schreiben.
    • Das sehen nur die Mitarbeitenden der Stadt und die Peers, die Ihnen helfen. Sie sehen ein Pseudonym, nicht Ihren Namen.
    • Ein Gespräch mit einem Menschen endet, wenn { $handover_idle_days } Tage niemand schreibt. { $transcript_days ->
        [one] Einen Tag
       *[other] { $transcript_days } Tage
    } nach dem Ende löschen wir, was darin geschrieben wurde.
    • Nachrichten, die wir Ihnen geschickt haben, löschen wir bei uns nach { $delivered_days ->
        [one] einem Tag
       *[other] { $delivered_days } Tagen
    }.
    • Schreiben Sie { $idle_months } Monate nicht, erinnern wir Sie einmal. Schreiben Sie dann { $notice_days } Tage nicht, löschen wir alles.
    • /mydata zeigt, was wir speichern. /delete löscht alles sofort. /clear löscht die Nachrichten in diesem Chat.
conversation-idle-notice = Sie haben uns { $months } Monate nicht geschrieben. Wenn Sie in den nächsten { $days } Tagen nicht schreiben, löschen wir alles, was wir über Sie speichern. Wenn Sie es behalten möchten, schreiben Sie uns einfach.
clear-done = Ich habe die Nachrichten in diesem Chat gelöscht. Ihre Anmeldungen und Anfragen bleiben.
clear-some-left = Ich habe die Nachrichten in diesem Chat gelöscht, soweit es geht. { $count ->
        [one] Eine ältere Nachricht kann
       *[other] { $count } ältere Nachrichten kann
    } ich nicht löschen. Bitte leeren Sie den Chatverlauf selbst im Menü dieses Chats. Ihre Anmeldungen und Anfragen bleiben.
clear-not-here = In diesem Chat kann ich keine Nachrichten löschen. Bitte leeren Sie den Chatverlauf selbst. Ihre Anmeldungen und Anfragen bleiben.
