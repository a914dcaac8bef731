## What is stored about the user (/mydata) and deleting it (/delete)

my-data =
    ብዛዕባኹም እንዕቅቦ:
    ቋንቋ: { $language }
    ዝተመዝገብኩምሎም ኣርእስትታት ዜና: { $news } (ንምቕያር: /subscribe)
    ኮርሳት: { $courses }
    ዘተታት ስደተኛታት: { $sessions }
    ናብ ወለንተኛታት ሕቶታት ርክብ: { $requests }
    ምስ ሰብ ንምዝራብ ሕቶታት: { $handovers }
    ናብ ሰብ ዝሰደድኩምዎ መልእኽትታት: { $messages }
    መልእኽትታት ካብ ቦት: { $notices }
    ኩሉ ንምድምሳስ: /delete
delete-confirm = ብዛዕባኹም እንዕቅቦ ኩሉ ክንድምስሶ ትደልዩ ዶ? ምዝገባታትኩም፣ ቦታታትኩምን ሕቶታትኩምን ክውድኡ እዮም። እዚ ክምለስ ኣይክእልን።
delete-yes = 🗑 እወ፡ ኩሉ ደምስስ
delete-done = ብዛዕባኹም ዝዓቀብናዮ ኩሉ ተደምሲሱ። እንደገና እንተጸሓፍኩም፡ ካብ መጀመርታ ንጅምር።
