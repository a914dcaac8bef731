## Talk to a person

person-ask =
    Je vais transmettre votre question à une personne qui parle votre langue.
    Écrivez votre question en quelques mots. Ou appuyez sur « Continuer sans question ».
person-skip = Continuer sans question
person-confirm =
    Votre demande :
    Thème : { $topic }
    Question : { $note }
    Voulez-vous que je la transmette ?
person-send = ✅ Oui, transmettre
person-done =
    Merci ! Votre demande est bien arrivée.
    En général, une personne vous répond dans un délai { $hours ->
        [one] d'une heure
       *[other] de { $hours } heures
    }.
    Heures d'ouverture : { $office_hours }
    Continuez simplement à écrire ici. Pour revenir au bot, écrivez /bot.
note-none = (aucune)
handover-leave = 🤖 Retour au bot
handover-back = Votre demande à une personne est terminée. Vous écrivez de nouveau avec le bot.
handover-outside-hours = Nous sommes en dehors des heures d'ouverture. Nous répondrons à partir de { $when }.

## Files and an open request

file-too-large = Ce fichier est trop gros. Je peux transmettre des fichiers jusqu'à { $megabytes } Mo.
file-type-refused = Je ne peux pas transmettre ce type de fichier. Veuillez envoyer une photo, un PDF ou un message vocal.
file-quota-reached = Vous avez déjà envoyé beaucoup de fichiers. Veuillez maintenant écrire votre question sous forme de texte.
handover-already-open = Votre demande à une personne est toujours ouverte. Ce que vous écrivez maintenant sera transmis à la personne qui vous répond.
