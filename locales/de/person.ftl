## Talk to a person

person-ask =
    Ich gebe Ihre Frage an einen Menschen weiter, der Ihre Sprache spricht.
    Schreiben Sie Ihre Frage kurz auf. Oder tippen Sie auf „Ohne Frage weiter“.
person-skip = Ohne Frage weiter
person-confirm =
    Ihre Anfrage:
    Thema: { $topic }
    Frage: { $note }
    Soll ich sie weitergeben?
person-send = ✅ Ja, weitergeben
person-done =
    Danke! Ihre Anfrage ist angekommen.
    Ein Mensch antwortet meistens innerhalb von { $hours ->
        [one] einer Stunde
       *[other] { $hours } Stunden
    }.
    Sprechzeiten: { $office_hours }
    Schreiben Sie einfach hier weiter. Mit /bot kommen Sie zurück zum Bot.
note-none = (keine)
handover-leave = 🤖 Zurück zum Bot
handover-back = Ihre Anfrage an einen Menschen ist beendet. Sie schreiben wieder mit dem Bot.
handover-outside-hours = Gerade ist außerhalb der Sprechzeiten. Wir antworten ab { $when }.

## Files and an open request

file-too-large = Diese Datei ist zu groß. Ich kann Dateien bis { $megabytes } MB weitergeben.
file-type-refused = Diese Art von Datei kann ich nicht weitergeben. Bitte schicken Sie ein Foto, ein PDF oder eine Sprachnachricht.
file-quota-reached = Sie haben schon viele Dateien geschickt. Bitte schreiben Sie Ihre Frage jetzt als Text.
handover-already-open = Ihre Anfrage an einen Menschen ist noch offen. Was Sie jetzt schreiben, bekommt die Person, die Ihnen antwortet.
