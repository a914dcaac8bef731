## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = „{ $value }“ ist kein Befehl für das Team. Befehle: /queue, /claim N, /release, /close.
staff-usage = Dieser Befehl braucht andere Angaben. Schreiben Sie ihn so: { $usage }
staff-quotes = Ein Anführungszeichen ist nicht geschlossen.
staff-not-a-number = „{ $value }“ ist keine Nummer einer Anfrage.
staff-not-a-role = „{ $value }“ ist keine Rolle. Rollen: peer, staff, admin.
staff-not-a-language = „{ $value }“ ist keine unserer Sprachen.
staff-not-an-account = „{ $value }“ ist kein Konto. Schreiben Sie telegram:, matrix: oder console: und dann die Nutzer-ID.
team-not-allowed = Diesen Befehl dürfen Sie nicht benutzen.
team-queue-empty = Gerade wartet niemand.
team-queue =
    Anfragen: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } Std. { $minutes } Min.
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } Std. { $minutes } Min. · ✋ { $helper }
team-claim-button = #{ $number } übernehmen
team-claimed =
    Sie beantworten jetzt Anfrage #{ $number } ({ $pseudonym }).
    Sprache: { $language } · Thema: { $topic }
    Frage: { $note }
    Was Sie hier schreiben, geht an diese Person. /close, wenn Sie fertig sind, /release, um die Anfrage zurückzugeben.
team-claim-taken = Anfrage #{ $number } hat schon jemand anderes übernommen.
team-claim-unknown = Es gibt keine offene Anfrage #{ $number } für Sie. /queue zeigt die Anfragen.
team-claim-yours = Sie beantworten Anfrage #{ $number } schon.
team-released = Sie haben Anfrage #{ $number } zurückgegeben. Andere können sie jetzt übernehmen.
team-closed = Sie haben Anfrage #{ $number } abgeschlossen. Danke!
team-nothing-claimed = Sie beantworten gerade keine Anfrage. /queue zeigt die Anfragen.
team-role-granted =
    { $name } hat jetzt die Rolle: { $role ->
            [peer] Peer (Supportgroup)
            [staff] Mitarbeitende der Stadt
            [admin] Admin
           *[other] { $role }
        }.
team-role-revoked = { $name } hat keine Rolle im Team mehr.
team-role-unknown = Im Team gibt es niemanden mit dem Namen { $name }.
team-role-taken = { $account } gehört schon zu { $owner }.
team-role-list =
    Team: { $count }
    { $list }
handover-new =
    Neue Anfrage #{ $request } von { $pseudonym }. Sprache: { $language }. Thema: { $topic }.
    Zum Übernehmen: /claim { $request }
handover-claim = ✋ Ich antworte
handover-claimed = { $helper } beantwortet jetzt Ihre Anfrage. Schreiben Sie hier; { $helper } liest es. Zurück zum Bot: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } hat { $media ->
            [photo] ein Foto
            [voice] eine Sprachnachricht
            [document] ein Dokument
            [location] einen Standort
            [sticker] einen Sticker
           *[other] eine Datei
        } geschickt.
handover-media-from-user =
    #{ $request } { $pseudonym } hat { $media ->
            [photo] ein Foto
            [voice] eine Sprachnachricht
            [document] ein Dokument
            [location] einen Standort
            [sticker] einen Sticker
           *[other] eine Datei
        } geschickt.
handover-history =
    #{ $request } { $pseudonym } hat vorher geschrieben:
    { $history }
handover-closed =
    { $helper } hat Ihre Anfrage abgeschlossen. Sie schreiben wieder mit dem Bot.
    Hat Ihnen das geholfen?
handover-user-left = #{ $request } { $pseudonym } ist zurück beim Bot. Die Anfrage ist abgeschlossen.
handover-closed-idle = Ihre Anfrage wurde geschlossen, weil { $days } Tage lang niemand darin geschrieben hat. Wenn Sie noch Hilfe brauchen, schreiben Sie /human.
handover-closed-idle-helper = #{ $request } { $pseudonym } wurde geschlossen: { $days } Tage lang keine Nachricht.
handover-taken-over = { $helper } hat Anfrage #{ $request } übernommen.
feedback-yes = 👍 Ja
feedback-no = 👎 Nein
feedback-thanks = Danke für Ihre Antwort!
handover-escalated =
    Anfrage #{ $request } von { $pseudonym } wartet seit { $minutes } Min. Sprache: { $language }. Thema: { $topic }.
    Zum Übernehmen: /claim { $request }
handover-transcript =
    Anfrage #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = Zu Anfrage #{ $request } gibt es keinen Verlauf. Verläufe werden einige Zeit nach dem Abschluss gelöscht.
handover-room-opened = Dieser Raum gehört zu Anfrage #{ $request } ({ $pseudonym }). Was Sie hier schreiben, geht an diese Person. /close, wenn Sie fertig sind, /release, um die Anfrage zurückzugeben.
team-room-closed = Anfrage #{ $number } liegt nicht mehr bei Ihnen; was Sie hier schreiben, wird nicht weitergegeben. /queue zeigt die Anfragen.
