## Language

language-menu = Ji kerema xwe zimanê xwe hilbijêrin.
language-set = Baş e. Ji niha û pê ve ez ê bi Kurmancî ji we re binivîsim.
language-detected = Ez ê bi Kurmancî ji we re binivîsim. Hûn dikarin her gav zimên biguherînin: /language

## Main menu

main-menu = Hûn bi xêr hatin Wegweiser { $city }! Ez çawa dikarim alîkariya we bikim?
main-topics = ℹ️ Agahî
main-person = 💬 Bi mirovekî re biaxivin
main-language = 🌐 Zimên biguherînin

## Buttons used in many places

button-back = ⬅️ Vegerin
button-main = 🏠 Menûya sereke
button-topics = 📚 Mijarên din
button-person = 💬 Bi mirovekî re biaxivin
button-cancel = Betal bikin

## Help and commands

help =
    Ev çawa dixebite: Bişkokekê bitikînin an jî hejmara wê binivîsin.
    /start – vegerin destpêkê
    /my – qeyd, civîn û daxwazên we
    /human – bi mirovekî re biaxivin
    /mydata – tiştên ku em li ser we diparêzin
    /delete – daneyên xwe jê bibin
    /privacy – em bi daneyên we re çawa tevdigerin
    /clear – peyamên vê sohbetê jê bibin
    /subscribe – nûçeyên xwe hilbijêre
    /language – zimên biguherînin
    /help – ev alîkarî
    /stop – êdî ti peyam nayên
stopped = Em êdî ti peyaman ji we re naşînin. Gava ku hûn dîsa alîkariyê bixwazin, /start binivîsin.
unknown-command = Ez vê fermanê nas nakim. /help binivîsin, hûn ê hemû fermanan bibînin.

## When something does not fit

not-understood = Mixabin, min ev fêm nekir. Ji kerema xwe vebijarkekê hilbijêrin: hejmara wê binivîsin an jî wê bitikînin.
not-understood-twice = Bibore, ez hê jî fam nakim. Ez we didim mirovekî.
no-such-option = Li vir hejmara { $number } tune ye. Ji kerema xwe hejmarekê ji 1 heta { $max } hilbijêrin.
empty-message = Peyama we vala bû. Ji kerema xwe tiştekî binivîsin an jî hejmarekê hilbijêrin.
message-too-long = Peyama we pir dirêj e. Ji kerema xwe kurttir binivîsin: herî zêde { $max } tîp.
input-too-short = Ji kerema xwe hinekî zêdetir binivîsin: herî kêm { $min } tîp.
input-too-long = Ev pir dirêj e. Ji kerema xwe kurttir binivîsin: herî zêde { $max } tîp.
button-stale = Ev bişkok êdî ne derbasdar e. Va ye menûya niha.
media-not-supported = Ez hîn nikarim wêneyan, peyamên dengî û pelan bixwînim. Ji kerema xwe ji min re binivîsin an jî hejmarekê hilbijêrin.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] Duşem
    [2] Sêşem
    [3] Çarşem
    [4] Pêncşem
    [5] În
    [6] Şemî
   *[7] Yekşem
}, { $day }.{ $month }.{ $year }, saet { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Ev girêdan êdî ne derbasdar e. Va ye menûya sereke.
cmd-start = Vegerin destpêkê
cmd-my = Qeyd, civîn û daxwazên min
cmd-human = Bi mirovekî re biaxivin
cmd-language = Zimên biguherînin
cmd-help = Ev çawa dixebite
cmd-stop = Êdî peyam nayên
cmd-privacy = Parastina daneyan
cmd-clear = Vê sohbetê paqij bikin
bot-description = Wegweiser { $city } alîkariya penaberan û kesên ku nû hatine bajêr dike. Li vir agahiyên { $wc_name }, kursên almanî, diyalogên penaberan û kesên ku bi zimanê we diaxivin hene. Li ser «Start» bitikînin.
bot-short-description = Alîkarî ji bo penaber û kesên nû li { $city }, bi zimanê we.
group-private = Ez li vir di komê de alîkariyê nakim, da ku agahiyên we veşartî bimînin. Ji kerema xwe rasterast ji min re binivîsin.
group-open-chat = 💬 Rasterast binivîsin

## Errors and too many messages

event-failed = Mixabin, ev pêk nehat. Ji kerema xwe dîsa biceribînin.
slow-down = Hûn pir bilez dinivîsin. Ez bersiva peyamên we li pey hev didim. Ji kerema xwe kêliyekê bisekinin.
