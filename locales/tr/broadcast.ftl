## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Toplu mesaj önizlemesi ({ $filters }):

    { $previews }
broadcast-drafted = Toplu mesaj { $broadcast }, { $total } alıcıya gidecek:
    { $table }
broadcast-send-button = 📣 Gönder
broadcast-cancel-button = İptal
broadcast-nobody = Bu toplu mesajı kimse almayacak: filtrelere uyan abone yok.
broadcast-confirmed = Toplu mesaj { $broadcast } gönderiliyor. İlerlemeyi burada göreceksiniz.
broadcast-not-draft = Toplu mesaj { $broadcast } zaten gönderildi ya da iptal edildi.
broadcast-unknown = { $broadcast } numaralı toplu mesaj yok.
broadcast-cancelled = Toplu mesaj { $broadcast } iptal edildi. { $held } mesaj gönderilmedi.
broadcast-report = Toplu mesaj { $broadcast }:
    { $table }
broadcast-progress = Toplu mesaj { $broadcast }: { $total } mesajdan { $sent } gönderildi, { $failed } başarısız, { $blocked } engellendi.
broadcast-done = Toplu mesaj { $broadcast } tamamlandı:
    { $table }
broadcast-bad-filter = “{ $value }” anlaşılmadı. Filtreler: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = “{ $value }” bir haber mesajı değil. Haber mesajları: { $list }
broadcast-what = Hangi haber? Bunlardan birini yazın: { $list }. Ya da her dil için bir metin içeren bir dosyayı /broadcast açıklamasıyla gönderin.
broadcast-file-or-news = Ya bir haber adı yazın ya da bir dosya gönderin, ikisini birden değil.
broadcast-file-wrong = { $file } dosyası bu haliyle gönderilemez:
    { $errors }
