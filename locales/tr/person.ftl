## Talk to a person

person-ask =
    Sorunuzu, sizin dilinizi konuşan bir kişiye ileteceğim.
    Sorunuzu kısaca yazın. Ya da “Soru olmadan devam et” düğmesine dokunun.
person-skip = Soru olmadan devam et
person-confirm =
    Talebiniz:
    Konu: { $topic }
    Soru: { $note }
    Talebinizi ileteyim mi?
person-send = ✅ Evet, iletin
person-done =
    Teşekkürler! Talebiniz bize ulaştı.
    Genellikle { $hours } saat içinde bir kişi size cevap verir.
    Çalışma saatleri: { $office_hours }
    Buraya yazmaya devam edin. Bota dönmek için /bot yazın.
note-none = (yok)
handover-leave = 🤖 Bota geri dön
handover-back = Bir kişiyle konuşma talebiniz sona erdi. Yine botla yazışıyorsunuz.
handover-outside-hours = Şu an mesai saatleri dışındayız. { $when } itibarıyla yanıt vereceğiz.

## Files and an open request

file-too-large = Bu dosya çok büyük. En fazla { $megabytes } MB boyutundaki dosyaları iletebilirim.
file-type-refused = Bu tür bir dosyayı iletemiyorum. Lütfen bir fotoğraf, bir PDF veya bir sesli mesaj gönderin.
file-quota-reached = Zaten çok sayıda dosya gönderdiniz. Lütfen sorunuzu şimdi metin olarak yazın.
handover-already-open = Bir kişiyle konuşma talebiniz hâlâ açık. Şimdi yazdıklarınız, size cevap verecek kişiye ulaşır.
