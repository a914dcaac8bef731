## Language

language-menu = Fadlan dooro luqaddaada.
language-set = Waa hagaag. Hadda laga bilaabo, waxaan kuugu qori doonaa af-Soomaali.
language-detected = Waxaan kuugu qorayaa af-Soomaali. Luqadda waad beddeli kartaa wakhti kasta: /language

## Main menu

main-menu = Ku soo dhawoow Wegweiser { $city }! Sideen kuu caawin karaa?
main-topics = ℹ️ Macluumaad
main-person = 💬 La hadal qof
main-language = 🌐 Beddel luqadda

## Buttons used in many places

button-back = ⬅️ Dib u noqo
button-main = 🏠 Liiska ugu weyn
button-topics = 📚 Mawduucyo kale
button-person = 💬 La hadal qof
button-cancel = Ka noqo

## Help and commands

help =
    Sida ay u shaqeyso: riix badhan ama qor lambarkiisa.
    /start – ku noqo bilowga
    /my – diiwaangelintaada, kulamadaada iyo codsiyadaada
    /human – la hadal qof
    /mydata – waxa aan kaa kaydinno
    /delete – tirtir xogtaada
    /privacy – sida aan u maareyno xogtaada
    /clear – tirtir fariimaha chat-kan
    /subscribe – dooro wararkaaga
    /language – beddel luqadda
    /help – caawimaaddan
    /stop – jooji fariimaha
stopped = Fariimo dambe naga heli maysid. Qor /start marka aad mar kale caawimaad u baahato.
unknown-command = Amarkan ma aqaan. Qor /help si aad u aragto dhammaan amarrada.

## When something does not fit

not-understood = Waan ka xumahay, taas ma fahmin. Fadlan mid dooro: qor lambarkiisa ama riix.
not-understood-twice = Waan ka xumahay, weli ma fahmin. Waxaan kuu gudbinayaa qof.
no-such-option = Lambarka { $number } halkan kuma jiro. Fadlan dooro lambar 1 ilaa { $max }.
empty-message = Fariintaadu way madhnayd. Fadlan wax qor ama dooro lambar.
message-too-long = Fariintaadu aad bay u dheer tahay. Fadlan qor wax ka gaaban, ugu badnaan { $max } xaraf.
input-too-short = Fadlan wax yar oo dheeraad ah qor, ugu yaraan { $min } xaraf.
input-too-long = Taasi aad bay u dheer tahay. Fadlan qor ugu badnaan { $max } xaraf.
button-stale = Badhankan mar dambe ma shaqeeyo. Waa kan liiska hadda jira.
media-not-supported = Weli ma akhrin karo sawirro, fariimo cod ah ama faylal. Fadlan ii qor ama dooro lambar.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] Isniin
    [2] Talaado
    [3] Arbaco
    [4] Khamiis
    [5] Jimco
    [6] Sabti
   *[7] Axad
}, { $day }/{ $month }/{ $year }, saacadda { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Xiriirkan mar dambe ma shaqeeyo. Waa kan liiska ugu muhiimsan.
cmd-start = Ku noqo bilowga
cmd-my = Diiwaangelinta, kulamada iyo codsiyada
cmd-human = La hadal qof
cmd-language = Beddel luqadda
cmd-help = Sida ay u shaqeyso
cmd-stop = Jooji fariimaha
cmd-privacy = Ilaalinta xogta
cmd-clear = Nadiifi chat-kan
bot-description = Wegweiser { $city } wuxuu caawiyaa qaxootiga iyo dadka magaalada ku cusub. Halkan waxaad ka helaysaa macluumaad ka yimid { $wc_name }, koorsooyin Jarmal ah, wadahadallada qaxootiga iyo dad ku hadla luqaddaada. Riix «Start».
bot-short-description = Caawimaad loogu talagalay qaxootiga iyo dadka cusub ee { $city }, luqaddaada.
group-private = Halkan kooxda kuma caawiyo, si xogtaadu u ahaato mid gaar ah. Fadlan si toos ah ii qor.
group-open-chat = 💬 Si toos ah ii qor

## Errors and too many messages

event-failed = Waan ka xumahay, taasi ma shaqayn. Fadlan mar kale isku day.
slow-down = Si aad u dhaqso ah ayaad wax u qoraysaa. Fariimahaaga mid mid ayaan uga jawaabayaa. Fadlan wax yar sug.
