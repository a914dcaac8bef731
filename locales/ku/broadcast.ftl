## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Pêşdîtina peyama giştî ({ $filters }):

    { $previews }
broadcast-drafted = Peyama giştî { $broadcast } diçe { $total } wergiran:
    { $table }
broadcast-send-button = 📣 Bişîne
broadcast-cancel-button = Betal bike
broadcast-nobody = Kes vê peyamê nastîne: tu aboneyek li gorî fîlteran nîne.
broadcast-confirmed = Peyama giştî { $broadcast } tê şandin. Tu pêşketinê li vir dibînî.
broadcast-not-draft = Peyama giştî { $broadcast } berê hatiye şandin an betal kirin.
broadcast-unknown = Peyama giştî { $broadcast } tune.
broadcast-cancelled = Peyama giştî { $broadcast } betal bû. { $held } peyam nehatin şandin.
broadcast-report = Peyama giştî { $broadcast }:
    { $table }
broadcast-progress = Peyama giştî { $broadcast }: { $sent } ji { $total } hatin şandin, { $failed } bi ser neket, { $blocked } astengkirî.
broadcast-done = Peyama giştî { $broadcast } qediya:
    { $table }
broadcast-bad-filter = Ez «{ $value }» fam nakim. Fîlter: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» ne peyameke nûçeyan e. Peyamên nûçeyan: { $list }
broadcast-what = Kîjan nûçe? Yekê ji van binivîsin: { $list }. An jî pelekê bi nivîsekê ji bo her zimanî û bi binnivîsa /broadcast bişînin.
broadcast-file-or-news = An navê nûçeyekê binivîsin an jî pelekê bişînin, ne her du jî.
broadcast-file-wrong = Pela { $file } bi vî awayî nayê şandin:
    { $errors }
