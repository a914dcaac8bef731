## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Новости
announce-courses = Курсы
announce-sessions = Диалоги беженцев
announce-events = Мероприятия
announce-housing = Жильё
announce-all = Всё
subscriptions-menu = Какие новости вы хотите получать? Нажмите на тему, чтобы включить или выключить её.
subscriptions-district = 📍 Новости моего района
subscriptions-none = 🔕 Без новостей
subscription-district-menu = В каком районе вы живёте? Нажмите ещё раз, чтобы выключить.
subscription-offer = Хотите получать новости о курсах и мероприятиях на своём языке? Это можно изменить в любое время командой /subscribe.
subscription-offer-yes = Да, пожалуйста
subscription-offer-choose = Выбрать темы
subscription-offer-no = Нет, спасибо
subscribed = Теперь вы будете получать наши новости. Изменить: /subscribe.
unsubscribed = Вы больше не будете получать от нас новости. Включить снова: /subscribe.
cmd-subscribe = Новости
