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
    Sohbet mesajlarının numaraları (/clear için): { $chat }
    Hepsini silmek için: /delete
delete-confirm = Sizinle ilgili sakladığımız her şeyi silelim mi? Kayıtlarınız, rezervasyonlarınız ve istekleriniz sona erer. Bu geri alınamaz.
delete-yes = 🗑 Evet, her şeyi sil
delete-done = Sizinle ilgili sakladığımız her şey silindi. Yeniden yazarsanız baştan başlarız.

## The privacy note after the first language choice, /privacy, the notice before an idle
## conversation is deleted, and /clear (the messages of this chat)

privacy-note =
    Kısaca veri koruma hakkında: Dilinizi, kayıtlarınızı ve bir kişiye yazdıklarınızı saklıyoruz. Bunları yalnızca size yardım eden kişiler görür.
    { $idle_months } ay boyunca yazmazsanız, bir hatırlatmadan sonra her şeyi sileriz. /delete ile her şeyi hemen silebilirsiniz. Daha fazlası: /privacy
privacy-ok = 👍 Tamam
privacy-more = 🔒 Veri koruma hakkında daha fazlası
privacy-info =
    Verilerinizi şöyle kullanıyoruz:
    • Dilinizi, kurslara ve mülteci diyaloglarına kayıtlarınızı, iletişim isteklerinizi ve bir kişiye yazdıklarınızı saklıyoruz.
    • Bunları yalnızca belediye personeli ve size yardım eden gönüllüler görür. Onlar adınızı değil, bir takma ad görür.
    • Bir kişiyle yazışma, { $handover_idle_days } gün boyunca kimse yazmazsa sona erer. Sona erdikten { $transcript_days } gün sonra, orada yazılanları sileriz.
    • Size gönderdiğimiz mesajları { $delivered_days } gün sonra kendi sistemimizden sileriz.
    • { $idle_months } ay boyunca yazmazsanız, size bir kez hatırlatırız. Ardından { $notice_days } gün daha yazmazsanız, her şeyi sileriz.
    • /mydata sakladıklarımızı gösterir. /delete her şeyi hemen siler. /clear bu sohbetteki mesajları siler.
conversation-idle-notice = { $months } aydır bize yazmadınız. Önümüzdeki { $days } gün içinde yazmazsanız, sizinle ilgili sakladığımız her şeyi sileceğiz. Saklanmasını istiyorsanız, bize bir mesaj yazmanız yeterli.
clear-done = Bu sohbetteki mesajları sildim. Kayıtlarınız ve istekleriniz olduğu gibi kalır.
clear-some-left = Bu sohbetteki mesajları silebildiğim kadar sildim. { $count } eski mesajı silemiyorum. Lütfen sohbet geçmişini bu sohbetin menüsünden kendiniz temizleyin. Kayıtlarınız ve istekleriniz olduğu gibi kalır.
clear-not-here = Bu sohbetteki mesajları silemiyorum. Lütfen sohbet geçmişini kendiniz temizleyin. Kayıtlarınız ve istekleriniz olduğu gibi kalır.
