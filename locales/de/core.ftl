# German base. Every other locale has exactly these messages with the same variables.
# City facts ($city, $wc_address, …) come from the deployment config.

## Language

language-menu = Bitte wählen Sie Ihre Sprache.
language-set = Gut. Ich schreibe Ihnen ab jetzt auf Deutsch.
language-detected = Ich schreibe Ihnen auf Deutsch. Sie können die Sprache jederzeit ändern: /language

## Main menu

main-menu = Willkommen beim Wegweiser { $city }! Wobei kann ich Ihnen helfen?
main-topics = ℹ️ Informationen
main-person = 💬 Mit einem Menschen sprechen
main-language = 🌐 Sprache ändern

## Buttons used in many places

button-back = ⬅️ Zurück
button-main = 🏠 Hauptmenü
button-topics = 📚 Andere Themen
button-person = 💬 Mit einem Menschen sprechen
button-cancel = Abbrechen

## Help and commands

help =
    So geht es: Tippen Sie auf eine Schaltfläche oder schreiben Sie ihre Nummer.
    /start – zum Anfang
    /my – Ihre Anmeldungen, Termine und Bitten
    /human – mit einem Menschen sprechen
    /mydata – was wir über Sie speichern
    /delete – Ihre Daten löschen
    /privacy – so gehen wir mit Ihren Daten um
    /clear – die Nachrichten in diesem Chat löschen
    /subscribe – Neuigkeiten wählen
    /language – Sprache ändern
    /help – diese Hilfe
    /stop – keine Nachrichten mehr
stopped = Sie bekommen keine Nachrichten mehr von uns. Schreiben Sie /start, wenn Sie wieder Hilfe möchten.
unknown-command = Diesen Befehl kenne ich nicht. Schreiben Sie /help, dann sehen Sie alle Befehle.

## When something does not fit

not-understood = Das habe ich leider nicht verstanden. Bitte wählen Sie eine Möglichkeit: Schreiben Sie die Nummer oder tippen Sie darauf.
not-understood-twice = Ich verstehe Sie leider immer noch nicht. Ich gebe Sie an einen Menschen weiter.
no-such-option = Die Nummer { $number } gibt es hier nicht. Bitte wählen Sie eine Nummer von 1 bis { $max }.
empty-message = Ihre Nachricht war leer. Bitte schreiben Sie etwas oder wählen Sie eine Nummer.
message-too-long = Ihre Nachricht ist zu lang. Bitte schreiben Sie kürzer, höchstens { $max } Zeichen.
input-too-short = Bitte schreiben Sie etwas mehr, mindestens { $min } Zeichen.
input-too-long = Das ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
button-stale = Diese Schaltfläche ist nicht mehr aktuell. Hier ist das aktuelle Menü.
media-not-supported = Bilder, Sprachnachrichten und Dateien kann ich noch nicht lesen. Bitte schreiben Sie mir oder wählen Sie eine Nummer.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}, { $day }.{ $month }.{ $year }, { $time } Uhr

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Dieser Link ist nicht mehr aktuell. Hier ist das Hauptmenü.
cmd-start = Zum Anfang
cmd-my = Meine Anmeldungen, Termine und Bitten
cmd-human = Mit einem Menschen sprechen
cmd-language = Sprache ändern
cmd-help = So funktioniert es
cmd-stop = Keine Nachrichten mehr
cmd-privacy = Datenschutz
cmd-clear = Diesen Chat leeren
bot-description = Wegweiser { $city } hilft Geflüchteten und Menschen, die neu in der Stadt sind. Sie finden hier Informationen vom { $wc_name }, Deutschkurse, Flüchtlingsdialoge und Menschen, die Ihre Sprache sprechen. Tippen Sie auf „Start“.
bot-short-description = Hilfe für Geflüchtete und Neuankommende in { $city }, in Ihrer Sprache.
group-private = Hier in der Gruppe helfe ich nicht, damit Ihre Daten privat bleiben. Bitte schreiben Sie mir direkt.
group-open-chat = 💬 Direkt schreiben

## Errors and too many messages

event-failed = Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.
slow-down = Sie schreiben sehr schnell. Ich beantworte Ihre Nachrichten der Reihe nach. Bitte warten Sie einen Moment.
