## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Aperçu de la diffusion ({ $filters }) :

    { $previews }
broadcast-drafted = La diffusion { $broadcast } va à { $total } destinataires :
    { $table }
broadcast-send-button = 📣 Envoyer
broadcast-cancel-button = Annuler
broadcast-nobody = Personne ne reçoit cette diffusion : aucun abonné ne correspond aux filtres.
broadcast-confirmed = La diffusion { $broadcast } est en cours d'envoi. Vous verrez l'avancement ici.
broadcast-not-draft = La diffusion { $broadcast } a déjà été envoyée ou annulée.
broadcast-unknown = Il n'y a pas de diffusion { $broadcast }.
broadcast-cancelled = La diffusion { $broadcast } est annulée. { $held } messages n'ont pas été envoyés.
broadcast-report = Diffusion { $broadcast } :
    { $table }
broadcast-progress = Diffusion { $broadcast } : { $sent } sur { $total } envoyés, { $failed } en échec, { $blocked } bloqués.
broadcast-done = La diffusion { $broadcast } est terminée :
    { $table }
broadcast-bad-filter = Je ne comprends pas « { $value } ». Filtres : lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = « { $value } » n'est pas un message d'actualité. Messages d'actualité : { $list }
broadcast-what = Quelle nouvelle ? Indiquez-en une : { $list }. Ou envoyez un fichier avec un texte par langue et /broadcast en légende.
broadcast-file-or-news = Indiquez une nouvelle ou envoyez un fichier, pas les deux.
broadcast-file-wrong = Le fichier { $file } ne peut pas être envoyé ainsi :
    { $errors }
