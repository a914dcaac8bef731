## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.
## Somali verbs mark the gender of a third person, so sentences about $peer_name use
## nouns or the impersonal "la" form instead.

main-peers = 🤝 Qaxooti ku caawiya
peers-intro =
    Supportgroup Refugees waxaa ka caawiya dad iyaguba soo qaxay. Waxay ku hadlaan luqaddaada.
    Maxaad caawimaad ugu baahan tahay?
peer-any-topic = Wax kale
peer-district = Degmadee magaalada ayaad ku nooshahay? Markaas waxaan raadin doonnaa qof kuu dhow.
peer-any-district = Meel kasta ama ma rabo inaan sheego
peer-list = { $count ->
    [0] Hadda ma jiro qof ku habboon oo bannaan. Waxaad la hadli kartaa qof ka tirsan Welcome Center.
    [one] Qofkan ayaa ku caawin kara. Riix.
   *[other] Waxaa jira { $count } qof oo ku caawin kara. Qofka ugu habboon ayaa ugu sarreeya.
}
peer-detail =
    { $peer_name }
    Luqadaha: { $peer_languages }
    Mawduucyada: { $peer_topics }
    Degmooyinka: { $peer_districts }
    Ma rabtaa inaan codsi xiriir u dirno { $peer_name }?
peer-ask = ✉️ Haa, codso xiriir
peer-contact-ask =
    Sidee lagula soo xiriiri karaa? Qor lambarkaaga taleefanka, e-mail ama magacaaga Telegram ama Matrix (oo leh @).
    Xiriirkaaga waxaa la tusi doonaa { $peer_name } oo keliya marka codsiga la aqbalo.
peer-contact-invalid = Taasi uma eka lambar taleefan, e-mail ama magac leh @. Fadlan isku day mar kale.
peer-consent =
    Fadlan hubi:
    Codsigaaga xiriirka waxaan u diraynaa { $peer_name }. Mawduuc: { $topic }. Luqad: { $language }.
    Haddii codsiga la aqbalo, xiriirkaaga ({ $contact }) waxaa la siin doonaa { $peer_name }, adigana waxaa lagu siin doonaa xiriirka { $peer_name }.
    Ma dirnaa codsiga?
peer-send = ✅ Haa, dir
peer-requested = { $outcome ->
    [sent] Codsigaaga waxaa loo diray { $peer_name }. Marka jawaabta { $peer_name } timaado, waan kuu sheegi doonnaa.
    [already] Horay ayaad codsi xiriir ugu dirtay { $peer_name }. Codsiga waxaad ku arki kartaa /my.
    [too-many] Horay ayaad u leedahay dhowr codsi oo furan. Fadlan sug jawaab, ama ka noqo codsi gudaha /my.
   *[unavailable] Hadda codsi looma diri karo { $peer_name }. Fadlan dooro qof kale.
}
my-peer-request = { $request_status ->
    [accepted] Qofka ku caawinaya: { $peer_name }. Xiriir: { $peer_contact } ({ $peer_channel }). Mawduuc: { $topic }.
   *[pending] Waxaad codsi xiriir u dirtay { $peer_name }. Mawduuc: { $topic }. Waxaan sugaynaa jawaabta.
}
peer-withdraw = ↩️ Ka noqo codsiga
peer-withdrawn = { $outcome ->
    [withdrawn] Codsiga waad ka noqotay. Xiriirkaaga lama siin doono { $peer_name }.
   *[other] Codsigan mar dambe ma furna.
}
peer-incoming = { $request_status ->
    [accepted] Codsi { $request }: Waxaad caawimaad ka bixinaysaa { $topic }. Luqad: { $language }. Xiriir: { $contact }
   *[pending] Codsi { $request }: Qof ayaa u baahan caawimaad ku saabsan { $topic }. Luqad: { $language }. Ma rabtaa inaad caawiso?
}
peer-accept = ✅ Waan caawinayaa
peer-decline = ❌ Hadda maya
peer-answered = { $outcome ->
    [accepted] Mahadsanid! Halkan waxaad kala xiriiri kartaa qofka: { $contact }. Xiriirkaaga sidoo kale waxaa loo diray qofka.
    [declined] Waa hagaag. Waxaan qofka u sheegi doonnaa inaadan hadda caawin karin.
   *[gone] Codsigan mar dambe ma furna. Waxaa laga yaabaa in laga noqday.
}
request-unknown = Ma jiro codsi furan oo leh lambarkan. Codsiyadaada waxaad ku arki kartaa /my.
peer-request-new =
    Codsi xiriir oo cusub ({ $request }): Qof ayaa u baahan caawimaad ku saabsan { $topic }. Luqad: { $language }.
    Xiriirka qofka waxaad arki doontaa marka aad aqbasho.
    Aqbal: /accept { $request } · Diid: /decline { $request }
peer-request-accepted =
    War wanaagsan! Jawaabta { $peer_name } waa haa: si farxad leh ayaa laguu caawin doonaa.
    Xiriir: { $peer_contact } ({ $peer_channel })
    Xiriirkaaga sidoo kale waxaa la siiyay { $peer_name }.
peer-request-declined = Jawaabta { $peer_name }: hadda ma suurtagalo. Dad kale waxaad ka heli kartaa “Qaxooti ku caawiya”.
peer-request-withdrawn = Codsiga { $request } waa laga noqday. Fadlan ha la xiriirin qofkan.
