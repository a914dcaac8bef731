## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = معاينة الرسالة الجماعية ({ $filters }):

    { $previews }
broadcast-drafted = الرسالة الجماعية { $broadcast } تصل إلى { $total } مستلمين:
    { $table }
broadcast-send-button = 📣 إرسال
broadcast-cancel-button = إلغاء
broadcast-nobody = لن يستلم أحد هذه الرسالة: لا يوجد مشترك يناسب المرشحات.
broadcast-confirmed = يتم إرسال الرسالة الجماعية { $broadcast }. سترون التقدم هنا.
broadcast-not-draft = الرسالة الجماعية { $broadcast } أُرسلت أو أُلغيت من قبل.
broadcast-unknown = لا توجد رسالة جماعية رقم { $broadcast }.
broadcast-cancelled = أُلغيت الرسالة الجماعية { $broadcast }. لم تُرسل { $held } رسائل.
broadcast-report = الرسالة الجماعية { $broadcast }:
    { $table }
broadcast-progress = الرسالة الجماعية { $broadcast }: أُرسلت { $sent } من { $total }، فشلت { $failed }، محظورة { $blocked }.
broadcast-done = انتهت الرسالة الجماعية { $broadcast }:
    { $table }
broadcast-bad-filter = لا أفهم «{ $value }». المرشحات: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» ليست رسالة أخبار. رسائل الأخبار: { $list }
broadcast-what = أي خبر؟ اختر واحدًا من هذه: { $list }. أو أرسل ملفًا فيه نص لكل لغة مع التعليق /broadcast.
broadcast-file-or-news = اذكر رسالة أخبار أو أرسل ملفًا، وليس الاثنين معًا.
broadcast-file-wrong = لا يمكن إرسال الملف { $file } بهذا الشكل:
    { $errors }
