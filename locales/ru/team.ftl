## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» — неизвестная команда. Команды: /queue, /claim N, /release, /close.
staff-usage = Этой команде нужны другие данные. Напишите так: { $usage }
staff-quotes = Кавычки не закрыты.
staff-not-a-number = «{ $value }» — это не номер запроса.
staff-not-a-role = «{ $value }» — это не роль. Роли: peer, staff, admin.
staff-not-a-language = «{ $value }» — это не один из наших языков.
staff-not-an-account = «{ $value }» — это не аккаунт. Напишите telegram:, matrix: или console: и затем ID пользователя.
team-not-allowed = Вам нельзя использовать эту команду.
team-queue-empty = Сейчас никто не ждёт.
team-queue =
    Запросы: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ч { $minutes } мин
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ч { $minutes } мин · ✋ { $helper }
team-claim-button = Взять #{ $number }
team-claimed =
    Теперь вы отвечаете на запрос #{ $number } ({ $pseudonym }).
    Язык: { $language } · Тема: { $topic }
    Вопрос: { $note }
    То, что вы пишете здесь, получит этот человек. /close — когда закончите, /release — чтобы вернуть запрос.
team-claim-taken = Запрос #{ $number } уже взял другой человек.
team-claim-unknown = Для вас нет открытого запроса #{ $number }. /queue показывает запросы.
team-claim-yours = Вы уже отвечаете на запрос #{ $number }.
team-released = Вы вернули запрос #{ $number }. Теперь его могут взять другие.
team-closed = Вы закрыли запрос #{ $number }. Спасибо!
team-nothing-claimed = Сейчас вы не отвечаете ни на один запрос. /queue показывает запросы.
team-role-granted =
    Роль { $name } теперь: { $role ->
            [peer] волонтёр Supportgroup
            [staff] сотрудник города
            [admin] администратор
           *[other] { $role }
        }.
team-role-revoked = У { $name } больше нет роли в команде.
team-role-unknown = В команде нет никого с именем { $name }.
team-role-taken = { $account } уже принадлежит: { $owner }.
team-role-list =
    Команда: { $count }
    { $list }
handover-new =
    Новый запрос #{ $request } от { $pseudonym }. Язык: { $language }. Тема: { $topic }.
    Чтобы взять: /claim { $request }
handover-claim = ✋ Я отвечу
handover-claimed = Теперь на ваш запрос отвечает { $helper }. Пишите здесь; { $helper } это прочитает. Вернуться к боту: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } отправляет: { $media ->
            [photo] фото
            [voice] голосовое сообщение
            [document] документ
            [location] место на карте
            [sticker] стикер
           *[other] файл
        }.
handover-media-from-user =
    #{ $request } { $pseudonym } отправляет: { $media ->
            [photo] фото
            [voice] голосовое сообщение
            [document] документ
            [location] место на карте
            [sticker] стикер
           *[other] файл
        }.
handover-history =
    Предыдущие сообщения #{ $request } { $pseudonym }:
    { $history }
handover-closed =
    Ваш запрос закрыт. Вы снова пишете с ботом.
    Разговор с { $helper } вам помог?
handover-user-left = #{ $request } { $pseudonym }: возврат к боту. Запрос закрыт.
handover-closed-idle = Ваш запрос закрыт: в нём никто не писал { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }. Если вам ещё нужна помощь, напишите /human.
handover-closed-idle-helper = #{ $request } { $pseudonym }: запрос закрыт, сообщений не было { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }.
handover-taken-over = Запрос #{ $request } теперь ведёт { $helper }.
feedback-yes = 👍 Да
feedback-no = 👎 Нет
feedback-thanks = Спасибо за ответ!
handover-escalated =
    Запрос #{ $request } от { $pseudonym } ждёт уже { $minutes } мин. Язык: { $language }. Тема: { $topic }.
    Чтобы взять: /claim { $request }
handover-transcript =
    Запрос #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = Истории запроса #{ $request } нет. Истории удаляются через некоторое время после закрытия запроса.
handover-room-opened = Эта комната для запроса #{ $request } ({ $pseudonym }). То, что вы пишете здесь, получит этот человек. /close — когда закончите, /release — чтобы вернуть запрос.
team-room-closed = Запрос #{ $number } больше не ваш; написанное здесь никому не передаётся. /queue показывает запросы.
