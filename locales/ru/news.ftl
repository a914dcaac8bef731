## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Открыты новые курсы немецкого языка. Напишите /start и выберите «{ main-courses }».
news-new-dialogue = Состоится новый диалог беженцев. Напишите /start и выберите «{ main-sessions }», чтобы записаться.
