## Language

language-menu = لطفاً زبان خود را انتخاب کنید.
language-set = خوب. از این به بعد به فارسی برایتان می‌نویسم.
language-detected = من به فارسی برایتان می‌نویسم. هر وقت بخواهید، می‌توانید زبان را تغییر دهید: /language

## Main menu

main-menu = به Wegweiser { $city } خوش آمدید! چطور می‌توانم به شما کمک کنم؟
main-topics = ℹ️ اطلاعات
main-person = 💬 صحبت با یک نفر
main-language = 🌐 تغییر زبان

## Buttons used in many places

button-back = ⬅️ بازگشت
button-main = 🏠 منوی اصلی
button-topics = 📚 موضوعات دیگر
button-person = 💬 صحبت با یک نفر
button-cancel = لغو

## Help and commands

help =
    روش کار: روی یک دکمه بزنید یا شماره‌اش را بنویسید.
    /start – بازگشت به ابتدا
    /my – ثبت‌نام‌ها، رزروها و درخواست‌های شما
    /human – گفتگو با یک نفر
    /mydata – آنچه درباره شما نگه می‌داریم
    /delete – پاک کردن اطلاعات شما
    /privacy – نحوه رفتار ما با اطلاعات شما
    /clear – پاک کردن پیام‌های این چت
    /subscribe – انتخاب اخبار
    /language – تغییر زبان
    /help – همین راهنما
    /stop – توقف پیام‌ها
stopped = دیگر از ما پیامی دریافت نمی‌کنید. هر وقت دوباره کمک خواستید، /start را بنویسید.
unknown-command = این دستور را نمی‌شناسم. /help را بنویسید تا همه دستورها را ببینید.

## When something does not fit

not-understood = متأسفانه متوجه نشدم. لطفاً یک گزینه را انتخاب کنید: شماره‌اش را بنویسید یا روی آن بزنید.
not-understood-twice = ببخشید، هنوز متوجه نمی‌شوم. شما را به یک نفر وصل می‌کنم.
no-such-option = شماره { $number } اینجا وجود ندارد. لطفاً یک شماره از 1 تا { $max } انتخاب کنید.
empty-message = پیام شما خالی بود. لطفاً چیزی بنویسید یا یک شماره انتخاب کنید.
message-too-long = پیام شما خیلی طولانی است. لطفاً کوتاه‌تر بنویسید، حداکثر { $max } حرف.
input-too-short = لطفاً کمی بیشتر بنویسید، حداقل { $min } حرف.
input-too-long = این خیلی طولانی است. لطفاً حداکثر { $max } حرف بنویسید.
button-stale = این دکمه دیگر به‌روز نیست. منوی فعلی این است.
media-not-supported = من هنوز نمی‌توانم عکس، پیام صوتی و فایل را بخوانم. لطفاً برایم بنویسید یا یک شماره انتخاب کنید.

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
}، { $year }/{ $month }/{ $day }، ساعت { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = این لینک دیگر به‌روز نیست. منوی اصلی این است.
cmd-start = بازگشت به ابتدا
cmd-my = ثبت‌نام‌ها، رزروها و درخواست‌های من
cmd-human = گفتگو با یک نفر
cmd-language = تغییر زبان
cmd-help = روش کار
cmd-stop = توقف پیام‌ها
cmd-privacy = حریم خصوصی
cmd-clear = پاک کردن این چت
bot-description = ربات Wegweiser { $city } به پناهندگان و کسانی که تازه به این شهر آمده‌اند کمک می‌کند. اینجا اطلاعاتی از { $wc_name }، کلاس‌های زبان آلمانی، گفت‌وگوهای پناهندگان و افرادی را پیدا می‌کنید که به زبان شما صحبت می‌کنند. روی «شروع» بزنید.
bot-short-description = کمک برای پناهندگان و تازه‌واردان در { $city }، به زبان شما.
group-private = من اینجا در گروه کمک نمی‌کنم تا اطلاعات شما خصوصی بماند. لطفاً مستقیم برایم بنویسید.
group-open-chat = 💬 پیام مستقیم به من

## Errors and too many messages

event-failed = متأسفانه این کار انجام نشد. لطفاً دوباره تلاش کنید.
slow-down = شما خیلی سریع می‌نویسید. به پیام‌هایتان به ترتیب جواب می‌دهم. لطفاً کمی صبر کنید.
