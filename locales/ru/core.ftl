## Language

language-menu = Пожалуйста, выберите язык.
language-set = Хорошо. Теперь я буду писать вам по-русски.
language-detected = Я буду писать вам по-русски. Язык можно сменить в любой момент: /language

## Main menu

main-menu = Вас приветствует Wegweiser { $city }! Чем я могу вам помочь?
main-topics = ℹ️ Информация
main-person = 💬 Поговорить с человеком
main-language = 🌐 Сменить язык

## Buttons used in many places

button-back = ⬅️ Назад
button-main = 🏠 Главное меню
button-topics = 📚 Другие темы
button-person = 💬 Поговорить с человеком
button-cancel = Отмена

## Help and commands

help =
    Как это работает: нажмите на кнопку или напишите её номер.
    /start – в начало
    /my – ваши записи, бронирования и запросы
    /human – поговорить с человеком
    /mydata – что мы храним о вас
    /delete – удалить ваши данные
    /privacy – как мы обращаемся с вашими данными
    /clear – удалить сообщения в этом чате
    /subscribe – выбрать новости
    /language – сменить язык
    /help – эта справка
    /stop – больше не получать сообщения
stopped = Вы больше не будете получать от нас сообщения. Напишите /start, если вам снова понадобится помощь.
unknown-command = Я не знаю такой команды. Напишите /help, чтобы увидеть все команды.

## When something does not fit

not-understood = К сожалению, мне не удалось это понять. Пожалуйста, выберите вариант: напишите его номер или нажмите на него.
not-understood-twice = Извините, я всё ещё не понимаю. Я передам вас человеку.
no-such-option = Здесь нет номера { $number }. Пожалуйста, выберите номер от 1 до { $max }.
empty-message = Ваше сообщение пустое. Пожалуйста, напишите что-нибудь или выберите номер.
message-too-long = Ваше сообщение слишком длинное. Пожалуйста, напишите короче: максимум { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
input-too-short = Пожалуйста, напишите чуть больше: минимум { $min ->
        [one] { $min } символ
        [few] { $min } символа
        [many] { $min } символов
       *[other] { $min } символа
    }.
input-too-long = Текст слишком длинный. Пожалуйста, напишите максимум { $max ->
        [one] { $max } символ
        [few] { $max } символа
        [many] { $max } символов
       *[other] { $max } символа
    }.
button-stale = Эта кнопка устарела. Вот текущее меню.
media-not-supported = Я пока не умею читать картинки, голосовые сообщения и файлы. Пожалуйста, напишите мне или выберите номер.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] понедельник
    [2] вторник
    [3] среда
    [4] четверг
    [5] пятница
    [6] суббота
   *[7] воскресенье
}, { $day }.{ $month }.{ $year }, { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Эта ссылка устарела. Вот главное меню.
cmd-start = В начало
cmd-my = Мои записи, бронирования и запросы
cmd-human = Поговорить с человеком
cmd-language = Сменить язык
cmd-help = Как это работает
cmd-stop = Больше не получать сообщения
cmd-privacy = Защита данных
cmd-clear = Очистить этот чат
bot-description = Wegweiser { $city } помогает беженцам и людям, которые недавно приехали в город. Здесь есть информация от { $wc_name }, курсы немецкого языка, диалоги для беженцев и люди, которые говорят на вашем языке. Нажмите «Запустить».
bot-short-description = Помощь беженцам и новоприбывшим в городе { $city } — на вашем языке.
group-private = Здесь, в группе, я не помогаю, чтобы другие не видели ваши данные. Пожалуйста, напишите мне напрямую.
group-open-chat = 💬 Написать мне напрямую

## Errors and too many messages

event-failed = К сожалению, это не получилось. Пожалуйста, попробуйте ещё раз.
slow-down = Вы пишете очень быстро. Я отвечаю на ваши сообщения по очереди. Пожалуйста, подождите немного.
