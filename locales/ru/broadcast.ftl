## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Предпросмотр рассылки ({ $filters }):

    { $previews }
broadcast-drafted = Рассылка { $broadcast } уйдёт { $total } получателям:
    { $table }
broadcast-send-button = 📣 Отправить
broadcast-cancel-button = Отменить
broadcast-nobody = Эту рассылку никто не получит: ни один подписчик не подходит под фильтры.
broadcast-confirmed = Рассылка { $broadcast } отправляется. Ход отправки вы увидите здесь.
broadcast-not-draft = Рассылка { $broadcast } уже отправлена или отменена.
broadcast-unknown = Рассылки { $broadcast } нет.
broadcast-cancelled = Рассылка { $broadcast } отменена. Не отправлено сообщений: { $held }.
broadcast-report = Рассылка { $broadcast }:
    { $table }
broadcast-progress = Рассылка { $broadcast }: отправлено { $sent } из { $total }, ошибок { $failed }, заблокировано { $blocked }.
broadcast-done = Рассылка { $broadcast } завершена:
    { $table }
broadcast-bad-filter = Не понимаю «{ $value }». Фильтры: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» — не новостное сообщение. Новостные сообщения: { $list }
broadcast-what = Какая новость? Назовите одну из этих: { $list }. Или пришлите файл с одним текстом на каждый язык и подписью /broadcast.
broadcast-file-or-news = Назовите новость или пришлите файл, но не то и другое вместе.
broadcast-file-wrong = Файл { $file } нельзя отправить в таком виде:
    { $errors }
