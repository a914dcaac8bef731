## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Haberler
announce-courses = Kurslar
announce-sessions = Mülteci diyalogları
announce-events = Etkinlikler
announce-housing = Konut
announce-all = Hepsi
subscriptions-menu = Hangi haberleri istiyorsunuz? Açmak ya da kapatmak için bir konuya dokunun.
subscriptions-district = 📍 Semtimden haberler
subscriptions-none = 🔕 Haber yok
subscription-district-menu = Hangi semtte oturuyorsunuz? Kapatmak için tekrar dokunun.
subscription-offer = Kurslar ve etkinlikler hakkında kendi dilinizde haber almak ister misiniz? Bunu istediğiniz zaman /subscribe ile değiştirebilirsiniz.
subscription-offer-yes = Evet, lütfen
subscription-offer-choose = Konu seçin
subscription-offer-no = Hayır, teşekkürler
subscribed = Artık haberlerimizi alacaksınız. /subscribe ile değiştirebilirsiniz.
unsubscribed = Artık bizden haber almayacaksınız. /subscribe ile tekrar açabilirsiniz.
cmd-subscribe = Haberler
