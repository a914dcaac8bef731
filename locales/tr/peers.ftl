## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 Mültecilerden yardım
peers-intro =
    Supportgroup Refugees grubunda, kendileri de mülteci olan kişiler yardım eder. Sizin dilinizi konuşurlar.
    Hangi konuda yardıma ihtiyacınız var?
peer-any-topic = Başka bir konu
peer-district = Hangi ilçede yaşıyorsunuz? Böylece size yakın birini ararız.
peer-any-district = Fark etmez ya da söylemek istemem
peer-list = { $count ->
    [0] Şu anda size uygun ve müsait kimse yok. Welcome Center çalışanlarından biriyle konuşabilirsiniz.
    [one] Bu kişi size yardım edebilir. Üzerine dokunun.
   *[other] Bu { $count } kişi size yardım edebilir. En uygun kişi en üstte.
}
peer-detail =
    { $peer_name }
    Konuştuğu diller: { $peer_languages }
    Yardım ettiği konular: { $peer_topics }
    İlçeler: { $peer_districts }
    { $peer_name } sizinle iletişime geçsin mi?
peer-ask = ✉️ Evet, iletişim istiyorum
peer-contact-ask =
    { $peer_name } size nasıl ulaşabilir? Telefon numaranızı, e-posta adresinizi veya Telegram ya da Matrix kullanıcı adınızı (@ ile) yazın.
    { $peer_name } bunu ancak kabul ettiğinde görür.
peer-contact-invalid = Bu bir telefon numarasına, e-posta adresine veya @ içeren bir ada benzemiyor. Lütfen tekrar deneyin.
peer-consent =
    Lütfen kontrol edin:
    İletişim isteğinizi { $peer_name } adlı kişiye göndereceğiz. Konu: { $topic }. Dil: { $language }.
    { $peer_name } kabul ederse, { $peer_name } sizin iletişim bilginizi ({ $contact }) alır, siz de { $peer_name } adlı kişinin iletişim bilgisini alırsınız.
    İsteği gönderelim mi?
peer-send = ✅ Evet, gönderin
peer-requested = { $outcome ->
    [sent] İsteğiniz { $peer_name } adlı kişiye iletildi. { $peer_name } cevap verince size haber vereceğiz.
    [already] { $peer_name } adlı kişiden zaten iletişim istediniz. İsteği /my yazarak görebilirsiniz.
    [too-many] Zaten birkaç açık isteğiniz var. Lütfen bir cevap bekleyin veya /my yazarak bir isteği geri çekin.
   *[unavailable] { $peer_name } şu anda istek kabul edemiyor. Lütfen başka birini seçin.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } size yardım ediyor. İletişim: { $peer_contact } ({ $peer_channel }). Konu: { $topic }.
   *[pending] { $peer_name } adlı kişiden iletişim istediniz. Konu: { $topic }. Cevabı bekliyoruz.
}
peer-withdraw = ↩️ İsteği geri çekin
peer-withdrawn = { $outcome ->
    [withdrawn] İsteği geri çektiniz. { $peer_name } iletişim bilginizi almayacak.
   *[other] Bu istek artık açık değil.
}
peer-incoming = { $request_status ->
    [accepted] { $request } numaralı istek: { $topic } konusunda yardım ediyorsunuz. Dil: { $language }. İletişim: { $contact }
   *[pending] { $request } numaralı istek: Birinin { $topic } konusunda yardıma ihtiyacı var. Dil: { $language }. Yardım etmek ister misiniz?
}
peer-accept = ✅ Yardım edeceğim
peer-decline = ❌ Şimdi değil
peer-answered = { $outcome ->
    [accepted] Teşekkürler! Bu kişiye şöyle ulaşabilirsiniz: { $contact }. Sizin iletişim bilginiz de bu kişiye gönderildi.
    [declined] Tamam. Bu kişiye şu anda yardım edemeyeceğinizi söyleyeceğiz.
   *[gone] Bu istek artık açık değil. Belki geri çekildi.
}
request-unknown = Bu numarayla açık bir istek yok. İsteklerinizi /my yazarak görebilirsiniz.
peer-request-new =
    Yeni iletişim isteği ({ $request }): Birinin { $topic } konusunda yardıma ihtiyacı var. Dil: { $language }.
    Kabul ederseniz, bu kişinin iletişim bilgisini görürsünüz.
    Kabul etmek için: /accept { $request } · Reddetmek için: /decline { $request }
peer-request-accepted =
    İyi haber! { $peer_name } size memnuniyetle yardım edecek.
    İletişim: { $peer_contact } ({ $peer_channel })
    { $peer_name } sizin iletişim bilginizi de aldı.
peer-request-declined = { $peer_name } şu anda yardım edemiyor. “Mültecilerden yardım” bölümünde başka kişiler bulabilirsiniz.
peer-request-withdrawn = { $request } numaralı istek geri çekildi. Lütfen bu kişiyle iletişime geçmeyin.
