## Announcements: what news a user wants (flows/subscriptions.toml)

main-announcements = 🔔 ሓድሽ ዜና
announce-courses = ኮርሳት
announce-sessions = ዝርርብ ስደተኛታት
announce-events = መደባት
announce-housing = መንበሪ ገዛ
announce-all = ኩሉ
subscriptions-menu = ኣየናይ ዜና ትደልዩ? ንምውላዕ ወይ ንምጥፋእ ኣብ ኣርእስቲ ጠውቑ።
subscriptions-district = 📍 ዜና ናይ ከባቢየይ
subscriptions-none = 🔕 ዜና ኣይደልን
subscription-district-menu = ኣብ ኣየናይ ከባቢ ትነብሩ? ንምጥፋእ ደጊምኩም ጠውቑ።
subscription-offer = ብዛዕባ ኮርሳትን መደባትን ብቋንቋኹም ዜና ትደልዩ ዶ? ኣብ ዝኾነ ግዜ ብ /subscribe ክትቕይርዎ ትኽእሉ ኢኹም።
subscription-offer-yes = እወ፣ በጃኹም
subscription-offer-choose = ኣርእስቲ ምረጹ
subscription-offer-no = ኣይፋል፣ የቐንየለይ
subscribed = ሕጂ ዜናና ክበጽሐኩም እዩ። ብ /subscribe ክትቕይርዎ ትኽእሉ።
unsubscribed = ካብ ሕጂ ዜና ካባና ኣይበጽሐኩምን። ብ /subscribe ደጊምኩም ወልዕዎ።
cmd-subscribe = ዜና
