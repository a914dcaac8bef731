## Language

language-menu = لطفاً زبان خود را انتخاب کنید.
language-set = خوب. از این به بعد به زبان دری برای شما می‌نویسم.
language-detected = من به زبان دری برای شما می‌نویسم. هر وقت بخواهید، می‌توانید زبان را تغییر بدهید: /language

## Main menu

main-menu = به Wegweiser { $city } خوش آمدید! چطور می‌توانم با شما کمک کنم؟
main-topics = ℹ️ معلومات
main-person = 💬 صحبت با یک شخص
main-language = 🌐 تغییر زبان

## Buttons used in many places

button-back = ⬅️ برگشت
button-main = 🏠 مینوی اصلی
button-topics = 📚 موضوعات دیگر
button-person = 💬 صحبت با یک شخص
button-cancel = لغو

## Help and commands

help =
    طریقه استفاده: یک دکمه را فشار بدهید یا شماره آن را بنویسید.
    /start – برگشت به شروع
    /my – ثبت نام‌ها، ریزرف‌ها و درخواست‌های شما
    /language – تغییر زبان
    /help – همین رهنمایی
    /stop – توقف پیام‌ها
stopped = شما دیگر از ما پیام دریافت نمی‌کنید. هر وقت دوباره کمک خواستید، /start را بنویسید.
unknown-command = این دستور را نمی‌شناسم. /help را بنویسید تا همه دستورها را ببینید.

## When something does not fit

not-understood = متأسفانه نفهمیدم. لطفاً یک گزینه را انتخاب کنید: شماره آن را بنویسید یا آن را فشار بدهید.
no-such-option = شماره { $number } اینجا وجود ندارد. لطفاً یک شماره از 1 تا { $max } انتخاب کنید.
empty-message = پیام شما خالی بود. لطفاً چیزی بنویسید یا یک شماره انتخاب کنید.
message-too-long = پیام شما بسیار طولانی است. لطفاً کوتاه‌تر بنویسید، حداکثر { $max } حرف.
input-too-short = لطفاً کمی بیشتر بنویسید، حداقل { $min } حرف.
input-too-long = این بسیار طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
button-stale = این دکمه دیگر اعتبار ندارد. این مینوی فعلی است.
media-not-supported = من هنوز عکس، پیام صوتی و فایل را خوانده نمی‌توانم. لطفاً برایم بنویسید یا یک شماره انتخاب کنید.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] دوشنبه
    [2] سه‌شنبه
    [3] چهارشنبه
    [4] پنجشنبه
    [5] جمعه
    [6] شنبه
   *[7] یکشنبه
}، { $day }/{ $month }/{ $year }، ساعت { $time }
