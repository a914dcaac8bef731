## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = « { $value } » n’est pas une commande de l’équipe. Commandes : /queue, /claim N, /release, /close.
staff-usage = Cette commande demande d’autres informations. Écrivez-la ainsi : { $usage }
staff-quotes = Un guillemet n’est pas fermé.
staff-not-a-number = « { $value } » n’est pas un numéro de demande.
staff-not-a-role = « { $value } » n’est pas un rôle. Rôles : peer, staff, admin.
staff-not-a-language = « { $value } » n’est pas une de nos langues.
staff-not-an-account = « { $value } » n’est pas un compte. Écrivez telegram:, matrix: ou console:, puis l’identifiant.
team-not-allowed = Vous n’avez pas le droit d’utiliser cette commande.
team-queue-empty = Personne n’attend en ce moment.
team-queue =
    Demandes : { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } h { $minutes } min
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } h { $minutes } min · ✋ { $helper }
team-claim-button = Prendre #{ $number }
team-claimed =
    Vous répondez maintenant à la demande #{ $number } ({ $pseudonym }).
    Langue : { $language } · Thème : { $topic }
    Question : { $note }
    Ce que vous écrivez ici va à cette personne. /close quand vous avez fini, /release pour rendre la demande.
team-claim-taken = Quelqu’un d’autre a déjà pris la demande #{ $number }.
team-claim-unknown = Il n’y a pas de demande ouverte #{ $number } pour vous. /queue montre les demandes.
team-claim-yours = Vous répondez déjà à la demande #{ $number }.
team-released = Vous avez rendu la demande #{ $number }. D’autres peuvent la prendre maintenant.
team-closed = Vous avez clôturé la demande #{ $number }. Merci !
team-nothing-claimed = Vous ne répondez à aucune demande en ce moment. /queue montre les demandes.
team-role-granted =
    { $name } a maintenant le rôle : { $role ->
            [peer] pair (Supportgroup)
            [staff] personnel de la ville
            [admin] admin
           *[other] { $role }
        }.
team-role-revoked = { $name } n’a plus de rôle dans l’équipe.
team-role-unknown = Personne ne s’appelle { $name } dans l’équipe.
team-role-taken = { $account } appartient déjà à { $owner }.
team-role-list =
    Équipe : { $count }
    { $list }
handover-new =
    Nouvelle demande #{ $request } de { $pseudonym }. Langue : { $language }. Thème : { $topic }.
    Pour la prendre : /claim { $request }
handover-claim = ✋ Je réponds
handover-claimed = { $helper } répond maintenant à votre demande. Écrivez ici ; { $helper } le lit. Pour revenir au bot : /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } a envoyé { $media ->
            [photo] une photo
            [voice] un message vocal
            [document] un document
            [location] une position
            [sticker] un autocollant
           *[other] un fichier
        }.
handover-media-from-user =
    #{ $request } { $pseudonym } a envoyé { $media ->
            [photo] une photo
            [voice] un message vocal
            [document] un document
            [location] une position
            [sticker] un autocollant
           *[other] un fichier
        }.
handover-history =
    #{ $request } { $pseudonym } a écrit avant :
    { $history }
handover-closed =
    { $helper } a clôturé votre demande. Vous écrivez de nouveau avec le bot.
    Est-ce que cela vous a aidé ?
handover-user-left = #{ $request } { $pseudonym } écrit de nouveau avec le bot. La demande est close.
handover-closed-idle = Votre demande a été close, car personne n'y a écrit depuis { $days } jours. Si vous avez encore besoin d'aide, écrivez /human.
handover-closed-idle-helper = #{ $request } { $pseudonym } a été close : aucun message depuis { $days } jours.
handover-taken-over = { $helper } a repris la demande #{ $request }.
feedback-yes = 👍 Oui
feedback-no = 👎 Non
feedback-thanks = Merci pour votre réponse !
handover-escalated =
    La demande #{ $request } de { $pseudonym } attend depuis { $minutes } min. Langue : { $language }. Thème : { $topic }.
    Pour la prendre : /claim { $request }
handover-transcript =
    Demande #{ $request } ({ $pseudonym }) :
    { $history }
team-transcript-unknown = Il n’y a pas d’historique pour la demande #{ $request }. Les historiques sont supprimés quelque temps après la clôture.
handover-room-opened = Ce salon est pour la demande #{ $request } ({ $pseudonym }). Ce que vous écrivez ici va à cette personne. /close quand vous avez fini, /release pour rendre la demande.
team-room-closed = La demande #{ $number } n’est plus la vôtre ; ce qui est écrit ici n’est pas transmis. /queue montre les demandes.
