## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = کورس‌های جدید زبان آلمانی باز شده‌اند. /start را بنویسید و «{ main-courses }» را انتخاب کنید.
news-new-dialogue = یک گفتگوی جدید مهاجرین برگزار می‌شود. /start را بنویسید و برای گرفتن جای «{ main-sessions }» را انتخاب کنید.
