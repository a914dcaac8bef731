## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» ليس من أوامر الفريق. الأوامر: /queue و /claim N و /release و /close.
staff-usage = هذا الأمر يحتاج إلى معلومات أخرى. اكتبوه هكذا: { $usage }
staff-quotes = علامة اقتباس غير مغلقة.
staff-not-a-number = «{ $value }» ليس رقم طلب.
staff-not-a-role = «{ $value }» ليس دورًا. الأدوار: peer و staff و admin.
staff-not-a-language = «{ $value }» ليست من لغاتنا.
staff-not-an-account = «{ $value }» ليس حسابًا. اكتبوا telegram: أو matrix: أو console: ثم معرّف المستخدم.
team-not-allowed = لا يحق لكم استخدام هذا الأمر.
team-queue-empty = لا أحد ينتظر الآن.
team-queue =
    الطلبات: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } س { $minutes } د
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } س { $minutes } د · ✋ { $helper }
team-claim-button = استلام #{ $number }
team-claimed =
    أنتم الآن تردّون على الطلب #{ $number } ({ $pseudonym }).
    اللغة: { $language } · الموضوع: { $topic }
    السؤال: { $note }
    ما تكتبونه هنا يصل إلى هذا الشخص. /close عند الانتهاء، و /release لإعادة الطلب.
team-claim-taken = استلم شخص آخر الطلب #{ $number } من قبل.
team-claim-unknown = لا يوجد طلب مفتوح #{ $number } لكم. /queue يعرض الطلبات.
team-claim-yours = أنتم تردّون على الطلب #{ $number } بالفعل.
team-released = أعدتم الطلب #{ $number }. يمكن لغيركم استلامه الآن.
team-closed = أغلقتم الطلب #{ $number }. شكرًا لكم!
team-nothing-claimed = لا تردّون على أي طلب الآن. /queue يعرض الطلبات.
team-role-granted =
    دور { $name } الآن: { $role ->
            [peer] متطوع في Supportgroup
            [staff] موظف في المدينة
            [admin] مدير
           *[other] { $role }
        }.
team-role-revoked = لم يعد لـ { $name } دور في الفريق.
team-role-unknown = لا يوجد أحد باسم { $name } في الفريق.
team-role-taken = { $account } يخص { $owner } بالفعل.
team-role-list =
    الفريق: { $count }
    { $list }
handover-new =
    طلب جديد #{ $request } من { $pseudonym }. اللغة: { $language }. الموضوع: { $topic }.
    لاستلامه: /claim { $request }
handover-claim = ✋ سأردّ أنا
handover-claimed = { $helper } يردّ الآن على طلبكم. اكتبوا هنا؛ { $helper } يقرأ رسائلكم. للعودة إلى البوت: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    أرسل { $helper } { $media ->
            [photo] صورة
            [voice] رسالة صوتية
            [document] مستندًا
            [location] موقعًا
            [sticker] ملصقًا
           *[other] ملفًا
        }.
handover-media-from-user =
    أرسل #{ $request } { $pseudonym } { $media ->
            [photo] صورة
            [voice] رسالة صوتية
            [document] مستندًا
            [location] موقعًا
            [sticker] ملصقًا
           *[other] ملفًا
        }.
handover-history =
    ما كتبه #{ $request } { $pseudonym } من قبل:
    { $history }
handover-closed =
    أغلق { $helper } طلبكم. أنتم تكتبون مع البوت من جديد.
    هل ساعدكم ذلك؟
handover-user-left = عاد #{ $request } { $pseudonym } إلى البوت. الطلب مغلق.
handover-closed-idle = تم إغلاق طلبكم لأن أحدًا لم يكتب فيه منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. إذا كنتم ما زلتم بحاجة إلى مساعدة، اكتبوا /human.
handover-closed-idle-helper = أُغلق #{ $request } { $pseudonym }: لا رسائل منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
handover-taken-over = تولّى { $helper } الطلب #{ $request }.
feedback-yes = 👍 نعم
feedback-no = 👎 لا
feedback-thanks = شكرًا على إجابتكم!
handover-escalated =
    الطلب #{ $request } من { $pseudonym } ينتظر منذ { $minutes } دقيقة. اللغة: { $language }. الموضوع: { $topic }.
    لاستلامه: /claim { $request }
handover-transcript =
    الطلب #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = لا يوجد سجل للطلب #{ $request }. تُحذف السجلات بعد مدة من إغلاق الطلب.
handover-room-opened = هذه الغرفة للطلب #{ $request } ({ $pseudonym }). ما تكتبونه هنا يصل إلى هذا الشخص. /close عند الانتهاء، و /release لإعادة الطلب.
team-room-closed = الطلب #{ $number } لم يعد لكم؛ ما يُكتب هنا لا يُرسل إلى أحد. /queue يعرض الطلبات.
