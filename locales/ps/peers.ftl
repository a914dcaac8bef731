## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 د کډوالو له خوا مرسته
peers-intro =
    په Supportgroup Refugees کې هغه خلک مرسته کوي چې پخپله کډوال وو. هغوی ستاسو په ژبه خبرې کوي.
    تاسو په کومه برخه کې مرستې ته اړتیا لرئ؟
peer-any-topic = بل څه
peer-district = تاسو د ښار په کومه سیمه کې اوسېږئ؟ بیا به تاسو ته نږدې یو څوک ولټوو.
peer-any-district = فرق نه کوي، یا نه غواړم ووایم
peer-list = { $count ->
    [0] اوس مهال داسې هېڅوک وزګار نه دی چې مناسب وي. تاسو کولای شئ د Welcome Center له یوه کس سره خبرې وکړئ.
    [one] دا کس له تاسو سره مرسته کولای شي. پرې کېکاږئ.
   *[other] دا { $count } کسان له تاسو سره مرسته کولای شي. تر ټولو مناسب کس پورته دی.
}
peer-detail =
    { $peer_name }
    ژبې: { $peer_languages }
    په دې برخو کې مرسته کوي: { $peer_topics }
    د ښار سیمې: { $peer_districts }
    آیا غواړئ چې { $peer_name } له تاسو سره اړیکه ونیسي؟
peer-ask = ✉️ هو، اړیکه غواړم
peer-contact-ask =
    { $peer_name } څنګه له تاسو سره اړیکه نیولای شي؟ خپله د تلیفون شمېره، ایمیل، یا په Telegram یا Matrix کې خپل نوم (له @ سره) ولیکئ.
    { $peer_name } دا یوازې هغه وخت ویني چې { $peer_name } ومني.
peer-contact-invalid = دا د تلیفون شمېرې، ایمیل یا له @ سره د نوم په څېر نه ښکاري. مهرباني وکړئ بیا هڅه وکړئ.
peer-consent =
    مهرباني وکړئ وګورئ:
    موږ به ستاسو د اړیکې غوښتنه { $peer_name } ته ولېږو. موضوع: { $topic }. ژبه: { $language }.
    که { $peer_name } ومني، { $peer_name } به ستاسو د اړیکې معلومات ({ $contact }) ترلاسه کړي او تاسو به د { $peer_name } د اړیکې معلومات ترلاسه کړئ.
    آیا غوښتنه ولېږو؟
peer-send = ✅ هو، ویې لېږئ
peer-requested = { $outcome ->
    [sent] ستاسو غوښتنه { $peer_name } ته ورسېده. کله چې { $peer_name } ځواب ورکړي، موږ به تاسو ته خبر درکړو.
    [already] تاسو مخکې له { $peer_name } څخه د اړیکې غوښتنه کړې ده. دا غوښتنه په /my کې لیدلای شئ.
    [too-many] تاسو مخکې څو خلاصې غوښتنې لرئ. مهرباني وکړئ د ځواب انتظار وکړئ، یا په /my کې یوه غوښتنه بېرته واخلئ.
   *[unavailable] { $peer_name } اوس مهال غوښتنې نه شي منلای. مهرباني وکړئ بل څوک وټاکئ.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } له تاسو سره مرسته کوي. اړیکه: { $peer_contact } ({ $peer_channel }). موضوع: { $topic }.
   *[pending] تاسو له { $peer_name } څخه د اړیکې غوښتنه کړې ده. موضوع: { $topic }. موږ د ځواب انتظار کوو.
}
peer-withdraw = ↩️ غوښتنه بېرته واخلئ
peer-withdrawn = { $outcome ->
    [withdrawn] تاسو غوښتنه بېرته واخیسته. { $peer_name } به ستاسو د اړیکې معلومات ترلاسه نه کړي.
   *[other] دا غوښتنه نوره خلاصه نه ده.
}
peer-incoming = { $request_status ->
    [accepted] غوښتنه { $request }: تاسو د { $topic } په برخه کې مرسته کوئ. ژبه: { $language }. اړیکه: { $contact }
   *[pending] غوښتنه { $request }: یو څوک د { $topic } په برخه کې مرستې ته اړتیا لري. ژبه: { $language }. غواړئ مرسته وکړئ؟
}
peer-accept = ✅ زه مرسته کوم
peer-decline = ❌ اوس نه
peer-answered = { $outcome ->
    [accepted] مننه! له دې کس سره داسې اړیکه نیولای شئ: { $contact }. ستاسو د اړیکې معلومات هم دې کس ته ولېږل شول.
    [declined] سمه ده. موږ به دې کس ته ووایو چې تاسو اوس مرسته نه شئ کولای.
   *[gone] دا غوښتنه نوره خلاصه نه ده. کېدای شي بېرته اخیستل شوې وي.
}
request-unknown = په دې شمېره هېڅ خلاصه غوښتنه نشته. خپلې غوښتنې په /my کې لیدلای شئ.
peer-request-new =
    د اړیکې نوې غوښتنه ({ $request }): یو څوک د { $topic } په برخه کې مرستې ته اړتیا لري. ژبه: { $language }.
    کله چې ومنئ، د دې کس د اړیکې معلومات به ووینئ.
    منل: /accept { $request } · ردول: /decline { $request }
peer-request-accepted =
    ښه خبر! { $peer_name } په خوښۍ سره له تاسو سره مرسته کوي.
    اړیکه: { $peer_contact } ({ $peer_channel })
    { $peer_name } هم ستاسو د اړیکې معلومات ترلاسه کړي دي.
peer-request-declined = { $peer_name } اوس مهال مرسته نه شي کولای. په «د کډوالو له خوا مرسته» کې نور کسان موندلای شئ.
peer-request-withdrawn = غوښتنه { $request } بېرته واخیستل شوه. مهرباني وکړئ له دې کس سره اړیکه مه نیسئ.
