## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» فەرمانی تیم نییە. فەرمانەکان: /queue، /claim N، /release، /close.
staff-usage = ئەم فەرمانە زانیاریی تری پێویستە. بەم شێوەیە بینووسە: { $usage }
staff-quotes = نیشانەیەکی وتە دانەخراوە.
staff-not-a-number = «{ $value }» ژمارەی داواکاری نییە.
staff-not-a-role = «{ $value }» ڕۆڵ نییە. ڕۆڵەکان: peer، staff، admin.
staff-not-a-language = «{ $value }» یەکێک لە زمانەکانی ئێمە نییە.
staff-not-an-account = «{ $value }» هەژمار نییە. telegram: یان matrix: یان console: بنووسە و پاشان ناسنامەی بەکارهێنەر.
team-not-allowed = ناتوانیت ئەم فەرمانە بەکاربهێنیت.
team-queue-empty = ئێستا کەس چاوەڕێ ناکات.
team-queue =
    داواکارییەکان: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } کاتژمێر { $minutes } خولەک
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } کاتژمێر { $minutes } خولەک · ✋ { $helper }
team-claim-button = وەرگرتنی #{ $number }
team-claimed =
    ئێستا تۆ وەڵامی داواکاریی #{ $number } ({ $pseudonym }) دەدەیتەوە.
    زمان: { $language } · بابەت: { $topic }
    پرسیار: { $note }
    ئەوەی لێرە دەینووسیت دەگاتە ئەو کەسە. کاتێک تەواو بوویت /close، بۆ گەڕاندنەوە /release.
team-claim-taken = داواکاریی #{ $number } پێشتر کەسێکی تر وەریگرتووە.
team-claim-unknown = داواکارییەکی کراوەی #{ $number } بۆ تۆ نییە. /queue داواکارییەکان پیشان دەدات.
team-claim-yours = تۆ پێشتر وەڵامی داواکاریی #{ $number } دەدەیتەوە.
team-released = داواکاریی #{ $number }ت گەڕاندەوە. ئێستا کەسانی تر دەتوانن وەریبگرن.
team-closed = داواکاریی #{ $number }ت داخست. سوپاس!
team-nothing-claimed = ئێستا وەڵامی هیچ داواکارییەک نادەیتەوە. /queue داواکارییەکان پیشان دەدات.
team-role-granted =
    ڕۆڵی { $name } ئێستا: { $role ->
            [peer] خۆبەخشی Supportgroup
            [staff] فەرمانبەری شار
            [admin] بەڕێوەبەر
           *[other] { $role }
        }.
team-role-revoked = { $name } چیتر ڕۆڵی لە تیمدا نییە.
team-role-unknown = کەس بە ناوی { $name } لە تیمدا نییە.
team-role-taken = { $account } پێشتر هی { $owner } ە.
team-role-list =
    تیم: { $count }
    { $list }
handover-new =
    داواکاریی نوێ #{ $request } لە { $pseudonym }. زمان: { $language }. بابەت: { $topic }.
    بۆ وەرگرتن: /claim { $request }
handover-claim = ✋ من وەڵام دەدەمەوە
handover-claimed = ئێستا { $helper } وەڵامی داواکارییەکەت دەداتەوە. لێرە بنووسە؛ { $helper } دەیخوێنێتەوە. بۆ گەڕانەوە بۆ بۆت: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] وێنەیەک
            [voice] نامەیەکی دەنگی
            [document] بەڵگەنامەیەک
            [location] شوێنێک
            [sticker] ستیکەرێک
           *[other] فایلێک
        } نارد.
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] وێنەیەک
            [voice] نامەیەکی دەنگی
            [document] بەڵگەنامەیەک
            [location] شوێنێک
            [sticker] ستیکەرێک
           *[other] فایلێک
        } نارد.
handover-history =
    ئەوەی #{ $request } { $pseudonym } پێشتر نووسیویەتی:
    { $history }
handover-closed =
    { $helper } داواکارییەکەتی داخست. دووبارە لەگەڵ بۆت دەنووسیت.
    ئایا ئەمە یارمەتیی دایت؟
handover-user-left = #{ $request } { $pseudonym } گەڕایەوە بۆ بۆت. داواکارییەکە داخرا.
handover-closed-idle = داواکارییەکەتان داخرا، چونکە { $days } ڕۆژ کەس تێیدا نەینووسی. ئەگەر هێشتا یارمەتیتان پێویستە، /human بنووسن.
handover-closed-idle-helper = #{ $request } { $pseudonym } داخرا: { $days } ڕۆژ هیچ نامەیەک نەهات.
handover-taken-over = { $helper } داواکاریی #{ $request } وەرگرت.
feedback-yes = 👍 بەڵێ
feedback-no = 👎 نەخێر
feedback-thanks = سوپاس بۆ وەڵامەکەت!
handover-escalated =
    داواکاریی #{ $request } لە { $pseudonym } { $minutes } خولەکە چاوەڕێیە. زمان: { $language }. بابەت: { $topic }.
    بۆ وەرگرتن: /claim { $request }
handover-transcript =
    داواکاریی #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = تۆمارێک بۆ داواکاریی #{ $request } نییە. تۆمارەکان ماوەیەک دوای داخستنی داواکارییەکە دەسڕێنەوە.
handover-room-opened = ئەم ژوورە بۆ داواکاریی #{ $request } ({ $pseudonym }) ە. ئەوەی لێرە دەینووسیت دەگاتە ئەو کەسە. کاتێک تەواو بوویت /close، بۆ گەڕاندنەوە /release.
team-room-closed = داواکاریی #{ $number } چیتر هی تۆ نییە؛ ئەوەی لێرە دەنووسرێت بۆ کەس نانێردرێت. /queue داواکارییەکان پیشان دەدات.
