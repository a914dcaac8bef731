## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = پێشبینینی پەیامی گشتی ({ $filters }):

    { $previews }
broadcast-drafted = پەیامی گشتی { $broadcast } دەچێت بۆ { $total } وەرگر:
    { $table }
broadcast-send-button = 📣 ناردن
broadcast-cancel-button = هەڵوەشاندنەوە
broadcast-nobody = کەس ئەم پەیامە وەرناگرێت: هیچ بەشداربوویەک لەگەڵ فلتەرەکان ناگونجێت.
broadcast-confirmed = پەیامی گشتی { $broadcast } دەنێردرێت. پێشکەوتنەکە لێرە دەبینیت.
broadcast-not-draft = پەیامی گشتی { $broadcast } پێشتر نێردراوە یان هەڵوەشێنراوەتەوە.
broadcast-unknown = پەیامی گشتی { $broadcast } نییە.
broadcast-cancelled = پەیامی گشتی { $broadcast } هەڵوەشێنرایەوە. { $held } پەیام نەنێردران.
broadcast-report = پەیامی گشتی { $broadcast }:
    { $table }
broadcast-progress = پەیامی گشتی { $broadcast }: { $sent } لە { $total } نێردران، { $failed } سەرنەکەوتوو، { $blocked } بلۆککراو.
broadcast-done = پەیامی گشتی { $broadcast } تەواو بوو:
    { $table }
broadcast-bad-filter = لە «{ $value }» تێناگەم. فلتەرەکان: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» پەیامی هەواڵ نییە. پەیامەکانی هەواڵ: { $list }
broadcast-what = کام هەواڵ؟ یەکێک لەمانە بنووسە: { $list }. یان فایلێک بە دەقێک بۆ هەر زمانێک و ژێرنووسی /broadcast بنێرە.
broadcast-file-or-news = یان ناوی هەواڵێک بنووسە یان فایلێک بنێرە، نەک هەردووکیان.
broadcast-file-wrong = فایلی { $file } بەم شێوەیە نانێردرێت:
    { $errors }
