## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ Mülteci diyalogları
sessions-menu =
    Mülteci diyaloglarında (“Flüchtlingsdialoge”) belediye çalışanlarıyla konuşursunuz. Tercümanlar çeviri yapar.
    Hangi dil için tercümana ihtiyacınız var?
sessions-no-interpreter = Tüm tarihleri gösterin
sessions-other-language = 🔎 Başka bir dil
session-list = { $count ->
    [0] Şu anda bunun için hiç tarih yok. Lütfen başka bir dil seçin.
    [one] Bir tarih var. Üzerine dokunun.
   *[other] { $count } tarih var. Birine dokunun.
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    Tercüman dilleri: { $interpreters }
    Moderatör: { $moderator }
    { $session_seats ->
        [0] Tüm yerler dolu.
        [one] Bir boş yer kaldı.
       *[other] { $session_seats } boş yer kaldı.
    }
session-book = ✅ Yer ayırtın
session-result = { $outcome ->
    [booked] Yeriniz ayrıldı: { $session_topic }, { $when }. Size bir gün önce hatırlatacağız.
    [already] Bu tarih için zaten yeriniz var.
    [full] Maalesef tüm yerler dolu. Lütfen başka bir tarih seçin.
    [past] Bu tarih geçti.
   *[unavailable] Bu tarih için artık yer ayırtılamıyor.
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ Yeriniz var.
session-cancel = ❌ Rezervasyonu iptal edin
session-cancelled = { $outcome ->
    [cancelled] Rezervasyonunuzu iptal ettiniz: { $session_topic }. Bize haber verdiğiniz için teşekkürler.
   *[other] Bu tarih için yeriniz yoktu.
}
session-reminder =
    Hatırlatma: “{ $session_topic }” mülteci diyaloğunda yeriniz var.
    🕒 { $when }
    📍 { $place }
    Gelemeyecekseniz lütfen iptal edin: /my
session-called-off = “{ $session_topic }” mülteci diyaloğu ({ $when }) maalesef yapılmayacak. Bu nedenle rezervasyonunuz sona erdi.
