## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = دوره‌های جدید زبان آلمانی باز شده‌اند. /start را بنویسید و «{ main-courses }» را انتخاب کنید.
news-new-dialogue = یک گفتگوی جدید پناهندگان برگزار می‌شود. /start را بنویسید و برای رزرو جا «{ main-sessions }» را انتخاب کنید.
