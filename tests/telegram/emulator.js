#!/usr/bin/env node
// A Bot-API-compatible Telegram emulator for Wegweiser's end-to-end tests (teloxide).
//
// It wraps the npm package `telegram-test-api` in-process: the package keeps the message
// store, the counters and its own user-side routes (/getUpdates, /getUpdatesHistory); this
// file answers every Bot API call itself, so that teloxide sees what real Telegram sends:
// a complete getMe, Message objects (dates in seconds, `from` = the bot), `true` where the
// Bot API answers true, callback queries with `chat_instance`, real long polling with
// `offset`/`limit`/`timeout`, webhooks that cannot crash it, a plausible answer for every
// method the package lacks, and test-control endpoints (/_control/*) to inject failures
// and to read everything the bot did. See README.md beside this file.
//
// Usage: node emulator.js --port N [--store-timeout SECONDS] [--bot-username NAME]
//        [--bot-name NAME] [--max-poll-timeout SECONDS] [--webhook-retry-ms MS]
//        [--exit-on-stdin-eof] [--verbose]
// Prints exactly one line to stdout once it listens: `listening http://127.0.0.1:PORT`.
'use strict';

const http = require('http');
const https = require('https');
const crypto = require('crypto');
const TelegramServer = require('telegram-test-api');

const HOST = '127.0.0.1';

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    port: 0,
    storeTimeout: 3600,
    botUsername: 'TestNameBot',
    botName: 'Test First name',
    maxPollTimeout: Infinity,
    webhookRetryMs: 1000,
    exitOnStdinEof: false,
    verbose: false,
  };
  const valueOf = (i, name) => {
    const eq = argv[i].indexOf('=');
    if (eq !== -1) return [argv[i].slice(eq + 1), i];
    if (i + 1 >= argv.length) usage(`${name} needs a value`);
    return [argv[i + 1], i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].split('=')[0];
    let v;
    switch (name) {
      case '--port': [v, i] = valueOf(i, name); o.port = int(v, name); break;
      case '--store-timeout': [v, i] = valueOf(i, name); o.storeTimeout = int(v, name); break;
      case '--bot-username': [v, i] = valueOf(i, name); o.botUsername = v; break;
      case '--bot-name': [v, i] = valueOf(i, name); o.botName = v; break;
      case '--max-poll-timeout': [v, i] = valueOf(i, name); o.maxPollTimeout = int(v, name); break;
      case '--webhook-retry-ms': [v, i] = valueOf(i, name); o.webhookRetryMs = int(v, name); break;
      case '--exit-on-stdin-eof': o.exitOnStdinEof = true; break;
      case '--verbose': o.verbose = true; break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument ${argv[i]}`);
    }
  }
  return o;
}

function int(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) usage(`${name} wants a whole number >= 0, not '${v}'`);
  return n;
}

function usage(problem) {
  if (problem) process.stderr.write(`emulator: ${problem}\n`);
  process.stderr.write('usage: node emulator.js --port N [--store-timeout S] [--bot-username NAME] '
    + '[--bot-name NAME] [--max-poll-timeout S] [--webhook-retry-ms MS] [--exit-on-stdin-eof] [--verbose]\n');
  process.exit(problem ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));

function log(line) {
  if (opts.verbose) process.stderr.write(`[telegram-emulator] ${line}\n`);
}

// A bug in here must never take the emulator (and with it a whole test run) down.
process.on('unhandledRejection', (e) => process.stderr.write(`[telegram-emulator] unhandled rejection: ${e && e.stack || e}\n`));
process.on('uncaughtException', (e) => process.stderr.write(`[telegram-emulator] uncaught exception: ${e && e.stack || e}\n`));

// ---------------------------------------------------------------- the package

// The package's own listener is never started: its express app serves the user-side routes
// this file leaves to it, called in-process. Its storage expires after storeTimeout seconds.
const tg = new TelegramServer({ host: HOST, port: 1, storeTimeout: opts.storeTimeout });
tg.started = true;
tg.cleanUpDaemon();
if (tg.cleanUpDaemonInterval && tg.cleanUpDaemonInterval.unref) tg.cleanUpDaemonInterval.unref();

// ---------------------------------------------------------------- state

const state = {
  bots: new Map(), // token -> per-bot state
  journal: [], // every Bot API call but getUpdates, in order
  seq: 0,
  journalWaiters: new Set(),
  failures: [], // injected failures, consumed first to last
  failureSeq: 0,
  chats: new Map(), // String(chat id) -> Chat object, learnt from user updates
  callbacks: new Map(), // callback query id -> {token, chat_id, message_id, data, answers}
  files: new Map(), // file_id -> file record (uploads keep their bytes)
  fileSeq: 0,
};

function botState(token) {
  let b = state.bots.get(token);
  if (!b) {
    b = {
      token,
      webhook: null,
      allowedUpdates: null,
      pollers: new Set(),
      delivering: false,
      commands: new Map(),
      descriptions: new Map(),
      shortDescriptions: new Map(),
      names: new Map(),
      menuButtons: new Map(),
    };
    state.bots.set(token, b);
  }
  return b;
}

class ApiError extends Error {
  constructor(code, description, parameters) {
    super(description);
    this.code = code;
    this.description = description;
    this.parameters = parameters;
  }

  body() {
    const b = { ok: false, error_code: this.code, description: this.description };
    if (this.parameters) b.parameters = this.parameters;
    return b;
  }
}

const bad = (text) => new ApiError(400, `Bad Request: ${text}`);

const nowSec = () => Math.floor(Date.now() / 1000);
const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);

function dropUndefined(o) {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

// ---------------------------------------------------------------- Bot API method names

const METHODS = `getUpdates setWebhook deleteWebhook getWebhookInfo getMe logOut close sendMessage
forwardMessage forwardMessages copyMessage copyMessages sendPhoto sendAudio sendDocument sendVideo
sendAnimation sendVoice sendVideoNote sendPaidMedia sendMediaGroup sendLocation sendVenue sendContact
sendPoll sendChecklist sendDice sendMessageDraft sendChatAction setMessageReaction getUserProfilePhotos
setUserEmojiStatus getFile banChatMember unbanChatMember restrictChatMember promoteChatMember
setChatAdministratorCustomTitle banChatSenderChat unbanChatSenderChat setChatPermissions
exportChatInviteLink createChatInviteLink editChatInviteLink revokeChatInviteLink approveChatJoinRequest
declineChatJoinRequest setChatPhoto deleteChatPhoto setChatTitle setChatDescription pinChatMessage
unpinChatMessage unpinAllChatMessages leaveChat getChat getChatAdministrators getChatMemberCount
getChatMember setChatStickerSet deleteChatStickerSet getForumTopicIconStickers createForumTopic
editForumTopic closeForumTopic reopenForumTopic deleteForumTopic unpinAllForumTopicMessages
answerCallbackQuery getUserChatBoosts getBusinessConnection setMyCommands deleteMyCommands getMyCommands
setMyName getMyName setMyDescription getMyDescription setMyShortDescription getMyShortDescription
setChatMenuButton getChatMenuButton setMyDefaultAdministratorRights getMyDefaultAdministratorRights
editMessageText editMessageCaption editMessageMedia editMessageLiveLocation stopMessageLiveLocation
editMessageChecklist editMessageReplyMarkup stopPoll deleteMessage deleteMessages sendSticker
getStickerSet answerInlineQuery answerWebAppQuery sendInvoice createInvoiceLink answerShippingQuery
answerPreCheckoutQuery getStarTransactions refundStarPayment sendGame setGameScore getGameHighScores
getChatMembersCount getMyStarBalance`.split(/\s+/).filter(Boolean);
const CANONICAL = new Map(METHODS.map((m) => [m.toLowerCase(), m]));
const canonical = (name) => CANONICAL.get(name.toLowerCase()) || (name[0].toLowerCase() + name.slice(1));

// ---------------------------------------------------------------- request parsing

const JSON_KEYS = new Set(['reply_markup', 'entities', 'caption_entities', 'allowed_updates', 'commands',
  'scope', 'media', 'reply_parameters', 'link_preview_options', 'message_ids', 'options', 'menu_button',
  'rights', 'reaction', 'results', 'explanation_entities', 'question_entities', 'permissions', 'prices',
  'checklist', 'input_message_content']);
const NUMBER_KEYS = new Set(['chat_id', 'from_chat_id', 'message_id', 'user_id', 'offset', 'limit', 'timeout',
  'reply_to_message_id', 'message_thread_id', 'cache_time', 'max_connections', 'latitude', 'longitude',
  'horizontal_accuracy', 'live_period', 'heading', 'proximity_alert_radius', 'duration', 'width', 'height',
  'length', 'until_date', 'open_period', 'close_date', 'correct_option_id', 'sender_chat_id']);
const BOOL_KEYS = new Set(['drop_pending_updates', 'show_alert', 'disable_notification', 'protect_content',
  'allow_sending_without_reply', 'disable_web_page_preview', 'is_anonymous', 'allows_multiple_answers',
  'is_closed', 'has_spoiler', 'show_caption_above_media', 'supports_streaming', 'revoke_messages',
  'only_if_banned', 'is_big', 'allow_paid_broadcast', 'for_channels']);

function normalizeParams(p) {
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== 'string') continue;
    if (JSON_KEYS.has(k) && /^\s*[[{]/.test(v)) {
      try { p[k] = JSON.parse(v); } catch (_) { throw bad(`can't parse ${k} JSON object`); }
    } else if (NUMBER_KEYS.has(k) && /^-?\d+(\.\d+)?$/.test(v.trim())) {
      p[k] = Number(v);
    } else if (BOOL_KEYS.has(k) && (v === 'true' || v === 'false')) {
      p[k] = v === 'true';
    }
  }
  return p;
}

function readBody(req, limit = 64 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new ApiError(413, 'Request Entity Too Large'));
        req.destroy();
      } else {
        chunks.push(c);
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMultipart(buf, boundary) {
  const fields = {};
  const files = {};
  const delim = Buffer.from(`--${boundary}`);
  const next = Buffer.from(`\r\n--${boundary}`);
  let pos = buf.indexOf(delim);
  while (pos !== -1) {
    pos += delim.length;
    if (buf[pos] === 45 && buf[pos + 1] === 45) break; // "--": the closing delimiter
    if (buf[pos] === 13 && buf[pos + 1] === 10) pos += 2;
    const headerEnd = buf.indexOf('\r\n\r\n', pos);
    if (headerEnd === -1) break;
    const headers = buf.subarray(pos, headerEnd).toString('utf8');
    const end = buf.indexOf(next, headerEnd + 4);
    if (end === -1) break;
    const content = buf.subarray(headerEnd + 4, end);
    const name = (/;\s*name="([^"]*)"/i.exec(headers) || [])[1];
    const filename = (/;\s*filename="([^"]*)"/i.exec(headers) || [])[1];
    const type = (/content-type:\s*([^\r\n]+)/i.exec(headers) || [])[1];
    if (name !== undefined) {
      if (filename !== undefined) files[name] = { filename, content_type: type, data: Buffer.from(content) };
      else fields[name] = content.toString('utf8');
    }
    pos = end + 2;
  }
  return { fields, files };
}

// A file uploaded with a call becomes a file record; in the call's parameters it shows as
// {uploaded: true, file_id, file_name, mime_type, file_size}, wherever `attach://name` or the
// part's own name pointed to it.
function parseParams(req, url, buf) {
  const p = {};
  for (const [k, v] of url.searchParams) p[k] = v;
  const type = String(req.headers['content-type'] || '').toLowerCase();
  let uploads = {};
  if (buf.length) {
    if (type.includes('multipart/form-data')) {
      const boundary = (/boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type']) || []).slice(1).find(Boolean);
      if (!boundary) throw bad('multipart body without a boundary');
      const { fields, files } = parseMultipart(buf, boundary.trim());
      Object.assign(p, fields);
      for (const [name, f] of Object.entries(files)) {
        const rec = newFile('upload', { file_name: f.filename, mime_type: f.content_type, data: f.data });
        uploads[name] = { uploaded: true, file_id: rec.file_id, file_name: rec.file_name, mime_type: rec.mime_type, file_size: rec.file_size };
      }
    } else if (type.includes('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(buf.toString('utf8'))) p[k] = v;
    } else {
      let body;
      try { body = JSON.parse(buf.toString('utf8')); } catch (_) { throw bad("can't parse request body as JSON"); }
      if (body && typeof body === 'object' && !Array.isArray(body)) Object.assign(p, body);
    }
  }
  normalizeParams(p);
  if (Object.keys(uploads).length) {
    const resolve = (v) => {
      if (typeof v === 'string' && v.startsWith('attach://') && uploads[v.slice(9)]) return uploads[v.slice(9)];
      if (Array.isArray(v)) return v.map(resolve);
      if (v && typeof v === 'object' && !v.uploaded) {
        for (const k of Object.keys(v)) v[k] = resolve(v[k]);
      }
      return v;
    };
    for (const k of Object.keys(p)) p[k] = resolve(p[k]);
    for (const [name, d] of Object.entries(uploads)) if (!(name in p)) p[name] = d;
  }
  return p;
}

// ---------------------------------------------------------------- files

function newFile(kind, { file_id, file_name, mime_type, data, url } = {}) {
  state.fileSeq += 1;
  const rec = {
    file_id: file_id || `${kind.slice(0, 4).toUpperCase()}-${state.fileSeq}-${crypto.randomBytes(9).toString('base64url')}`,
    file_unique_id: `U${state.fileSeq}${crypto.randomBytes(6).toString('base64url')}`,
    file_size: data ? data.length : 1024,
    file_path: `${kind}/file_${state.fileSeq}${file_name && /\.[\w]+$/.test(file_name) ? file_name.match(/\.[\w]+$/)[0] : ''}`,
    file_name,
    mime_type,
    data: data || null,
    url,
  };
  state.files.set(rec.file_id, rec);
  return rec;
}

function fileFor(value, kind) {
  if (value && typeof value === 'object' && value.uploaded) return state.files.get(value.file_id);
  if (typeof value === 'string' && value) {
    if (/^https?:\/\//i.test(value)) return newFile(kind, { url: value, file_name: value.split(/[/?#]/).filter(Boolean).pop() });
    return state.files.get(value) || newFile(kind, { file_id: value });
  }
  throw bad(`there is no ${kind} in the request`);
}

const fileMeta = (f) => ({ file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size });
const apiFile = (f) => dropUndefined({ ...fileMeta(f), file_path: f.file_path });

// ---------------------------------------------------------------- users and chats

function botUser(token) {
  const id = /^(\d+):/.exec(token);
  return { id: id ? Number(id[1]) : 666, is_bot: true, first_name: opts.botName, username: opts.botUsername };
}

function me(token) {
  return {
    ...botUser(token),
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  };
}

function chatIdOf(value) {
  if (value === undefined || value === null || value === '') throw bad('chat_id is empty');
  if (typeof value === 'number') return value;
  if (/^-?\d+$/.test(String(value).trim())) return Number(value);
  // @channelusername: a stable made-up id per name
  const name = String(value).replace(/^@/, '');
  for (const chat of state.chats.values()) if (chat.username === name && chat.type !== 'private') return chat.id;
  const hash = crypto.createHash('sha1').update(name).digest().readUInt32BE(0);
  const id = -(1000000000000 + hash);
  state.chats.set(String(id), { id, type: 'channel', title: name, username: name });
  return id;
}

function chatFor(id, from) {
  const known = state.chats.get(String(id));
  if (known) return { ...known };
  if (id > 0) return dropUndefined({ id, type: 'private', first_name: (from && from.first_name) || 'Test', username: from && from.username });
  if (id <= -1000000000000) return { id, type: 'supergroup', title: 'Test supergroup' };
  return { id, type: 'group', title: 'Test group' };
}

function normChat(chat) {
  const c = { ...chat, id: chatIdOf(chat.id) };
  if (!c.type) c.type = c.id > 0 ? 'private' : 'group';
  if (c.type === 'private' && !c.first_name) c.first_name = 'Test';
  if (c.type !== 'private' && !c.title) c.title = 'Test group';
  return c;
}

function normUser(u, fallbackId) {
  return dropUndefined({
    ...u,
    id: Number(u.id !== undefined ? u.id : fallbackId),
    is_bot: u.is_bot === undefined ? false : Boolean(u.is_bot),
    first_name: u.first_name || 'Test',
  });
}

function chatInstance(chatId) {
  return String(BigInt(4611686018427387904n) + BigInt(Math.abs(chatId)) * (chatId < 0 ? -1n : 1n));
}

// ---------------------------------------------------------------- formatting (HTML)

const HTML_TAGS = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', span: 'spoiler', 'tg-spoiler': 'spoiler',
  a: 'text_link', code: 'code', pre: 'pre', blockquote: 'blockquote', 'tg-emoji': 'custom_emoji',
};
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"' };

function decodeEntities(s) {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name) => {
    if (name[0] === '#') {
      const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] !== undefined ? NAMED_ENTITIES[name.toLowerCase()] : whole;
  });
}

// Parses Telegram's HTML subset like the Bot API does: plain text plus entities (offsets in
// UTF-16 code units), or a "can't parse entities" error for what Telegram refuses.
function parseHtml(src) {
  const fail = (what, at) => {
    const where = at === undefined ? '' : ` at byte offset ${Buffer.byteLength(src.slice(0, at))}`;
    return bad(`can't parse entities: ${what}${where}`);
  };
  let out = '';
  const stack = [];
  const entities = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '<') {
      const close = src.indexOf('>', i);
      if (close === -1) throw fail('Unclosed start tag', i);
      const inner = src.slice(i + 1, close);
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (!top) throw fail(`Unexpected end tag`, i);
        if (name && name !== top.tag) throw fail(`Unmatched end tag at byte offset ${Buffer.byteLength(src.slice(0, i))}, expected "</${top.tag}>", found "</${name}>"`);
        const length = out.length - top.start;
        const parent = stack[stack.length - 1];
        if (top.tag === 'code' && parent && parent.tag === 'pre') {
          const lang = /^language-(.+)$/.exec(top.attrs.class || '');
          if (lang) parent.language = lang[1];
        } else if (length > 0) {
          const e = { type: HTML_TAGS[top.tag], offset: top.start, length };
          if (top.tag === 'a') {
            const href = top.attrs.href || '';
            const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
            if (mention) {
              e.type = 'text_mention';
              e.user = { id: Number(mention[1]), is_bot: false, first_name: out.slice(top.start) };
            } else if (href) {
              e.url = href;
            } else {
              e.type = null;
            }
          } else if (top.tag === 'pre' && top.language) {
            e.language = top.language;
          } else if (top.tag === 'blockquote' && 'expandable' in top.attrs) {
            e.type = 'expandable_blockquote';
          } else if (top.tag === 'tg-emoji') {
            e.custom_emoji_id = top.attrs['emoji-id'];
          }
          if (e.type) entities.push(e);
        }
      } else {
        const m = /^([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*$/.exec(inner);
        const tag = m ? m[1].toLowerCase() : (inner.match(/^[^\s]*/) || [''])[0];
        if (!m || !(tag in HTML_TAGS)) throw fail(`Unsupported start tag "${tag}"`, i);
        const attrs = {};
        const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
        let a;
        while ((a = re.exec(m[2])) !== null) {
          attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
        }
        if (tag === 'span' && attrs.class !== 'tg-spoiler') throw fail('Tag "span" must have class "tg-spoiler"', i);
        stack.push({ tag, attrs, start: out.length });
      }
      i = close + 1;
      continue;
    }
    if (c === '&') {
      const m = /^&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(src.slice(i, i + 16));
      if (m) {
        out += decodeEntities(m[0]);
        i += m[0].length;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  if (stack.length) throw fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1].tag}"`);
  entities.sort((x, y) => x.offset - y.offset || y.length - x.length);
  return { text: out, entities };
}

// The text and entities a message gets. Only HTML is parsed; Markdown and MarkdownV2 text is
// kept as sent, without entities.
function formatText(text, parseMode, entities) {
  if (text === undefined || text === null) return { text: undefined, entities: undefined };
  text = String(text);
  if (Array.isArray(entities) && entities.length) return { text, entities };
  if (parseMode && String(parseMode).toLowerCase() === 'html') {
    const r = parseHtml(text);
    return { text: r.text, entities: r.entities.length ? r.entities : undefined };
  }
  return { text, entities: undefined };
}

function checkMarkup(markup) {
  if (!markup || typeof markup !== 'object') return;
  if (!('inline_keyboard' in markup)) return;
  if (!Array.isArray(markup.inline_keyboard) || markup.inline_keyboard.some((row) => !Array.isArray(row))) {
    throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  for (const row of markup.inline_keyboard) {
    for (const button of row) {
      if (!button || typeof button.text !== 'string') throw bad("can't parse inline keyboard button: Text must be a String");
      if ('callback_data' in button) {
        const n = Buffer.byteLength(String(button.callback_data));
        if (n < 1 || n > 64) throw bad('BUTTON_DATA_INVALID');
      }
    }
  }
}

const inlineMarkup = (m) => (m && typeof m === 'object' && Array.isArray(m.inline_keyboard) && m.inline_keyboard.length ? m : undefined);

// ---------------------------------------------------------------- the message store

function lastOf(list) {
  return list[list.length - 1];
}

function findMessage(token, chatId, messageId, { bot = true, user = true, deleted = false } = {}) {
  const id = Number(messageId);
  if (bot) {
    const e = tg.storage.botMessages.find((u) => u.botToken === token && u.api && u.messageId === id
      && u.api.chat.id === chatId && (deleted || !u.deleted));
    if (e) return { entry: e, kind: 'bot' };
  }
  if (user) {
    const e = tg.storage.userMessages.find((u) => u.botToken === token && u.api && u.messageId === id
      && u.api.chat.id === chatId && (deleted || !u.deleted));
    if (e) return { entry: e, kind: 'user' };
  }
  return null;
}

function replyTarget(token, p, chatId) {
  const rp = p.reply_parameters && typeof p.reply_parameters === 'object' ? p.reply_parameters : null;
  const id = rp ? rp.message_id : p.reply_to_message_id;
  if (id === undefined || id === null) return undefined;
  const inChat = rp && rp.chat_id !== undefined ? chatIdOf(rp.chat_id) : chatId;
  const found = findMessage(token, inChat, id);
  if (!found) {
    if ((rp && rp.allow_sending_without_reply) || p.allow_sending_without_reply) return undefined;
    throw bad('message to be replied not found');
  }
  const target = clone(found.entry.api);
  delete target.reply_to_message;
  return target;
}

// Stores a message the bot sent (in the package's store, so /getUpdatesHistory and the user
// side /getUpdates see it too) and returns it as a Bot API Message.
function storeBotMessage(token, p, method, content, extra = {}) {
  const chatId = chatIdOf(p.chat_id);
  const chat = chatFor(chatId);
  const replyTo = replyTarget(token, p, chatId);
  const raw = { ...p, chat_id: chatId, method };
  tg.addBotMessage(raw, token);
  const entry = lastOf(tg.storage.botMessages);
  const msg = dropUndefined({
    message_id: entry.messageId,
    message_thread_id: p.message_thread_id,
    from: botUser(token),
    chat,
    date: Math.floor(entry.time / 1000),
    reply_to_message: replyTo,
    ...extra,
    ...content,
    reply_markup: inlineMarkup(p.reply_markup),
  });
  entry.api = msg;
  entry.method = method;
  return msg;
}

// The content of a media message, from the call's parameters.
function mediaContent(kind, p) {
  const content = {};
  const cap = formatText(p.caption, p.parse_mode, p.caption_entities);
  if (cap.text !== undefined) {
    if (cap.text.length > 1024) throw bad('message caption is too long');
    content.caption = cap.text;
    if (cap.entities) content.caption_entities = cap.entities;
  }
  const f = (field) => fileFor(p[field], field);
  switch (kind) {
    case 'photo': {
      const file = f('photo');
      content.photo = [{ ...fileMeta(file), width: 90, height: 68 }, { ...fileMeta(file), width: 800, height: 600 }];
      break;
    }
    case 'document': {
      const file = f('document');
      content.document = dropUndefined({ ...fileMeta(file), file_name: file.file_name, mime_type: file.mime_type });
      break;
    }
    case 'audio': {
      const file = f('audio');
      content.audio = dropUndefined({ ...fileMeta(file), duration: p.duration || 1, performer: p.performer, title: p.title, file_name: file.file_name, mime_type: file.mime_type });
      break;
    }
    case 'video': {
      const file = f('video');
      content.video = dropUndefined({ ...fileMeta(file), width: p.width || 640, height: p.height || 480, duration: p.duration || 1, file_name: file.file_name, mime_type: file.mime_type });
      break;
    }
    case 'animation': {
      const file = f('animation');
      content.animation = dropUndefined({ ...fileMeta(file), width: p.width || 320, height: p.height || 240, duration: p.duration || 1, file_name: file.file_name, mime_type: file.mime_type });
      content.document = dropUndefined({ ...fileMeta(file), file_name: file.file_name, mime_type: file.mime_type });
      break;
    }
    case 'voice': {
      const file = f('voice');
      content.voice = dropUndefined({ ...fileMeta(file), duration: p.duration || 1, mime_type: file.mime_type });
      break;
    }
    case 'video_note': {
      const file = f('video_note');
      content.video_note = { ...fileMeta(file), length: p.length || 240, duration: p.duration || 1 };
      break;
    }
    case 'sticker': {
      const file = f('sticker');
      content.sticker = dropUndefined({ ...fileMeta(file), type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: p.emoji });
      break;
    }
    case 'location':
      content.location = dropUndefined({ latitude: Number(p.latitude), longitude: Number(p.longitude), live_period: p.live_period });
      break;
    case 'venue':
      content.location = { latitude: Number(p.latitude), longitude: Number(p.longitude) };
      content.venue = dropUndefined({ location: content.location, title: String(p.title || ''), address: String(p.address || ''), foursquare_id: p.foursquare_id, google_place_id: p.google_place_id });
      break;
    case 'contact':
      content.contact = dropUndefined({ phone_number: String(p.phone_number || ''), first_name: String(p.first_name || ''), last_name: p.last_name, user_id: p.user_id, vcard: p.vcard });
      break;
    case 'dice': {
      const emoji = p.emoji || '🎲';
      const max = { '🎰': 64, '🏀': 5, '⚽': 5 }[emoji] || 6;
      content.dice = { emoji, value: 1 + crypto.randomInt(max) };
      break;
    }
    case 'poll':
      content.poll = dropUndefined({
        id: String(1000 + state.fileSeq++),
        question: String(p.question || ''),
        options: (Array.isArray(p.options) ? p.options : []).map((o) => ({ text: typeof o === 'string' ? o : String(o.text), voter_count: 0 })),
        total_voter_count: 0,
        is_closed: Boolean(p.is_closed),
        is_anonymous: p.is_anonymous === undefined ? true : Boolean(p.is_anonymous),
        type: p.type || 'regular',
        allows_multiple_answers: Boolean(p.allows_multiple_answers),
        correct_option_id: p.correct_option_id,
      });
      break;
    default:
      break;
  }
  return content;
}

const SEND_MEDIA = {
  sendphoto: 'photo', senddocument: 'document', sendaudio: 'audio', sendvideo: 'video',
  sendanimation: 'animation', sendvoice: 'voice', sendvideonote: 'video_note', sendsticker: 'sticker',
  sendlocation: 'location', sendvenue: 'venue', sendcontact: 'contact', senddice: 'dice', sendpoll: 'poll',
};

function textContent(p) {
  const { text, entities } = formatText(p.text, p.parse_mode, p.entities);
  if (text === undefined || text.length === 0) throw bad('message text is empty');
  if (text.length > 4096) throw bad('message is too long');
  return dropUndefined({ text, entities });
}

// The bot message an edit method targets; inline messages (inline_message_id) answer true.
function editTarget(token, p) {
  const chatId = chatIdOf(p.chat_id);
  const found = findMessage(token, chatId, p.message_id);
  if (!found) throw bad('message to edit not found');
  if (found.kind !== 'bot') throw bad("message can't be edited");
  return found.entry;
}

function applyEdit(entry, changes) {
  const old = entry.api;
  const next = dropUndefined({ ...old, ...changes, edit_date: nowSec() });
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  const { edit_date: _a, ...oldContent } = old;
  const { edit_date: _b, ...newContent } = next;
  if (same(oldContent, newContent)) {
    throw bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
  }
  entry.api = next;
  // keep the package's own view of the message in step
  entry.message = { ...entry.message, ...dropUndefined({ text: next.text, caption: next.caption }), reply_markup: next.reply_markup };
  return next;
}

// ---------------------------------------------------------------- Bot API methods

const ADMIN_RIGHTS = {
  is_anonymous: false, can_manage_chat: false, can_delete_messages: false, can_manage_video_chats: false,
  can_restrict_members: false, can_promote_members: false, can_change_info: false, can_invite_users: false,
  can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
};

const langKey = (p) => String(p.language_code || '');
const scopeKey = (p) => JSON.stringify([p.scope || { type: 'default' }, langKey(p)]);

const HANDLERS = {
  getme: (b) => me(b.token),
  logout: () => true,
  close: () => true,

  sendmessage: (b, p, method) => {
    checkMarkup(p.reply_markup);
    return storeBotMessage(b.token, p, method, textContent(p));
  },

  sendmediagroup: (b, p, method) => {
    const media = Array.isArray(p.media) ? p.media : [];
    if (media.length < 2 || media.length > 10) throw bad('wrong number of media specified; must be 2-10');
    const group = String(Date.now()) + String(state.fileSeq);
    return media.map((item, i) => {
      const kind = { photo: 'photo', video: 'video', document: 'document', audio: 'audio' }[item.type] || 'document';
      const content = mediaContent(kind, { ...item, [kind]: item.media });
      const single = { ...p, media: undefined, reply_parameters: i === 0 ? p.reply_parameters : undefined };
      return storeBotMessage(b.token, single, method, content, { media_group_id: group });
    });
  },

  forwardmessage: (b, p, method) => forwardOrCopy(b, p, method, true),
  copymessage: (b, p, method) => ({ message_id: forwardOrCopy(b, p, method, false).message_id }),
  forwardmessages: (b, p, method) => (p.message_ids || []).map((id) => ({ message_id: forwardOrCopy(b, { ...p, message_id: id }, method, true).message_id })),
  copymessages: (b, p, method) => (p.message_ids || []).map((id) => ({ message_id: forwardOrCopy(b, { ...p, message_id: id }, method, false).message_id })),

  sendchataction: (b, p) => { chatIdOf(p.chat_id); return true; },

  editmessagetext: (b, p) => {
    checkMarkup(p.reply_markup);
    const content = textContent(p);
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    if (entry.api.text === undefined) throw bad('there is no text in the message to edit');
    return applyEdit(entry, { text: content.text, entities: content.entities, reply_markup: inlineMarkup(p.reply_markup) });
  },
  editmessagecaption: (b, p) => {
    checkMarkup(p.reply_markup);
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    const cap = formatText(p.caption, p.parse_mode, p.caption_entities);
    if (cap.text !== undefined && cap.text.length > 1024) throw bad('message caption is too long');
    return applyEdit(entry, { caption: cap.text || undefined, caption_entities: cap.entities, reply_markup: inlineMarkup(p.reply_markup) });
  },
  editmessagereplymarkup: (b, p) => {
    checkMarkup(p.reply_markup);
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    return applyEdit(entry, { reply_markup: inlineMarkup(p.reply_markup) });
  },
  editmessagemedia: (b, p) => {
    checkMarkup(p.reply_markup);
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    const m = p.media && typeof p.media === 'object' ? p.media : {};
    const kind = { photo: 'photo', video: 'video', document: 'document', audio: 'audio', animation: 'animation' }[m.type] || 'document';
    const content = mediaContent(kind, { ...m, [kind]: m.media });
    const cleared = { photo: undefined, video: undefined, document: undefined, audio: undefined, animation: undefined, caption: undefined, caption_entities: undefined };
    return applyEdit(entry, { ...cleared, ...content, reply_markup: inlineMarkup(p.reply_markup) });
  },
  editmessagelivelocation: (b, p) => {
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    return applyEdit(entry, { location: { ...(entry.api.location || {}), latitude: Number(p.latitude), longitude: Number(p.longitude) }, reply_markup: inlineMarkup(p.reply_markup) });
  },
  stopmessagelivelocation: (b, p) => {
    if (p.inline_message_id) return true;
    const entry = editTarget(b.token, p);
    const location = { ...(entry.api.location || {}) };
    delete location.live_period;
    return applyEdit(entry, { location, reply_markup: inlineMarkup(p.reply_markup) });
  },
  stoppoll: (b, p) => {
    const entry = editTarget(b.token, p);
    if (!entry.api.poll) throw bad('message with poll to stop not found');
    const poll = { ...entry.api.poll, is_closed: true };
    applyEdit(entry, { poll, reply_markup: inlineMarkup(p.reply_markup) });
    return poll;
  },

  deletemessage: (b, p) => {
    const found = findMessage(b.token, chatIdOf(p.chat_id), p.message_id);
    if (!found) throw bad('message to delete not found');
    found.entry.deleted = true;
    return true;
  },
  deletemessages: (b, p) => {
    const chatId = chatIdOf(p.chat_id);
    for (const id of p.message_ids || []) {
      const found = findMessage(b.token, chatId, id);
      if (found) found.entry.deleted = true;
    }
    return true;
  },

  answercallbackquery: (b, p) => {
    const cb = state.callbacks.get(String(p.callback_query_id));
    if (!cb || cb.token !== b.token) throw bad('query is too old and response timeout expired or query ID is invalid');
    cb.answers.push(dropUndefined({ text: p.text, show_alert: p.show_alert, url: p.url, cache_time: p.cache_time }));
    return true;
  },
  answerinlinequery: () => true,

  setwebhook: (b, p) => {
    const url = p.url === undefined || p.url === null ? '' : String(p.url);
    if (p.allowed_updates !== undefined) b.allowedUpdates = p.allowed_updates;
    if (!url) {
      b.webhook = null;
      if (p.drop_pending_updates) dropPending(b);
      return true;
    }
    let parsed;
    try { parsed = new URL(url); } catch (_) { throw bad('invalid webhook URL specified'); }
    if (!/^https?:$/.test(parsed.protocol)) throw bad('bad webhook: An HTTPS URL must be provided for webhook');
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    if (!(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host))) {
      throw bad('bad webhook: this emulator delivers webhooks to loopback addresses only');
    }
    if (p.drop_pending_updates) dropPending(b);
    for (const poller of [...b.pollers]) poller.conflict('webhook');
    b.webhook = dropUndefined({ url, secret_token: p.secret_token, max_connections: p.max_connections || 40, allowed_updates: p.allowed_updates });
    setImmediate(() => deliverWebhook(b));
    return true;
  },
  deletewebhook: (b, p) => {
    b.webhook = null;
    if (p.drop_pending_updates) dropPending(b);
    return true;
  },
  getwebhookinfo: (b) => {
    const w = b.webhook;
    const info = { url: w ? w.url : '', has_custom_certificate: false, pending_update_count: pending(b).length };
    if (w) {
      Object.assign(info, dropUndefined({
        last_error_date: w.last_error_date, last_error_message: w.last_error_message,
        max_connections: w.max_connections, allowed_updates: w.allowed_updates, ip_address: HOST,
      }));
    }
    return info;
  },

  setmycommands: (b, p) => {
    const commands = Array.isArray(p.commands) ? p.commands : [];
    for (const c of commands) {
      if (!c || !/^[a-z0-9_]{1,32}$/.test(String(c.command))) throw bad('BOT_COMMAND_INVALID');
      if (!c.description || String(c.description).length > 256) throw bad('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    b.commands.set(scopeKey(p), commands);
    return true;
  },
  getmycommands: (b, p) => b.commands.get(scopeKey(p)) || [],
  deletemycommands: (b, p) => { b.commands.delete(scopeKey(p)); return true; },
  setmydescription: (b, p) => { b.descriptions.set(langKey(p), String(p.description || '')); return true; },
  getmydescription: (b, p) => ({ description: b.descriptions.get(langKey(p)) || b.descriptions.get('') || '' }),
  setmyshortdescription: (b, p) => { b.shortDescriptions.set(langKey(p), String(p.short_description || '')); return true; },
  getmyshortdescription: (b, p) => ({ short_description: b.shortDescriptions.get(langKey(p)) || b.shortDescriptions.get('') || '' }),
  setmyname: (b, p) => { b.names.set(langKey(p), String(p.name || '')); return true; },
  getmyname: (b, p) => ({ name: b.names.get(langKey(p)) || b.names.get('') || opts.botName }),
  setchatmenubutton: (b, p) => { b.menuButtons.set(String(p.chat_id || ''), p.menu_button || { type: 'default' }); return true; },
  getchatmenubutton: (b, p) => b.menuButtons.get(String(p.chat_id || '')) || b.menuButtons.get('') || { type: 'default' },
  getmydefaultadministratorrights: () => ({ ...ADMIN_RIGHTS }),

  getchat: (b, p) => ({
    ...chatFor(chatIdOf(p.chat_id)),
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false },
  }),
  getchatmember: (b, p) => {
    chatIdOf(p.chat_id);
    const id = Number(p.user_id);
    if (id === botUser(b.token).id) return { status: 'member', user: botUser(b.token) };
    return { status: 'member', user: { id, is_bot: false, first_name: 'Test' } };
  },
  getchatmembercount: () => 2,
  getchatmemberscount: () => 2,
  getchatadministrators: () => [],
  getuserprofilephotos: () => ({ total_count: 0, photos: [] }),
  getforumtopiciconstickers: () => [],
  getfile: (b, p) => {
    if (!p.file_id) throw bad('invalid file_id');
    return apiFile(state.files.get(String(p.file_id)) || newFile('file', { file_id: String(p.file_id) }));
  },
  exportchatinvitelink: () => 'https://t.me/+emulatedInviteLink',
  getmystarbalance: () => ({ amount: 0 }),
  getstartransactions: () => ({ transactions: [] }),
  getgamehighscores: () => [],
};

function forwardOrCopy(b, p, method, forward) {
  const from = chatIdOf(p.from_chat_id);
  const found = findMessage(b.token, from, p.message_id);
  if (!found) throw bad(forward ? 'message to forward not found' : 'message to copy not found');
  const src = found.entry.api;
  const content = {};
  for (const k of ['text', 'entities', 'caption', 'caption_entities', 'photo', 'document', 'audio', 'video',
    'animation', 'voice', 'video_note', 'sticker', 'location', 'venue', 'contact', 'poll', 'dice']) {
    if (src[k] !== undefined) content[k] = clone(src[k]);
  }
  if (!forward && p.caption !== undefined) Object.assign(content, mediaContent(null, p));
  const extra = forward ? { forward_origin: { type: 'user', sender_user: src.from, date: src.date } } : {};
  return storeBotMessage(b.token, { ...p, reply_markup: forward ? undefined : p.reply_markup }, method, content, extra);
}

function defaultHandler(key) {
  const kind = SEND_MEDIA[key];
  if (kind) {
    return (b, p, method) => {
      checkMarkup(p.reply_markup);
      return storeBotMessage(b.token, p, method, mediaContent(kind, p));
    };
  }
  if (key.startsWith('send')) {
    return (b, p, method) => storeBotMessage(b.token, p, method, mediaContent(null, p));
  }
  if (key.startsWith('edit')) {
    return (b, p) => {
      if (p.inline_message_id) return true;
      const entry = editTarget(b.token, p);
      entry.api = { ...entry.api, edit_date: nowSec() };
      return entry.api;
    };
  }
  return () => true;
}

// ---------------------------------------------------------------- updates

function pending(b) {
  return tg.storage.userMessages
    .filter((u) => u.botToken === b.token && !u.isRead)
    .sort((x, y) => x.updateId - y.updateId);
}

function dropPending(b) {
  for (const u of pending(b)) u.isRead = true;
}

const updateType = (u) => (u.callbackQuery ? 'callback_query' : 'message');

function formatUpdate(u) {
  if (u.callbackQuery) {
    return { update_id: u.updateId, callback_query: u.apiCallback || { id: String(u.callbackId), ...u.callbackQuery } };
  }
  const message = u.api || (() => {
    const { botToken: _t, ...m } = u.message;
    return { ...m, message_id: u.messageId };
  })();
  return { update_id: u.updateId, message };
}

// Confirms what `offset` confirms, drops what allowed_updates excludes, and returns up to
// `limit` of the rest. Nothing is confirmed by being returned: only a later offset does that.
function takeUpdates(b, offset, limit) {
  if (typeof offset === 'number' && Number.isFinite(offset) && offset !== 0) {
    const list = pending(b);
    if (offset > 0) {
      for (const u of list) if (u.updateId < offset) u.isRead = true;
    } else {
      list.slice(0, Math.max(0, list.length + offset)).forEach((u) => { u.isRead = true; });
    }
  }
  let list = pending(b);
  const allowed = Array.isArray(b.allowedUpdates) && b.allowedUpdates.length ? new Set(b.allowedUpdates) : null;
  if (allowed) {
    for (const u of list) if (!allowed.has(updateType(u))) u.isRead = true;
    list = list.filter((u) => allowed.has(updateType(u)));
  }
  return list.slice(0, limit).map(formatUpdate);
}

function getUpdates(res, b, p) {
  if (b.webhook) {
    return reply(res, new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first").body());
  }
  if (p.allowed_updates !== undefined) b.allowedUpdates = p.allowed_updates;
  const limit = Math.min(100, Math.max(1, Number.isFinite(p.limit) ? p.limit : 100));
  const timeout = Math.min(opts.maxPollTimeout, Math.max(0, Number.isFinite(p.timeout) ? p.timeout : 0));
  // Telegram answers an older long poll of the same bot with 409 when a new one comes.
  for (const old of [...b.pollers]) old.conflict('poll');
  const now = takeUpdates(b, typeof p.offset === 'number' ? p.offset : undefined, limit);
  if (now.length || timeout === 0) return reply(res, { ok: true, result: now });
  const poller = {};
  let done = false;
  const finish = (body) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    b.pollers.delete(poller);
    reply(res, body);
  };
  poller.wake = () => {
    const list = takeUpdates(b, undefined, limit);
    if (list.length) finish({ ok: true, result: list });
  };
  poller.conflict = (why) => finish(why === 'webhook'
    ? new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first").body()
    : new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running').body());
  poller.end = () => finish({ ok: true, result: [] });
  const timer = setTimeout(() => finish({ ok: true, result: takeUpdates(b, undefined, limit) }), timeout * 1000);
  res.on('close', () => {
    if (!done) {
      done = true;
      clearTimeout(timer);
      b.pollers.delete(poller);
    }
  });
  b.pollers.add(poller);
  return undefined;
}

function notify(token) {
  const b = botState(token);
  for (const poller of [...b.pollers]) poller.wake();
  if (b.webhook) deliverWebhook(b);
}

function postJson(target, body, secret) {
  return new Promise((resolve) => {
    const data = Buffer.from(JSON.stringify(body));
    const url = new URL(target);
    const lib = url.protocol === 'https:' ? https : http;
    const headers = { 'content-type': 'application/json', 'content-length': data.length };
    if (secret) headers['X-Telegram-Bot-Api-Secret-Token'] = secret;
    const req = lib.request(url, { method: 'POST', headers, timeout: 60000, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('timeout', () => req.destroy(new Error('Read timeout expired')));
    req.on('error', (e) => resolve({ error: e.code === 'ECONNREFUSED' ? 'Connection refused' : (e.message || String(e)) }));
    req.end(data);
  });
}

// Delivers pending updates to the bot's webhook one at a time, in order; an update is
// confirmed by a 2xx answer, and sent again (after --webhook-retry-ms) otherwise.
async function deliverWebhook(b) {
  if (b.delivering) return;
  b.delivering = true;
  try {
    while (b.webhook) {
      const hook = b.webhook;
      const [update] = takeUpdates(b, undefined, 1);
      if (!update) break;
      const r = await postJson(hook.url, update, hook.secret_token);
      if (b.webhook !== hook) continue;
      if (r.status >= 200 && r.status < 300) {
        const u = tg.storage.userMessages.find((x) => x.botToken === b.token && x.updateId === update.update_id);
        if (u) u.isRead = true;
        log(`webhook ${hook.url} took update ${update.update_id}`);
      } else {
        hook.last_error_date = nowSec();
        hook.last_error_message = r.error || `Wrong response from the webhook: ${r.status} ${http.STATUS_CODES[r.status] || ''}`.trim();
        log(`webhook ${hook.url} failed for update ${update.update_id}: ${hook.last_error_message}`);
        await new Promise((resolve) => { setTimeout(resolve, opts.webhookRetryMs).unref(); });
      }
    }
  } catch (e) {
    process.stderr.write(`[telegram-emulator] webhook delivery: ${e && e.stack || e}\n`);
  } finally {
    b.delivering = false;
  }
}

// ---------------------------------------------------------------- journal and failures

function callChat(key, p) {
  if (key === 'answercallbackquery') {
    const cb = state.callbacks.get(String(p.callback_query_id));
    return cb ? cb.chat_id : null;
  }
  if (p.chat_id === undefined || p.chat_id === null || p.chat_id === '') return null;
  try { return chatIdOf(p.chat_id); } catch (_) { return null; }
}

function record(token, method, key, p, body, extra) {
  state.seq += 1;
  const entry = dropUndefined({
    seq: state.seq,
    time: Date.now(),
    token,
    method,
    chat_id: callChat(key, p),
    params: clone(p),
    ok: body.ok,
    result: body.ok ? clone(body.result) : undefined,
    error_code: body.ok ? undefined : body.error_code,
    description: body.ok ? undefined : body.description,
    ...(extra || {}),
  });
  if (key === 'answercallbackquery') {
    const cb = state.callbacks.get(String(p.callback_query_id));
    if (cb) entry.message_id = cb.message_id;
  } else if (p.message_id !== undefined) {
    entry.message_id = Number(p.message_id);
  } else if (body.ok && body.result && typeof body.result === 'object' && body.result.message_id !== undefined) {
    entry.message_id = body.result.message_id;
  }
  state.journal.push(entry);
  for (const w of [...state.journalWaiters]) w();
}

function takeFailure(token, key, p) {
  const chat = callChat(key, p);
  const i = state.failures.findIndex((f) => (f.method === '*' || f.method === key)
    && (f.token === undefined || f.token === token)
    && (f.chat_id === undefined || (chat !== null && String(f.chat_id) === String(chat))));
  if (i === -1) return null;
  const f = state.failures[i];
  if (f.times !== 'always') {
    f.times -= 1;
    if (f.times <= 0) state.failures.splice(i, 1);
  }
  return f;
}

const DEFAULT_DESCRIPTIONS = {
  400: 'Bad Request: injected failure',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
  409: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

function failureBody(f) {
  const body = { ok: false, error_code: f.status, description: f.description };
  if (f.retry_after !== undefined) body.parameters = { retry_after: f.retry_after };
  if (f.migrate_to_chat_id !== undefined) body.parameters = { ...(body.parameters || {}), migrate_to_chat_id: f.migrate_to_chat_id };
  return body;
}

// ---------------------------------------------------------------- chaos

// Random faults on a share of the bot's calls, from a seeded generator (mulberry32), so a
// soak run can be repeated: 429 with retry_after, 5xx, and calls that never get an answer
// (held, then the connection is dropped) either before or after they took effect.
const chaos = { on: false };

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rate(q, name) {
  const r = q[name] === undefined ? 0 : Number(q[name]);
  if (!(r >= 0 && r <= 1)) throw new ApiError(400, `${name} must be a share between 0 and 1`);
  return r;
}

function setChaos(q) {
  const methods = q.methods === undefined || q.methods === '*' ? null
    : new Set((Array.isArray(q.methods) ? q.methods : String(q.methods).split(',')).map((m) => String(m).trim().toLowerCase()));
  const next = {
    on: true,
    seed: q.seed === undefined ? 1 : Number(q.seed),
    methods,
    rate_429: rate(q, 'rate_429'),
    rate_5xx: rate(q, 'rate_5xx'),
    rate_timeout: rate(q, 'rate_timeout'),
    retry_after: q.retry_after === undefined ? 1 : Number(q.retry_after),
    hold_ms: q.hold_ms === undefined ? 3000 : Number(q.hold_ms),
    counts: { '429': 0, '5xx': 0, lost_request: 0, lost_answer: 0 },
  };
  if (next.rate_429 + next.rate_5xx + next.rate_timeout > 1) throw new ApiError(400, 'the shares add up to more than 1');
  if (!Number.isInteger(next.seed)) throw new ApiError(400, 'seed must be a whole number');
  next.random = mulberry32(next.seed);
  Object.keys(chaos).forEach((k) => { delete chaos[k]; });
  Object.assign(chaos, next);
}

function chaosReport() {
  if (!chaos.on) return { on: false, counts: chaos.counts };
  return {
    on: true, seed: chaos.seed, methods: chaos.methods ? [...chaos.methods] : '*', rate_429: chaos.rate_429, rate_5xx: chaos.rate_5xx,
    rate_timeout: chaos.rate_timeout, retry_after: chaos.retry_after, hold_ms: chaos.hold_ms, counts: chaos.counts,
  };
}

// The fault for this call, if one is drawn: '429', '5xx', 'lost_request' or 'lost_answer'.
function chaosFault(key) {
  if (!chaos.on || (chaos.methods && !chaos.methods.has(key))) return null;
  const r = chaos.random();
  let fault = null;
  if (r < chaos.rate_429) fault = '429';
  else if (r < chaos.rate_429 + chaos.rate_5xx) fault = '5xx';
  else if (r < chaos.rate_429 + chaos.rate_5xx + chaos.rate_timeout) {
    // A long poll has no effect to lose the answer of: its updates stay unconfirmed.
    fault = key === 'getupdates' || chaos.random() < 0.5 ? 'lost_request' : 'lost_answer';
  }
  if (fault) chaos.counts[fault] += 1;
  return fault;
}

function chaosBody(fault) {
  if (fault === '429') {
    return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${chaos.retry_after}`, parameters: { retry_after: chaos.retry_after } };
  }
  const status = chaos.random() < 0.5 ? 500 : 502;
  return { ok: false, error_code: status, description: DEFAULT_DESCRIPTIONS[status] };
}

// Never answers: the connection is dropped after hold_ms, which the client cannot tell
// from a timeout.
function hold(res) {
  const timer = setTimeout(() => res.destroy(), chaos.hold_ms);
  res.on('close', () => clearTimeout(timer));
}

// ---------------------------------------------------------------- HTTP

function reply(res, body, status) {
  if (res.writableEnded || res.destroyed) return;
  const data = JSON.stringify(body);
  res.writeHead(status || (body.ok === false && body.error_code >= 400 && body.error_code < 600 ? body.error_code : 200), {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

async function botCall(req, res, token, rawMethod, url) {
  let p;
  try {
    p = parseParams(req, url, await readBody(req));
  } catch (e) {
    if (e instanceof ApiError) return reply(res, e.body());
    throw e;
  }
  const key = rawMethod.toLowerCase();
  const method = canonical(rawMethod);
  const b = botState(token);
  const failure = takeFailure(token, key, p);
  if (failure) {
    const body = failureBody(failure);
    record(token, method, key, p, body);
    log(`${method} -> injected ${body.error_code} ${body.description}`);
    return reply(res, body);
  }
  const fault = chaosFault(key);
  if (fault === '429' || fault === '5xx') {
    const body = chaosBody(fault);
    record(token, method, key, p, body, { chaos: fault });
    log(`${method} -> chaos ${body.error_code}`);
    return reply(res, body);
  }
  if (fault === 'lost_request') {
    record(token, method, key, p, { ok: false, error_code: 0, description: 'chaos: no answer, not carried out' }, { chaos: fault });
    log(`${method} -> chaos: held, not carried out`);
    return hold(res);
  }
  if (key === 'getupdates') return getUpdates(res, b, p);
  let body;
  try {
    const result = await (HANDLERS[key] || defaultHandler(key))(b, p, method);
    body = { ok: true, result };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    body = e.body();
  }
  if (fault === 'lost_answer') {
    // Carried out (a sent message is in the chat), but the bot never hears so.
    record(token, method, key, p, body, { chaos: fault, answer_lost: true });
    log(`${method} -> chaos: carried out, answer held`);
    return hold(res);
  }
  record(token, method, key, p, body);
  log(`${method} ${p.chat_id !== undefined ? `chat=${p.chat_id} ` : ''}-> ${body.ok ? 'ok' : `${body.error_code} ${body.description}`}`);
  return reply(res, body);
}

function fileDownload(res, token, path) {
  for (const f of state.files.values()) {
    if (f.file_path === path) {
      const data = f.data || Buffer.from(`emulated file ${f.file_id}\n`);
      res.writeHead(200, { 'content-type': f.mime_type || 'application/octet-stream', 'content-length': data.length });
      return res.end(data);
    }
  }
  return reply(res, { ok: false, error_code: 404, description: 'Not Found' });
}

// ---------------------------------------------------------------- user side

const USER_KEYS = ['botToken', 'token', 'chat_id', 'user_id', 'first_name', 'last_name', 'username', 'language_code', 'reply_to_message_id'];

function tokenOf(body) {
  const token = body.botToken !== undefined ? body.botToken : body.token;
  if (token === undefined || token === null || token === '') throw new ApiError(400, 'botToken (or token) is required');
  return String(token);
}

function normDate(d) {
  if (d === undefined || d === null) return nowSec();
  const n = Number(d);
  return n > 1e11 ? Math.floor(n / 1000) : Math.floor(n);
}

// The sender and the chat of a user action, with defaults: a private chat whose id is the
// user's id. Given only a chat_id, a positive one is the user too.
function userAndChat(body) {
  const chatGiven = body.chat && typeof body.chat === 'object' ? normChat(body.chat)
    : body.chat_id !== undefined ? { id: chatIdOf(body.chat_id) } : null;
  const fallbackId = body.user_id !== undefined ? Number(body.user_id)
    : chatGiven && chatGiven.id > 0 ? chatGiven.id : 1;
  const from = normUser(body.from && typeof body.from === 'object' ? body.from : dropUndefined({
    id: fallbackId,
    first_name: body.first_name || 'Test',
    last_name: body.last_name,
    username: body.username === undefined ? 'testuser' : body.username,
    language_code: body.language_code,
  }), fallbackId);
  let chat;
  if (chatGiven && chatGiven.type) chat = chatGiven;
  else chat = chatFor(chatGiven ? chatGiven.id : from.id, from);
  state.chats.set(String(chat.id), chat);
  return { from, chat };
}

function commandEntities(text) {
  const entities = [];
  const re = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s|[^\w@])/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    entities.push({ type: 'bot_command', offset: m.index + m[1].length, length: m[2].length });
  }
  return entities;
}

// A file the user sends, with real content the bot can fetch with getFile and download:
// {"kind": "photo"|"voice"|"document", "data_base64": "..." (or "data_hex"), "file_name": "...", "mime_type": "..."}.
function userAttachment(a) {
  if (typeof a !== 'object' || a === null) throw bad('attach must be an object');
  const kind = a.kind || 'document';
  const data = a.data_hex !== undefined ? Buffer.from(a.data_hex, 'hex') : Buffer.from(a.data_base64 || '', 'base64');
  const file = newFile(kind, { file_name: a.file_name, mime_type: a.mime_type, data });
  switch (kind) {
    case 'photo':
      return { photo: [{ ...fileMeta(file), width: 90, height: 68 }, { ...fileMeta(file), width: 800, height: 600 }] };
    case 'voice':
      return { voice: dropUndefined({ ...fileMeta(file), duration: a.duration || 1, mime_type: a.mime_type || 'audio/ogg' }) };
    case 'document':
      return { document: dropUndefined({ ...fileMeta(file), file_name: a.file_name, mime_type: a.mime_type }) };
    default:
      throw bad(`attach.kind must be photo, voice or document, not '${kind}'`);
  }
}

async function userMessage(body, isCommand) {
  const token = tokenOf(body);
  const { from, chat } = userAndChat(body);
  const rest = { ...body };
  for (const k of [...USER_KEYS, 'from', 'chat', 'date', 'message_id', 'attach']) delete rest[k];
  const msg = { ...rest, from, chat, date: normDate(body.date) };
  if (body.attach) Object.assign(msg, userAttachment(body.attach));
  if (typeof msg.entities === 'string') msg.entities = JSON.parse(msg.entities);
  if (isCommand && !msg.entities && typeof msg.text === 'string') msg.entities = commandEntities(msg.text);
  if (isCommand && (!Array.isArray(msg.entities) || !msg.entities.length)) {
    throw new ApiError(400, 'a command needs a text starting with /name, or explicit entities');
  }
  if (body.reply_to_message_id !== undefined) {
    const found = findMessage(token, chat.id, body.reply_to_message_id);
    if (!found) throw new ApiError(400, `no message ${body.reply_to_message_id} in chat ${chat.id} to reply to`);
    msg.reply_to_message = clone(found.entry.api);
    delete msg.reply_to_message.reply_to_message;
  }
  const updateId = tg.updateId;
  const add = { ...msg, botToken: token };
  await (isCommand ? tg.addUserCommand(add) : tg.addUserMessage(add));
  const entry = tg.storage.userMessages.find((u) => u.updateId === updateId && u.botToken === token);
  entry.api = { message_id: entry.messageId, ...msg };
  notify(token);
  return formatUpdate(entry);
}

function hasButton(message, data) {
  const kb = message.reply_markup && message.reply_markup.inline_keyboard;
  return Array.isArray(kb) && kb.some((row) => Array.isArray(row) && row.some((btn) => btn && btn.callback_data !== undefined && String(btn.callback_data) === String(data)));
}

async function userCallback(body) {
  const token = tokenOf(body);
  const { from, chat } = userAndChat(body);
  let message;
  if (body.message && typeof body.message === 'object') {
    message = { ...body.message };
    delete message.botToken;
    message.chat = message.chat ? normChat(message.chat) : chat;
    if (message.from && typeof message.from === 'object') message.from = normUser(message.from, message.from.id);
    message.date = normDate(message.date);
    if (message.message_id === undefined) message.message_id = 0;
  } else if (body.message_id !== undefined) {
    const found = findMessage(token, chat.id, body.message_id, { deleted: true });
    if (!found) throw new ApiError(400, `no message ${body.message_id} in chat ${chat.id}`);
    message = found.entry.deleted
      ? { chat: found.entry.api.chat, message_id: found.entry.api.message_id, date: 0 }
      : clone(found.entry.api);
  } else if (body.data !== undefined) {
    const entry = [...tg.storage.botMessages].reverse().find((u) => u.botToken === token && u.api && !u.deleted
      && u.api.chat.id === chat.id && hasButton(u.api, body.data));
    if (!entry) throw new ApiError(400, `no message in chat ${chat.id} has a button with callback_data ${JSON.stringify(body.data)}`);
    message = clone(entry.api);
  } else {
    throw new ApiError(400, 'give message_id, data, or a message object');
  }
  const cq = dropUndefined({
    from,
    message,
    inline_message_id: body.inline_message_id,
    chat_instance: body.chat_instance || chatInstance(message.chat.id),
    data: body.data === undefined ? undefined : String(body.data),
    game_short_name: body.game_short_name,
  });
  const updateId = tg.updateId;
  await tg.addUserCallback({ ...cq, botToken: token, date: nowSec() });
  const entry = tg.storage.userMessages.find((u) => u.updateId === updateId && u.botToken === token);
  entry.apiCallback = { id: String(entry.callbackId), ...cq };
  state.callbacks.set(String(entry.callbackId), { token, chat_id: message.chat.id, message_id: message.message_id, data: cq.data, answers: [] });
  notify(token);
  return formatUpdate(entry);
}

// ---------------------------------------------------------------- control

async function requestJson(req, url) {
  const p = {};
  for (const [k, v] of url.searchParams) p[k] = v;
  const buf = await readBody(req);
  if (buf.length) {
    let body;
    try { body = JSON.parse(buf.toString('utf8')); } catch (_) { throw new ApiError(400, 'the body must be JSON'); }
    if (body && typeof body === 'object' && !Array.isArray(body)) Object.assign(p, body);
  }
  return p;
}

function queryCalls(q) {
  const since = Number(q.since || 0);
  let methods = q.method === undefined ? null
    : new Set((Array.isArray(q.method) ? q.method : String(q.method).split(',')).map((m) => String(m).trim().toLowerCase()));
  if (methods && (methods.has('*') || methods.has(''))) methods = null;
  const ok = q.ok === undefined ? null : q.ok === true || q.ok === 'true';
  return state.journal.filter((e) => e.seq > since
    && (q.token === undefined || e.token === String(q.token))
    && (q.chat_id === undefined || String(e.chat_id) === String(q.chat_id))
    && (methods === null || methods.has(e.method.toLowerCase()))
    && (ok === null || e.ok === ok));
}

function chatTranscript(q) {
  const chatId = chatIdOf(q.chat_id);
  const items = [];
  for (const u of tg.storage.botMessages) {
    if (u.api && u.api.chat.id === chatId && (q.token === undefined || u.botToken === String(q.token))) {
      items.push({ at: u.time, order: u.updateId, item: dropUndefined({ from_bot: true, deleted: u.deleted || undefined, method: u.method, message: u.api }) });
    }
  }
  for (const u of tg.storage.userMessages) {
    if (q.token !== undefined && u.botToken !== String(q.token)) continue;
    if (u.apiCallback && u.apiCallback.message && u.apiCallback.message.chat.id === chatId) {
      items.push({ at: u.time, order: u.updateId, item: { from_bot: false, update_id: u.updateId, callback_query: u.apiCallback } });
    } else if (u.api && u.api.chat.id === chatId) {
      items.push({ at: u.time, order: u.updateId, item: dropUndefined({ from_bot: false, update_id: u.updateId, deleted: u.deleted || undefined, message: u.api }) });
    }
  }
  return items.sort((x, y) => x.at - y.at || x.order - y.order).map((x) => x.item);
}

function reset() {
  for (const b of state.bots.values()) for (const poller of [...b.pollers]) poller.end();
  tg.storage = { userMessages: [], botMessages: [] };
  state.bots.clear();
  state.journal = [];
  state.failures = [];
  chaos.on = false;
  state.chats.clear();
  state.callbacks.clear();
}

async function control(req, res, action, url) {
  const q = await requestJson(req, url);
  switch (action) {
    case 'health':
      return reply(res, { ok: true, result: {
        bots: state.bots.size,
        calls: state.journal.length,
        long_polls: [...state.bots.values()].reduce((n, b) => n + b.pollers.size, 0),
        failures: state.failures.length,
      } });
    case 'fail': {
      const status = Number(q.status || q.error_code);
      if (!Number.isInteger(status) || status < 400 || status > 599) throw new ApiError(400, 'status must be an HTTP error code (400-599)');
      if (!q.method) throw new ApiError(400, 'method is required ("*" for any)');
      const times = q.times === undefined ? 1 : q.times === 'always' ? 'always' : Number(q.times);
      if (times !== 'always' && (!Number.isInteger(times) || times < 1)) throw new ApiError(400, 'times must be a whole number >= 1 or "always"');
      const retryAfter = q.retry_after !== undefined ? Number(q.retry_after) : status === 429 ? 1 : undefined;
      const f = dropUndefined({
        id: ++state.failureSeq,
        method: String(q.method).toLowerCase(),
        status,
        retry_after: retryAfter,
        migrate_to_chat_id: q.migrate_to_chat_id,
        description: q.description || (status === 429 ? `Too Many Requests: retry after ${retryAfter}` : DEFAULT_DESCRIPTIONS[status] || `Error ${status}`),
        token: q.token === undefined ? undefined : String(q.token),
        chat_id: q.chat_id === undefined ? undefined : String(chatIdOf(q.chat_id)),
        times,
      });
      state.failures.push(f);
      return reply(res, { ok: true, result: f });
    }
    case 'chaos':
      if (req.method === 'POST' && Object.keys(q).length) setChaos(q);
      return reply(res, { ok: true, result: chaosReport() });
    case 'chaos/off':
      chaos.on = false;
      return reply(res, { ok: true, result: chaosReport() });
    case 'fail/clear':
      state.failures = [];
      return reply(res, { ok: true, result: true });
    case 'failures':
      return reply(res, { ok: true, result: state.failures });
    case 'calls': {
      const timeout = Math.max(0, Number(q.timeout || 0));
      const min = Math.max(1, Number(q.count || 1));
      let found = queryCalls(q);
      if (found.length >= min || timeout === 0) return reply(res, { ok: true, result: found });
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        state.journalWaiters.delete(waiter);
        reply(res, { ok: true, result: queryCalls(q) });
      };
      const waiter = () => { found = queryCalls(q); if (found.length >= min) finish(); };
      const timer = setTimeout(finish, timeout * 1000);
      res.on('close', () => { done = true; clearTimeout(timer); state.journalWaiters.delete(waiter); });
      state.journalWaiters.add(waiter);
      return undefined;
    }
    case 'chat':
      return reply(res, { ok: true, result: chatTranscript(q) });
    case 'reset':
      reset();
      return reply(res, { ok: true, result: true });
    case 'shutdown':
      reply(res, { ok: true, result: true });
      return setImmediate(shutdown);
    default:
      return reply(res, { ok: false, error_code: 404, description: `no control endpoint /_control/${action}` });
  }
}

// ---------------------------------------------------------------- server

async function handle(req, res) {
  const url = new URL(req.url, `http://${HOST}`);
  const path = url.pathname;
  let m;
  if ((m = /^\/bot([^/]+)\/([^/]+)\/?$/.exec(path))) {
    return botCall(req, res, decodeURIComponent(m[1]), decodeURIComponent(m[2]), url);
  }
  if ((m = /^\/file\/bot([^/]+)\/(.+)$/.exec(path))) return fileDownload(res, decodeURIComponent(m[1]), decodeURIComponent(m[2]));
  if (/^\/bot[^/]*\/?$/.test(path)) return reply(res, { ok: false, error_code: 404, description: 'Not Found' });
  if (path.startsWith('/_control/')) {
    try {
      return await control(req, res, path.slice('/_control/'.length).replace(/\/$/, ''), url);
    } catch (e) {
      if (e instanceof ApiError) return reply(res, e.body());
      throw e;
    }
  }
  if (req.method === 'POST' && (path === '/sendMessage' || path === '/sendCommand' || path === '/sendCallback')) {
    try {
      const body = await requestJson(req, url);
      const result = path === '/sendCallback' ? await userCallback(body) : await userMessage(body, path === '/sendCommand');
      return reply(res, { ok: true, result });
    } catch (e) {
      if (e instanceof ApiError) return reply(res, e.body());
      throw e;
    }
  }
  // Everything else (/getUpdates, /getUpdatesHistory) is the package's own.
  return tg.webServer(req, res);
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    process.stderr.write(`[telegram-emulator] ${req.method} ${req.url}: ${e && e.stack || e}\n`);
    reply(res, { ok: false, error_code: 500, description: `Internal Server Error: ${e && e.message || e}` });
  });
});
// Longer than any client's idle keep-alive (reqwest's is 90 s), so the client always closes
// first and never reuses a connection the server is closing.
server.keepAliveTimeout = 10 * 60 * 1000;
server.headersTimeout = 10 * 60 * 1000 + 1000;
server.requestTimeout = 0;

let stopping = false;
function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const b of state.bots.values()) for (const poller of [...b.pollers]) poller.end();
  if (tg.cleanUpDaemonInterval) clearInterval(tg.cleanUpDaemonInterval);
  server.close(() => process.exit(0));
  if (server.closeAllConnections) server.closeAllConnections();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
if (opts.exitOnStdinEof) {
  process.stdin.on('end', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
}

server.on('error', (e) => {
  process.stderr.write(`[telegram-emulator] cannot listen on ${HOST}:${opts.port}: ${e.message}\n`);
  process.exit(1);
});
server.listen(opts.port, HOST, () => {
  process.stdout.write(`listening http://${HOST}:${server.address().port}\n`);
});
