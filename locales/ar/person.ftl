## Talk to a person

person-ask =
    سأرسل سؤالكم إلى شخص يتكلم لغتكم.
    اكتبوا سؤالكم باختصار. أو اضغطوا على «متابعة بدون سؤال».
person-skip = متابعة بدون سؤال
person-confirm =
    طلبكم:
    الموضوع: { $topic }
    السؤال: { $note }
    هل أرسله؟
person-send = ✅ نعم، أرسِله
person-done =
    شكرًا! وصل طلبكم.
    عادةً يردّ عليكم شخص خلال { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
    أوقات الدوام: { $office_hours }
    اكتبوا هنا فقط. للعودة إلى البوت اكتبوا /bot.
note-none = (لا يوجد)
handover-leave = 🤖 العودة إلى البوت
handover-back = انتهى طلبكم للتحدث مع شخص. أنتم تكتبون مع البوت من جديد.
handover-outside-hours = نحن الآن خارج أوقات الدوام. سنردّ عليكم ابتداءً من { $when }.

## Files and an open request

file-too-large = هذا الملف كبير جدًا. يمكنني إرسال ملفات يصل حجمها إلى { $megabytes } ميغابايت.
file-quota-reached = لقد أرسلتم ملفات كثيرة. يُرجى الآن كتابة سؤالكم كرسالة نصية.
handover-already-open = طلبكم للتحدث مع شخص ما زال مفتوحًا. ما تكتبونه الآن سيصل إلى الشخص الذي يردّ عليكم.
