## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Yeni Almanca kursları açıldı. /start yazın ve “{ main-courses }” menüsünü seçin.
news-new-dialogue = Yeni bir mülteci diyaloğu var. Yer ayırtmak için /start yazın ve “{ main-sessions }” menüsünü seçin.
