## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = دورات ألمانية جديدة متاحة. اكتبوا /start واختاروا «{ main-courses }».
news-new-dialogue = يوجد حوار جديد للاجئين. اكتبوا /start واختاروا «{ main-sessions }» لحجز مكان.
