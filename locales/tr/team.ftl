## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = “{ $value }” bir ekip komutu değil. Komutlar: /queue, /claim N, /release, /close.
staff-usage = Bu komut başka bilgiler istiyor. Şöyle yazın: { $usage }
staff-quotes = Bir tırnak işareti kapatılmamış.
staff-not-a-number = “{ $value }” bir talep numarası değil.
staff-not-a-role = “{ $value }” bir rol değil. Roller: peer, staff, admin.
staff-not-a-language = “{ $value }” dillerimizden biri değil.
staff-not-an-account = “{ $value }” bir hesap değil. telegram:, matrix: veya console: yazın, sonra kullanıcı kimliğini.
team-not-allowed = Bu komutu kullanamazsınız.
team-queue-empty = Şu anda bekleyen kimse yok.
team-queue =
    Talepler: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } sa { $minutes } dk
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } sa { $minutes } dk · ✋ { $helper }
team-claim-button = #{ $number } talebini al
team-claimed =
    Artık #{ $number } numaralı talebe siz cevap veriyorsunuz ({ $pseudonym }).
    Dil: { $language } · Konu: { $topic }
    Soru: { $note }
    Burada yazdıklarınız bu kişiye gider. Bitince /close, geri vermek için /release.
team-claim-taken = #{ $number } numaralı talebi başka biri zaten aldı.
team-claim-unknown = Sizin için açık bir #{ $number } talebi yok. /queue talepleri gösterir.
team-claim-yours = #{ $number } numaralı talebe zaten siz cevap veriyorsunuz.
team-released = #{ $number } numaralı talebi geri verdiniz. Artık başkaları alabilir.
team-closed = #{ $number } numaralı talebi kapattınız. Teşekkürler!
team-nothing-claimed = Şu anda hiçbir talebe cevap vermiyorsunuz. /queue talepleri gösterir.
team-role-granted =
    { $name } artık şu role sahip: { $role ->
            [peer] gönüllü (Supportgroup)
            [staff] belediye personeli
            [admin] yönetici
           *[other] { $role }
        }.
team-role-revoked = { $name } artık ekipte bir role sahip değil.
team-role-unknown = Ekipte { $name } adında kimse yok.
team-role-taken = { $account } zaten şu kişiye ait: { $owner }.
team-role-list =
    Ekip: { $count }
    { $list }
handover-new =
    Yeni talep #{ $request }, gönderen: { $pseudonym }. Dil: { $language }. Konu: { $topic }.
    Almak için: /claim { $request }
handover-claim = ✋ Ben cevaplarım
handover-claimed = Talebinize artık { $helper } cevap veriyor. Buraya yazın; { $helper } okur. Bota dönmek için: /bot.
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] bir fotoğraf
            [voice] bir sesli mesaj
            [document] bir belge
            [location] bir konum
            [sticker] bir çıkartma
           *[other] bir dosya
        } gönderdi.
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] bir fotoğraf
            [voice] bir sesli mesaj
            [document] bir belge
            [location] bir konum
            [sticker] bir çıkartma
           *[other] bir dosya
        } gönderdi.
handover-history =
    #{ $request } { $pseudonym } daha önce şunları yazdı:
    { $history }
handover-closed =
    { $helper } talebinizi kapattı. Yine bot ile yazışıyorsunuz.
    Bu size yardımcı oldu mu?
handover-user-left = #{ $request } { $pseudonym } bota geri döndü. Talep kapandı.
handover-closed-idle = Talebiniz kapatıldı, çünkü { $days } gündür kimse yazmadı. Hâlâ yardıma ihtiyacınız varsa /human yazın.
handover-closed-idle-helper = #{ $request } { $pseudonym } kapatıldı: { $days } gündür mesaj yok.
handover-taken-over = #{ $request } numaralı talebi artık { $helper } yürütüyor.
feedback-yes = 👍 Evet
feedback-no = 👎 Hayır
feedback-thanks = Cevabınız için teşekkürler!
handover-escalated =
    { $pseudonym } kişisinin #{ $request } numaralı talebi { $minutes } dk'dır bekliyor. Dil: { $language }. Konu: { $topic }.
    Almak için: /claim { $request }
handover-transcript =
    Talep #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = #{ $request } numaralı talebin kaydı yok. Kayıtlar, talep kapandıktan bir süre sonra silinir.
handover-room-opened = Bu oda #{ $request } numaralı talep içindir ({ $pseudonym }). Burada yazdıklarınız bu kişiye gider. Bitince /close, geri vermek için /release.
team-room-closed = #{ $number } numaralı talep artık sizde değil; burada yazılanlar iletilmez. /queue talepleri gösterir.
