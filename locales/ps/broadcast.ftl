## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = د ټولیز پیغام مخکتنه ({ $filters }):

    { $previews }
broadcast-drafted = ټولیز پیغام { $broadcast } { $total } ترلاسه کوونکو ته ځي:
    { $table }
broadcast-send-button = 📣 ولېږئ
broadcast-cancel-button = لغوه کړئ
broadcast-nobody = هیڅوک دا پیغام نه ترلاسه کوي: هیڅ ګډون کوونکی له فلټرونو سره سمون نه خوري.
broadcast-confirmed = ټولیز پیغام { $broadcast } لېږل کېږي. پرمختګ به دلته وګورئ.
broadcast-not-draft = ټولیز پیغام { $broadcast } مخکې لېږل شوی یا لغوه شوی.
broadcast-unknown = ټولیز پیغام { $broadcast } نشته.
broadcast-cancelled = ټولیز پیغام { $broadcast } لغوه شو. { $held } پیغامونه ونه لېږل شول.
broadcast-report = ټولیز پیغام { $broadcast }:
    { $table }
broadcast-progress = ټولیز پیغام { $broadcast }: له { $total } څخه { $sent } ولېږل شول، { $failed } ناکام، { $blocked } بند.
broadcast-done = ټولیز پیغام { $broadcast } پای ته ورسېد:
    { $table }
broadcast-bad-filter = زه «{ $value }» نه پوهېږم. فلټرونه: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» د خبرونو پیغام نه دی. د خبرونو پیغامونه: { $list }
broadcast-what = کوم خبر؟ له دې څخه یو ونومئ: { $list }. یا یو فایل د هرې ژبې لپاره د یوه متن او /broadcast سرلیک سره ولېږئ.
broadcast-file-or-news = یا د یوه خبر نوم ولیکئ یا فایل ولېږئ، نه دواړه.
broadcast-file-wrong = فایل { $file } په دې بڼه نه شي لېږل کېدای:
    { $errors }
