## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = “{ $value }” ne fermaneke tîmê ye. Ferman: /queue, /claim N, /release, /close.
staff-usage = Ji bo vê fermanê agahiyên din lazim in. Wisa binivîsin: { $usage }
staff-quotes = Nîşaneke jêgirtinê nehatiye girtin.
staff-not-a-number = “{ $value }” ne hejmara daxwazê ye.
staff-not-a-role = “{ $value }” ne rol e. Rol: peer, staff, admin.
staff-not-a-language = “{ $value }” ne yek ji zimanên me ye.
staff-not-an-account = “{ $value }” ne hesab e. telegram:, matrix: an console: binivîsin û paşê nasnameya bikarhêner.
team-not-allowed = Hûn nikarin vê fermanê bi kar bînin.
team-queue-empty = Niha kes li bendê nîne.
team-queue =
    Daxwaz: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } st { $minutes } dq
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } st { $minutes } dq · ✋ { $helper }
team-claim-button = #{ $number } bigire
team-claimed =
    Niha hûn bersiva daxwaza #{ $number } ({ $pseudonym }) didin.
    Ziman: { $language } · Mijar: { $topic }
    Pirs: { $note }
    Tiştê ku hûn li vir dinivîsin diçe ba vî kesî. Dema we qedand /close, ji bo vegerandinê /release.
team-claim-taken = Daxwaza #{ $number } berê kesekî din girtiye.
team-claim-unknown = Ji bo we daxwazeke vekirî ya #{ $number } tune. /queue daxwazan nîşan dide.
team-claim-yours = Hûn jixwe bersiva daxwaza #{ $number } didin.
team-released = We daxwaza #{ $number } vegerand. Niha yên din dikarin wê bigirin.
team-closed = We daxwaza #{ $number } girt. Spas!
team-nothing-claimed = Niha hûn bersiva tu daxwazê nadin. /queue daxwazan nîşan dide.
team-role-granted =
    Niha rola { $name } ev e: { $role ->
            [peer] dilxwazê Supportgroup
            [staff] karmendê bajêr
            [admin] rêveber
           *[other] { $role }
        }.
team-role-revoked = Êdî rola { $name } di tîmê de tune.
team-role-unknown = Di tîmê de kesek bi navê { $name } tune.
team-role-taken = { $account } jixwe ya { $owner } e.
team-role-list =
    Tîm: { $count }
    { $list }
handover-new =
    Daxwaza nû #{ $request } ji { $pseudonym }. Ziman: { $language }. Mijar: { $topic }.
    Ji bo girtinê: /claim { $request }
handover-claim = ✋ Ez bersiv didim
handover-claimed = Niha { $helper } bersiva daxwaza we dide. Li vir binivîsin; { $helper } dixwîne. Ji bo vegera botê: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] wêneyek
            [voice] peyameke dengî
            [document] belgeyek
            [location] cihek
            [sticker] stîkerek
           *[other] pelek
        } şand.
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] wêneyek
            [voice] peyameke dengî
            [document] belgeyek
            [location] cihek
            [sticker] stîkerek
           *[other] pelek
        } şand.
handover-history =
    Tiştê ku #{ $request } { $pseudonym } berê nivîsî:
    { $history }
handover-closed =
    { $helper } daxwaza we girt. Hûn dîsa bi botê re dinivîsin.
    Gelo ev alîkariya we kir?
handover-user-left = #{ $request } { $pseudonym } vegeriya botê. Daxwaz hat girtin.
handover-closed-idle = Daxwaza we hat girtin, ji ber ku { $days } rojan kesî tê de nenivîsî. Heke hîn jî alîkarî hewce be, /human binivîsin.
handover-closed-idle-helper = #{ $request } { $pseudonym } hat girtin: { $days } rojan tu peyam nehat.
handover-taken-over = { $helper } daxwaza #{ $request } girt ser xwe.
feedback-yes = 👍 Erê
feedback-no = 👎 Na
feedback-thanks = Spas ji bo bersiva we!
handover-escalated =
    Daxwaza #{ $request } ji { $pseudonym } { $minutes } deqîqe ye li bendê ye. Ziman: { $language }. Mijar: { $topic }.
    Ji bo girtinê: /claim { $request }
handover-transcript =
    Daxwaz #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = Ji bo daxwaza #{ $request } tomar tune. Tomar demekê piştî girtina daxwazê tên jêbirin.
handover-room-opened = Ev ode ji bo daxwaza #{ $request } ({ $pseudonym }) e. Tiştê ku hûn li vir dinivîsin diçe ba vî kesî. Dema we qedand /close, ji bo vegerandinê /release.
team-room-closed = Daxwaza #{ $number } êdî ne ya we ye; tiştê li vir tê nivîsîn ji kesî re nayê şandin. /queue daxwazan nîşan dide.
