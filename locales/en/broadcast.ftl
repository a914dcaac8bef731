## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Preview of the broadcast ({ $filters }):

    { $previews }
broadcast-drafted = Broadcast { $broadcast } goes to { $total } recipients:
    { $table }
broadcast-send-button = 📣 Send
broadcast-cancel-button = Cancel
broadcast-nobody = Nobody gets this broadcast: no subscriber fits the filters.
broadcast-confirmed = Broadcast { $broadcast } is being sent. You will see the progress here.
broadcast-not-draft = Broadcast { $broadcast } was already sent or cancelled.
broadcast-unknown = There is no broadcast { $broadcast }.
broadcast-cancelled = Broadcast { $broadcast } is cancelled. { $held } messages were not sent.
broadcast-report = Broadcast { $broadcast }:
    { $table }
broadcast-progress = Broadcast { $broadcast }: { $sent } of { $total } sent, { $failed } failed, { $blocked } blocked.
broadcast-done = Broadcast { $broadcast } is finished:
    { $table }
broadcast-bad-filter = I do not understand “{ $value }”. Filters: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = “{ $value }” is not a news message. News messages: { $list }
broadcast-what = Which news? Name one of these: { $list }. Or send a file with one text per language and /broadcast as its caption.
broadcast-file-or-news = Name a news message or send a file, not both.
broadcast-file-wrong = The file { $file } cannot be sent like this:
    { $errors }
