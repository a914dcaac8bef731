## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = د الماني ژبې نوي کورسونه پرانیستل شوي. /start ولیکئ او «{ main-courses }» وټاکئ.
news-new-dialogue = د کډوالو نوې خبرې اترې شته. /start ولیکئ او د ځای نیولو لپاره «{ main-sessions }» وټاکئ.
