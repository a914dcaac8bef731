## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 خبرها
announce-courses = کورس‌ها
announce-sessions = گفتگوهای مهاجرین
announce-events = برنامه‌ها
announce-housing = خانه و بود و باش
announce-all = همه چیز
subscriptions-menu = کدام خبرها را می‌خواهید؟ سر یک موضوع بزنید تا روشن یا خاموش شود.
subscriptions-district = 📍 خبرهای ساحه من
subscriptions-none = 🔕 بدون خبر
subscription-district-menu = در کدام ساحه زندگی می‌کنید؟ دوباره سر آن بزنید تا خاموش شود.
subscription-offer = آیا خبرهای کورس‌ها و برنامه‌ها را به زبان خود می‌خواهید؟ هر وقت خواستید با /subscribe تغییرش داده می‌توانید.
subscription-offer-yes = بلی، لطفاً
subscription-offer-choose = انتخاب موضوع‌ها
subscription-offer-no = نی، تشکر
subscribed = از حالا خبرهای ما را می‌گیرید. با /subscribe تغییرش داده می‌توانید.
unsubscribed = دیگر از ما خبر نمی‌گیرید. با /subscribe دوباره روشنش کنید.
cmd-subscribe = خبرها
