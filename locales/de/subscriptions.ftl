## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 Neuigkeiten
announce-courses = Kurse
announce-sessions = Flüchtlingsdialoge
announce-events = Veranstaltungen
announce-housing = Wohnen
announce-all = Alles
subscriptions-menu = Welche Neuigkeiten möchten Sie bekommen? Tippen Sie auf ein Thema, um es an- oder auszuschalten.
subscriptions-district = 📍 Neuigkeiten aus meinem Stadtbezirk
subscriptions-none = 🔕 Keine Neuigkeiten
subscription-district-menu = In welchem Stadtbezirk wohnen Sie? Tippen Sie ihn noch einmal an, um es auszuschalten.
subscription-offer = Möchten Sie Neuigkeiten zu Kursen und Veranstaltungen in Ihrer Sprache bekommen? Mit /subscribe können Sie das jederzeit ändern.
subscription-offer-yes = Ja, gerne
subscription-offer-choose = Themen wählen
subscription-offer-no = Nein, danke
subscribed = Sie bekommen jetzt unsere Neuigkeiten. Mit /subscribe können Sie das ändern.
unsubscribed = Sie bekommen keine Neuigkeiten mehr von uns. Mit /subscribe schalten Sie sie wieder an.
cmd-subscribe = Neuigkeiten
