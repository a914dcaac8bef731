## Language

language-menu = በጃኹም ቋንቋኹም ምረጹ።
language-set = ሕራይ። ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።
language-detected = ብትግርኛ ክጽሕፈልኩም እየ። ቋንቋ ኣብ ዝኾነ እዋን ክትቕይሩ ትኽእሉ ኢኹም: /language

## Main menu

main-menu = ናብ Wegweiser { $city } እንቋዕ ብደሓን መጻእኩም! ብኸመይ ክሕግዘኩም እኽእል?
main-topics = ℹ️ ሓበሬታ
main-person = 💬 ምስ ሰብ ተዛረቡ
main-language = 🌐 ቋንቋ ቀይሩ

## Buttons used in many places

button-back = ⬅️ ንድሕሪት
button-main = 🏠 ቀንዲ ዝርዝር
button-topics = 📚 ካልኦት ኣርእስታት
button-person = 💬 ምስ ሰብ ተዛረቡ
button-cancel = ሰርዙ

## Help and commands

help =
    ከመይ ይሰርሕ: ሓደ መጠወቒ ጠውቑ ወይ ቁጽሩ ጽሓፉ።
    /start – ናብ መጀመርታ
    /my – ምዝገባታትኩም፣ ዝሓዝኩምዎም ቦታታትን ሕቶታትኩምን
    /human – ምስ ሰብ ተዛረቡ
    /mydata – ብዛዕባኹም እንዕቅቦ
    /delete – ሓበሬታኹም ደምስሱ
    /privacy – ሓበሬታኹም ከመይ ከም እንሕዞ
    /clear – ኣብዚ ቻት ዘለዉ መልእኽትታት ደምስሱ
    /subscribe – ዜናኹም ምረጹ
    /language – ቋንቋ ምቕያር
    /help – እዚ ሓገዝ
    /stop – መልእኽቲ ምቁራጽ
stopped = ደጊም ካባና መልእኽቲ ኣይክበጽሓኩምን እዩ። ከም ብሓድሽ ሓገዝ ምስ ደለኹም /start ጽሓፉ።
unknown-command = ነዚ ትእዛዝ እዚ ኣይፈልጦን እየ። ኩሉ ትእዛዛት ንምርኣይ /help ጽሓፉ።

## When something does not fit

not-understood = ይቕሬታ፣ ኣይተረድኣንን። በጃኹም ሓደ ምርጫ ምረጹ: ቁጽሩ ጽሓፉ ወይ ጠውቕዎ።
not-understood-twice = ይቕሬታ፣ ገና ኣይተረደኣንን። ናብ ሰብ ከመሓላልፈኩም እየ።
no-such-option = ኣብዚ ቁጽሪ { $number } የለን። በጃኹም ካብ 1 ክሳብ { $max } ሓደ ቁጽሪ ምረጹ።
empty-message = መልእኽትኹም ባዶ እዩ ነይሩ። በጃኹም ገለ ጽሓፉ ወይ ቁጽሪ ምረጹ።
message-too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ። በጃኹም ሓጺር ጌርኩም ጽሓፉ፣ እንተበዝሐ { $max } ፊደላት።
input-too-short = በጃኹም ቁሩብ ወሲኽኩም ጽሓፉ፣ እንተወሓደ { $min } ፊደላት።
input-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም እንተበዝሐ { $max } ፊደላት ጽሓፉ።
button-stale = እዚ መጠወቒ እዚ ግዜኡ ሓሊፉ እዩ። እንሆ እቲ ሕጂ ዘሎ ዝርዝር።
media-not-supported = ስእልታት፣ ናይ ድምጺ መልእኽትታት ወይ ፋይላት ገና ከንብብ ኣይክእልን እየ። በጃኹም ጽሓፉለይ ወይ ቁጽሪ ምረጹ።

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] ሰኑይ
    [2] ሰሉስ
    [3] ረቡዕ
    [4] ሓሙስ
    [5] ዓርቢ
    [6] ቀዳም
   *[7] ሰንበት
}፣ { $day }/{ $month }/{ $year }፣ ሰዓት { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = እዚ መላግቦ እዚ ግዜኡ ሓሊፉ እዩ። እንሆ እቲ ቀንዲ ዝርዝር።
cmd-start = ናብ መጀመርታ
cmd-my = ምዝገባታተይ፣ ቦታታተይን ሕቶታተይን
cmd-human = ምስ ሰብ ተዛረቡ
cmd-language = ቋንቋ ምቕያር
cmd-help = ከመይ ይሰርሕ
cmd-stop = መልእኽቲ ምቁራጽ
cmd-privacy = ምሕላው ሓበሬታ
cmd-clear = ነዚ ቻት ምጽራይ
bot-description = Wegweiser { $city } ንስደተኛታትን ሓደሽቲ ናብ ከተማ ዝመጹ ሰባትን ይሕግዝ። ኣብዚ ሓበሬታ ካብ { $wc_name }፣ ኮርሳት ጀርመንኛ፣ ዘተታት ስደተኛታትን ብቋንቋኹም ዝዛረቡ ሰባትን ትረኽቡ። «Start» ጠውቑ።
bot-short-description = ንስደተኛታትን ሓደሽቲ መጻእትን ኣብ { $city } ሓገዝ፣ ብቋንቋኹም።
group-private = ሓበሬታኹም ውልቃዊ ምእንቲ ክጸንሕ፣ ኣብዚ ጉጅለ ኣይሕግዝን እየ። በጃኹም ብቐጥታ ጽሓፉለይ።
group-open-chat = 💬 ብቐጥታ ጽሓፉለይ

## Errors and too many messages

event-failed = ይቕሬታ፣ ኣይሰለጠን። በጃኹም ደጊምኩም ፈትኑ።
slow-down = ብጣዕሚ ቀልጢፍኩም ትጽሕፉ ኣለኹም። ንመልእኽትታትኩም ሓደ ብሓደ ክምልሶም እየ። በጃኹም ቁሩብ ተጸበዩ።
