## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Відкрито нові курси німецької мови. Напишіть /start і виберіть «{ main-courses }».
news-new-dialogue = Відбудеться новий діалог біженців. Напишіть /start і виберіть «{ main-sessions }», щоб записатися.
