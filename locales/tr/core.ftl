## Language

language-menu = Lütfen dilinizi seçin.
language-set = Tamam. Bundan sonra size Türkçe yazacağım.
language-detected = Size Türkçe yazacağım. Dili istediğiniz zaman değiştirebilirsiniz: /language

## Main menu

main-menu = Hoş geldiniz! Burası Wegweiser { $city }. Size nasıl yardımcı olabilirim?
main-topics = ℹ️ Bilgiler
main-person = 💬 Bir insanla konuşun
main-language = 🌐 Dili değiştirin

## Buttons used in many places

button-back = ⬅️ Geri
button-main = 🏠 Ana menü
button-topics = 📚 Diğer konular
button-person = 💬 Bir insanla konuşun
button-cancel = İptal

## Help and commands

help =
    Nasıl kullanılır: Bir düğmeye dokunun veya düğmenin numarasını yazın.
    /start – en başa dönün
    /my – kayıtlarınız, rezervasyonlarınız ve istekleriniz
    /human – bir kişiyle konuşun
    /mydata – sizinle ilgili sakladıklarımız
    /delete – verilerinizi silin
    /privacy – verilerinizi nasıl kullandığımız
    /clear – bu sohbetteki mesajları silin
    /subscribe – haberlerinizi seçin
    /language – dili değiştirin
    /help – bu yardım metni
    /stop – artık mesaj almayın
stopped = Artık bizden mesaj almayacaksınız. Yeniden yardım isterseniz /start yazın.
unknown-command = Bu komutu tanımıyorum. Tüm komutları görmek için /help yazın.

## When something does not fit

not-understood = Üzgünüm, bunu anlayamadım. Lütfen bir seçenek seçin: Numarasını yazın veya üzerine dokunun.
not-understood-twice = Üzgünüm, hâlâ anlamıyorum. Sizi bir kişiye aktarıyorum.
no-such-option = Burada { $number } numarası yok. Lütfen 1 ile { $max } arasında bir numara seçin.
empty-message = Mesajınız boştu. Lütfen bir şey yazın veya bir numara seçin.
message-too-long = Mesajınız çok uzun. Lütfen daha kısa yazın, en fazla { $max } karakter.
input-too-short = Lütfen biraz daha fazla yazın, en az { $min } karakter.
input-too-long = Bu çok uzun. Lütfen en fazla { $max } karakter yazın.
button-stale = Bu düğme artık geçerli değil. Güncel menü burada.
media-not-supported = Resimleri, sesli mesajları ve dosyaları henüz okuyamıyorum. Lütfen bana yazın veya bir numara seçin.

## Dates and times. $weekday is 1 (Monday) to 7 (Sunday); $day, $month, $year and $time
## (24-hour, like 17:30) are digits.

date-time = { $day }.{ $month }.{ $year } { $weekday ->
    [1] Pazartesi
    [2] Salı
    [3] Çarşamba
    [4] Perşembe
    [5] Cuma
    [6] Cumartesi
   *[7] Pazar
}, saat { $time }

## Links from posters (/start NAME) and Telegram: the command menu, the bot's profile,
## and group chats (the bot only points to a private chat there).

link-unknown = Bu bağlantı artık geçerli değil. Ana menü burada.
cmd-start = En başa dönün
cmd-my = Kayıtlarım, rezervasyonlarım ve isteklerim
cmd-human = Bir kişiyle konuşun
cmd-language = Dili değiştirin
cmd-help = Nasıl kullanılır
cmd-stop = Artık mesaj almayın
cmd-privacy = Veri koruma
cmd-clear = Bu sohbeti temizleyin
bot-description = Wegweiser { $city }, mültecilere ve şehre yeni gelen insanlara yardım eder. Burada { $wc_name } bilgilerini, Almanca kurslarını, mülteci diyaloglarını ve sizin dilinizi konuşan insanları bulursunuz. “Başlat” düğmesine dokunun.
bot-short-description = { $city } şehrinde mültecilere ve yeni gelenlere yardım, sizin dilinizde.
group-private = Verilerinizin gizli kalması için burada, grupta yardım etmiyorum. Lütfen bana doğrudan yazın.
group-open-chat = 💬 Bana doğrudan yazın

## Errors and too many messages

event-failed = Üzgünüm, bu olmadı. Lütfen tekrar deneyin.
slow-down = Çok hızlı yazıyorsunuz. Mesajlarınızı sırayla yanıtlıyorum. Lütfen biraz bekleyin.
