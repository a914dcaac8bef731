## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = “{ $value }” ma aha amar kooxda. Amarrada: /queue, /claim N, /release, /close.
staff-usage = Amarkan wuxuu u baahan yahay macluumaad kale. Sidan u qor: { $usage }
staff-quotes = Calaamad xigasho ah lama xirin.
staff-not-a-number = “{ $value }” ma aha lambarka codsi.
staff-not-a-role = “{ $value }” ma aha door. Doorarka: peer, staff, admin.
staff-not-a-language = “{ $value }” ma aha mid ka mid ah luqadahayaga.
staff-not-an-account = “{ $value }” ma aha akoon. Qor telegram:, matrix: ama console: kadibna aqoonsiga isticmaalaha.
team-not-allowed = Looma oggola inaad isticmaasho amarkan.
team-queue-empty = Hadda qofna ma sugayo.
team-queue =
    Codsiyada: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } saac { $minutes } daq
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } saac { $minutes } daq · ✋ { $helper }
team-claim-button = Qaado #{ $number }
team-claimed =
    Hadda waxaad ka jawaabaysaa codsiga #{ $number } ({ $pseudonym }).
    Luqadda: { $language } · Mawduuca: { $topic }
    Su'aasha: { $note }
    Waxaad halkan ku qorto waxay gaaraan qofkan. /close marka aad dhammayso, /release si aad u celiso.
team-claim-taken = Codsiga #{ $number } qof kale ayaa horay u qaatay.
team-claim-unknown = Codsi furan oo #{ $number } ah kuuma jiro. /queue ayaa tusa codsiyada.
team-claim-yours = Horayba waxaad uga jawaabaysaa codsiga #{ $number }.
team-released = Waxaad celisay codsiga #{ $number }. Hadda dad kale ayaa qaadan kara.
team-closed = Waxaad xirtay codsiga #{ $number }. Mahadsanid!
team-nothing-claimed = Hadda kama jawaabaysid codsi. /queue ayaa tusa codsiyada.
team-role-granted =
    Doorka { $name } hadda waa: { $role ->
            [peer] mutadawac Supportgroup
            [staff] shaqaale magaalada
            [admin] maamule
           *[other] { $role }
        }.
team-role-revoked = { $name } mar dambe door kuma laha kooxda.
team-role-unknown = Kooxda kuma jiro qof la yiraahdo { $name }.
team-role-taken = { $account } horay ayuu u leeyahay { $owner }.
team-role-list =
    Kooxda: { $count }
    { $list }
handover-new =
    Codsi cusub #{ $request } oo ka yimid { $pseudonym }. Luqadda: { $language }. Mawduuca: { $topic }.
    Si aad u qaadato: /claim { $request }
handover-claim = ✋ Anigaa ka jawaabaya
handover-claimed = Hadda { $helper } ayaa ka jawaabaya codsigaaga. Halkan wax ku qor; { $helper } ayaa akhriya. Si aad ugu noqoto bot-ka: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } wuxuu soo diray { $media ->
            [photo] sawir
            [voice] farriin cod ah
            [document] dukumenti
            [location] goob
            [sticker] stiikar
           *[other] fayl
        }.
handover-media-from-user =
    #{ $request } { $pseudonym } wuxuu soo diray { $media ->
            [photo] sawir
            [voice] farriin cod ah
            [document] dukumenti
            [location] goob
            [sticker] stiikar
           *[other] fayl
        }.
handover-history =
    Waxa #{ $request } { $pseudonym } hore u qoray:
    { $history }
handover-closed =
    { $helper } ayaa xiray codsigaaga. Mar kale waxaad la qoraysaa bot-ka.
    Ma ku caawisay tani?
handover-user-left = #{ $request } { $pseudonym } wuxuu ku noqday bot-ka. Codsiga waa la xiray.
handover-closed-idle = Codsigaaga waa la xiray, sababtoo ah { $days } maalmood qofna kuma qorin. Haddii aad weli caawimaad u baahan tahay, qor /human.
handover-closed-idle-helper = #{ $request } { $pseudonym } waa la xiray: { $days } maalmood fariin ma iman.
handover-taken-over = { $helper } ayaa la wareegay codsiga #{ $request }.
feedback-yes = 👍 Haa
feedback-no = 👎 Maya
feedback-thanks = Waad ku mahadsan tahay jawaabtaada!
handover-escalated =
    Codsiga #{ $request } ee { $pseudonym } wuxuu sugayaa { $minutes } daqiiqo. Luqadda: { $language }. Mawduuca: { $topic }.
    Si aad u qaadato: /claim { $request }
handover-transcript =
    Codsiga #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = Codsiga #{ $request } diiwaan ma laha. Diiwaannada waa la tirtiraa wakhti kadib marka codsiga la xiro.
handover-room-opened = Qolkan waxaa loogu talagalay codsiga #{ $request } ({ $pseudonym }). Waxaad halkan ku qorto waxay gaaraan qofkan. /close marka aad dhammayso, /release si aad u celiso.
team-room-closed = Codsiga #{ $number } mar dambe adiga kuma jiro; waxa halkan lagu qoro qofna looma gudbiyo. /queue ayaa tusa codsiyada.
