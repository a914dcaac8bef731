## Information topics: names (menu buttons) and texts

topics-menu = Hangi konuda bilgi arıyorsunuz?
topic-arrival = Varış ve adres kaydı
topic-residence = Oturum ve iltica süreci
topic-health = Sağlık sigortası ve doktorlar
topic-housing = Konut
topic-work = İş ve diploma denkliği
topic-german = Almanca kursları
topic-school = Okul ve çocuk bakımı
topic-counselling = Danışmanlık ve geri dönüş danışmanlığı
topic-leisure = Boş zaman: spor, kültür, dernekler
topic-mentors = Rehberler ve mentorlar (Lotsen)
topic-none = Genel soru

info-arrival =
    Bir eviniz olduğunda adresinizi kaydettirmeniz gerekir. Buna “Anmeldung” denir. Bunu ilk iki hafta içinde yapın.
    Nerede: { $registration_office }
    Randevu: { $registration_link }
    Pasaportunuzu ve ev sahibinizin verdiği onay belgesini yanınıza alın.
    Sorularınız mı var? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    Oturum izni, “Duldung” (sınır dışı etmenin geçici olarak ertelenmesi) veya iltica süreci hakkında sorularınız mı var? Bir şey imzalamadan önce danışmanlık alın. Danışmanlık ücretsizdir.
    Danışmanlık: { $asylum_advice }
    Yabancılar Dairesi: { $immigration_office }
    Resmî kurumlardan gelen mektupları hemen okuyun. Bu mektuplarda çoğu zaman bir son tarih vardır.
info-health =
    Sağlık kartınızla veya tedavi belgesiyle (“Behandlungsschein”) doktora gidebilirsiniz.
    Acil durumda { $emergency_number } numarasını arayın.
    Doktor ve yardım bulun: { $health_link }
info-housing =
    Ev mi arıyorsunuz? Ya da kaldığınız yerde sorun mu yaşıyorsunuz?
    Danışmanlık: { $housing_contact }
    Bilgi: { $housing_link }
info-work =
    Çalışmak mı istiyorsunuz? Ülkenizde aldığınız diploma Almanya'da tanınabilir.
    Denklik danışmanlığı: { $recognition_contact }
    İş aramada yardım: { $work_link }
info-german =
    Uyum kursları, Almanca kursları ve anneler için çocuk bakımlı kurslar (“Mama lernt Deutsch”) var.
    Danışmanlık: { $wc_name }
    📍 { $wc_address }
    Kurs bulun: { $german_courses_link }
info-school =
    Almanya'da çocuklar altı yaşından itibaren okula gider. Okula gitmek zorunludur.
    Daha küçük çocuklar kreşe (“Kita”) gidebilir.
    Okul ve Kita hakkında danışmanlık: { $school_contact }
info-counselling =
    Endişeleriniz veya tartışmalarınız mı var? Şiddet mi yaşıyorsunuz? Danışmanlık ücretsizdir ve gizlidir.
    Danışma merkezleri: { $counselling_link }
    Geri dönmeyi mi düşünüyorsunuz? Geri dönüş danışmanlığı size tarafsız bir şekilde yardımcı olur: { $return_counselling }
info-leisure =
    { $city } şehrinde yapılacak çok şey var: spor, müzik, kültür ve göçmenlerin kurduğu dernekler. Birçoğu ücretsizdir.
    Etkinlikleri bulun: { $leisure_link }
info-mentors =
    Gönüllü rehberler (“Lotsen”) size resmî dairelerde, Almanca öğrenirken ve günlük hayatta yardım eder. Birçoğu sizin dilinizi konuşur.
    İletişim: { $mentors_contact }
