## Information topics: names (menu buttons) and texts

topics-menu = Hûn li ser kîjan mijarê li agahiyan digerin?
topic-arrival = Hatin û qeydkirin
topic-residence = Mafê mayînê û pêvajoya penaberiyê
topic-health = Sîgortaya tenduristiyê û bijîşk
topic-housing = Xanî
topic-work = Kar û naskirina bawernameyan
topic-german = Kursên almanî
topic-school = Dibistan û lênêrîna zarokan
topic-counselling = Şêwirdarî û şêwirdariya vegerê
topic-leisure = Dema vala: werziş, çand, komele
topic-mentors = Rêber û mentor (Lotsen)
topic-none = Pirsa giştî

info-arrival =
    Gava ku xaniyekî we hebe, divê hûn navnîşana xwe qeyd bikin. Ji vê re “Anmeldung” tê gotin. Vê yekê di du hefteyên pêşîn de bikin.
    Li ku: { $registration_office }
    Dem bigirin: { $registration_link }
    Pasaporta xwe û belgeya pejirandinê ya xwediyê xanî bi xwe re bînin.
    Pirsên we hene? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Pirsên we li ser mafê mayînê, “Duldung” (rawestandina demkî ya dersînorkirinê) an jî pêvajoya penaberiyê hene? Berî ku hûn tiştekî îmze bikin, şêwirdariyê bixwazin. Şêwirdarî belaş e.
    Şêwirdarî: { $asylum_advice }
    Daîreya biyaniyan: { $immigration_office }
    Nameyên ji saziyên fermî tavilê bixwînin. Pir caran dema bersivdanê sînorkirî ye.
info-health =
    Bi karta xwe ya tenduristiyê an jî bi belgeya dermankirinê (“Behandlungsschein”) hûn dikarin biçin cem bijîşk.
    Di rewşa awarte de telefonî { $emergency_number } bikin.
    Bijîşk û alîkariyê bibînin: { $health_link }
info-housing =
    Hûn li xaniyekî digerin? An jî li cihê ku hûn lê dimînin pirsgirêkên we hene?
    Şêwirdarî: { $housing_contact }
    Agahî: { $housing_link }
info-work =
    Hûn dixwazin bixebitin? Bawernameya we ya ji welatê we dikare li Almanyayê bê naskirin.
    Şêwirdarî ji bo naskirinê: { $recognition_contact }
    Alîkarî ji bo dîtina kar: { $work_link }
info-german =
    Kursên entegrasyonê, kursên almanî û ji bo dayikan kursên bi lênêrîna zarokan (“Mama lernt Deutsch”) hene.
    Şêwirdarî: { $wc_name }
    📍 { $wc_address }
    Kursekê bibînin: { $german_courses_link }
info-school =
    Li Almanyayê zarok ji şeş saliya xwe ve diçin dibistanê. Çûna dibistanê mecbûrî ye.
    Zarokên biçûktir dikarin biçin baxçeyê zarokan (“Kita”).
    Şêwirdarî li ser dibistanê û Kitayê: { $school_contact }
info-counselling =
    Xem an nakokiyên we hene? An jî hûn rastî tundiyê tên? Şêwirdarî belaş û nehênî ye.
    Navendên şêwirdariyê: { $counselling_link }
    Hûn li ser vegerê difikirin? Şêwirdariya vegerê bi awayekî bêalî alîkariya we dike: { $return_counselling }
info-leisure =
    Li { $city } gelek tişt hene ku hûn bikin: werziş, muzîk, çand û komeleyên koçberan. Gelek ji wan belaş in.
    Derfetan bibînin: { $leisure_link }
info-mentors =
    Rêber (“Lotsen”) bi dilxwazî alîkariyê dikin: li daîreyên fermî, di hînbûna almanî de û di jiyana rojane de. Gelek ji wan bi zimanê we diaxivin.
    Têkilî: { $mentors_contact }
