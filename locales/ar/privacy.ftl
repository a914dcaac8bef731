## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    ما نحفظه عنكم:
    اللغة: { $language }
    مواضيع الأخبار المشترك بها: { $news } (للتغيير: /subscribe)
    الدورات: { $courses }
    حوارات اللاجئين: { $sessions }
    طلبات التواصل مع المتطوعين: { $requests }
    طلبات التحدث مع شخص: { $handovers }
    رسائلكم إلى شخص: { $messages }
    رسائل من البوت: { $notices }
    لحذف كل شيء: /delete
delete-confirm = هل تريدون أن نحذف كل ما نحفظه عنكم؟ ستنتهي تسجيلاتكم وحجوزاتكم وطلباتكم. لا يمكن التراجع عن ذلك.
delete-yes = 🗑 نعم، احذفوا كل شيء
delete-done = حُذف كل ما كنا نحفظه عنكم. إذا كتبتم من جديد، نبدأ من البداية.
