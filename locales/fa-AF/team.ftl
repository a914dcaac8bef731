## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» دستور تیم نیست. دستورها: /queue، /claim N، /release، /close.
staff-usage = این دستور اطلاعات دیگری لازم دارد. این‌طور بنویسید: { $usage }
staff-quotes = یک علامت نقل‌قول بسته نشده است.
staff-not-a-number = «{ $value }» شماره درخواست نیست.
staff-not-a-role = «{ $value }» نقش نیست. نقش‌ها: peer، staff، admin.
staff-not-a-language = «{ $value }» از زبان‌های ما نیست.
staff-not-an-account = «{ $value }» حساب کاربری نیست. بنویسید telegram: یا matrix: یا console: و بعد شناسه کاربر.
team-not-allowed = شما اجازه استفاده از این دستور را ندارید.
team-queue-empty = حالا کسی منتظر نیست.
team-queue =
    درخواست‌ها: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ساعت { $minutes } دقیقه
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ساعت { $minutes } دقیقه · ✋ { $helper }
team-claim-button = برداشتن #{ $number }
team-claimed =
    حالا شما به درخواست #{ $number } ({ $pseudonym }) جواب می‌دهید.
    زبان: { $language } · موضوع: { $topic }
    سؤال: { $note }
    هر چه اینجا بنویسید به این شخص می‌رسد. وقتی تمام شد /close، برای پس دادن /release.
team-claim-taken = شخص دیگری درخواست #{ $number } را قبلاً برداشته است.
team-claim-unknown = درخواست باز #{ $number } برای شما وجود ندارد. /queue درخواست‌ها را نشان می‌دهد.
team-claim-yours = شما همین حالا به درخواست #{ $number } جواب می‌دهید.
team-released = درخواست #{ $number } را پس دادید. حالا دیگران می‌توانند آن را بردارند.
team-closed = درخواست #{ $number } را بستید. تشکر!
team-nothing-claimed = حالا به هیچ درخواستی جواب نمی‌دهید. /queue درخواست‌ها را نشان می‌دهد.
team-role-granted =
    نقش { $name } حالا: { $role ->
            [peer] داوطلب Supportgroup
            [staff] کارمند شهر
            [admin] مدیر
           *[other] { $role }
        }.
team-role-revoked = { $name } دیگر در تیم نقشی ندارد.
team-role-unknown = در تیم کسی به نام { $name } نیست.
team-role-taken = { $account } قبلاً متعلق به { $owner } است.
team-role-list =
    تیم: { $count }
    { $list }
handover-new =
    درخواست جدید #{ $request } از { $pseudonym }. زبان: { $language }. موضوع: { $topic }.
    برای برداشتن: /claim { $request }
handover-claim = ✋ من جواب می‌دهم
handover-claimed = حالا { $helper } به درخواست شما جواب می‌دهد. اینجا بنویسید؛ { $helper } آن را می‌خواند. برای برگشت به بات: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] یک عکس
            [voice] یک پیام صوتی
            [document] یک سند
            [location] یک موقعیت مکانی
            [sticker] یک استیکر
           *[other] یک فایل
        } فرستاد.
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] یک عکس
            [voice] یک پیام صوتی
            [document] یک سند
            [location] یک موقعیت مکانی
            [sticker] یک استیکر
           *[other] یک فایل
        } فرستاد.
handover-history =
    آنچه #{ $request } { $pseudonym } قبلاً نوشته است:
    { $history }
handover-closed =
    { $helper } درخواست شما را بست. دوباره با بات می‌نویسید.
    آیا این به شما کمک کرد؟
handover-user-left = #{ $request } { $pseudonym } به بات برگشت. درخواست بسته شد.
handover-closed-idle = درخواست شما بسته شد، زیرا { $days } روز کسی در آن چیزی ننوشت. اگر هنوز به کمک ضرورت دارید، /human بنویسید.
handover-closed-idle-helper = #{ $request } { $pseudonym } بسته شد: { $days } روز هیچ پیامی نیامد.
handover-taken-over = { $helper } درخواست #{ $request } را به عهده گرفت.
feedback-yes = 👍 بله
feedback-no = 👎 نه
feedback-thanks = از جواب شما تشکر می‌کنیم!
handover-escalated =
    درخواست #{ $request } از { $pseudonym } از { $minutes } دقیقه به این طرف منتظر است. زبان: { $language }. موضوع: { $topic }.
    برای گرفتن: /claim { $request }
handover-transcript =
    درخواست #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = برای درخواست #{ $request } سابقه‌ای نیست. سابقه‌ها کمی بعد از بسته شدن درخواست پاک می‌شوند.
handover-room-opened = این اتاق برای درخواست #{ $request } ({ $pseudonym }) است. هر چه اینجا بنویسید به این شخص می‌رسد. وقتی ختم شد /close، برای پس دادن /release.
team-room-closed = درخواست #{ $number } دیگر پیش شما نیست؛ چیزی که اینجا نوشته شود به کسی نمی‌رسد. /queue درخواست‌ها را نشان می‌دهد.
