## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Допомога від біженців
peers-intro =
    У Supportgroup Refugees допомагають люди, які самі були біженцями. Вони говорять вашою мовою.
    З чим вам потрібна допомога?
peer-any-topic = Щось інше
peer-district = У якому районі міста ви живете? Тоді ми пошукаємо когось поруч із вами.
peer-any-district = Неважливо або не хочу казати
peer-list = { $count ->
    [0] Зараз немає вільної людини, яка б підійшла. Ви можете поговорити з працівником Welcome Center.
    [one] { $count } людина може вам допомогти. Натисніть на ім’я.
    [few] { $count } людини можуть вам допомогти. Найкращий варіант — угорі.
    [many] { $count } людей можуть вам допомогти. Найкращий варіант — угорі.
   *[other] { $count } людини можуть вам допомогти. Найкращий варіант — угорі.
}
peer-detail =
    { $peer_name }
    Говорить: { $peer_languages }
    Допомагає з темами: { $peer_topics }
    Райони: { $peer_districts }
    { $peer_name } може зв’язатися з вами. Ви цього хочете?
peer-ask = ✉️ Так, попросити про контакт
peer-contact-ask =
    Як { $peer_name } може з вами зв’язатися? Напишіть свій номер телефону, e-mail або ім’я в Telegram чи Matrix (з @).
    { $peer_name } побачить ваш контакт, тільки коли погодиться.
peer-contact-invalid = Це не схоже на номер телефону, e-mail або ім’я з @. Будь ласка, спробуйте ще раз.
peer-consent =
    Будь ласка, перевірте:
    { $peer_name } отримає ваш запит на контакт. Тема: { $topic }. Мова: { $language }.
    Якщо { $peer_name } погодиться, { $peer_name } отримає ваш контакт ({ $contact }), а ви — контакт цієї людини.
    Надіслати запит?
peer-send = ✅ Так, надіслати
peer-requested = { $outcome ->
    [sent] Ваш запит надіслано. Коли { $peer_name } відповість, ми вам повідомимо.
    [already] Ви вже попросили { $peer_name } про контакт. Запит можна переглянути в /my.
    [too-many] У вас уже є кілька відкритих запитів. Будь ласка, дочекайтеся відповіді або відкличте запит у /my.
   *[unavailable] { $peer_name } зараз не може приймати запити. Будь ласка, оберіть іншу людину.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } допомагає вам. Контакт: { $peer_contact } ({ $peer_channel }). Тема: { $topic }.
   *[pending] Ви попросили { $peer_name } про контакт. Тема: { $topic }. Ми чекаємо на відповідь.
}
peer-withdraw = ↩️ Відкликати запит
peer-withdrawn = { $outcome ->
    [withdrawn] Ви відкликали запит. { $peer_name } не отримає ваш контакт.
   *[other] Цей запит уже закритий.
}
peer-incoming = { $request_status ->
    [accepted] Запит { $request }: ви допомагаєте. Тема: { $topic }. Мова: { $language }. Контакт: { $contact }
   *[pending] Запит { $request }: комусь потрібна допомога. Тема: { $topic }. Мова: { $language }. Хочете допомогти?
}
peer-accept = ✅ Я допоможу
peer-decline = ❌ Не зараз
peer-answered = { $outcome ->
    [accepted] Дякуємо! Ось як можна зв’язатися з цією людиною: { $contact }. Ми також надіслали їй ваш контакт.
    [declined] Добре. Ми скажемо цій людині, що ви зараз не можете допомогти.
   *[gone] Цей запит уже закритий. Можливо, його відкликали.
}
request-unknown = Відкритого запиту з таким номером немає. Ваші запити можна переглянути в /my.
peer-request-new =
    Новий запит на контакт ({ $request }): комусь потрібна допомога. Тема: { $topic }. Мова: { $language }.
    Контакт ви побачите, коли погодитеся.
    Погодитися: /accept { $request } · Відмовитися: /decline { $request }
peer-request-accepted =
    Гарна новина! { $peer_name } охоче вам допоможе.
    Контакт: { $peer_contact } ({ $peer_channel })
    { $peer_name } тепер теж бачить ваш контакт.
peer-request-declined = { $peer_name } зараз не може допомогти. У розділі «Допомога від біженців» можна знайти інших людей.
peer-request-withdrawn = Запит { $request } відкликано. Будь ласка, не зв’язуйтеся з цією людиною.
