## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» د ټیم امر نه دی. امرونه: /queue، /claim N، /release، /close.
staff-usage = دې امر ته نور معلومات پکار دي. داسې یې ولیکئ: { $usage }
staff-quotes = د نقل قول یوه نښه نه ده تړل شوې.
staff-not-a-number = «{ $value }» د غوښتنې شمېره نه ده.
staff-not-a-role = «{ $value }» رول نه دی. رولونه: peer، staff، admin.
staff-not-a-language = «{ $value }» زموږ له ژبو څخه نه ده.
staff-not-an-account = «{ $value }» حساب نه دی. telegram:، matrix: یا console: ولیکئ او بیا د کارن پېژند.
team-not-allowed = تاسو دا امر نه شئ کارولی.
team-queue-empty = اوس هېڅوک انتظار نه باسي.
team-queue =
    غوښتنې: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ساعته { $minutes } دقیقې
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ساعته { $minutes } دقیقې · ✋ { $helper }
team-claim-button = #{ $number } واخلئ
team-claimed =
    اوس تاسو د #{ $number } غوښتنې ({ $pseudonym }) ځواب ورکوئ.
    ژبه: { $language } · موضوع: { $topic }
    پوښتنه: { $note }
    هغه څه چې دلته لیکئ دې کس ته ځي. کله چې خلاص شوئ /close، د بېرته ورکولو لپاره /release.
team-claim-taken = #{ $number } غوښتنه مخکې بل چا اخیستې ده.
team-claim-unknown = ستاسو لپاره #{ $number } پرانیستې غوښتنه نشته. /queue غوښتنې ښيي.
team-claim-yours = تاسو لا دمخه د #{ $number } غوښتنې ځواب ورکوئ.
team-released = تاسو #{ $number } غوښتنه بېرته ورکړه. اوس نور یې اخیستی شي.
team-closed = تاسو #{ $number } غوښتنه وتړله. مننه!
team-nothing-claimed = اوس تاسو د هېڅ غوښتنې ځواب نه ورکوئ. /queue غوښتنې ښيي.
team-role-granted =
    د { $name } رول اوس: { $role ->
            [peer] د Supportgroup رضاکار
            [staff] د ښار کارکوونکی
            [admin] مدیر
           *[other] { $role }
        }.
team-role-revoked = { $name } نور په ټیم کې رول نه لري.
team-role-unknown = په ټیم کې د { $name } په نوم هېڅوک نشته.
team-role-taken = { $account } لا دمخه د { $owner } دی.
team-role-list =
    ټیم: { $count }
    { $list }
handover-new =
    نوې غوښتنه #{ $request } له { $pseudonym } څخه. ژبه: { $language }. موضوع: { $topic }.
    د اخیستو لپاره: /claim { $request }
handover-claim = ✋ زه ځواب ورکوم
handover-claimed = اوس { $helper } ستاسو غوښتنې ته ځواب ورکوي. دلته ولیکئ؛ { $helper } یې لولي. بوټ ته د بېرته تللو لپاره: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] یو عکس
            [voice] یو غږیز پیغام
            [document] یو سند
            [location] یو ځای
            [sticker] یو سټیکر
           *[other] یو فایل
        } ولېږه.
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] یو عکس
            [voice] یو غږیز پیغام
            [document] یو سند
            [location] یو ځای
            [sticker] یو سټیکر
           *[other] یو فایل
        } ولېږه.
handover-history =
    هغه څه چې #{ $request } { $pseudonym } مخکې لیکلي وو:
    { $history }
handover-closed =
    { $helper } ستاسو غوښتنه وتړله. تاسو بیا له بوټ سره لیکئ.
    ایا دې ستاسو مرسته وکړه؟
handover-user-left = #{ $request } { $pseudonym } بوټ ته بېرته ولاړ. غوښتنه وتړل شوه.
handover-closed-idle = ستاسو غوښتنه وتړل شوه، ځکه چې { $days } ورځې پکې چا څه ونه لیکل. که لا هم مرستې ته اړتیا لرئ، /human ولیکئ.
handover-closed-idle-helper = #{ $request } { $pseudonym } وتړل شو: { $days } ورځې هېڅ پیغام نه و.
handover-taken-over = { $helper } د #{ $request } غوښتنه په غاړه واخیسته.
feedback-yes = 👍 هو
feedback-no = 👎 نه
feedback-thanks = ستاسو د ځواب مننه!
handover-escalated =
    د { $pseudonym } #{ $request } غوښتنه { $minutes } دقیقې انتظار کې ده. ژبه: { $language }. موضوع: { $topic }.
    د اخیستو لپاره: /claim { $request }
handover-transcript =
    غوښتنه #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = د #{ $request } غوښتنې ریکارډ نشته. ریکارډونه د غوښتنې له تړلو یو څه وخت وروسته پاکېږي.
handover-room-opened = دا خونه د #{ $request } غوښتنې ({ $pseudonym }) لپاره ده. هغه څه چې دلته لیکئ دې کس ته ځي. کله چې خلاص شوئ /close، د بېرته ورکولو لپاره /release.
team-room-closed = #{ $number } غوښتنه نور ستاسو سره نه ده؛ دلته لیکل شوي څه چا ته نه لېږل کېږي. /queue غوښتنې ښيي.
