## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = پیش‌نمایش پیام همگانی ({ $filters }):

    { $previews }
broadcast-drafted = پیام همگانی { $broadcast } به { $total } گیرنده می‌رسد:
    { $table }
broadcast-send-button = 📣 ارسال
broadcast-cancel-button = لغو
broadcast-nobody = هیچ‌کس این پیام را دریافت نمی‌کند: هیچ مشترکی با فیلترها جور نیست.
broadcast-confirmed = پیام همگانی { $broadcast } در حال ارسال است. پیشرفت را اینجا می‌بینید.
broadcast-not-draft = پیام همگانی { $broadcast } قبلاً ارسال یا لغو شده است.
broadcast-unknown = پیام همگانی شماره { $broadcast } وجود ندارد.
broadcast-cancelled = پیام همگانی { $broadcast } لغو شد. { $held } پیام ارسال نشد.
broadcast-report = پیام همگانی { $broadcast }:
    { $table }
broadcast-progress = پیام همگانی { $broadcast }: { $sent } از { $total } ارسال شد، { $failed } ناموفق، { $blocked } مسدود.
broadcast-done = پیام همگانی { $broadcast } تمام شد:
    { $table }
broadcast-bad-filter = «{ $value }» را نمی‌فهمم. فیلترها: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» پیام خبری نیست. پیام‌های خبری: { $list }
broadcast-what = کدام خبر؟ یکی از این‌ها را نام ببرید: { $list }. یا فایلی با یک متن برای هر زبان و توضیح /broadcast بفرستید.
broadcast-file-or-news = یا نام یک خبر را بنویسید یا فایل بفرستید، نه هر دو.
broadcast-file-wrong = فایل { $file } را نمی‌توان به این شکل فرستاد:
    { $errors }
