## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = خولی نوێی ئەڵمانی کراونەتەوە. /start بنووسە و «{ main-courses }» هەڵبژێرە.
news-new-dialogue = دیالۆگێکی نوێی پەنابەران هەیە. /start بنووسە و «{ main-sessions }» هەڵبژێرە بۆ گرتنی شوێن.
