## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Tiştên ku em li ser we diparêzin:
    Ziman: { $language }
    Mijarên nûçeyan ên ku we hilbijartine: { $news } (guhertin: /subscribe)
    Kurs: { $courses }
    Diyalogên penaberan: { $sessions }
    Daxwazên têkiliyê ji dilxwazan re: { $requests }
    Daxwazên axaftina bi mirovekî re: { $handovers }
    Peyamên we ji mirovekî re: { $messages }
    Peyamên botê: { $notices }
    Hejmarên peyamên sohbetê (ji bo /clear): { $chat }
    Ji bo jêbirina hemûyan: /delete
delete-confirm = Hûn dixwazin em her tiştê ku li ser we diparêzin jê bibin? Qeyd, civîn û daxwazên we diqedin. Ev nayê vegerandin.
delete-yes = 🗑 Erê, hemûyan jê bibe
delete-done = Her tiştê ku me li ser we diparast hat jêbirin. Heke hûn dîsa binivîsin, em ji nû ve dest pê dikin.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    Bi kurtî li ser parastina daneyan: Em zimanê we, qeydên we û tiştên ku hûn ji mirovekî re dinivîsin diparêzin. Tenê ew kesên ku alîkariya we dikin vê dibînin.
    Heke hûn { $idle_months } mehan nenivîsin, em piştî bîranînekê her tiştî jê dibin. Bi /delete hûn dikarin her tiştî yekser jê bibin. Bêtir: /privacy
privacy-ok = 👍 Baş e
privacy-more = 🔒 Bêtir li ser parastina daneyan
privacy-info =
    Em bi daneyên we re bi vî awayî tevdigerin:
    • Em zimanê we, qeydên we yên kursan û diyalogên penaberan, daxwazên we yên têkiliyê û tiştên ku hûn ji mirovekî re dinivîsin diparêzin.
    • Tenê karmendên bajêr û ew dilxwazên ku alîkariya we dikin vê dibînin. Ew ne navê we, lê nasnavekî dibînin.
    • Axaftina bi mirovekî re diqede, heke { $handover_idle_days } rojan kes nenivîse. { $transcript_days ->
        [one] Rojekê
       *[other] { $transcript_days } rojan
    } piştî dawiyê, em tiştên ku tê de hatine nivîsandin jê dibin.
    • Peyamên ku me ji we re şandine, em piştî { $delivered_days ->
        [one] rojekê
       *[other] { $delivered_days } rojan
    } ji pergala xwe jê dibin.
    • Heke hûn { $idle_months } mehan nenivîsin, em carekê tînin bîra we. Heke hûn paşê { $notice_days } rojan jî nenivîsin, em her tiştî jê dibin.
    • /mydata nîşan dide ku em çi diparêzin. /delete her tiştî yekser jê dibe. /clear peyamên vê sohbetê jê dibe.
conversation-idle-notice = { $months } meh e ku we ji me re nenivîsiye. Heke hûn di { $days } rojên bê de nenivîsin, em ê her tiştê ku li ser we diparêzin jê bibin. Heke hûn dixwazin ew bimîne, tenê peyamekê ji me re binivîsin.
clear-done = Min peyamên vê sohbetê jê birin. Qeyd û daxwazên we dimînin.
clear-some-left = Min peyamên vê sohbetê bi qasî ku pêkan bû jê birin. Ez nikarim { $count ->
        [one] peyameke kevntir
       *[other] { $count } peyamên kevntir
    } jê bibim. Ji kerema xwe dîroka sohbetê bi xwe di menûya vê sohbetê de paqij bikin. Qeyd û daxwazên we dimînin.
clear-not-here = Ez nikarim di vê sohbetê de peyaman jê bibim. Ji kerema xwe dîroka sohbetê bi xwe paqij bikin. Qeyd û daxwazên we dimînin.
