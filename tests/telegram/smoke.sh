#!/usr/bin/env bash
# Smoke test of the Telegram emulator (emulator.js) with bash, curl and node only: starts it,
# plays bot and user against it, checks each answer, and stops it.
# Usage: bash tests/telegram/smoke.sh   (installs node_modules with `npm ci` when missing)
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -d node_modules/telegram-test-api ]; then
  npm ci --no-audit --no-fund >&2
fi

tmp=$(mktemp -d)
emu_pid=""
hook_pid=""
cleanup() {
  [ -n "$hook_pid" ] && kill "$hook_pid" 2>/dev/null || true
  [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
not_ok() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && echo "       $2"; return 0; }

# expect NAME JS-CONDITION JSON: the condition sees the parsed JSON as `v`.
expect() {
  local name=$1 cond=$2 json=$3
  if node -e "const v = JSON.parse(process.argv[1]); process.exit(($cond) ? 0 : 1)" "$json" 2>/dev/null; then
    ok "$name"
  else
    not_ok "$name" "got: ${json:0:400}"
  fi
}
ms() { date +%s%3N; }

# ---- start
node emulator.js --port 0 >"$tmp/stdout" 2>"$tmp/stderr" &
emu_pid=$!
for _ in $(seq 1 100); do
  [ -s "$tmp/stdout" ] && break
  sleep 0.05
done
line=$(head -n 1 "$tmp/stdout")
if [[ "$line" =~ ^listening\ http://127\.0\.0\.1:([0-9]+)$ ]]; then
  ok "started: $line"
else
  not_ok "emulator did not print its address" "$(cat "$tmp/stdout" "$tmp/stderr")"
  echo "$passed passed, $failed failed"
  exit 1
fi
base="http://127.0.0.1:${BASH_REMATCH[1]}"
token="123456:SMOKE"
bot="$base/bot$token"

post() { # URL JSON-BODY
  curl -sS --max-time 30 -X POST "$1" -H 'content-type: application/json' -d "$2"
}

# ---- getMe and faked methods
r=$(curl -sS --max-time 5 "$bot/GetMe")
expect "getMe is complete (is_bot, can_join_groups, has_main_web_app, ...)" \
  'v.ok && v.result.is_bot === true && v.result.id === 123456 && v.result.username && "can_join_groups" in v.result && "can_read_all_group_messages" in v.result && "supports_inline_queries" in v.result && v.result.has_main_web_app === false' "$r"
r=$(post "$bot/SetMyCommands" '{"commands":[{"command":"start","description":"Start"}],"language_code":"de"}')
expect "setMyCommands answers ok true" 'v.ok === true && v.result === true' "$r"
r=$(post "$bot/getMyCommands" '{"language_code":"de"}')
expect "getMyCommands returns what was set" 'v.ok && v.result.length === 1 && v.result[0].command === "start"' "$r"
r=$(curl -sS --max-time 5 -X POST "$bot/deleteWebhook")
expect "deleteWebhook answers true" 'v.ok && v.result === true' "$r"
r=$(curl -sS --max-time 5 -X POST "$bot/getWebhookInfo")
expect "getWebhookInfo answers an empty url" 'v.ok && v.result.url === "" && v.result.pending_update_count === 0' "$r"
r=$(curl -sS --max-time 5 -X POST "$bot/sendChatAction" -d 'chat_id=42&action=typing')
expect "sendChatAction (urlencoded) answers true" 'v.ok && v.result === true' "$r"

# ---- long polling: nothing there
t0=$(ms)
r=$(curl -sS --max-time 10 "$bot/getUpdates?timeout=2")
dt=$(( $(ms) - t0 ))
expect "getUpdates with timeout=2 and no update waits ~2 s (${dt} ms)" "v.ok && v.result.length === 0 && $dt >= 1800 && $dt < 3500" "$r"

# ---- a user message, then getUpdates with offset and timeout
r=$(post "$base/sendMessage" "{\"token\":\"$token\",\"chat_id\":42,\"text\":\"hallo\",\"language_code\":\"de\"}")
expect "user sendMessage is accepted" 'v.ok && v.result.message.text === "hallo"' "$r"
t0=$(ms)
r=$(curl -sS --max-time 10 "$bot/getUpdates?offset=0&timeout=5")
dt=$(( $(ms) - t0 ))
expect "getUpdates returns a waiting update at once (${dt} ms)" \
  "v.ok && v.result.length === 1 && v.result[0].message.text === 'hallo' && v.result[0].message.from.is_bot === false && v.result[0].message.chat.type === 'private' && $dt < 1000" "$r"
first=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].update_id)' "$r")

curl -sS --max-time 15 "$bot/getUpdates?offset=$((first + 1))&timeout=10" >"$tmp/poll" &
poll_pid=$!
t0=$(ms)
sleep 0.5
post "$base/sendCommand" "{\"token\":\"$token\",\"chat_id\":42,\"text\":\"/start de\"}" >/dev/null
wait "$poll_pid"
dt=$(( $(ms) - t0 ))
r=$(cat "$tmp/poll")
expect "a waiting long poll returns as the update arrives (${dt} ms)" \
  "v.ok && v.result.length === 1 && v.result[0].message.text === '/start de' && v.result[0].message.entities[0].type === 'bot_command' && $dt < 2000" "$r"
second=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].update_id)' "$r")

r=$(curl -sS --max-time 5 "$bot/getUpdates?offset=$((second + 1))")
expect "offset confirms earlier updates" 'v.ok && v.result.length === 0' "$r"
r=$(curl -sS --max-time 5 "$bot/getUpdates")
expect "confirmed updates stay confirmed" 'v.ok && v.result.length === 0' "$r"

post "$base/sendMessage" "{\"token\":\"$token\",\"chat_id\":42,\"text\":\"eins\"}" >/dev/null
post "$base/sendMessage" "{\"token\":\"$token\",\"chat_id\":42,\"text\":\"zwei\"}" >/dev/null
r=$(curl -sS --max-time 5 "$bot/getUpdates?limit=1")
expect "limit is honoured" 'v.ok && v.result.length === 1 && v.result[0].message.text === "eins"' "$r"
third=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].update_id)' "$r")
r=$(curl -sS --max-time 5 "$bot/getUpdates?offset=$((third + 1))")
expect "offset moves on by one" 'v.ok && v.result.length === 1 && v.result[0].message.text === "zwei"' "$r"
last=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].update_id)' "$r")
curl -sS --max-time 5 "$bot/getUpdates?offset=$((last + 1))" >/dev/null

set +e
curl -sS --max-time 1 "$bot/getUpdates?offset=$((last + 1))&timeout=5" >/dev/null 2>&1
set -e
sleep 0.2
r=$(curl -sS --max-time 5 "$base/_control/health")
expect "a long poll the client gave up on is let go (as teloxide's 17 s client timeout does)" 'v.ok && v.result.long_polls === 0' "$r"
curl -sS --max-time 15 "$bot/getUpdates?offset=$((last + 1))&timeout=10" >"$tmp/poll" &
poll_pid=$!
sleep 0.3
r=$(curl -sS --max-time 5 "$bot/getUpdates?offset=$((last + 1))")
wait "$poll_pid"
expect "a second getUpdates answers the waiting one 409, as Telegram does" \
  'v.ok === false && v.error_code === 409 && v.description.startsWith("Conflict: terminated by other getUpdates request")' "$(cat "$tmp/poll")"

# ---- the bot sends a menu; the user presses a button
now=$(date +%s)
r=$(post "$bot/sendMessage" '{"chat_id":42,"text":"<b>Frage</b> &lt;1&gt;","parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"text":"Ja","callback_data":"m1:0"},{"text":"Nein","callback_data":"m1:1"}]]}}')
expect "bot sendMessage returns a Message (date in seconds, from = the bot, inline keyboard)" \
  "v.ok && v.result.message_id > 0 && Math.abs(v.result.date - $now) < 5 && v.result.from.is_bot === true && v.result.chat.id === 42 && v.result.text === 'Frage <1>' && v.result.entities[0].type === 'bold' && v.result.reply_markup.inline_keyboard[0].length === 2" "$r"
menu=$(node -e 'console.log(JSON.parse(process.argv[1]).result.message_id)' "$r")

r=$(post "$base/sendCallback" "{\"token\":\"$token\",\"chat_id\":42,\"data\":\"m1:1\"}")
expect "user sendCallback finds the button" "v.ok && v.result.callback_query.message.message_id === $menu" "$r"
r=$(curl -sS --max-time 10 "$bot/getUpdates?offset=$((last + 1))&timeout=5")
expect "the bot's callback_query has chat_instance, data and the pressed message" \
  "v.ok && v.result.length === 1 && typeof v.result[0].callback_query.chat_instance === 'string' && v.result[0].callback_query.chat_instance.length > 0 && v.result[0].callback_query.data === 'm1:1' && v.result[0].callback_query.message.message_id === $menu && v.result[0].callback_query.from.is_bot === false" "$r"
cbid=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].callback_query.id)' "$r")
last=$(node -e 'console.log(JSON.parse(process.argv[1]).result[0].update_id)' "$r")
curl -sS --max-time 5 "$bot/getUpdates?offset=$((last + 1))" >/dev/null

r=$(post "$bot/answerCallbackQuery" "{\"callback_query_id\":\"$cbid\",\"text\":\"Danke\"}")
expect "answerCallbackQuery answers true" 'v.ok && v.result === true' "$r"
r=$(post "$bot/editMessageText" "{\"chat_id\":42,\"message_id\":$menu,\"text\":\"Gewählt: Nein\"}")
expect "editMessageText returns the edited Message" "v.ok && v.result.message_id === $menu && v.result.text === 'Gewählt: Nein' && v.result.edit_date > 0 && !v.result.reply_markup" "$r"
r=$(post "$bot/editMessageText" "{\"chat_id\":42,\"message_id\":$menu,\"text\":\"Gewählt: Nein\"}")
expect "an edit that changes nothing is refused as Telegram does" 'v.ok === false && v.error_code === 400 && v.description.startsWith("Bad Request: message is not modified")' "$r"
r=$(post "$base/_control/calls" '{"chat_id":42}')
expect "/_control/calls lists what the bot sent, answered and edited in chat 42" \
  "v.ok && ['sendMessage','answerCallbackQuery','editMessageText'].every((m) => v.result.some((c) => c.method === m && c.ok)) && v.result.find((c) => c.method === 'answerCallbackQuery').params.text === 'Danke'" "$r"
r=$(post "$base/getUpdatesHistory" "{\"token\":\"$token\"}")
expect "the package's /getUpdatesHistory shows the edited text" "v.ok && v.result.some((u) => u.messageId === $menu && u.api.text === 'Gewählt: Nein')" "$r"

# ---- injected failures
r=$(post "$base/_control/fail" '{"method":"sendMessage","status":429,"retry_after":2,"times":1}')
expect "a 429 is armed" 'v.ok' "$r"
code=$(curl -sS --max-time 5 -o "$tmp/body" -w '%{http_code}' -X POST "$bot/sendMessage" -H 'content-type: application/json' -d '{"chat_id":42,"text":"x"}')
r=$(cat "$tmp/body")
expect "the next sendMessage gets HTTP $code and the Bot API's 429 body" \
  "$code === 429 && v.ok === false && v.error_code === 429 && v.description === 'Too Many Requests: retry after 2' && v.parameters.retry_after === 2" "$r"
r=$(post "$bot/sendMessage" '{"chat_id":42,"text":"x"}')
expect "the one after it succeeds" 'v.ok === true' "$r"
post "$base/_control/fail" '{"method":"sendMessage","status":403,"chat_id":43,"times":"always"}' >/dev/null
r=$(post "$bot/sendMessage" '{"chat_id":42,"text":"y"}')
expect "a 403 armed for chat 43 spares chat 42" 'v.ok === true' "$r"
r=$(post "$bot/sendMessage" '{"chat_id":43,"text":"y"}')
expect "chat 43 gets 403 Forbidden: bot was blocked by the user" 'v.ok === false && v.error_code === 403 && v.description === "Forbidden: bot was blocked by the user"' "$r"
post "$base/_control/fail/clear" '{}' >/dev/null
r=$(post "$bot/sendMessage" '{"chat_id":43,"text":"y"}')
expect "/_control/fail/clear disarms it" 'v.ok === true' "$r"

# ---- webhooks: an unreachable one does not crash anything; a reachable one gets the update
dead_port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
r=$(post "$bot/setWebhook" "{\"url\":\"http://127.0.0.1:$dead_port/hook\"}")
expect "setWebhook to a dead loopback port answers true" 'v.ok && v.result === true' "$r"
post "$base/sendMessage" "{\"token\":\"$token\",\"chat_id\":42,\"text\":\"per webhook\"}" >/dev/null
sleep 0.5
r=$(curl -sS --max-time 5 "$bot/getWebhookInfo")
expect "the failed delivery shows in getWebhookInfo, the emulator lives on" \
  'v.ok && v.result.pending_update_count === 1 && /refused/i.test(v.result.last_error_message) && v.result.last_error_date > 0' "$r"
r=$(curl -sS --max-time 5 "$bot/getUpdates")
expect "getUpdates conflicts while a webhook is set" 'v.ok === false && v.error_code === 409' "$r"
node -e '
  const http = require("http"); const fs = require("fs");
  const s = http.createServer((req, res) => { let b = ""; req.on("data", (c) => b += c); req.on("end", () => {
    fs.appendFileSync(process.argv[1], JSON.stringify({ secret: req.headers["x-telegram-bot-api-secret-token"], update: JSON.parse(b) }) + "\n");
    res.end("ok"); }); });
  s.listen(0, "127.0.0.1", () => fs.writeFileSync(process.argv[2], String(s.address().port)));
' "$tmp/hooked" "$tmp/hookport" &
hook_pid=$!
for _ in $(seq 1 100); do [ -s "$tmp/hookport" ] && break; sleep 0.05; done
r=$(post "$bot/setWebhook" "{\"url\":\"http://127.0.0.1:$(cat "$tmp/hookport")/hook\",\"secret_token\":\"s3cret\"}")
for _ in $(seq 1 60); do [ -s "$tmp/hooked" ] && break; sleep 0.05; done
r=$(head -n 1 "$tmp/hooked" 2>/dev/null || echo '{}')
expect "the pending update reaches the new webhook with the secret header" \
  'v.secret === "s3cret" && v.update.message.text === "per webhook"' "$r"
r=$(post "$bot/setWebhook" '{"url":"http://192.0.2.1/hook"}')
expect "a webhook off loopback is refused" 'v.ok === false && v.error_code === 400' "$r"
r=$(post "$bot/deleteWebhook" '{}')
expect "deleteWebhook answers true" 'v.ok && v.result === true' "$r"

# ---- stop
kill -TERM "$emu_pid"
t0=$(ms)
set +e
wait "$emu_pid"
rc=$?
set -e
emu_pid=""
dt=$(( $(ms) - t0 ))
if [ "$rc" -eq 0 ] && [ "$dt" -lt 3000 ]; then ok "stops on SIGTERM (exit 0, ${dt} ms)"; else not_ok "stop on SIGTERM" "exit $rc after $dt ms"; fi
if [ "$(wc -l <"$tmp/stdout")" -eq 1 ]; then ok "printed exactly one line to stdout"; else not_ok "stdout has more than one line" "$(cat "$tmp/stdout")"; fi
if [ -s "$tmp/stderr" ]; then echo "emulator stderr:"; sed 's/^/  /' "$tmp/stderr"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
