## Talk to a person

person-ask =
    Su'aashaada waxaan u gudbin doonaa qof ku hadla luqaddaada.
    Su'aashaada si kooban u qor. Ama riix “Sii wad su'aal la'aan”.
person-skip = Sii wad su'aal la'aan
person-confirm =
    Codsigaaga:
    Mawduuc: { $topic }
    Su'aal: { $note }
    Ma gudbiyaa?
person-send = ✅ Haa, gudbi
person-done =
    Mahadsanid! Codsigaaga waa la helay.
    Qof ayaa badanaa kuu jawaabi doona { $hours ->
        [one] saacad gudaheed
       *[other] { $hours } saacadood gudahood
    }.
    Saacadaha shaqada: { $office_hours }
    Halkan ku sii qor. Si aad ugu noqoto bot-ka, qor /bot.
note-none = (waxba)
handover-leave = 🤖 Ku noqo bot-ka
handover-back = Codsigaagii qof la hadlidda wuu dhammaaday. Mar kale waxaad la qoraysaa bot-ka.
handover-outside-hours = Hadda waa waqti ka baxsan saacadaha shaqada. Waxaan ka jawaabi doonnaa laga bilaabo { $when }.

## Files and an open request

file-too-large = Faylkani aad buu u weyn yahay. Waxaan gudbin karaa faylal ilaa { $megabytes } MB ah.
file-type-refused = Noocan faylka ah ma gudbin karo. Fadlan soo dir sawir, fayl PDF ah ama fariin cod ah.
file-quota-reached = Horay faylal badan ayaad u soo dirtay. Fadlan hadda su'aashaada qoraal ahaan u qor.
handover-already-open = Codsigaaga qof la hadlidda weli wuu furan yahay. Waxa aad hadda qorto waxaa heli doona qofka kuu jawaabaya.
