## Language

language-menu = مهرباني وکړئ خپله ژبه وټاکئ.
language-set = ښه. له اوس وروسته به تاسو ته په پښتو ولیکم.
language-detected = زه به تاسو ته په پښتو ولیکم. تاسو هر وخت ژبه بدلولای شئ: /language

## Main menu

main-menu = ښه راغلاست! دا Wegweiser { $city } دی. زه څنګه له تاسو سره مرسته کولای شم؟
main-topics = ℹ️ معلومات
main-person = 💬 له یوه کس سره خبرې وکړئ
main-language = 🌐 ژبه بدله کړئ

## Buttons used in many places

button-back = ⬅️ شاته
button-main = 🏠 اصلي مینو
button-topics = 📚 نورې موضوعګانې
button-person = 💬 له یوه کس سره خبرې وکړئ
button-cancel = لغوه کړئ

## Help and commands

help =
    دا داسې کار کوي: په یوه تڼۍ کېکاږئ یا د هغې شمېره ولیکئ.
    /start – بېرته پیل ته
    /my – ستاسو نوم لیکنې، نیول شوي ځایونه او غوښتنې
    /human – له یوه کس سره خبرې وکړئ
    /mydata – هغه څه چې موږ ستاسو په اړه ساتو
    /delete – خپل معلومات پاک کړئ
    /privacy – موږ ستاسو له معلوماتو سره څنګه چلند کوو
    /clear – د دې چټ پیغامونه پاک کړئ
    /subscribe – خپل خبرونه وټاکئ
    /language – ژبه بدلول
    /help – دا لارښوونه
    /stop – د پیغامونو بندول
stopped = تاسو به نور له موږ څخه پیغامونه ترلاسه نه کړئ. کله چې بیا مرستې ته اړتیا ولرئ، /start ولیکئ.
unknown-command = زه دا امر نه پېژنم. /help ولیکئ، بیا به ټول امرونه ووینئ.

## When something does not fit

not-understood = بښنه غواړم، زه پوه نه شوم. مهرباني وکړئ یوه ګزینه وټاکئ: شمېره یې ولیکئ یا پرې کېکاږئ.
not-understood-twice = بښنه غواړم، لا هم نه پوهېږم. تاسو یو انسان ته سپارم.
no-such-option = شمېره { $number } دلته نشته. مهرباني وکړئ له 1 څخه تر { $max } پورې یوه شمېره وټاکئ.
empty-message = ستاسو پیغام خالي و. مهرباني وکړئ یو څه ولیکئ یا یوه شمېره وټاکئ.
message-too-long = ستاسو پیغام ډېر اوږد دی. مهرباني وکړئ لنډ یې ولیکئ. د تورو شمېر باید تر { $max } زیات نه وي.
input-too-short = مهرباني وکړئ یو څه نور هم ولیکئ. د تورو شمېر باید لږ تر لږه { $min } وي.
input-too-long = دا ډېر اوږد دی. د تورو شمېر باید تر { $max } زیات نه وي.
button-stale = دا تڼۍ زړه شوې ده. دا دی اوسنی مینو.
media-not-supported = زه لا تر اوسه انځورونه، غږیز پیغامونه او فایلونه نه شم لوستلای. مهرباني وکړئ ما ته ولیکئ یا یوه شمېره وټاکئ.

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

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = دا لینک زوړ شوی دی. دا دی اصلي مینو.
cmd-start = بېرته پیل ته
cmd-my = زما نوم لیکنې، نیول شوي ځایونه او غوښتنې
cmd-human = له یوه کس سره خبرې وکړئ
cmd-language = ژبه بدلول
cmd-help = دا څنګه کار کوي
cmd-stop = د پیغامونو بندول
cmd-privacy = د معلوماتو ساتنه
cmd-clear = دا چټ پاکول
bot-description = Wegweiser { $city } له کډوالو او هغو خلکو سره مرسته کوي چې ښار ته نوي راغلي دي. دلته تاسو د { $wc_name } معلومات، د جرمني ژبې کورسونه، د کډوالو خبرې اترې او هغه خلک پیدا کوئ چې ستاسو په ژبه خبرې کوي. په «Start» کېکاږئ.
bot-short-description = په { $city } کې د کډوالو او نویو راغلو خلکو لپاره مرسته، ستاسو په ژبه.
group-private = زه دلته په ګروپ کې مرسته نه کوم، څو ستاسو معلومات خصوصي پاتې شي. مهرباني وکړئ ما ته مستقیم ولیکئ.
group-open-chat = 💬 ما ته مستقیم ولیکئ

## Errors and too many messages

event-failed = بښنه غواړم، دا کار ونه شو. مهرباني وکړئ بیا هڅه وکړئ.
slow-down = تاسو ډېر ګړندي لیکئ. زه ستاسو پیغامونو ته یو په بل پسې ځواب درکوم. مهرباني وکړئ یوه شېبه صبر وکړئ.
