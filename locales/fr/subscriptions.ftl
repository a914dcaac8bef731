## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Actualités
announce-courses = Cours
announce-sessions = Dialogues de réfugiés
announce-events = Événements
announce-housing = Logement
announce-all = Tout
subscriptions-menu = Quelles actualités voulez-vous ? Touchez un thème pour l'activer ou le désactiver.
subscriptions-district = 📍 Actualités de mon quartier
subscriptions-none = 🔕 Aucune actualité
subscription-district-menu = Dans quel quartier habitez-vous ? Touchez-le encore pour le désactiver.
subscription-offer = Voulez-vous des actualités sur les cours et les événements dans votre langue ? Vous pouvez changer cela à tout moment avec /subscribe.
subscription-offer-yes = Oui, merci
subscription-offer-choose = Choisir les thèmes
subscription-offer-no = Non, merci
subscribed = Vous recevrez maintenant nos actualités. /subscribe permet de changer cela.
unsubscribed = Vous ne recevrez plus d'actualités de notre part. /subscribe les réactive.
cmd-subscribe = Actualités
