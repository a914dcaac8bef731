## Language

language-menu = تکایە زمانی خۆتان هەڵبژێرن.
language-set = باشە. لە ئێستاوە بە کوردیی سۆرانی بۆتان دەنووسم.
language-detected = بە کوردیی سۆرانی بۆتان دەنووسم. دەتوانن هەر کاتێک زمانەکە بگۆڕن: /language

## Main menu

main-menu = بەخێربێن بۆ Wegweiser { $city }! چۆن دەتوانم یارمەتیتان بدەم؟
main-topics = ℹ️ زانیاری
main-person = 💬 قسەکردن لەگەڵ کەسێک
main-language = 🌐 گۆڕینی زمان

## Buttons used in many places

button-back = ⬅️ گەڕانەوە
button-main = 🏠 لیستی سەرەکی
button-topics = 📚 بابەتی تر
button-person = 💬 قسەکردن لەگەڵ کەسێک
button-cancel = هەڵوەشاندنەوە

## Help and commands

help =
    بەم شێوەیە کار دەکات: دوگمەیەک دابگرن یان ژمارەکەی بنووسن.
    /start – گەڕانەوە بۆ سەرەتا
    /my – ناونووسین، وادە و داواکارییەکانتان
    /human – قسە لەگەڵ کەسێک بکە
    /mydata – ئەوەی دەربارەی تۆ هەڵی دەگرین
    /delete – سڕینەوەی زانیارییەکانت
    /privacy – چۆن مامەڵە لەگەڵ زانیارییەکانتان دەکەین
    /clear – سڕینەوەی نامەکانی ئەم چاتە
    /subscribe – هەواڵەکانت هەڵبژێرە
    /language – گۆڕینی زمان
    /help – ئەم یارمەتییە
    /stop – وەستاندنی نامەکان
stopped = ئیتر هیچ نامەیەکتان لە ئێمەوە بۆ نایەت. ئەگەر دیسان یارمەتیتان ویست، /start بنووسن.
unknown-command = ئەم فەرمانە نازانم. /help بنووسن، ئینجا هەموو فەرمانەکان دەبینن.

## When something does not fit

not-understood = ببورن، تێنەگەیشتم. تکایە بژاردەیەک هەڵبژێرن: ژمارەکەی بنووسن یان دایبگرن.
not-understood-twice = ببورە، هێشتا تێناگەم. دەتدەمە دەست کەسێک.
no-such-option = ژمارە { $number } لێرەدا نییە. تکایە ژمارەیەک لە 1 تا { $max } هەڵبژێرن.
empty-message = نامەکەتان بەتاڵ بوو. تکایە شتێک بنووسن یان ژمارەیەک هەڵبژێرن.
message-too-long = نامەکەتان زۆر درێژە. تکایە کورتتر بنووسن، هەتا { $max } پیت.
input-too-short = تکایە کەمێک زیاتر بنووسن، لانیکەم { $min } پیت.
input-too-long = ئەمە زۆر درێژە. تکایە لە { $max } پیت زیاتر مەنووسن.
button-stale = ئەم دوگمەیە کۆن بووە. ئەمە لیستی ئێستایە.
media-not-supported = هێشتا ناتوانم وێنە، نامەی دەنگی و فایل بخوێنمەوە. تکایە بۆم بنووسن یان ژمارەیەک هەڵبژێرن.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] دووشەممە
    [2] سێشەممە
    [3] چوارشەممە
    [4] پێنجشەممە
    [5] هەینی
    [6] شەممە
   *[7] یەکشەممە
}، { $day }/{ $month }/{ $year }، کاتژمێر { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = ئەم لینکە کۆن بووە. ئەمە لیستی سەرەکییە.
cmd-start = گەڕانەوە بۆ سەرەتا
cmd-my = ناونووسین، وادە و داواکارییەکانم
cmd-human = قسە لەگەڵ کەسێک بکە
cmd-language = گۆڕینی زمان
cmd-help = چۆن کار دەکات
cmd-stop = وەستاندنی نامەکان
cmd-privacy = پاراستنی زانیاری
cmd-clear = پاککردنەوەی ئەم چاتە
bot-description = بۆتی Wegweiser { $city } یارمەتی پەنابەران و ئەو کەسانە دەدات کە تازە هاتوونەتە شارەکە. لێرە زانیاریی { $wc_name }، خولی زمانی ئەڵمانی، دیالۆگی پەنابەران و ئەو کەسانەی بە زمانی ئێوە قسە دەکەن دەدۆزنەوە. دوگمەی «Start» دابگرن.
bot-short-description = یارمەتی بۆ پەنابەران و تازەهاتووان لە { $city }، بە زمانی خۆتان.
group-private = لێرە لە گرووپەکەدا یارمەتی نادەم، بۆ ئەوەی زانیارییەکانتان تایبەت بمێننەوە. تکایە ڕاستەوخۆ بۆم بنووسن.
group-open-chat = 💬 ڕاستەوخۆ بۆم بنووسن

## Errors and too many messages

event-failed = ببورن، ئەمە سەرکەوتوو نەبوو. تکایە دووبارە هەوڵ بدەنەوە.
slow-down = ئێوە زۆر خێرا دەنووسن. وەڵامی نامەکانتان یەک لە دوای یەک دەدەمەوە. تکایە کەمێک چاوەڕێ بکەن.
