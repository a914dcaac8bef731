## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 اخبار
announce-courses = دوره‌ها
announce-sessions = گفتگوهای پناهندگان
announce-events = رویدادها
announce-housing = مسکن
announce-all = همه چیز
subscriptions-menu = چه اخباری می‌خواهید؟ روی یک موضوع بزنید تا روشن یا خاموش شود.
subscriptions-district = 📍 اخبار منطقه من
subscriptions-none = 🔕 بدون اخبار
subscription-district-menu = در کدام منطقه زندگی می‌کنید؟ دوباره روی آن بزنید تا خاموش شود.
subscription-offer = آیا اخبار دوره‌ها و رویدادها را به زبان خودتان می‌خواهید؟ هر وقت بخواهید با /subscribe می‌توانید آن را تغییر دهید.
subscription-offer-yes = بله، لطفاً
subscription-offer-choose = انتخاب موضوع‌ها
subscription-offer-no = نه، ممنون
subscribed = از حالا اخبار ما را دریافت می‌کنید. با /subscribe می‌توانید آن را تغییر دهید.
unsubscribed = دیگر از ما خبری دریافت نمی‌کنید. با /subscribe دوباره روشنش کنید.
cmd-subscribe = اخبار
