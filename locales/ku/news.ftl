## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Kursên nû yên almanî vebûne. /start binivîse û «{ main-courses }» hilbijêre.
news-new-dialogue = Diyalogeke nû ya penaberan heye. /start binivîse û ji bo cih girtinê «{ main-sessions }» hilbijêre.
