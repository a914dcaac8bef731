## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    ما نحفظه عنكم:
    اللغة: { $language }
    مواضيع الأخبار المشترك بها: { $news } (للتغيير: /subscribe)
    الدورات: { $courses }
    حوارات اللاجئين: { $sessions }
    طلبات التواصل مع المتطوعين: { $requests }
    طلبات التحدث مع شخص: { $handovers }
    رسائلكم إلى شخص: { $messages }
    رسائل من البوت: { $notices }
    أرقام رسائل المحادثة (لأجل /clear): { $chat }
    لحذف كل شيء: /delete
delete-confirm = هل تريدون أن نحذف كل ما نحفظه عنكم؟ ستنتهي تسجيلاتكم وحجوزاتكم وطلباتكم. لا يمكن التراجع عن ذلك.
delete-yes = 🗑 نعم، احذفوا كل شيء
delete-done = حُذف كل ما كنا نحفظه عنكم. إذا كتبتم من جديد، نبدأ من البداية.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    باختصار عن حماية البيانات: نحفظ لغتكم وتسجيلاتكم وما تكتبونه إلى شخص. لا يرى ذلك إلا الأشخاص الذين يساعدونكم.
    إذا لم تكتبوا لنا لمدة { $idle_months ->
        [zero] { $idle_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $idle_months } أشهر
        [many] { $idle_months } شهرًا
       *[other] { $idle_months } شهر
    }، نحذف كل شيء بعد تذكير واحد. باستخدام /delete تحذفون كل شيء فورًا. للمزيد: /privacy
privacy-ok = 👍 حسنًا
privacy-more = 🔒 المزيد عن حماية البيانات
privacy-info =
    هكذا نتعامل مع بياناتكم:
    • نحفظ لغتكم، وتسجيلاتكم في الدورات وحوارات اللاجئين، وطلبات التواصل التي أرسلتموها، وما تكتبونه إلى شخص.
    • لا يرى ذلك إلا موظفو المدينة والمتطوعون الذين يساعدونكم. وهم يرون اسمًا مستعارًا، لا اسمكم.
    • ينتهي طلبكم للتحدث مع شخص إذا لم يكتب فيه أحد لمدة { $handover_idle_days ->
        [zero] { $handover_idle_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $handover_idle_days } أيام
        [many] { $handover_idle_days } يومًا
       *[other] { $handover_idle_days } يوم
    }. وبعد { $transcript_days ->
        [zero] { $transcript_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $transcript_days } أيام
        [many] { $transcript_days } يومًا
       *[other] { $transcript_days } يوم
    } من انتهائه، نحذف ما كُتب فيه.
    • نحذف من نظامنا الرسائل التي أرسلناها إليكم بعد { $delivered_days ->
        [zero] { $delivered_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $delivered_days } أيام
        [many] { $delivered_days } يومًا
       *[other] { $delivered_days } يوم
    }.
    • إذا لم تكتبوا لمدة { $idle_months ->
        [zero] { $idle_months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $idle_months } أشهر
        [many] { $idle_months } شهرًا
       *[other] { $idle_months } شهر
    }، نذكّركم مرة واحدة. وإذا لم تكتبوا بعد ذلك لمدة { $notice_days ->
        [zero] { $notice_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $notice_days } أيام
        [many] { $notice_days } يومًا
       *[other] { $notice_days } يوم
    }، نحذف كل شيء.
    • باستخدام /mydata ترون ما نحفظه. وباستخدام /delete يُحذف كل شيء فورًا. وباستخدام /clear تُحذف الرسائل في هذه المحادثة.
conversation-idle-notice = لم تكتبوا لنا منذ { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }. إذا لم تكتبوا خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من الآن، سنحذف كل ما نحفظه عنكم. إذا أردتم الاحتفاظ به، فاكتبوا لنا رسالة فقط.
clear-done = حذفتُ الرسائل في هذه المحادثة. تبقى تسجيلاتكم وطلباتكم كما هي.
clear-some-left = حذفتُ الرسائل في هذه المحادثة قدر الإمكان. لا أستطيع حذف { $count ->
        [zero] { $count } رسالة قديمة
        [one] رسالة قديمة واحدة
        [two] رسالتين قديمتين
        [few] { $count } رسائل قديمة
        [many] { $count } رسالة قديمة
       *[other] { $count } رسالة قديمة
    }. يُرجى مسح سجل المحادثة بأنفسكم من قائمة هذه المحادثة. تبقى تسجيلاتكم وطلباتكم كما هي.
clear-not-here = لا أستطيع حذف الرسائل في هذه المحادثة. يُرجى مسح سجل المحادثة بأنفسكم. تبقى تسجيلاتكم وطلباتكم كما هي.
