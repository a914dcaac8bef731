## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Horudhac fariinta guud ({ $filters }):

    { $previews }
broadcast-drafted = Fariinta guud { $broadcast } waxay gaaraysaa { $total } qof:
    { $table }
broadcast-send-button = 📣 Dir
broadcast-cancel-button = Jooji
broadcast-nobody = Qofna ma helayo fariintan: ma jiro qof ku biiray oo ku habboon shaandhooyinka.
broadcast-confirmed = Fariinta guud { $broadcast } waa la dirayaa. Horumarka halkan ayaad ku arki doontaa.
broadcast-not-draft = Fariinta guud { $broadcast } hore ayaa loo diray ama la joojiyay.
broadcast-unknown = Ma jirto fariin guud { $broadcast }.
broadcast-cancelled = Fariinta guud { $broadcast } waa la joojiyay. { $held } fariimood lama dirin.
broadcast-report = Fariinta guud { $broadcast }:
    { $table }
broadcast-progress = Fariinta guud { $broadcast }: { $sent } ka mid ah { $total } ayaa la diray, { $failed } way fashilmeen, { $blocked } waa la xannibay.
broadcast-done = Fariinta guud { $broadcast } waa dhammaatay:
    { $table }
broadcast-bad-filter = “{ $value }” ma fahmin. Shaandhooyinka: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = “{ $value }” ma aha fariin warar. Fariimaha wararka: { $list }
broadcast-what = War kee? Mid ka mid kuwan qor: { $list }. Ama soo dir fayl leh qoraal luqad kasta iyo qoraalka hoose /broadcast.
broadcast-file-or-news = Qor magaca war ama soo dir fayl, labadaba ha samayn.
broadcast-file-wrong = Faylka { $file } sidan looma diri karo:
    { $errors }
