## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 کمک از طرف مهاجرین
peers-intro =
    در Supportgroup Refugees کسانی کمک می‌کنند که خودشان مهاجر بوده‌اند. آن‌ها به زبان شما صحبت می‌کنند.
    در کدام کار به کمک ضرورت دارید؟
peer-any-topic = چیز دیگر
peer-district = در کدام ناحیه شهر زندگی می‌کنید؟ بعد در نزدیکی شما کسی را جستجو می‌کنیم.
peer-any-district = فرق نمی‌کند یا نمی‌خواهم بگویم
peer-list = { $count ->
    [0] فعلاً هیچ شخص مناسب در دسترس نیست. می‌توانید با یک شخص از «Welcome Center» صحبت کنید.
    [one] این شخص می‌تواند با شما کمک کند. نام او را فشار بدهید.
   *[other] این { $count } نفر می‌توانند با شما کمک کنند. بهترین انتخاب در بالا است.
}
peer-detail =
    { $peer_name }
    زبان‌ها: { $peer_languages }
    ساحه کمک: { $peer_topics }
    نواحی شهر: { $peer_districts }
    آیا می‌خواهید { $peer_name } با شما به تماس شود؟
peer-ask = ✉️ بلی، درخواست تماس
peer-contact-ask =
    چطور { $peer_name } می‌تواند با شما به تماس شود؟ شماره تیلفون، ایمیل یا نام کاربری خود در تلگرام یا Matrix (با @) را بنویسید.
    فقط وقتی { $peer_name } قبول کند، آن را می‌بیند.
peer-contact-invalid = این مانند شماره تیلفون، ایمیل یا نامی با @ معلوم نمی‌شود. لطفاً دوباره کوشش کنید.
peer-consent =
    لطفاً بررسی کنید:
    ما درخواست تماس شما را برای { $peer_name } می‌فرستیم. موضوع: { $topic }. زبان: { $language }.
    اگر { $peer_name } قبول کند، معلومات تماس شما ({ $contact }) به { $peer_name } داده می‌شود و معلومات تماس { $peer_name } هم به شما داده می‌شود.
    درخواست را بفرستیم؟
peer-send = ✅ بلی، بفرستید
peer-requested = { $outcome ->
    [sent] درخواست شما برای { $peer_name } فرستاده شد. وقتی { $peer_name } جواب بدهد، برای شما خبر می‌دهیم.
    [already] شما قبلاً از { $peer_name } درخواست تماس کرده‌اید. درخواست را در /my می‌بینید.
    [too-many] شما همین حالا چند درخواست فعال دارید. لطفاً منتظر جواب باشید یا یک درخواست را در /my پس بگیرید.
   *[unavailable] فعلاً { $peer_name } درخواست جدید قبول کرده نمی‌تواند. لطفاً شخص دیگری را انتخاب کنید.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } با شما کمک می‌کند. تماس: { $peer_contact } ({ $peer_channel }). موضوع: { $topic }.
   *[pending] شما از { $peer_name } درخواست تماس کرده‌اید. موضوع: { $topic }. ما منتظر جواب هستیم.
}
peer-withdraw = ↩️ پس گرفتن درخواست
peer-withdrawn = { $outcome ->
    [withdrawn] شما درخواست را پس گرفتید. معلومات تماس شما به { $peer_name } داده نمی‌شود.
   *[other] این درخواست دیگر فعال نیست.
}
peer-incoming = { $request_status ->
    [accepted] درخواست شماره { $request }: شما در موضوع { $topic } کمک می‌کنید. زبان: { $language }. تماس: { $contact }
   *[pending] درخواست شماره { $request }: کسی در موضوع { $topic } به کمک ضرورت دارد. زبان: { $language }. آیا می‌خواهید کمک کنید؟
}
peer-accept = ✅ کمک می‌کنم
peer-decline = ❌ حالا نه
peer-answered = { $outcome ->
    [accepted] تشکر! از این راه می‌توانید با این شخص به تماس شوید: { $contact }. معلومات تماس شما هم برای او فرستاده شد.
    [declined] خوب است. برای این شخص می‌گوییم که شما فعلاً کمک کرده نمی‌توانید.
   *[gone] این درخواست دیگر فعال نیست. شاید پس گرفته شده باشد.
}
request-unknown = درخواست فعالی با این شماره وجود ندارد. درخواست‌های خود را در /my می‌بینید.
peer-request-new =
    درخواست تماس جدید (شماره { $request }): کسی در موضوع { $topic } به کمک ضرورت دارد. زبان: { $language }.
    معلومات تماس این شخص را وقتی می‌بینید که قبول کنید.
    قبول: /accept { $request } · رد: /decline { $request }
peer-request-accepted =
    خبر خوش! { $peer_name } با خوشی با شما کمک می‌کند.
    تماس: { $peer_contact } ({ $peer_channel })
    معلومات تماس شما هم به { $peer_name } داده شد.
peer-request-declined = فعلاً { $peer_name } کمک کرده نمی‌تواند. در «کمک از طرف مهاجرین» اشخاص دیگری را پیدا می‌کنید.
peer-request-withdrawn = درخواست شماره { $request } پس گرفته شد. لطفاً با این شخص به تماس نشوید.
