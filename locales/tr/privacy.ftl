## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    Sizinle ilgili sakladıklarımız:
    Dil: { $language }
    Abone olduğunuz haber konuları: { $news } (değiştirmek için: /subscribe)
    Kurslar: { $courses }
    Mülteci diyalogları: { $sessions }
    Gönüllülere iletişim istekleri: { $requests }
    Bir kişiyle konuşma talepleri: { $handovers }
    Bir kişiye mesajlarınız: { $messages }
    Bottan gelen mesajlar: { $notices }
    Hepsini silmek için: /delete
delete-confirm = Sizinle ilgili sakladığımız her şeyi silelim mi? Kayıtlarınız, rezervasyonlarınız ve istekleriniz sona erer. Bu geri alınamaz.
delete-yes = 🗑 Evet, her şeyi sil
delete-done = Sizinle ilgili sakladığımız her şey silindi. Yeniden yazarsanız baştan başlarız.
