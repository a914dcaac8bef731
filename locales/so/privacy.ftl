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
    Si aad dhammaan u tirtirto: /delete
delete-confirm = Ma rabtaa inaan tirtirno wax kasta oo aan kaa kaydinno? Diiwaangelintaada, kulamadaada iyo codsiyadaada way dhammaanayaan. Tan dib looma celin karo.
delete-yes = 🗑 Haa, tirtir dhammaan
delete-done = Wax kasta oo aan kaa kaydinay waa la tirtiray. Haddii aad mar kale qorto, bilow cusub ayaan samaynaynaa.
