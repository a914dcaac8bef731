## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 News
announce-courses = Courses
announce-sessions = Refugee dialogues
announce-events = Events
announce-housing = Housing
announce-all = Everything
subscriptions-menu = Which news do you want? Tap a topic to turn it on or off.
subscriptions-district = 📍 News from my district
subscriptions-none = 🔕 No news
subscription-district-menu = Which district do you live in? Tap it again to turn it off.
subscription-offer = Do you want news about courses and events in your language? You can change this any time with /subscribe.
subscription-offer-yes = Yes, please
subscription-offer-choose = Choose topics
subscription-offer-no = No, thanks
subscribed = You will now get our news. /subscribe changes it.
unsubscribed = You will get no more news from us. /subscribe turns it on again.
cmd-subscribe = News
