## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = New German courses are open. Write /start and choose “{ main-courses }”.
news-new-dialogue = There is a new refugee dialogue. Write /start and choose “{ main-sessions }” to book a place.
