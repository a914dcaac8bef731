## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = ሓደስቲ ኮርሳት ጀርመንኛ ተኸፊቶም ኣለዉ። /start ጽሓፉ እሞ «{ main-courses }» ምረጹ።
news-new-dialogue = ሓድሽ ዝርርብ ስደተኛታት ኣሎ። /start ጽሓፉ እሞ ቦታ ንምሓዝ «{ main-sessions }» ምረጹ።
