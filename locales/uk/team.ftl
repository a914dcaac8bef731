## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = «{ $value }» — невідома команда. Команди: /queue, /claim N, /release, /close.
staff-usage = Цій команді потрібні інші дані. Напишіть так: { $usage }
staff-quotes = Лапки не закриті.
staff-not-a-number = «{ $value }» — це не номер запиту.
staff-not-a-role = «{ $value }» — це не роль. Ролі: peer, staff, admin.
staff-not-a-language = «{ $value }» — це не одна з наших мов.
staff-not-an-account = «{ $value }» — це не обліковий запис. Напишіть telegram:, matrix: або console: і потім ID користувача.
team-not-allowed = Вам не можна використовувати цю команду.
team-queue-empty = Зараз ніхто не чекає.
team-queue =
    Запити: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } год { $minutes } хв
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } год { $minutes } хв · ✋ { $helper }
team-claim-button = Взяти #{ $number }
team-claimed =
    Тепер ви відповідаєте на запит #{ $number } ({ $pseudonym }).
    Мова: { $language } · Тема: { $topic }
    Питання: { $note }
    Те, що ви пишете тут, отримає ця людина. /close — коли закінчите, /release — щоб повернути запит.
team-claim-taken = Запит #{ $number } уже взяла інша людина.
team-claim-unknown = Для вас немає відкритого запиту #{ $number }. /queue показує запити.
team-claim-yours = Ви вже відповідаєте на запит #{ $number }.
team-released = Ви повернули запит #{ $number }. Тепер його можуть взяти інші.
team-closed = Ви закрили запит #{ $number }. Дякуємо!
team-nothing-claimed = Зараз ви не відповідаєте на жоден запит. /queue показує запити.
team-role-granted =
    Роль { $name } тепер: { $role ->
            [peer] волонтер Supportgroup
            [staff] працівник міста
            [admin] адміністратор
           *[other] { $role }
        }.
team-role-revoked = { $name } більше не має ролі в команді.
team-role-unknown = У команді немає нікого з іменем { $name }.
team-role-taken = { $account } уже належить: { $owner }.
team-role-list =
    Команда: { $count }
    { $list }
handover-new =
    Новий запит #{ $request } від { $pseudonym }. Мова: { $language }. Тема: { $topic }.
    Щоб узяти: /claim { $request }
handover-claim = ✋ Я відповім
handover-claimed = Тепер на ваш запит відповідає { $helper }. Пишіть тут; { $helper } це прочитає. Повернутися до бота: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } надсилає: { $media ->
            [photo] фото
            [voice] голосове повідомлення
            [document] документ
            [location] місце на карті
            [sticker] стікер
           *[other] файл
        }.
handover-media-from-user =
    #{ $request } { $pseudonym } надсилає: { $media ->
            [photo] фото
            [voice] голосове повідомлення
            [document] документ
            [location] місце на карті
            [sticker] стікер
           *[other] файл
        }.
handover-history =
    Попередні повідомлення #{ $request } { $pseudonym }:
    { $history }
handover-closed =
    Ваш запит закрито. Ви знову пишете з ботом.
    Розмова з { $helper } вам допомогла?
handover-user-left = #{ $request } { $pseudonym }: повернення до бота. Запит закрито.
handover-closed-idle = Ваш запит закрито: у ньому ніхто не писав { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }. Якщо вам ще потрібна допомога, напишіть /human.
handover-closed-idle-helper = #{ $request } { $pseudonym }: запит закрито, повідомлень не було { $days } { $days ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }.
handover-taken-over = Запит #{ $request } тепер веде { $helper }.
feedback-yes = 👍 Так
feedback-no = 👎 Ні
feedback-thanks = Дякуємо за відповідь!
handover-escalated =
    Запит #{ $request } від { $pseudonym } чекає вже { $minutes } хв. Мова: { $language }. Тема: { $topic }.
    Щоб узяти: /claim { $request }
handover-transcript =
    Запит #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = Історії запиту #{ $request } немає. Історії видаляються через деякий час після закриття запиту.
handover-room-opened = Ця кімната для запиту #{ $request } ({ $pseudonym }). Те, що ви пишете тут, отримає ця людина. /close — коли закінчите, /release — щоб повернути запит.
team-room-closed = Запит #{ $number } більше не ваш; написане тут нікому не передається. /queue показує запити.
