## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 أخبار
announce-courses = دورات
announce-sessions = حوارات اللاجئين
announce-events = فعاليات
announce-housing = السكن
announce-all = كل شيء
subscriptions-menu = ما الأخبار التي تريدونها؟ اضغطوا على موضوع لتشغيله أو إيقافه.
subscriptions-district = 📍 أخبار من منطقتي
subscriptions-none = 🔕 لا أخبار
subscription-district-menu = في أي منطقة تسكنون؟ اضغطوا عليها مرة أخرى لإيقافها.
subscription-offer = هل تريدون أخبارًا عن الدورات والفعاليات بلغتكم؟ يمكنكم تغيير ذلك في أي وقت عبر /subscribe.
subscription-offer-yes = نعم، من فضلكم
subscription-offer-choose = اختيار المواضيع
subscription-offer-no = لا، شكرًا
subscribed = ستصلكم أخبارنا الآن. يمكنكم تغيير ذلك عبر /subscribe.
unsubscribed = لن تصلكم أخبار منا بعد الآن. يمكنكم تشغيلها مرة أخرى عبر /subscribe.
cmd-subscribe = الأخبار
