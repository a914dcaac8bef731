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
    Ji bo jêbirina hemûyan: /delete
delete-confirm = Hûn dixwazin em her tiştê ku li ser we diparêzin jê bibin? Qeyd, civîn û daxwazên we diqedin. Ev nayê vegerandin.
delete-yes = 🗑 Erê, hemûyan jê bibe
delete-done = Her tiştê ku me li ser we diparast hat jêbirin. Heke hûn dîsa binivîsin, em ji nû ve dest pê dikin.
