## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Koorsooyin cusub oo Jarmal ah ayaa furan. Qor /start oo dooro “{ main-courses }”.
news-new-dialogue = Waxaa jira wadahadal cusub oo qaxooti. Qor /start oo dooro “{ main-sessions }” si aad boos u qabsato.
