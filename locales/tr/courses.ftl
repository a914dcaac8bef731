## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 Kurslar ve etkinlikler
courses-menu = Ne arıyorsunuz?
courses-german = Almanca kursları
courses-integration = Uyum kursları
courses-leisure = Spor ve kültür
courses-all = Tümü
course-level = Hangi dil seviyesini arıyorsunuz?
course-any-level = Seviye fark etmez
course-district = Hangi ilçede?
course-any-district = Fark etmez
course-other-filters = 🔎 Yeniden seçin
course-list = { $count ->
    [0] Şu anda buna uygun açık bir kurs veya etkinlik yok. Lütfen başka bir seçim yapın.
    [one] Uygun bir seçenek var. Üzerine dokunun.
   *[other] { $count } uygun seçenek var. Birine dokunun.
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    Seviye: { $level }
    Ders dili: { $languages }
    Çocuk bakımı: { $childcare ->
        [yes] var
       *[no] yok
    }
    { $seats ->
        [0] Tüm yerler dolu. Bekleme listesine girebilirsiniz.
        [one] Bir boş yer kaldı.
       *[other] { $seats } boş yer kaldı.
    }
course-sign-up = ✅ Kaydolun
course-result = { $outcome ->
    [confirmed] Kaydınız yapıldı: { $course_title }. Kursu düzenleyen kurum sizinle iletişime geçecek.
    [waitlisted] Kurs dolu. Bekleme listesindesiniz. Sıranız: { $position }. Bir yer boşalırsa size haber vereceğiz.
    [already] Bu kursa zaten kaydınız var.
    [not-yet] Bu kursun kayıtları henüz başlamadı.
   *[unavailable] Bu kursa artık kaydolunamıyor.
}
my-button = 📋 Kayıtlarım ve isteklerim
my-overview = { $count ->
    [0] Hiç kaydınız, rezervasyonunuz veya isteğiniz yok.
    [one] Listenizde bir kayıt var. Görmek veya iptal etmek için üzerine dokunun.
   *[other] Listenizde { $count } kayıt var. Görmek veya iptal etmek için birine dokunun.
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ Yeriniz var.
       *[other] ⏳ Bekleme listesindesiniz. Sıranız: { $position }.
    }
course-cancel = ❌ Kaydı iptal edin
course-cancelled = { $outcome ->
    [cancelled] Kaydınızı iptal ettiniz: { $course_title }.
   *[other] Bu kursa kaydınız yoktu.
}
course-promoted = İyi haber! Bir yer boşaldı. Artık kaydınız yapıldı: { $course_title }.
