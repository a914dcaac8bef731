## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.

main-peers = 🤝 یارمەتی لە پەنابەرانەوە
peers-intro =
    لە Supportgroup Refugees، ئەو کەسانەی خۆیان پەنابەر بوون یارمەتی دەدەن. بە زمانی ئێوە قسە دەکەن.
    لە چ بابەتێکدا پێویستتان بە یارمەتییە؟
peer-any-topic = شتێکی تر
peer-district = لە کام ناوچەی شاردا دەژین؟ ئینجا بەدوای کەسێکی نزیک لە ئێوەدا دەگەڕێین.
peer-any-district = گرنگ نییە، یان نامەوێت بیڵێم
peer-list = { $count ->
    [0] ئێستا هیچ کەسێکی گونجاو بەردەست نییە. دەتوانن لەگەڵ کەسێک لە «Welcome Center» قسە بکەن.
    [one] ئەم کەسە دەتوانێت یارمەتیتان بدات. دایبگرن.
   *[other] ئەم { $count } کەسە دەتوانن یارمەتیتان بدەن. باشترین هەڵبژاردە لە سەرەوەیە.
}
peer-detail =
    { $peer_name }
    زمانەکان: { $peer_languages }
    یارمەتی دەدات لە: { $peer_topics }
    ناوچەکان: { $peer_districts }
    دەتانەوێت { $peer_name } پەیوەندیتان پێوە بکات؟
peer-ask = ✉️ بەڵێ، داوای پەیوەندی
peer-contact-ask =
    { $peer_name } چۆن دەتوانێت پەیوەندیتان پێوە بکات؟ ژمارەی تەلەفۆن، ئیمەیڵ یان ناوتان لە Telegram یان Matrix بنووسن (لەگەڵ @).
    { $peer_name } تەنها دوای ئەوەی بەڵێ بڵێت ئەمە دەبینێت.
peer-contact-invalid = ئەمە لە ژمارەی تەلەفۆن، ئیمەیڵ یان ناوێک لەگەڵ @ ناچێت. تکایە دووبارە هەوڵ بدەنەوە.
peer-consent =
    تکایە بپشکنن:
    داواکاریی پەیوەندییەکەتان بۆ { $peer_name } دەنێرین. بابەت: { $topic }. زمان: { $language }.
    ئەگەر { $peer_name } بەڵێ بڵێت، { $peer_name } زانیاریی پەیوەندیتان ({ $contact }) وەردەگرێت و ئێوەش زانیاریی پەیوەندیی { $peer_name } وەردەگرن.
    داواکارییەکە بنێرین؟
peer-send = ✅ بەڵێ، بینێرە
peer-requested = { $outcome ->
    [sent] داواکارییەکەتان گەیشتە { $peer_name }. کاتێک { $peer_name } وەڵامی دایەوە، پێتان دەڵێین.
    [already] پێشتر داوای پەیوەندیتان لە { $peer_name } کردووە. دەتوانن داواکارییەکە لە /my ببینن.
    [too-many] چەند داواکارییەکی کراوەتان هەیە. تکایە چاوەڕێی وەڵام بکەن یان داواکارییەک لە /my بکشێننەوە.
   *[unavailable] { $peer_name } ئێستا ناتوانێت داواکاری وەربگرێت. تکایە کەسێکی تر هەڵبژێرن.
}
my-peer-request = { $request_status ->
    [accepted] { $peer_name } یارمەتیتان دەدات. پەیوەندی: { $peer_contact } ({ $peer_channel }). بابەت: { $topic }.
   *[pending] داوای پەیوەندیتان لە { $peer_name } کردووە. بابەت: { $topic }. چاوەڕێی وەڵامین.
}
peer-withdraw = ↩️ کشاندنەوەی داواکاری
peer-withdrawn = { $outcome ->
    [withdrawn] داواکارییەکەتان کشاندەوە. { $peer_name } زانیاریی پەیوەندیتان وەرناگرێت.
   *[other] ئەم داواکارییە ئیتر کراوە نییە.
}
peer-incoming = { $request_status ->
    [accepted] داواکاریی { $request }: لە { $topic } یارمەتی دەدەن. زمان: { $language }. پەیوەندی: { $contact }
   *[pending] داواکاریی { $request }: کەسێک لە { $topic } پێویستی بە یارمەتی هەیە. زمان: { $language }. دەتانەوێت یارمەتی بدەن؟
}
peer-accept = ✅ یارمەتی دەدەم
peer-decline = ❌ ئێستا نا
peer-answered = { $outcome ->
    [accepted] سوپاس! لێرەوە دەتوانن پەیوەندی بەو کەسەوە بکەن: { $contact }. زانیاریی پەیوەندیی ئێوەش بۆ ئەو نێردرا.
    [declined] باشە. بەو کەسە دەڵێین کە ئێستا ناتوانن یارمەتی بدەن.
   *[gone] ئەم داواکارییە ئیتر کراوە نییە. لەوانەیە کشابێتەوە.
}
request-unknown = هیچ داواکارییەکی کراوە بەم ژمارەیە نییە. دەتوانن داواکارییەکانتان لە /my ببینن.
peer-request-new =
    داواکارییەکی نوێی پەیوەندی ({ $request }): کەسێک لە { $topic } پێویستی بە یارمەتی هەیە. زمان: { $language }.
    کاتێک بەڵێ بڵێن، زانیاریی پەیوەندییەکە دەبینن.
    بەڵێ: /accept { $request } · نەخێر: /decline { $request }
peer-request-accepted =
    هەواڵێکی خۆش! { $peer_name } بە خۆشحاڵییەوە یارمەتیتان دەدات.
    پەیوەندی: { $peer_contact } ({ $peer_channel })
    { $peer_name } زانیاریی پەیوەندیی ئێوەشی وەرگرتووە.
peer-request-declined = { $peer_name } ئێستا ناتوانێت یارمەتی بدات. لە «یارمەتی لە پەنابەرانەوە» کەسانی تر دەدۆزنەوە.
peer-request-withdrawn = داواکاریی { $request } کشایەوە. تکایە پەیوەندی بەو کەسەوە مەکەن.
