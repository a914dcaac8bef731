## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Vorschau der Rundnachricht ({ $filters }):

    { $previews }
broadcast-drafted = Rundnachricht { $broadcast } geht an { $total } Empfänger:
    { $table }
broadcast-send-button = 📣 Senden
broadcast-cancel-button = Abbrechen
broadcast-nobody = Niemand bekommt diese Rundnachricht: keine Abonnentin und kein Abonnent passt zu den Filtern.
broadcast-confirmed = Rundnachricht { $broadcast } wird gesendet. Den Fortschritt sehen Sie hier.
broadcast-not-draft = Rundnachricht { $broadcast } wurde schon gesendet oder abgebrochen.
broadcast-unknown = Es gibt keine Rundnachricht { $broadcast }.
broadcast-cancelled = Rundnachricht { $broadcast } ist abgebrochen. { $held } Nachrichten wurden nicht gesendet.
broadcast-report = Rundnachricht { $broadcast }:
    { $table }
broadcast-progress = Rundnachricht { $broadcast }: { $sent } von { $total } gesendet, { $failed } fehlgeschlagen, { $blocked } blockiert.
broadcast-done = Rundnachricht { $broadcast } ist fertig:
    { $table }
broadcast-bad-filter = „{ $value }“ verstehe ich nicht. Filter: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = „{ $value }“ ist keine Neuigkeit. Neuigkeiten: { $list }
broadcast-what = Welche Neuigkeit? Nennen Sie eine davon: { $list }. Oder schicken Sie eine Datei mit einem Text je Sprache und /broadcast als Beschriftung.
broadcast-file-or-news = Nennen Sie entweder eine Neuigkeit oder schicken Sie eine Datei, nicht beides.
broadcast-file-wrong = Die Datei { $file } kann so nicht gesendet werden:
    { $errors }
