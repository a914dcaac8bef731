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
    Alles löschen: /delete
delete-confirm = Sollen wir alles löschen, was wir über Sie speichern? Ihre Anmeldungen, Termine und Bitten enden. Das lässt sich nicht rückgängig machen.
delete-yes = 🗑 Ja, alles löschen
delete-done = Alles, was wir über Sie gespeichert hatten, ist gelöscht. Wenn Sie wieder schreiben, beginnen wir neu.
