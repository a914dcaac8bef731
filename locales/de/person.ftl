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
