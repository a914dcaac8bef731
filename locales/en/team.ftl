## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = “{ $value }” is not a team command. Commands: /queue, /claim N, /release, /close.
staff-usage = This command needs other details. Write it like this: { $usage }
staff-quotes = A quotation mark is not closed.
staff-not-a-number = “{ $value }” is not a request number.
staff-not-a-role = “{ $value }” is not a role. Roles: peer, staff, admin.
staff-not-a-language = “{ $value }” is not one of our languages.
staff-not-an-account = “{ $value }” is not an account. Write telegram:, matrix: or console: and then the user id.
team-not-allowed = You may not use this command.
team-queue-empty = Nobody is waiting right now.
team-queue =
    Requests: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } h { $minutes } min
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } h { $minutes } min · ✋ { $helper }
team-claim-button = Take #{ $number }
team-claimed =
    You are now answering request #{ $number } ({ $pseudonym }).
    Language: { $language } · Topic: { $topic }
    Question: { $note }
    What you write here goes to them. /close when you are done, /release to give it back.
team-claim-taken = Someone else already took request #{ $number }.
team-claim-unknown = There is no open request #{ $number } for you. /queue shows the requests.
team-claim-yours = You are already answering request #{ $number }.
team-released = You gave request #{ $number } back. Others can take it now.
team-closed = You closed request #{ $number }. Thank you!
team-nothing-claimed = You are not answering a request right now. /queue shows the requests.
team-role-granted =
    { $name } now has the role: { $role ->
            [peer] peer (Supportgroup)
            [staff] staff
            [admin] admin
           *[other] { $role }
        }.
team-role-revoked = { $name } no longer has a team role.
team-role-unknown = There is nobody called { $name } in the team.
team-role-taken = { $account } already belongs to { $owner }.
team-role-list =
    Team: { $count }
    { $list }
handover-new =
    New request #{ $request } from { $pseudonym }. Language: { $language }. Topic: { $topic }.
    To answer it: /claim { $request }
handover-claim = ✋ I will answer
handover-claimed = { $helper } is answering your request now. Write here; { $helper } reads it. To go back to the bot: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } sent { $media ->
            [photo] a photo
            [voice] a voice message
            [document] a document
            [location] a location
            [sticker] a sticker
           *[other] a file
        }.
handover-media-from-user =
    #{ $request } { $pseudonym } sent { $media ->
            [photo] a photo
            [voice] a voice message
            [document] a document
            [location] a location
            [sticker] a sticker
           *[other] a file
        }.
handover-history =
    #{ $request } { $pseudonym } wrote before:
    { $history }
handover-closed =
    { $helper } closed your request. You are writing with the bot again.
    Did this help you?
handover-user-left = #{ $request } { $pseudonym } went back to the bot. The request is closed.
handover-closed-idle = Your request was closed because no one wrote in it for { $days } days. If you still need help, write /human.
handover-closed-idle-helper = #{ $request } { $pseudonym } was closed: no message for { $days } days.
handover-taken-over = { $helper } has taken over request #{ $request }.
feedback-yes = 👍 Yes
feedback-no = 👎 No
feedback-thanks = Thank you for your answer!
handover-escalated =
    Request #{ $request } from { $pseudonym } has waited { $minutes } min. Language: { $language }. Topic: { $topic }.
    To answer it: /claim { $request }
handover-transcript =
    Request #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = There is no transcript of request #{ $request }. Transcripts are deleted some time after the request closed.
handover-room-opened = This room is for request #{ $request } ({ $pseudonym }). What you write here goes to them. /close when you are done, /release to give it back.
team-room-closed = Request #{ $number } is no longer yours; nothing written here is passed on. /queue shows the requests.
