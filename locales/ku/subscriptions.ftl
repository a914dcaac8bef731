## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Nûçe
announce-courses = Kurs
announce-sessions = Diyalogên penaberan
announce-events = Çalakî
announce-housing = Xanî
announce-all = Her tişt
subscriptions-menu = Tu kîjan nûçeyan dixwazî? Li mijarekê bitikîne da ku vebe an bigire.
subscriptions-district = 📍 Nûçeyên navçeya min
subscriptions-none = 🔕 Nûçe tune
subscription-district-menu = Tu li kîjan navçeyê dijî? Ji nû ve lê bitikîne da ku bigire.
subscription-offer = Tu nûçeyên li ser kurs û çalakiyan bi zimanê xwe dixwazî? Tu dikarî her dem bi /subscribe biguherînî.
subscription-offer-yes = Erê, ji kerema xwe
subscription-offer-choose = Mijaran hilbijêre
subscription-offer-no = Na, spas
subscribed = Êdî tu nûçeyên me distînî. Bi /subscribe dikarî biguherînî.
unsubscribed = Êdî tu ji me nûçe nastînî. Bi /subscribe dîsa veke.
cmd-subscribe = Nûçe
