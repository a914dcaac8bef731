## Language

language-menu = Будь ласка, оберіть мову.
language-set = Добре. Відтепер я писатиму вам українською.
language-detected = Я писатиму вам українською. Мову можна змінити будь-коли: /language

## Main menu

main-menu = Вас вітає Wegweiser { $city }! Чим я можу вам допомогти?
main-topics = ℹ️ Інформація
main-person = 💬 Поговорити з людиною
main-language = 🌐 Змінити мову

## Buttons used in many places

button-back = ⬅️ Назад
button-main = 🏠 Головне меню
button-topics = 📚 Інші теми
button-person = 💬 Поговорити з людиною
button-cancel = Скасувати

## Help and commands

help =
    Як це працює: натисніть кнопку або напишіть її номер.
    /start – на початок
    /my – ваші записи, бронювання та запити
    /human – поговорити з людиною
    /mydata – що ми зберігаємо про вас
    /delete – видалити ваші дані
    /privacy – як ми поводимося з вашими даними
    /clear – видалити повідомлення в цьому чаті
    /subscribe – вибрати новини
    /language – змінити мову
    /help – ця довідка
    /stop – більше не отримувати повідомлень
stopped = Ви більше не отримуватимете від нас повідомлень. Напишіть /start, якщо вам знову знадобиться допомога.
unknown-command = Я не знаю такої команди. Напишіть /help, щоб побачити всі команди.

## When something does not fit

not-understood = На жаль, мені не вдалося це зрозуміти. Будь ласка, оберіть варіант: напишіть його номер або натисніть на нього.
not-understood-twice = Вибачте, я все ще не розумію. Я передам вас людині.
no-such-option = Тут немає номера { $number }. Будь ласка, оберіть номер від 1 до { $max }.
empty-message = Ваше повідомлення порожнє. Будь ласка, напишіть щось або оберіть номер.
message-too-long = Ваше повідомлення задовге. Будь ласка, напишіть коротше: щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
input-too-short = Будь ласка, напишіть трохи більше: щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }.
input-too-long = Текст задовгий. Будь ласка, напишіть щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
button-stale = Ця кнопка застаріла. Ось поточне меню.
media-not-supported = Я поки що не можу читати зображення, голосові повідомлення та файли. Будь ласка, напишіть мені або оберіть номер.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $weekday ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] п’ятниця
    [6] субота
   *[7] неділя
}, { $day }.{ $month }.{ $year }, { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Це посилання застаріло. Ось головне меню.
cmd-start = На початок
cmd-my = Мої записи, бронювання та запити
cmd-human = Поговорити з людиною
cmd-language = Змінити мову
cmd-help = Як це працює
cmd-stop = Більше не отримувати повідомлень
cmd-privacy = Захист даних
cmd-clear = Очистити цей чат
bot-description = Wegweiser { $city } допомагає біженцям і людям, які нещодавно приїхали до міста. Тут є інформація від { $wc_name }, курси німецької мови, діалоги для біженців і люди, які говорять вашою мовою. Натисніть «Розпочати».
bot-short-description = Допомога біженцям і новоприбулим у місті { $city } — вашою мовою.
group-private = Тут, у групі, я не допомагаю, щоб інші не бачили ваших даних. Будь ласка, напишіть мені напряму.
group-open-chat = 💬 Написати мені напряму

## Errors and too many messages

event-failed = На жаль, це не вдалося. Будь ласка, спробуйте ще раз.
slow-down = Ви пишете дуже швидко. Я відповідаю на ваші повідомлення по черзі. Будь ласка, зачекайте хвилинку.
