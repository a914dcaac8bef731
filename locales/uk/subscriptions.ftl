## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Новини
announce-courses = Курси
announce-sessions = Діалоги біженців
announce-events = Заходи
announce-housing = Житло
announce-all = Усе
subscriptions-menu = Які новини ви хочете отримувати? Натисніть на тему, щоб увімкнути або вимкнути її.
subscriptions-district = 📍 Новини мого району
subscriptions-none = 🔕 Без новин
subscription-district-menu = У якому районі ви живете? Натисніть ще раз, щоб вимкнути.
subscription-offer = Хочете отримувати новини про курси та заходи своєю мовою? Це можна змінити будь-коли командою /subscribe.
subscription-offer-yes = Так, будь ласка
subscription-offer-choose = Вибрати теми
subscription-offer-no = Ні, дякую
subscribed = Тепер ви отримуватимете наші новини. Змінити: /subscribe.
unsubscribed = Ви більше не отримуватимете від нас новин. Увімкнути знову: /subscribe.
cmd-subscribe = Новини
