## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Alîkarî ji penaberan
peers-intro =
    Di Supportgroup Refugees de mirovên ku bi xwe penaber bûne alîkariyê dikin. Ew bi zimanê we diaxivin.
    Hûn ji bo çi alîkariyê dixwazin?
peer-any-topic = Tiştekî din
peer-district = Hûn li kîjan navçeyê dijîn? Wê demê em ê li kesekî nêzî we bigerin.
peer-any-district = Ne girîng e an naxwazim bibêjim
peer-list = { $count ->
    [0] Niha kesekî guncav tune ku vala be. Hûn dikarin bi mirovekî ji Welcome Center re biaxivin.
    [one] Ev kes dikare alîkariya we bike. Li ser bitikînin.
   *[other] Ev { $count } kes dikarin alîkariya we bikin. Vebijarka herî baş li jor e.
}
peer-detail =
    { $peer_name }
    Ziman: { $peer_languages }
    Alîkarî ji bo: { $peer_topics }
    Navçe: { $peer_districts }
    Hûn dixwazin ku { $peer_name } bi we re têkilî dayne?
peer-ask = ✉️ Erê, têkiliyê bixwazin
peer-contact-ask =
    { $peer_name } çawa dikare xwe bigihîne we? Hejmara telefona xwe, e-nameya xwe an navê xwe yê Telegram an Matrix (bi @) binivîsin.
    { $peer_name } tenê piştî ku erê bibêje, vê agahiyê dibîne.
peer-contact-invalid = Ev ne wek hejmara telefonê, e-name an navekî bi @ xuya dike. Ji kerema xwe dîsa biceribînin.
peer-consent =
    Ji kerema xwe kontrol bikin:
    Em ê daxwaza we ya têkiliyê ji { $peer_name } re bişînin. Mijar: { $topic }. Ziman: { $language }.
    Eger { $peer_name } erê bibêje, { $peer_name } têkiliya we ({ $contact }) distîne û hûn jî têkiliya { $peer_name } distînin.
    Em daxwazê bişînin?
peer-send = ✅ Erê, bişînin
peer-requested = { $outcome ->
    [sent] Daxwaza we gihîşt { $peer_name }. Gava ku { $peer_name } bersiv bide, em ê ji we re bibêjin.
    [already] We berê daxwaza têkiliyê ji { $peer_name } kiriye. Hûn dikarin daxwazê di /my de bibînin.
    [too-many] Jixwe çend daxwazên we yên vekirî hene. Ji kerema xwe li benda bersivê bin an jî daxwazekê di /my de paşve bikişînin.
   *[unavailable] { $peer_name } niha nikare daxwazan qebûl bike. Ji kerema xwe kesekî din hilbijêrin.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } alîkariya we dike. Têkilî: { $peer_contact } ({ $peer_channel }). Mijar: { $topic }.
   *[pending] We daxwaza têkiliyê ji { $peer_name } kir. Mijar: { $topic }. Em li benda bersivê ne.
}
peer-withdraw = ↩️ Daxwazê paşve bikişînin
peer-withdrawn = { $outcome ->
    [withdrawn] We daxwaz paşve kişand. { $peer_name } têkiliya we nastîne.
   *[other] Ev daxwaz êdî ne vekirî ye.
}
peer-incoming = { $request_status ->
    [accepted] Daxwaz { $request }: Hûn alîkariyê didin. Mijar: { $topic }. Ziman: { $language }. Têkilî: { $contact }
   *[pending] Daxwaz { $request }: Kesek alîkariyê dixwaze. Mijar: { $topic }. Ziman: { $language }. Hûn dixwazin alîkariyê bikin?
}
peer-accept = ✅ Ez alîkariyê dikim
peer-decline = ❌ Niha na
peer-answered = { $outcome ->
    [accepted] Spas! Hûn dikarin bi vê têkiliyê xwe bigihînin vî kesî: { $contact }. Têkiliya we jî ji vî kesî re hat şandin.
    [declined] Baş e. Em ê ji vî kesî re bibêjin ku hûn niha nikarin alîkariyê bikin.
   *[gone] Ev daxwaz êdî ne vekirî ye. Dibe ku ew hatibe paşve kişandin.
}
request-unknown = Daxwazeke vekirî bi vê hejmarê tune ye. Hûn dikarin daxwazên xwe di /my de bibînin.
peer-request-new =
    Daxwazeke nû ya têkiliyê ({ $request }): Kesek alîkariyê dixwaze. Mijar: { $topic }. Ziman: { $language }.
    Gava ku hûn erê bibêjin, hûn ê têkiliya vî kesî bibînin.
    Erê: /accept { $request } · Na: /decline { $request }
peer-request-accepted =
    Mizgînî! { $peer_name } bi kêfxweşî alîkariya we dike.
    Têkilî: { $peer_contact } ({ $peer_channel })
    Têkiliya we jî gihîşt { $peer_name }.
peer-request-declined = { $peer_name } niha nikare alîkariyê bike. Di bin “Alîkarî ji penaberan” de hûn dikarin kesên din bibînin.
peer-request-withdrawn = Daxwaz { $request } hat paşve kişandin. Ji kerema xwe bi vî kesî re têkilî daneynin.
