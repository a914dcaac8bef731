## Language

language-menu = Veuillez choisir votre langue.
language-set = Très bien. À partir de maintenant, je vous écris en français.
language-detected = Je vous écris en français. Vous pouvez changer de langue à tout moment : /language

## Main menu

main-menu = Bienvenue sur Wegweiser { $city } ! Comment puis-je vous aider ?
main-topics = ℹ️ Informations
main-person = 💬 Parler à une personne
main-language = 🌐 Changer de langue

## Buttons used in many places

button-back = ⬅️ Retour
button-main = 🏠 Menu principal
button-topics = 📚 Autres thèmes
button-person = 💬 Parler à une personne
button-cancel = Annuler

## Help and commands

help =
    Comment ça marche : appuyez sur un bouton ou écrivez son numéro.
    /start – revenir au début
    /my – vos inscriptions, réservations et demandes
    /human – parler à une personne
    /mydata – ce que nous gardons sur vous
    /delete – supprimer vos données
    /privacy – ce que nous faisons de vos données
    /clear – supprimer les messages de ce chat
    /subscribe – choisir vos actualités
    /language – changer de langue
    /help – cette aide
    /stop – ne plus recevoir de messages
stopped = Vous ne recevrez plus de messages de notre part. Écrivez /start si vous voulez de nouveau de l'aide.
unknown-command = Je ne connais pas cette commande. Écrivez /help pour voir toutes les commandes.

## When something does not fit

not-understood = Désolé, je n'ai pas compris. Veuillez choisir une option : écrivez son numéro ou appuyez dessus.
not-understood-twice = Désolé, je ne comprends toujours pas. Je vous passe à une personne.
no-such-option = Le numéro { $number } n'existe pas ici. Veuillez choisir un numéro de 1 à { $max }.
empty-message = Votre message est vide. Veuillez écrire quelque chose ou choisir un numéro.
message-too-long = Votre message est trop long. Veuillez écrire moins, { $max ->
        [one] au maximum { $max } caractère
       *[other] au maximum { $max } caractères
    }.
input-too-short = Veuillez écrire un peu plus, { $min ->
        [one] au moins { $min } caractère
       *[other] au moins { $min } caractères
    }.
input-too-long = C'est trop long. Veuillez écrire { $max ->
        [one] au maximum { $max } caractère
       *[other] au maximum { $max } caractères
    }.
button-stale = Ce bouton n'est plus valable. Voici le menu actuel.
media-not-supported = Je ne peux pas encore lire les images, les messages vocaux et les fichiers. Veuillez m'écrire ou choisir un numéro.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
} { $day }/{ $month }/{ $year } à { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Ce lien n'est plus valable. Voici le menu principal.
cmd-start = Revenir au début
cmd-my = Mes inscriptions, réservations et demandes
cmd-human = Parler à une personne
cmd-language = Changer de langue
cmd-help = Comment ça marche
cmd-stop = Ne plus recevoir de messages
cmd-privacy = Protection des données
cmd-clear = Vider ce chat
bot-description = Wegweiser { $city } aide les réfugiés et les personnes qui arrivent dans la ville. Vous trouvez ici des informations du { $wc_name }, des cours d'allemand, les dialogues des réfugiés et des personnes qui parlent votre langue. Appuyez sur « Démarrer ».
bot-short-description = Aide pour les réfugiés et les nouveaux arrivants à { $city }, dans votre langue.
group-private = Je n'aide pas ici dans le groupe, pour que vos données restent privées. Écrivez-moi directement, s'il vous plaît.
group-open-chat = 💬 M'écrire directement

## Errors and too many messages

event-failed = Désolé, cela n'a pas marché. Veuillez réessayer.
slow-down = Vous écrivez très vite. Je réponds à vos messages l'un après l'autre. Veuillez patienter un moment.
