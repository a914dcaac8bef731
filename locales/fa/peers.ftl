## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 کمک از سوی پناهندگان
peers-intro =
    در Supportgroup Refugees کسانی کمک می‌کنند که خودشان پناهنده بوده‌اند. آن‌ها به زبان شما صحبت می‌کنند.
    در چه کاری به کمک نیاز دارید؟
peer-any-topic = چیز دیگری
peer-district = در کدام منطقه شهر زندگی می‌کنید؟ بعد دنبال کسی نزدیک شما می‌گردیم.
peer-any-district = فرقی نمی‌کند یا ترجیح می‌دهم نگویم
peer-list = { $count ->
    [0] فعلاً هیچ فرد مناسبی در دسترس نیست. می‌توانید با یک نفر از «Welcome Center» صحبت کنید.
    [one] این فرد می‌تواند به شما کمک کند. روی نام او بزنید.
   *[other] این { $count } نفر می‌توانند به شما کمک کنند. بهترین گزینه در بالاست.
}
peer-detail =
    { $peer_name }
    زبان‌ها: { $peer_languages }
    کمک در: { $peer_topics }
    مناطق شهر: { $peer_districts }
    آیا می‌خواهید { $peer_name } با شما تماس بگیرد؟
peer-ask = ✉️ بله، درخواست تماس
peer-contact-ask =
    چطور { $peer_name } می‌تواند با شما تماس بگیرد؟ شماره تلفن، ایمیل یا نام کاربری خود در تلگرام یا Matrix (با @) را بنویسید.
    فقط وقتی { $peer_name } قبول کند، آن را می‌بیند.
peer-contact-invalid = این شبیه شماره تلفن، ایمیل یا نامی با @ نیست. لطفاً دوباره امتحان کنید.
peer-consent =
    لطفاً بررسی کنید:
    درخواست تماس شما را برای { $peer_name } می‌فرستیم. موضوع: { $topic }. زبان: { $language }.
    اگر { $peer_name } قبول کند، اطلاعات تماس شما ({ $contact }) به { $peer_name } داده می‌شود و اطلاعات تماس { $peer_name } هم به شما داده می‌شود.
    درخواست را بفرستیم؟
peer-send = ✅ بله، بفرستید
peer-requested = { $outcome ->
    [sent] درخواست شما برای { $peer_name } فرستاده شد. وقتی { $peer_name } جواب بدهد، به شما خبر می‌دهیم.
    [already] شما قبلاً از { $peer_name } درخواست تماس کرده‌اید. درخواست را در /my می‌بینید.
    [too-many] شما الان چند درخواست فعال دارید. لطفاً منتظر جواب بمانید یا یک درخواست را در /my پس بگیرید.
   *[unavailable] فعلاً { $peer_name } نمی‌تواند درخواست جدیدی قبول کند. لطفاً فرد دیگری را انتخاب کنید.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } به شما کمک می‌کند. تماس: { $peer_contact } ({ $peer_channel }). موضوع: { $topic }.
   *[pending] شما از { $peer_name } درخواست تماس کرده‌اید. موضوع: { $topic }. منتظر جواب هستیم.
}
peer-withdraw = ↩️ پس گرفتن درخواست
peer-withdrawn = { $outcome ->
    [withdrawn] درخواست را پس گرفتید. اطلاعات تماس شما به { $peer_name } داده نمی‌شود.
   *[other] این درخواست دیگر فعال نیست.
}
peer-incoming = { $request_status ->
    [accepted] درخواست شماره { $request }: شما در موضوع { $topic } کمک می‌کنید. زبان: { $language }. تماس: { $contact }
   *[pending] درخواست شماره { $request }: کسی در موضوع { $topic } به کمک نیاز دارد. زبان: { $language }. آیا می‌خواهید کمک کنید؟
}
peer-accept = ✅ کمک می‌کنم
peer-decline = ❌ الان نه
peer-answered = { $outcome ->
    [accepted] ممنون! از این راه می‌توانید با این فرد تماس بگیرید: { $contact }. اطلاعات تماس شما هم برای او فرستاده شد.
    [declined] بسیار خوب. به این فرد می‌گوییم که شما فعلاً نمی‌توانید کمک کنید.
   *[gone] این درخواست دیگر فعال نیست. شاید پس گرفته شده است.
}
request-unknown = درخواست فعالی با این شماره وجود ندارد. درخواست‌های خود را در /my می‌بینید.
peer-request-new =
    درخواست تماس جدید (شماره { $request }): کسی در موضوع { $topic } به کمک نیاز دارد. زبان: { $language }.
    اطلاعات تماس این فرد را وقتی می‌بینید که قبول کنید.
    قبول: /accept { $request } · رد: /decline { $request }
peer-request-accepted =
    خبر خوب! { $peer_name } با کمال میل به شما کمک می‌کند.
    تماس: { $peer_contact } ({ $peer_channel })
    اطلاعات تماس شما هم به { $peer_name } داده شد.
peer-request-declined = فعلاً { $peer_name } نمی‌تواند کمک کند. در «کمک از سوی پناهندگان» افراد دیگری را پیدا می‌کنید.
peer-request-withdrawn = درخواست شماره { $request } پس گرفته شد. لطفاً با این فرد تماس نگیرید.
