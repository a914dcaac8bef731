## Language

language-menu = يُرجى اختيار لغتكم.
language-set = حسنًا. من الآن سأكتب لكم باللغة العربية.
language-detected = سأكتب لكم باللغة العربية. يمكنكم تغيير اللغة في أي وقت: /language

## Main menu

main-menu = أهلًا بكم في Wegweiser { $city }! كيف يمكنني مساعدتكم؟
main-topics = ℹ️ معلومات
main-person = 💬 التحدث مع شخص
main-language = 🌐 تغيير اللغة

## Buttons used in many places

button-back = ⬅️ رجوع
button-main = 🏠 القائمة الرئيسية
button-topics = 📚 مواضيع أخرى
button-person = 💬 التحدث مع شخص
button-cancel = إلغاء

## Help and commands

help =
    طريقة الاستخدام: اضغطوا على زر أو اكتبوا رقمه.
    /start – العودة إلى البداية
    /my – تسجيلاتكم وحجوزاتكم وطلباتكم
    /human – التحدث مع شخص
    /mydata – ما نحفظه عنكم
    /delete – حذف بياناتكم
    /privacy – كيف نتعامل مع بياناتكم
    /clear – حذف الرسائل في هذه المحادثة
    /subscribe – اختيار الأخبار
    /language – تغيير اللغة
    /help – هذه المساعدة
    /stop – إيقاف الرسائل
stopped = لن تصلكم رسائل منّا بعد الآن. اكتبوا /start إذا أردتم المساعدة مرة أخرى.
unknown-command = لا أعرف هذا الأمر. اكتبوا /help لتروا كل الأوامر.

## When something does not fit

not-understood = عذرًا، لم أفهم ذلك. يُرجى اختيار أحد الخيارات: اكتبوا رقمه أو اضغطوا عليه.
not-understood-twice = عذراً، ما زلت لا أفهم. سأحوّلكم إلى شخص.
no-such-option = لا يوجد رقم { $number } هنا. يُرجى اختيار رقم من 1 إلى { $max }.
empty-message = رسالتكم فارغة. يُرجى كتابة شيء أو اختيار رقم.
message-too-long = رسالتكم طويلة جدًا. يُرجى الكتابة باختصار. الحد الأقصى لعدد الأحرف: { $max }.
input-too-short = يُرجى كتابة نص أطول قليلًا. الحد الأدنى لعدد الأحرف: { $min }.
input-too-long = هذا طويل جدًا. الحد الأقصى لعدد الأحرف: { $max }.
button-stale = هذا الزر لم يعد صالحًا. هذه هي القائمة الحالية.
media-not-supported = لا أستطيع حتى الآن قراءة الصور أو الرسائل الصوتية أو الملفات. يُرجى الكتابة لي أو اختيار رقم.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}، { $day }/{ $month }/{ $year }، الساعة { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = هذا الرابط لم يعد صالحًا. هذه هي القائمة الرئيسية.
cmd-start = العودة إلى البداية
cmd-my = تسجيلاتي وحجوزاتي وطلباتي
cmd-human = التحدث مع شخص
cmd-language = تغيير اللغة
cmd-help = طريقة الاستخدام
cmd-stop = إيقاف الرسائل
cmd-privacy = حماية البيانات
cmd-clear = مسح هذه المحادثة
bot-description = يساعد Wegweiser { $city } اللاجئين والأشخاص الجدد في المدينة. ستجدون هنا معلومات من { $wc_name }، ودورات اللغة الألمانية، وحوارات اللاجئين، وأشخاصًا يتكلمون لغتكم. اضغطوا على «ابدأ».
bot-short-description = مساعدة للاجئين والقادمين الجدد في { $city }، بلغتكم.
group-private = لا أقدّم المساعدة هنا في المجموعة، حتى تبقى بياناتكم خاصة. يُرجى الكتابة لي مباشرة.
group-open-chat = 💬 اكتبوا لي مباشرة

## Errors and too many messages

event-failed = عذرًا، لم ينجح ذلك. يُرجى المحاولة مرة أخرى.
slow-down = أنتم تكتبون بسرعة كبيرة. أردّ على رسائلكم بالترتيب. يُرجى الانتظار قليلًا.
