## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Waxa aan kaa kaydinno:
    Luqadda: { $language }
    Mawduucyada wararka aad ku biirtay: { $news } (beddel: /subscribe)
    Koorsooyinka: { $courses }
    Wadahadallada qaxootiga: { $sessions }
    Codsiyada xiriirka mutadawaciinta: { $requests }
    Codsiyada la hadalka qof: { $handovers }
    Farriimahaaga qofka: { $messages }
    Farriimaha bot-ka: { $notices }
    Lambarrada fariimaha sheekada (loogu talagalay /clear): { $chat }
    Si aad dhammaan u tirtirto: /delete
delete-confirm = Ma rabtaa inaan tirtirno wax kasta oo aan kaa kaydinno? Diiwaangelintaada, kulamadaada iyo codsiyadaada way dhammaanayaan. Tan dib looma celin karo.
delete-yes = 🗑 Haa, tirtir dhammaan
delete-done = Wax kasta oo aan kaa kaydinay waa la tirtiray. Haddii aad mar kale qorto, bilow cusub ayaan samaynaynaa.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    Si kooban oo ku saabsan ilaalinta xogta: Waxaan kaydinnaa luqaddaada, diiwaangelintaada iyo waxa aad u qorto qof. Waxaa arka oo keliya dadka ku caawinaya.
    Haddii aadan wax qorin { $idle_months } bilood, wax walba waan tirtiraynaa kadib hal xusuusin. Qor /delete si aad wax walba isla markiiba u tirtirto. Wax badan: /privacy
privacy-ok = 👍 Waa hagaag
privacy-more = 🔒 Wax badan oo ku saabsan ilaalinta xogta
privacy-info =
    Sidan ayaan u maareynaa xogtaada:
    • Waxaan kaydinnaa luqaddaada, diiwaangelintaada koorsooyinka iyo wadahadallada qaxootiga, codsiyadaada xiriirka iyo waxa aad u qorto qof.
    • Waxaa arka oo keliya shaqaalaha magaalada iyo mutadawaciinta ku caawinaya. Waxay arkaan magac beddel ah, ma aha magacaaga.
    • Wadahadalka qof la yeesho wuu dhammaadaa haddii qofna aanu wax qorin { $handover_idle_days } maalmood. { $transcript_days ->
        [one] Hal maalin
       *[other] { $transcript_days } maalmood
    } kadib dhammaadka, waxaan tirtirnaa waxa lagu qoray.
    • Fariimaha aan kuu soo dirnay waxaan ka tirtirnaa nidaamkayaga { $delivered_days ->
        [one] hal maalin
       *[other] { $delivered_days } maalmood
    } kadib.
    • Haddii aadan wax qorin { $idle_months } bilood, hal mar ayaan ku xusuusinaynaa. Haddii aadan markaas kadib wax qorin { $notice_days } maalmood, wax walba waan tirtiraynaa.
    • /mydata waxay muujisaa waxa aan kaydinno. /delete wax walba isla markiiba way tirtirtaa. /clear waxay tirtirtaa fariimaha chat-kan.
conversation-idle-notice = Waxaa laga joogaa { $months } bilood markii ugu dambeysay ee aad noo soo qortay. Haddii aadan wax noo soo qorin { $days } maalmood ee soo socda gudahood, waxaan tirtiri doonnaa wax kasta oo aan kaa kaydinno. Haddii aad rabto inay sii jiraan, kaliya fariin noo soo dir.
clear-done = Waan tirtiray fariimaha chat-kan. Diiwaangelintaada iyo codsiyadaada way sii jiraan.
clear-some-left = Waan tirtiray fariimaha chat-kan inta aan awoodo. Ma tirtiri karo { $count ->
        [one] hal fariin oo hore
       *[other] { $count } fariimood oo hore
    }. Fadlan taariikhda chat-ka adigu ka nadiifi liiska chat-kan. Diiwaangelintaada iyo codsiyadaada way sii jiraan.
clear-not-here = Chat-kan fariimo kama tirtiri karo. Fadlan taariikhda chat-ka adigu nadiifi. Diiwaangelintaada iyo codsiyadaada way sii jiraan.
