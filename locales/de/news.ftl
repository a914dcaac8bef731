## News staff broadcast (wegweiser broadcast send --message ID, /broadcast ID in chat).
## Every message here starts with news- and exists in every locale.

news-new-courses = Neue Deutschkurse sind offen. Schreiben Sie /start und wählen Sie „{ main-courses }“.
news-new-dialogue = Es gibt einen neuen Flüchtlingsdialog. Schreiben Sie /start und wählen Sie „{ main-sessions }“, um einen Platz zu buchen.
