## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = Попередній перегляд розсилки ({ $filters }):

    { $previews }
broadcast-drafted = Розсилка { $broadcast } піде { $total } отримувачам:
    { $table }
broadcast-send-button = 📣 Надіслати
broadcast-cancel-button = Скасувати
broadcast-nobody = Цю розсилку ніхто не отримає: жоден підписник не підходить під фільтри.
broadcast-confirmed = Розсилка { $broadcast } надсилається. Хід надсилання ви побачите тут.
broadcast-not-draft = Розсилку { $broadcast } уже надіслано або скасовано.
broadcast-unknown = Розсилки { $broadcast } немає.
broadcast-cancelled = Розсилку { $broadcast } скасовано. Не надіслано повідомлень: { $held }.
broadcast-report = Розсилка { $broadcast }:
    { $table }
broadcast-progress = Розсилка { $broadcast }: надіслано { $sent } з { $total }, помилок { $failed }, заблоковано { $blocked }.
broadcast-done = Розсилку { $broadcast } завершено:
    { $table }
broadcast-bad-filter = Не розумію «{ $value }». Фільтри: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» — не новинне повідомлення. Новинні повідомлення: { $list }
broadcast-what = Яка новина? Назвіть одну з цих: { $list }. Або надішліть файл з одним текстом для кожної мови і підписом /broadcast.
broadcast-file-or-news = Назвіть новину або надішліть файл, але не те й інше разом.
broadcast-file-wrong = Файл { $file } не можна надіслати в такому вигляді:
    { $errors }
