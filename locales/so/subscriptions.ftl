## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Warar
announce-courses = Koorsooyin
announce-sessions = Wadahadallada qaxootiga
announce-events = Munaasabado
announce-housing = Guri
announce-all = Wax walba
subscriptions-menu = Warar noocee ah ayaad rabtaa? Taabo mawduuc si aad u shido ama u damiso.
subscriptions-district = 📍 Wararka degmadayda
subscriptions-none = 🔕 Warar ma rabo
subscription-district-menu = Degmadee ayaad ku nooshahay? Mar kale taabo si aad u damiso.
subscription-offer = Ma rabtaa warar ku saabsan koorsooyinka iyo munaasabadaha luqaddaada? Wakhti kasta waad ku beddeli kartaa /subscribe.
subscription-offer-yes = Haa, fadlan
subscription-offer-choose = Dooro mawduucyada
subscription-offer-no = Maya, mahadsanid
subscribed = Hadda waxaad heli doontaa wararkayaga. /subscribe ayaad ku beddeli kartaa.
unsubscribed = Warar dambe naga heli maysid. /subscribe ayaad ku shidi kartaa mar kale.
cmd-subscribe = Warar
