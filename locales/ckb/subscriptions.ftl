## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 هەواڵ
announce-courses = خول
announce-sessions = دیالۆگی پەنابەران
announce-events = چالاکییەکان
announce-housing = نیشتەجێبوون
announce-all = هەموو شتێک
subscriptions-menu = چ هەواڵێکت دەوێت؟ دەست لە بابەتێک بدە بۆ داگیرساندن یان کوژاندنەوەی.
subscriptions-district = 📍 هەواڵی ناوچەکەم
subscriptions-none = 🔕 هیچ هەواڵێک
subscription-district-menu = لە کام ناوچە دەژیت؟ دووبارە دەستی لێ بدە بۆ کوژاندنەوەی.
subscription-offer = هەواڵی خول و چالاکییەکانت بە زمانی خۆت دەوێت؟ هەر کاتێک بە /subscribe دەتوانیت بیگۆڕیت.
subscription-offer-yes = بەڵێ، تکایە
subscription-offer-choose = بابەت هەڵبژێرە
subscription-offer-no = نەخێر، سوپاس
subscribed = ئێستا هەواڵەکانمان بۆت دێت. بە /subscribe دەتوانیت بیگۆڕیت.
unsubscribed = چیتر هەواڵمان بۆت نایەت. بە /subscribe دووبارە دایبگیرسێنە.
cmd-subscribe = هەواڵ
