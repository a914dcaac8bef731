## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = پیش‌نمایش پیام همگانی ({ $filters }):

    { $previews }
broadcast-drafted = پیام همگانی { $broadcast } به { $total } گیرنده می‌رسد:
    { $table }
broadcast-send-button = 📣 ارسال
broadcast-cancel-button = لغو
broadcast-nobody = هیچ کس این پیام را نمی‌گیرد: هیچ مشترکی با فلترها جور نیست.
broadcast-confirmed = پیام همگانی { $broadcast } ارسال می‌شود. پیشرفت را اینجا می‌بینید.
broadcast-not-draft = پیام همگانی { $broadcast } قبلاً ارسال یا لغو شده است.
broadcast-unknown = پیام همگانی نمبر { $broadcast } وجود ندارد.
broadcast-cancelled = پیام همگانی { $broadcast } لغو شد. { $held } پیام ارسال نشد.
broadcast-report = پیام همگانی { $broadcast }:
    { $table }
broadcast-progress = پیام همگانی { $broadcast }: { $sent } از { $total } ارسال شد، { $failed } ناکام، { $blocked } بند.
broadcast-done = پیام همگانی { $broadcast } تمام شد:
    { $table }
broadcast-bad-filter = «{ $value }» را نمی‌فهمم. فلترها: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» پیام خبری نیست. پیام‌های خبری: { $list }
broadcast-what = کدام خبر؟ یکی از این‌ها را نام بگیرید: { $list }. یا فایلی با یک متن برای هر زبان و توضیح /broadcast بفرستید.
broadcast-file-or-news = یا نام یک خبر را بنویسید یا فایل بفرستید، نه هر دو.
broadcast-file-wrong = فایل { $file } را نمی‌شود به این شکل فرستاد:
    { $errors }
