## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.
## Gender: $peer_name can be a man or a woman, so these texts avoid verbs and pronouns
## that agree with the peer (masdar or passive instead).

main-peers = 🤝 مساعدة من لاجئين
peers-intro =
    في Supportgroup Refugees يقدّم المساعدةَ أشخاصٌ كانوا هم أنفسهم لاجئين. وهم يتكلمون لغتكم.
    في أي أمر تحتاجون إلى مساعدة؟
peer-any-topic = شيء آخر
peer-district = في أي منطقة من المدينة تسكنون؟ عندها نبحث عن شخص قريب منكم.
peer-any-district = لا يهم، أو أفضّل ألّا أقول
peer-list = { $count ->
    [0] لا يوجد الآن شخص مناسب متاح. يمكنكم التحدث مع شخص من «Welcome Center».
    [zero] لا يوجد الآن شخص مناسب متاح. يمكنكم التحدث مع شخص من «Welcome Center».
    [one] هذا الشخص يستطيع مساعدتكم. اضغطوا على الاسم.
    [two] يستطيع شخصان مساعدتكم. الاختيار الأنسب في الأعلى.
    [few] يستطيع { $count } أشخاص مساعدتكم. الاختيار الأنسب في الأعلى.
    [many] يستطيع { $count } شخصًا مساعدتكم. الاختيار الأنسب في الأعلى.
   *[other] يستطيع { $count } شخص مساعدتكم. الاختيار الأنسب في الأعلى.
}
peer-detail =
    { $peer_name }
    اللغات: { $peer_languages }
    المساعدة في: { $peer_topics }
    المناطق: { $peer_districts }
    هل تريدون أن نطلب من { $peer_name } التواصل معكم؟
peer-ask = ✉️ نعم، أريد التواصل
peer-contact-ask =
    كيف يمكن لـ{ $peer_name } التواصل معكم؟ اكتبوا رقم هاتفكم أو بريدكم الإلكتروني أو اسمكم في Telegram أو Matrix (مع @).
    لن تُعرض هذه المعلومات على { $peer_name } إلا بعد موافقة { $peer_name }.
peer-contact-invalid = هذا لا يبدو رقم هاتف أو بريدًا إلكترونيًا أو اسمًا مع @. يُرجى المحاولة مرة أخرى.
peer-consent =
    يُرجى التحقق:
    سنرسل إلى { $peer_name } طلبكم للتواصل. الموضوع: { $topic }. اللغة: { $language }.
    في حال موافقة { $peer_name }، تُرسَل معلومات التواصل الخاصة بكم ({ $contact }) إلى { $peer_name }، وتحصلون أنتم على معلومات التواصل الخاصة بـ{ $peer_name }.
    هل نرسل الطلب؟
peer-send = ✅ نعم، أرسِله
peer-requested = { $outcome ->
    [sent] وصل طلبكم إلى { $peer_name }. عندما يصل الرد من { $peer_name }، سنخبركم.
    [already] لقد طلبتم التواصل مع { $peer_name } من قبل. يمكنكم رؤية الطلب في /my.
    [too-many] لديكم عدة طلبات مفتوحة. يُرجى انتظار الرد أو سحب أحد الطلبات في /my.
   *[unavailable] لا يمكن لـ{ $peer_name } استقبال طلبات الآن. يُرجى اختيار شخص آخر.
}
my-peer-request = { $request_status ->
    [accepted] تمت الموافقة على طلبكم. المساعدة من: { $peer_name }. للتواصل: { $peer_contact } ({ $peer_channel }). الموضوع: { $topic }.
   *[pending] طلبتم التواصل مع { $peer_name }. الموضوع: { $topic }. ننتظر الرد.
}
peer-withdraw = ↩️ سحب الطلب
peer-withdrawn = { $outcome ->
    [withdrawn] سحبتم الطلب. لن تُرسَل معلومات التواصل الخاصة بكم إلى { $peer_name }.
   *[other] هذا الطلب لم يعد مفتوحًا.
}
peer-incoming = { $request_status ->
    [accepted] الطلب { $request }: أنتم تساعدون في { $topic }. اللغة: { $language }. للتواصل: { $contact }
   *[pending] الطلب { $request }: شخص يحتاج إلى مساعدة في { $topic }. اللغة: { $language }. هل تريدون المساعدة؟
}
peer-accept = ✅ سأساعد
peer-decline = ❌ ليس الآن
peer-answered = { $outcome ->
    [accepted] شكرًا! يمكنكم التواصل مع الشخص هنا: { $contact }. وأُرسلت إليه معلومات التواصل الخاصة بكم أيضًا.
    [declined] حسنًا. سنخبر الشخص بأنكم لا تستطيعون المساعدة الآن.
   *[gone] هذا الطلب لم يعد مفتوحًا. ربما تم سحبه.
}
request-unknown = لا يوجد طلب مفتوح بهذا الرقم. يمكنكم رؤية طلباتكم في /my.
peer-request-new =
    طلب تواصل جديد ({ $request }): شخص يحتاج إلى مساعدة في { $topic }. اللغة: { $language }.
    سترون معلومات التواصل بعد موافقتكم.
    للموافقة: /accept { $request } · للرفض: /decline { $request }
peer-request-accepted =
    خبر جيد! يسرّ { $peer_name } مساعدتُكم.
    للتواصل: { $peer_contact } ({ $peer_channel })
    وصلت معلومات التواصل الخاصة بكم إلى { $peer_name } أيضًا.
peer-request-declined = لا يمكن لـ{ $peer_name } المساعدة الآن. ستجدون أشخاصًا آخرين في «مساعدة من لاجئين».
peer-request-withdrawn = تم سحب الطلب { $request }. يُرجى عدم التواصل مع هذا الشخص.
