## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 خبرونه
announce-courses = کورسونه
announce-sessions = د کډوالو خبرې اترې
announce-events = پروګرامونه
announce-housing = کور
announce-all = هر څه
subscriptions-menu = کوم خبرونه غواړئ؟ په یوه موضوع ټک وکړئ چې روښانه یا بنده شي.
subscriptions-district = 📍 زما د سیمې خبرونه
subscriptions-none = 🔕 هیڅ خبر نه
subscription-district-menu = په کومه سیمه کې اوسېږئ؟ بیا پرې ټک وکړئ چې بند شي.
subscription-offer = ایا د کورسونو او پروګرامونو خبرونه په خپله ژبه غواړئ؟ هر وخت یې په /subscribe بدلولی شئ.
subscription-offer-yes = هو، مهرباني
subscription-offer-choose = موضوعګانې وټاکئ
subscription-offer-no = نه، مننه
subscribed = اوس به زموږ خبرونه درته راځي. په /subscribe یې بدلولی شئ.
unsubscribed = نور به زموږ خبرونه درته نه راځي. په /subscribe یې بیا روښانه کړئ.
cmd-subscribe = خبرونه
