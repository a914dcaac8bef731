## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Ce que nous gardons sur vous :
    Langue: { $language }
    Thèmes d'actualités choisis : { $news } (modifier : /subscribe)
    Cours: { $courses }
    Dialogues des réfugiés: { $sessions }
    Demandes de contact à des pairs: { $requests }
    Demandes pour parler à une personne: { $handovers }
    Vos messages à une personne: { $messages }
    Messages du bot: { $notices }
    Numéros des messages du chat (pour /clear) : { $chat }
    Tout supprimer : /delete
delete-confirm = Voulez-vous que nous supprimions tout ce que nous gardons sur vous ? Vos inscriptions, réservations et demandes prennent fin. On ne peut pas revenir en arrière.
delete-yes = 🗑 Oui, tout supprimer
delete-done = Tout ce que nous gardions sur vous a été supprimé. Si vous écrivez de nouveau, nous recommençons à zéro.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    Un mot sur la protection des données : nous gardons votre langue, vos inscriptions et ce que vous écrivez à une personne. Seules les personnes qui vous aident le voient.
    Si vous n'écrivez pas pendant { $idle_months } mois, nous supprimons tout après un rappel. Avec /delete, vous supprimez tout immédiatement. En savoir plus : /privacy
privacy-ok = 👍 OK
privacy-more = 🔒 Plus sur la protection des données
privacy-info =
    Voici ce que nous faisons de vos données :
    • Nous gardons votre langue, vos inscriptions aux cours et aux dialogues des réfugiés, vos demandes de contact et ce que vous écrivez à une personne.
    • Seuls le personnel de la ville et les pairs qui vous aident le voient. Ils voient un pseudonyme, pas votre nom.
    • Une conversation avec une personne prend fin quand il n'y a aucun message pendant { $handover_idle_days } jours. { $transcript_days ->
        [one] Un jour
       *[other] { $transcript_days } jours
    } après la fin, nous supprimons ce qui y a été écrit.
    • Nous supprimons chez nous les messages que nous vous avons envoyés après { $delivered_days ->
        [one] un jour
       *[other] { $delivered_days } jours
    }.
    • Si vous n'écrivez pas pendant { $idle_months } mois, nous vous envoyons un rappel. Si ensuite vous n'écrivez pas pendant { $notice_days } jours, nous supprimons tout.
    • /mydata montre ce que nous gardons. /delete supprime tout immédiatement. /clear supprime les messages de ce chat.
conversation-idle-notice = Vous ne nous avez pas écrit depuis { $months } mois. Si vous n'écrivez pas dans les { $days } prochains jours, nous supprimerons tout ce que nous gardons sur vous. Si vous voulez le garder, envoyez-nous simplement un message.
clear-done = J'ai supprimé les messages de ce chat. Vos inscriptions et vos demandes sont conservées.
clear-some-left = J'ai supprimé les messages de ce chat, autant que possible. Je ne peux pas supprimer { $count ->
        [one] un message plus ancien
       *[other] { $count } messages plus anciens
    }. Veuillez effacer vous-même l'historique dans le menu de ce chat. Vos inscriptions et vos demandes sont conservées.
clear-not-here = Je ne peux pas supprimer de messages dans ce chat. Veuillez effacer vous-même l'historique du chat. Vos inscriptions et vos demandes sont conservées.
