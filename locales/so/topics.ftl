## Information topics: names (menu buttons) and texts

topics-menu = Mawduucee ayaad macluumaad ka rabtaa?
topic-arrival = Imaanshaha iyo is-diiwaangelinta
topic-residence = Joogitaanka iyo habka magangalyada
topic-health = Caymiska caafimaadka iyo dhakhaatiirta
topic-housing = Guryaha
topic-work = Shaqo iyo aqoonsiga shahaadooyinka
topic-german = Koorsooyinka af-Jarmalka
topic-school = Dugsiga iyo xannaanada carruurta
topic-counselling = La-talin iyo la-talinta dib-u-noqoshada
topic-leisure = Firaaqo: ciyaaro, dhaqan, ururo
topic-mentors = Hagayaal (“Lotsen”)
topic-none = Su'aal guud

info-arrival =
    Marka aad guri hesho, waa inaad ciwaankaaga diiwaangelisaa. Tan waxaa la yiraahdaa “Anmeldung”. Tan ku samee labada toddobaad ee ugu horreeya.
    Meesha: { $registration_office }
    Ballan: { $registration_link }
    Keen baasaboorkaaga iyo warqadda xaqiijinta ee milkiilaha gurigaaga.
    Su'aalo? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Su'aalo ma ka qabtaa joogitaankaaga, hakinta tarxiilka (“Duldung”) ama habka magangalyada? Talo weydiiso ka hor intaadan waxba saxiixin. La-talintu waa bilaash.
    La-talin: { $asylum_advice }
    Xafiiska ajaanibta: { $immigration_office }
    Warqadaha hay'adaha dawladda isla markiiba akhri. Inta badan waxay leeyihiin wakhti kama dambays ah.
info-health =
    Waxaad dhakhtar u tegi kartaa adigoo haysta kaarka caafimaadka ama warqadda daaweynta (“Behandlungsschein”).
    Haddii ay jirto xaalad degdeg ah, wac { $emergency_number }.
    Hel dhakhaatiir iyo caawimaad: { $health_link }
info-housing =
    Guri ma raadinaysaa, mise dhibaato ayaad ku qabtaa hoyga aad deggan tahay?
    La-talin: { $housing_contact }
    Macluumaad: { $housing_link }
info-work =
    Ma rabtaa inaad shaqeyso? Shahaadadii aad ku qaadatay dalkaaga hooyo waa la aqoonsan karaa.
    La-talin ku saabsan aqoonsiga: { $recognition_contact }
    Caawimaad xagga shaqo-raadinta: { $work_link }
info-german =
    Waxaa jira koorsooyin isdhexgal, koorsooyin af-Jarmal ah iyo koorsooyin hooyooyinka loogu talagalay oo ay la socoto xannaanada carruurta (“Mama lernt Deutsch”).
    La-talin: { $wc_name }
    📍 { $wc_address }
    Hel koorso: { $german_courses_link }
info-school =
    Jarmalka, carruurtu waxay dugsiga aadaan marka ay lix jir gaaraan. Taasi waa qasab.
    Carruurta ka yar waxay aadi karaan xannaanada carruurta (“Kita”).
    La-talin ku saabsan dugsiga iyo Kita: { $school_contact }
info-counselling =
    Ma qabtaa walaac ama khilaaf, mise rabshad ayaad la kulantaa? La-talintu waa bilaash, waana qarsoodi.
    Xarumaha la-talinta: { $counselling_link }
    Ma ka fikiraysaa inaad dalkaaga dib ugu noqoto? La-talinta dib-u-noqoshada ayaa si dhexdhexaad ah kuu caawinaysa: { $return_counselling }
info-leisure =
    { $city } waxaa ka jira waxyaabo badan oo la sameeyo: ciyaaro, muusig, dhaqan iyo ururo ay leeyihiin soo-galootigu. Wax badan oo ka mid ah waa bilaash.
    Hel barnaamijyada: { $leisure_link }
info-mentors =
    Hagayaal iskaa-wax-u-qabso ah (“Lotsen”) ayaa kaa caawiya xafiisyada, barashada af-Jarmalka iyo nolol maalmeedka. Qaar badan oo ka mid ah ayaa ku hadla luqaddaada.
    Xiriir: { $mentors_contact }
