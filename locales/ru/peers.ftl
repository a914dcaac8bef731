## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Помощь от беженцев
peers-intro =
    В Supportgroup Refugees помогают люди, которые сами были беженцами. Они говорят на вашем языке.
    С чем вам нужна помощь?
peer-any-topic = Другое
peer-district = В каком районе города вы живёте? Тогда мы поищем кого-нибудь рядом с вами.
peer-any-district = Неважно или не хочу говорить
peer-list = { $count ->
    [0] Сейчас нет свободного человека, который бы подошёл. Вы можете поговорить с сотрудником Welcome Center.
    [one] { $count } человек может вам помочь. Нажмите на имя.
    [few] { $count } человека могут вам помочь. Лучший вариант — вверху.
    [many] { $count } человек могут вам помочь. Лучший вариант — вверху.
   *[other] { $count } человека могут вам помочь. Лучший вариант — вверху.
}
peer-detail =
    { $peer_name }
    Говорит: { $peer_languages }
    Помогает по темам: { $peer_topics }
    Районы: { $peer_districts }
    { $peer_name } может связаться с вами. Вы этого хотите?
peer-ask = ✉️ Да, попросить о контакте
peer-contact-ask =
    Как { $peer_name } может с вами связаться? Напишите свой номер телефона, e-mail или имя в Telegram или Matrix (с @).
    { $peer_name } увидит ваш контакт, только когда согласится.
peer-contact-invalid = Это не похоже на номер телефона, e-mail или имя с @. Пожалуйста, попробуйте ещё раз.
peer-consent =
    Пожалуйста, проверьте:
    { $peer_name } получит ваш запрос на контакт. Тема: { $topic }. Язык: { $language }.
    Если { $peer_name } согласится, { $peer_name } получит ваш контакт ({ $contact }), а вы — контакт этого человека.
    Отправить запрос?
peer-send = ✅ Да, отправить
peer-requested = { $outcome ->
    [sent] Ваш запрос отправлен. Когда { $peer_name } ответит, мы вам сообщим.
    [already] Вы уже попросили { $peer_name } о контакте. Запрос можно посмотреть в /my.
    [too-many] У вас уже есть несколько открытых запросов. Пожалуйста, дождитесь ответа или отзовите запрос в /my.
   *[unavailable] { $peer_name } сейчас не может принимать запросы. Пожалуйста, выберите другого человека.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } помогает вам. Контакт: { $peer_contact } ({ $peer_channel }). Тема: { $topic }.
   *[pending] Вы попросили { $peer_name } о контакте. Тема: { $topic }. Мы ждём ответа.
}
peer-withdraw = ↩️ Отозвать запрос
peer-withdrawn = { $outcome ->
    [withdrawn] Вы отозвали запрос. { $peer_name } не получит ваш контакт.
   *[other] Этот запрос уже закрыт.
}
peer-incoming = { $request_status ->
    [accepted] Запрос { $request }: вы помогаете. Тема: { $topic }. Язык: { $language }. Контакт: { $contact }
   *[pending] Запрос { $request }: кому-то нужна помощь. Тема: { $topic }. Язык: { $language }. Хотите помочь?
}
peer-accept = ✅ Я помогу
peer-decline = ❌ Не сейчас
peer-answered = { $outcome ->
    [accepted] Спасибо! Вот как можно связаться с этим человеком: { $contact }. Мы также отправили ему ваш контакт.
    [declined] Хорошо. Мы сообщим этому человеку, что вы сейчас не можете помочь.
   *[gone] Этот запрос уже закрыт. Возможно, его отозвали.
}
request-unknown = Открытого запроса с таким номером нет. Ваши запросы можно посмотреть в /my.
peer-request-new =
    Новый запрос на контакт ({ $request }): кому-то нужна помощь. Тема: { $topic }. Язык: { $language }.
    Контакт вы увидите, когда согласитесь.
    Согласиться: /accept { $request } · Отказаться: /decline { $request }
peer-request-accepted =
    Хорошая новость! { $peer_name } с радостью вам поможет.
    Контакт: { $peer_contact } ({ $peer_channel })
    { $peer_name } теперь тоже видит ваш контакт.
peer-request-declined = { $peer_name } сейчас не может помочь. В разделе «Помощь от беженцев» можно найти других людей.
peer-request-withdrawn = Запрос { $request } отозван. Пожалуйста, не связывайтесь с этим человеком.
