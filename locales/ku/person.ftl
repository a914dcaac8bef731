## Talk to a person

person-ask =
    Ez ê pirsa we bigihînim mirovekî ku bi zimanê we diaxive.
    Pirsa xwe bi kurtî binivîsin. An jî “Bêyî pirsê bidomînin” bitikînin.
person-skip = Bêyî pirsê bidomînin
person-confirm =
    Daxwaza we:
    Mijar: { $topic }
    Pirs: { $note }
    Ez wê bişînim?
person-send = ✅ Erê, bişînin
person-done =
    Spas! Daxwaza we gihîşt.
    Bi gelemperî mirovek di nava { $hours ->
        [one] saetekê
       *[other] { $hours } saetan
    } de bersivê dide.
    Saetên xebatê: { $office_hours }
    Li vir binivîsin. Ji bo vegera botê, /bot binivîsin.
note-none = (tune)
handover-leave = 🤖 Vegere botê
handover-back = Daxwaza we ya ji bo mirovekî qediya. Hûn dîsa bi botê re dinivîsin.
handover-outside-hours = Niha ne demjimêrên kar e. Em ê ji { $when } û pê ve bersiv bidin.

## Files and an open request

file-too-large = Ev pel pir mezin e. Ez dikarim pelan heta { $megabytes } MB bişînim.
file-type-refused = Ez nikarim vî cureyê pelê bişînim. Ji kerema xwe wêneyek, pelekî PDF an peyameke dengî bişînin.
file-quota-reached = We berê gelek pel şandine. Ji kerema xwe niha pirsa xwe bi nivîsê binivîsin.
handover-already-open = Daxwaza we ya ji bo mirovekî hê jî vekirî ye. Tiştê ku hûn niha binivîsin, digihîje wî mirovê ku bersiva we dide.
