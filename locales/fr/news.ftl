## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = De nouveaux cours d'allemand sont ouverts. Écrivez /start et choisissez « { main-courses } ».
news-new-dialogue = Il y a un nouveau dialogue de réfugiés. Écrivez /start et choisissez « { main-sessions } » pour réserver une place.
