// Families of words that web pages put around an article, written as general patterns (the shape of "Share on
// <network>", "<N> comments", "By <Name>") rather than the exact wording of any one site. Each family becomes one
// rule in clutterRules.ts. A family only counts on lines up to `maxWords` long: a long line that mentions
// cookies or subscribers is more likely a paragraph about them than a banner.

export interface CueFamily {
  /** Read by a teacher as the reason, e.g. "cookie or consent banner". */
  name: string;
  maxWords: number;
  /** Pages put this after the article's end (comments, more headlines, footers), so it closes the main block. */
  closesArticle: boolean;
  /**
   * The label also heads a box of links set between paragraphs ("RELATED" over two headlines, then the text goes
   * on): it closes the article only when no paragraph follows close below.
   */
  textMayResume?: boolean;
  /**
   * Chrome of this family is written in full sentences ("Thanks for reading X! Subscribe for free ..."), so a line's
   * sentence shape is no evidence that it is the article's.
   */
  writtenAsSentences?: boolean;
  patterns: RegExp[];
}

const networks =
  'facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|messenger|instagram|tiktok|youtube|threads|' +
  'bluesky|mastodon|flipboard|google news|email|e-mail|print|sms';

export const cueFamilies: CueFamily[] = [
  {
    name: 'navigation link',
    maxWords: 8,
    closesArticle: false,
    patterns: [
      /^(?:skip|jump|go|back) to (?:the )?(?:main |primary )?(?:content|navigation|menu|search|footer|article|top|story)\b/iu,
      /^(?:open |close |toggle |main )?(?:menu|navigation|search|sections|site map|sitemap)$/iu,
      /^(?:home(?:page)?|sign in|log ?in|sign out|log ?out|register|my account|account|profile|scroll to top|top of page)$/iu,
      /^(?:next|previous|prev|older|newer)(?: (?:article|story|post|page|entry))?\s*[»›>→]?$/iu,
      /^[«‹<←]\s*(?:next|previous|prev|older|newer|back)\b/iu,
      // The pages of a long article or thread: "Page 1 of 9  « 1 2 3 … 9 »", "1 2 3 … 12 Next ›".
      /^page \d+ of \d+\b|^[«‹<←]?\s*1\s+2\s+3\b/iu,
      /\bback to (?:home|homepage|top|the top)\b/iu,
      /\bopens? (?:in )?(?:a )?new (?:tab|window)\b/iu,
      // The site's choice of local edition: "Your area: Aldwick and the Marches (Change)", "Edition: UK".
      /^(?:your|my|choose (?:your|an?)|select (?:your|an?)) (?:area|location|region|local area|edition|postcode)\b.*$|\((?:change|edit) (?:location|area)?\)$|^\S.{2,60}\((?:change|edit)\)$/iu,
    ],
  },
  {
    // The page's own table of contents, its entries joined on one line: "Jump to: What happened · Who is affected".
    name: 'table of contents',
    maxWords: 40,
    closesArticle: false,
    patterns: [
      /^(?:jump|skip|go) to\s*:\s*\S/iu,
      /^(?:in this (?:article|story|guide|piece|page|explainer|issue|edition|newsletter|briefing|bulletin)|on this page|(?:table of )?contents)\s*:?(?:$|\s+\S.*[·|•].*)/iu,
    ],
  },
  {
    name: 'cookie or consent banner',
    maxWords: 70,
    closesArticle: false,
    patterns: [
      /\bcookies?\b/iu,
      /\bconsent\b.{0,40}\b(?:data|cookies?|preferences|partners|personali[sz]ed|ads?)\b/iu,
      /\b(?:privacy|cookie|consent) (?:settings|preferences|choices|options|center|centre)\b/iu,
      /\b(?:accept|reject|decline|allow) (?:all|cookies|tracking)\b/iu,
      /\bby (?:continuing|using|browsing)\b.{0,40}\b(?:site|website|page|service)\b.{0,40}\bagree\b/iu,
      /\bgdpr\b/iu,
    ],
  },
  {
    name: 'share or follow prompt',
    maxWords: 14,
    closesArticle: false,
    patterns: [
      /^(?:share|tweet)(?: this| the)?(?: (?:article|story|page|post|link|on|via|with))?\s*[:|]?$/iu,
      /\bshare (?:this|the) (?:article|story|page|post|link)\b/iu,
      /^(?:share|like) this\s*:?$|\bclick to (?:share|print|email)\b/iu,
      new RegExp(`\\b(?:share|post) (?:on|via|to|with) (?:${networks})\\b`, 'iu'),
      /\b(?:follow|like|join|find) us\b/iu,
      new RegExp(`\\bfollow\\b.{0,40}\\b(?:on|via) (?:${networks})\\b`, 'iu'),
      new RegExp(
        `^(?:(?:${networks}|copy(?: the)? link|save|bookmark|gift(?: this)? article)[\\s,|•·/]*){1,12}$`,
        'iu',
      ),
      /\b(?:download|get|open in) (?:our|the) app\b|^open in app$/iu,
      // "Rate our new app ★★★★★ — download free": the page asks the reader to rate or try its own app.
      /^(?:rate|try|install) (?:our|the) (?:new |free |updated |official )?(?:[\p{L}\p{N}&'’-]+ ){0,2}app\b/iu,
      /\b(?:save|bookmark) (?:this |the )?(?:articles?|stories|story) (?:for|to read) later\b|^read later$/iu,
      /\breading list\b/iu,
      // The page's own tools: "Pin this post", "Print this page", "Text size: A A A".
      /^(?:pin|save|print|email|e-mail|bookmark) (?:this|the) (?:post|article|story|page|recipe|image|guide)$/iu,
      /\bprint (?:this|the) (?:page|article|story|post)\b|\b(?:text|font) size\b/iu,
      // A summary button: "Summarise this article (beta)", "AI summary", "Summarize with AI".
      /\bsummari[sz]e (?:this|the) (?:article|story|page|piece)\b|\bsummari[sz]e with ai\b|^(?:ai|auto-?generated) summary\b/iu,
      // "Add SOLV.AK to watchlist", "Add to calendar": a control that files the page or a figure away for later.
      /^add (?:[\p{L}\p{N}.&'’-]+ ){0,3}to (?:your |my |the )?(?:watch ?list|favou?rites|reading list|calendar|home screen|portfolio|alerts)\b/iu,
    ],
  },
  {
    name: 'sign-in form',
    maxWords: 12,
    closesArticle: false,
    patterns: [
      /\b(?:log|sign) ?(?:in|into) (?:to )?your account\b/iu,
      /\b(?:forgot|forgotten|recover|reset|lost) (?:your )?password\b|^password recovery$/iu,
      /^your (?:username|user name|password|e-?mail|email address)$/iu,
      /\bpassword will be e-?mailed\b|\bremember me\b/iu,
      /\b(?:create|register) (?:an|your|a free) account\b|\bdon'?t have an account\b/iu,
    ],
  },
  {
    // A members' or subscribers' gate, which asks in sentences: "Member login", "Subscribers only: sign in to read
    // ...", "Email or membership number", "Forgotten your password?", "Not a subscriber yet? Join ...". A sentence
    // about members has a verb after them ("Members only voted once").
    name: 'members gate',
    maxWords: 30,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /^(?:have you )?(?:forgot|forgotten|lost) (?:your )?(?:password|login details|membership number)\b/iu,
      /^(?:members?|subscribers?|supporters?|customers?|staff|users?|readers?|partners?)['’]? ?(?:log ?in|login|sign ?in|area|portal|zone)$/iu,
      /^(?:members?|subscribers?|supporters?|premium|paid)[- ]only\s*[:.–—-]\s*\S/iu,
      // A perk addressed to them: "Members: call our legal helpline free", "Subscribers: download the guide".
      /^(?:members|subscribers|supporters|premium members|paid subscribers)\s*:\s*\p{Ll}/iu,
      /^(?:members|subscribers|supporters|premium members|paid subscribers) can (?:download|unlock)\b/iu,
      // "Log in to download your CPD reflection template", "Sign in to read the full report".
      /^(?:log|sign) ?in to (?:read|download|access|unlock|view|save|comment|continue|see|get)\b/iu,
      /^(?:e-?mail(?: address)?|user ?name|user id)(?: or (?:[\p{L}-]+ ){0,2}(?:number|id|name|username|e-?mail))?\s*:?$/iu,
      /^not (?:yet )?an? (?:member|subscriber|supporter|customer)(?: yet)?\?/iu,
      // Where members go to claim what the page gives them: "Log it in your member portal".
      /\b(?:your|the|our) (?:members?|members['’]|subscribers?|subscribers['’]|customer|account) (?:portal|area|dashboard|hub)\b/iu,
    ],
  },
  {
    name: 'subscription or newsletter pitch',
    maxWords: 45,
    closesArticle: false,
    patterns: [
      /\bsubscri(?:be|ption|bers? only)\b.{0,60}\b(?:newsletter|inbox|updates?|unlimited|access|channel|free|today|now|news|information|alerts?)\b/iu,
      /^subscribe\b/iu,
      /\bnewsletters?\b/iu,
      /\bsign[- ]?up\b.{0,40}\b(?:free|newsletter|updates|alerts|email|inbox|today|now|account)\b/iu,
      /^sign[- ]?up\b/iu,
      /\b(?:your|the|their) inbox\b/iu,
      /\benter your (?:e-?mail|email address|name)\b/iu,
      /\bemail address\b/iu,
      /\b(?:already (?:a )?(?:subscriber|member)|unlimited (?:digital )?access)\b/iu,
      // "Become a member", "Become a Tidings supporter": the publication's name may stand before the noun.
      /\b(?:become|becoming) an? (?:[\p{L}'’-]+ ){0,3}(?:member|subscriber|supporter|patron|donor|friend)s?\b/iu,
      // A newsletter's standing line and its offers: "X is a reader-supported publication", "Get 20% off a group
      // subscription", a paid tier with fewer ads: "Fewer ads, faster pages for 0.99 a month. Try it free".
      /\breader-(?:supported|funded) (?:publication|newsletter|site|blog)\b|\b\d+% off (?:a|an|your) (?:[\p{L}-]+ )?(?:subscription|membership)\b/iu,
      /\b(?:fewer|no) ads\b.{0,40}\b(?:a|per) (?:month|year|week)\b|\btry it (?:for )?free\b/iu,
      /\b(?:support|fund|back) (?:our|independent|quality|local) (?:journalism|reporting|newsroom)\b/iu,
      /^(?:support|donate to|contribute to) (?:us|the \S+)$|\bmake a (?:donation|contribution)\b/iu,
      /\b(?:log ?in|sign ?in|register|subscribe) to (?:continue|read|keep reading|comment|access|unlock)\b/iu,
      // Push alerts: "Get breaking news alerts", "Turn on notifications", "We'll only notify you when it matters".
      /\b(?:get|receive|turn on|switch on|enable|allow|sign up for) (?:[\p{L}'’-]+ ){0,2}(?:alerts|notifications)\b/iu,
      /\b(?:we'?ll|we will) (?:only )?notify you\b/iu,
      /\bplease enable javascript\b/iu,
      // A newsletter's own pitch and its paid tier: "Thanks for reading The Ledger! Subscribe ...", "Upgrade to paid".
      /^thanks? (?:you )?for reading\b/iu,
      /\bupgrade to (?:paid|a paid (?:subscription|plan|membership)|unlock|continue reading|keep reading)\b/iu,
      /^(?:paid|premium) (?:subscribers|members|supporters)\s*:/iu,
      // The house's own offer: "Get our free 2026 outlook", "Download our free guide", "Start your free trial".
      /\b(?:get|download|claim|grab|request) our free\b|\bstart (?:your |a )?free trial\b/iu,
      // A donation appeal: "£10 could pay for an hour of our helpline", "Donate today →", "Give £5 a month".
      /\bdonate (?:today|now|here|monthly)\s*[→›>»]?$|^donate$/iu,
      // "If this guide helped you, please give what you can."
      /\bplease (?:give|donate|chip in|contribute) what(?:ever)? you can\b/iu,
      // A tip jar: "Like this? Buy Mo a cuppa ☕ — it keeps the site ad-free", "Buy me a coffee".
      /\b[Bb]uy (?:me|us|\p{Lu}\p{Ll}+) an? (?:coffee|cuppa|tea|pint|beer)\b/u,
      /^[£$€]\s?\d[\d,.]*\s+(?:could|can|will|would)\s+(?:pay|buy|fund|help|provide|keep|cover|give)\b/iu,
      /^(?:give|donate|chip in|pledge)\s+(?:just |only )?[£$€]\s?\d/iu,
    ],
  },
  {
    // A metered paywall, written to the reader in sentences and often printed mid-article: "You have 3 free articles
    // left", "You're reading 2 of 3 free stories this month", "You've reached your limit of free articles".
    name: 'paywall meter',
    maxWords: 30,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /\b(?:\d+|one|two|three|four|five|ten)(?: of (?:\d+|one|two|three|four|five|ten|your))? free (?:articles?|stories|reads|pieces)\b/iu,
      /\bfree (?:articles?|stories) (?:left|remaining)\b/iu,
      /\b(?:reached|used up|hit) (?:your|the) (?:monthly )?(?:limit|maximum|quota) of free\b/iu,
      // The gate's door left open: "This article is free for everyone", "This story is free to read".
      /^this (?:article|story|piece|guide|report) is (?:free|unlocked|open) (?:for everyone|for all|to read|to all)\b/iu,
      // Its price beside it: "Subscribe from 9.99 crowns a month. Cancel anytime."
      /\bcancel (?:any ?time|at any time)\b/iu,
    ],
  },
  {
    // What the page asks its readers to do, in sentences: send in pictures or tips, reply, install the app, tap a
    // map open. "Have photos or video? Upload them at ...", "Reply to this email to share your reaction",
    // "Download the Channel 4 Weather app for live radar", "Map (interactive) — tap to expand".
    name: 'call to the reader',
    maxWords: 40,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      // Addressed to the reader ("send us your photos", "share your views"); "experts share tips" is a headline.
      /\b(?:send|upload|submit|share|email|e-mail|text|whatsapp) (?:us (?:your |any )?|your )(?:photos?|pictures?|videos?|footage|news tips?|tips?|story ideas?|stories|reactions?|views|thoughts|experiences?)\b|^get in touch\b|\b(?:have|got) (?:photos|pictures|video|an? (?:[\p{L}-]+ )?(?:tip|story))\b[^.?!]{0,30}\?/iu,
      // Where to write in, with the address: "Have you been affected? Email newsdesk@courier.example or call ...".
      /^(?:have you been|were you) (?:affected|caught up|hit)\b[^.?!]{0,60}\?|\b(?:email|e-mail|contact|write to)\s+[\w.+-]+@[\w-]+\.[\w.]+/iu,
      // Where the page sends the reader: "Call the newsdesk on ...", "Contact our readers' editor".
      /\b(?:call|ring|phone|email|e-mail|contact|tell|write to) (?:the|our) (?:news ?desk|newsroom|editorial team|readers['’]? editor|corrections (?:team|desk))\b/iu,
      // Where to send them: a web address or a phone number ("text them to 555-0172"), not "send them to Greece".
      /\b(?:upload|send|text|email|e-mail) (?:them|it|yours) (?:at|to) (?:[\w-]+\.[a-z]{2,}\S*|\+?\d[\d -]{5,})/iu,
      /\breply to this (?:e-?mail|newsletter|message)\b|\bwe (?:may|reserve the right to) edit (?:for|letters|submissions|responses|replies)\b/iu,
      // An order to the reader opens the line; "Residents were told to download the emergency app" is reporting.
      /^(?:download|install|get) (?:the |our )?(?:free )?(?:[\p{L}\p{N}&'’-]+ ){0,5}app\b(?: for| to| on| and|\s*$)/iu,
      /\b(?:tap|click|swipe) (?:here |on (?:it|the \p{L}+) )?(?:to|for) (?:expand|enlarge|zoom|view|see|load|open|play|read|the full|full|more|details)\b/iu,
      /\((?:interactive|graphic|map|video|widget)\)|\bmay take a (?:moment|few seconds|while) to load\b/iu,
      // The page's own tool, copied as text: a form's blanks, its prompt, its button. "Flight number ____ Date ____
      // [Check my claim]", "Type your flight number to see if you're affected  [ GO ]".
      /_{3,}|\[\s*\p{L}[\p{L}'’ ]{0,24}\]\s*$/u,
      /^\W*(?:type|enter|put) (?:in )?your (?:[\p{L}-]+ ){0,2}(?:number|postcode|post code|zip code|e-?mail|address|reference|name)\b/iu,
      /^\W*(?:[\p{L}'’&-]+ ){0,3}(?:calculator|checker|estimator|tracker|planner|finder)\s*[:—–]\s*\p{L}/iu,
      /\b(?:data|figures|feed|table|map|page|times|results?) (?:refresh(?:es)?|updates?|reloads?) (?:every|automatically)\b/iu,
    ],
  },
  {
    // A box of help lines beside a story about danger or distress: "If your life is in danger, call 000", "If you
    // are affected by this story, contact Samaritans on 116 123", "Tune to Coast FM 98.1 for emergency broadcasts".
    name: 'help-line box',
    maxWords: 45,
    closesArticle: false,
    writtenAsSentences: true,
    // Advice that an official gave ("..., the fire chief said") is the article's report of it, not the box.
    patterns: [
      /^(?!.*\b(?:said|says|told|urged|advised|warned|added)\b).*(?:\bif (?:your|someone'?s) life is (?:in danger|at risk)\b|\bin an emergency,? (?:always )?(?:call|dial|ring)\b)/iu,
      /^(?!.*\b(?:said|says|told|urged|advised|warned|added)\b)if you(?: or someone you know)?\b[^.]{0,120}\b(?:call|ring|phone|text|contact|visit|check)\b[^.]{0,80}(?:\b\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|\b(?:helpline|hotline|website|information line|crisis line)\b)/iu,
      // "If you have been affected by this story, the charity Hushwing offers free support on 0808 ...".
      /^if you(?:'ve| have)? (?:been )?affected by (?:this|the issues|any of the issues|anything)\b/iu,
      /^(?!.*\b(?:said|says|told|urged|advised|warned|added)\b)(?:tune|listen) (?:in )?to\b.{0,50}\b\d{2,3}(?:\.\d)?\s?(?:FM|AM|MHz)\b/iu,
    ],
  },
  {
    // A sponsor's box set into the page and its credits: "Sponsored by Hallgren Bank. Our editorial team was not
    // involved", "Support for OPR News comes from Halberd Credit Union", "— SPONSORED CONTENT —".
    name: 'sponsor credit',
    maxWords: 40,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      // "Sponsored by X." names the sponsor and stops; "Supported by a grant from ..., the study found" goes on.
      /^(?:sponsored|brought to you|underwritten) by [^,.;]{1,60}(?:\.|$)/iu,
      // ... or names it and its slogan after a dash: "Sponsored by Brightline Leak Detection – handheld lasers from £1,950".
      /^(?:sponsored|brought to you|underwritten) by [^,.;–—|]{1,60}\s[–—|]\s/iu,
      // ... or closing a box: "Blaze Money Tip: Check your early repayment charges first. Sponsored by FixFinder".
      /[.!?]\s+(?:[Ss]ponsored|[Bb]rought to you|[Uu]nderwritten) by (?:\p{Lu}[\p{L}\p{N}&'’.-]*\s?){1,4}$/u,
      /\b(?:editorial|newsroom|news) (?:team|staff|department|desk|journalists)(?: (?:was|were|has|had|is|are))? not (?:involved|responsible)\b/iu,
      /^support for (?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]* ){1,5}(?:comes|is provided) (?:from|by)\b/iu,
    ],
  },
  {
    // A list of files to download beside the text: "Indictment (PDF, 2.4 MB)", "Full report [PDF 610KB]".
    name: 'file download link',
    maxWords: 16,
    closesArticle: false,
    patterns: [
      /[([]\s*(?:pdf|docx?|xlsx?|csv|zip|pptx?|mp3|mp4|epub)\b[^)\]]{0,20}\d\s?(?:kb|mb|gb|rows|pages)\s*[)\]]|\b(?:download|view) (?:the )?(?:pdf|document)\b/iu,
    ],
  },
  {
    // Readers' reactions printed under the story: "What readers are saying", then each one a quotation signed
    // "(Pieter, Lenswold)" or "(R.K., by email)".
    name: 'reader reactions',
    maxWords: 60,
    closesArticle: false,
    patterns: [
      /^(?:what (?:our )?(?:readers|you|listeners|viewers) (?:are saying|said|think|told us)|your (?:views|letters|reactions|say)|readers'? (?:letters|reactions|views|comments|responses)|letters to the editor)\s*:?$/iu,
      /^[“"][^“”"]{3,}[”"]\s*\((?:[\p{Lu}][\p{L}.'’-]*\s?){1,3}(?:,\s*(?:by (?:e-?mail|text|letter)|via \p{L}+|[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)?))?\)$/u,
      // A comment signed before its text, with when it was posted: "Dawn R. · 19 Nov 2026 at 09:12 — Rang TEN twice",
      // "↳ Mo Achterberg (author) · 09:40 — Put it in writing".
      /^(?:↳\s*)?[\p{Lu}][^·—–\n]{0,40}\s·\s[^·—–\n]{0,24}\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s[—–]\s\S/iu,
    ],
  },
  {
    // The frame of a newsletter read as an email: the web-version link, the forwarding prompt, the sponsor line.
    name: 'email newsletter frame',
    maxWords: 30,
    closesArticle: false,
    patterns: [
      /\bview (?:this|the|it) (?:e-?mail|newsletter|message|issue|briefing|bulletin|edition|digest)\b.{0,20}\b(?:browser|online|on the web|web)\b/iu,
      /\b(?:forwarded|was forwarded) (?:this|the|an?) (?:e-?mail|newsletter|message|issue)\b/iu,
      // "View in browser | Forward to a colleague": the same links, told in three words.
      /^view (?:online |it )?in (?:your |a |the )?(?:web )?browser\b|\bforward (?:this |it )?to a (?:colleague|friend)\b/iu,
      /\b(?:you are|you're|you were) receiving this\b|\bunsubscribe\b/iu,
      // "You are receiving Quarry Brief because you are a member of ...": why this email came, by name.
      /^(?:you are|you're|you were) receiving .{1,60} because (?:you|your)\b/iu,
      // "Members' edition — please do not forward outside your organisation".
      /\b(?:do not|don't) (?:forward|redistribute) (?:this|it|outside|beyond)\b|^(?:members?|subscribers?)['’]? (?:edition|copy|issue)\b/iu,
      // "Having trouble reading this? Open the web version".
      /\b(?:trouble|problems?|difficulty) (?:reading|viewing|seeing|displaying) this\b|\b(?:open|view|read|see) (?:the|a|our) (?:web|online|browser) version\b/iu,
      /\bsubscribe here\b/iu,
      /\b(?:this|today'?s|this (?:week|month)['’]?s) (?:issue|edition|newsletter|e-?mail|briefing|episode|podcast|bulletin|section|series) (?:is|was|has been|comes) (?:kindly )?(?:supported|sponsored|brought to you|made possible|presented|funded|powered|underwritten) by\b/iu,
    ],
  },
  {
    // A reader poll or quiz put beside the article: "POLL: Should the quay stay shut?", "Take our quiz".
    name: 'reader poll or quiz',
    maxWords: 25,
    closesArticle: false,
    patterns: [
      /^(?:(?:reader|quick|our|today'?s|daily) )?(?:poll|quiz|survey|vote|have your say|your say)\s*(?:[:|–—-]|$)/iu,
      /\b(?:take|answer|complete) (?:our|the|this) (?:poll|quiz|survey)\b|\bvote now\b|\bview results\b/iu,
    ],
  },
  {
    // A newspaper's motto under its name: "Your town, every Thursday — since 1894", "Est. 1851". A headline may say
    // "worst floods since 1953", but not after a dash, and it does not start with "Est.".
    name: 'masthead motto',
    maxWords: 16,
    closesArticle: false,
    patterns: [
      /[—–|·,]\s*(?:since|est\.?|established|founded)(?: in)? (?:1[5-9]|20)\d{2}\s*$/iu,
      /^(?:est\.?|established|founded)(?: in)? (?:1[5-9]|20)\d{2}\b/iu,
      /^serving\b.{0,40}\bsince (?:1[5-9]|20)\d{2}\s*$/iu,
      // A station's or a paper's boast: "Corrow Valley's News Leader", "Your Trusted News Source", "The Region's #1
      // Weather Team". A headline about the news business names a company, not "X's news leader".
      /(?:['’]s|\byour|^the|[|·–—-]\s*the) (?:(?:#1|no\.? ?1|number one|first|leading|trusted|most trusted|local|only|home for) )*(?:news|weather|information) (?:leader|authority|source|team|voice)\s*$/iu,
      // "... — by readers, for readers", "of the people, by the people, for the people": the slogan's figure.
      /\bby (?:the )?(\p{L}+), for (?:the )?\1\b/iu,
      // "Local news for Saltmarsh and the Flats", "Independent journalism for the North East": what the site is.
      /^(?:(?:independent|local|community|hyperlocal|trusted|honest|fearless|free|quality|award-winning|non-?profit|reader-funded|people-powered)\s+)+(?:[\p{L}-]+\s+)?(?:news|journalism|reporting|stories)(?: and [\p{L}]+)?(?: (?:for|from|about|in|you can trust)\b|\s*[.·|]|\s*$)/iu,
      // "News for people who'd rather be asleep", "Recipes for people who hate cooking": who the site is for.
      /^(?:[\p{L}'’-]+\s+){0,2}(?:news|journalism|reporting|stories|advice|recipes|tips|ideas|writing) for (?:people|readers|anyone|everyone|those|folks|grown-ups) (?:who|that|with)\b/iu,
    ],
  },
  {
    // A video's subtitles or transcript printed as text: "CC [alarm sounding] CREW MEMBER: Please stay calm."
    name: 'video subtitles',
    maxWords: 40,
    closesArticle: false,
    patterns: [/^CC\b/u, /^\[(?:\p{Ll}+ ?){1,4}\]/u, /♪/u],
  },
  {
    // A post embedded from a social network: its handle on a line of its own, its text with hashtags and emoji.
    name: 'embedded social media post',
    maxWords: 60,
    closesArticle: false,
    patterns: [
      /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}@[\p{L}\p{N}_]{2,}\s*$/u,
      /(?:^|\s)#\p{L}[\p{L}\p{N}_]*.*\p{Extended_Pictographic}|\p{Extended_Pictographic}.*(?:^|\s)#\p{L}/u,
      /(?:^|\s)[#@]\p{L}[\p{L}\p{N}_]*\s.*(?:^|\s)#\p{L}[\p{L}\p{N}_]*/u,
    ],
  },
  {
    name: 'comment or rating widget',
    maxWords: 10,
    closesArticle: true,
    patterns: [
      /\b(?:leave|post|add|write|submit|show|view|hide|load|read|see|join) (?:a |an |the |all |your |our )?(?:\d+ )?(?:comments?|reply|replies|responses?|discussion|conversation)\b/iu,
      /^(?:(?:\d[\d.,]*[km]?|no)\s+)?(?:comments?|replies|responses|reactions)(?:\s*\(\d+\))?\s*:?$/iu,
      // Whose comments they are, with their count: "Member comments (3)", "Readers' comments (12)".
      /^(?:members?|readers?|users?|subscribers?|your|public)['’]? (?:comments?|replies|responses|reactions)\s*(?:\(\d+\))?\s*:?$/iu,
      /^(?:\d+|one|two|three|four|five) (?:thoughts?|responses?|comments?|replies|reactions) (?:on|to)\b/iu,
      /^\S+(?: \S+){0,3} (?:says|wrote|commented|replied):$/iu,
      /\brequired fields are marked\b|\bwill not be published\b/iu,
      /^comments?\s*[:(]/iu,
      /\b(?:article|user|star|reader|average) ratings?\b|^ratings?$|\brate this\b/iu,
      /\b(?:inline|send|give|leave|share your) feedbacks?\b|^feedbacks?$/iu,
      /\b(?:be the first to comment|notify me|newest first|oldest first|most voted|sort by|reply to this|report abuse)\b/iu,
      /\bcomments? (?:are|is|have been|has been) (?:now )?(?:closed|switched off|turned off|disabled|unavailable|not (?:available|enabled|open))\b/iu,
      /\b(?:was|is) this (?:article|story|page|information) (?:helpful|useful)\b/iu,
    ],
  },
  {
    // A count of votes, likes or views: polls, embedded posts and video players carry one, and they stand inside
    // the article as often as below it, so the count does not end the article the way a comments label does.
    name: 'engagement counter',
    maxWords: 10,
    closesArticle: false,
    patterns: [
      /\b\d[\d.,]*[km]?\s+(?:votes?|likes?|shares|reactions|thumbs up|upvotes?|followers|claps|views)\b/iu,
      // A blog's like button: "★ Like · 31 bloggers like this.", "Be the first to like this."
      /\b\d[\d.,]*\s+(?:bloggers?|people|others|readers) liked? this\b|^be the first to like this\b/iu,
    ],
  },
  {
    // The marks a wire service or a data provider puts on its copy: "Slug: BUDGET/ (UPDATE 2, adds comment)",
    // "(Corrects paragraph 3)", "Embargoed until 00:01 GMT", "Quote data delayed at least 15 minutes".
    name: 'wire or data-feed marking',
    maxWords: 25,
    closesArticle: false,
    patterns: [
      /^(?:slug|keywords?|wordcount|word count|priority|dateline|embargo(?:ed)?(?: until)?)\s*:/iu,
      /^embargoed\b/iu,
      /\((?:update|updates|adds|corrects|recasts|rewrites|refiles|repeats|fixes|changes|removes|updates with)\b[^)]*\)\s*$/iu,
      /\b(?:quotes?|quote data|prices?|market data|data) (?:are |is )?delayed (?:by )?(?:at least |up to )?\d+ ?(?:min|minutes)\b/iu,
      /\b(?:market data|quotes?|prices?) (?:provided|supplied|powered) by\b/iu,
    ],
  },
  {
    // A wire story's credits, often long: "Reporting by A in Tarrow and B in Corrow City; Writing by C; Editing by
    // D and E". The byline family stops at 14 words; these run on, and are credits however long.
    name: 'production credits',
    maxWords: 60,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /^\(?(?:additional )?(?:reporting|writing|editing|research) by\b[^.;]*;\s*(?:additional )?(?:reporting|writing|editing|research|graphics|production) by\b/iu,
      // "A reported from Osterlund; B reported from London. Editing by Sam Whitcombe.": the credits end the line.
      // A check's badge: "✓ Fact-checked by our science desk", "Medically reviewed by Dr Ana Ruiz".
      /^[✓✔☑]?\s*(?:fact[- ]?checked|checked|reviewed|medically reviewed|legally reviewed|verified|approved) by (?:[\p{L}'’.-]+ ?){1,6}$/iu,
      /(?:^|[.;]\s+)(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Ff]act-checking) by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:(?:,| and| &) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})*[.)]?$/u,
    ],
  },
  {
    // The note of a later version: "Updated 6.40am: This story has been updated with comment from Brackenridge
    // Power", and a correction box: "Correction, 7 June: An earlier version of this story gave the convenor's name as
    // Gary Lomas." Written in sentences. A correction is the newsroom's note about its article, set apart from the
    // text like a byline or a timestamp: what it corrects the article itself now says.
    name: 'update note',
    maxWords: 40,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /^this (?:article|story|piece|post|page|report) (?:has been|was|is being) updated\b/iu,
      /^updated\b[^:]{0,25}:\s*this (?:article|story|piece|post|page|report)\b/iu,
      // The change itself after the time: "Updated 14 March, 9.10am: adds the council's response".
      /\ban? (?:earlier|previous|original) version of this (?:article|story|piece|post|page|report|blog|live blog|entry)\b/iu,
      /^(?:this|the) (?:article|story|piece|post|page|report) (?:was|has been) (?:amended|corrected)\b/iu,
      /^corrections?(?: and clarifications)?$/iu,
      // What a live page leaves on the story made from it: "This article is based on our live coverage, which has
      // now ended", "Pinned post from the live page".
      /^(?:this|the) (?:article|story|piece|report|page) (?:is|was) based on (?:our|the) (?:live|earlier|rolling)\b|\b(?:our|this|the) live (?:coverage|blog|page|updates?) (?:has|have|is) (?:now )?(?:ended|finished|closed)\b/iu,
      /^\W*pinned (?:post|comment|update|message|entry)\b/iu,
      /^(?:updated|amended|edited)\b[^:]{0,40}\d[^:]{0,20}:\s*(?:added|adds|adding|updated|updates|corrected|corrects|clarified|clarifies|changed|removed|includes?|with|new)\b/iu,
    ],
  },
  {
    // A note about the article rather than part of it: "This article is translated from Norwegian by the
    // editorial staff", "This story was originally published by ProPublica".
    name: 'editorial note',
    maxWords: 30,
    closesArticle: false,
    patterns: [
      /^(?:this|the) (?:article|story|piece|report|text|interview|post) (?:is|was|has been) (?:\p{L}+ )?(?:translated|machine-translated|republished|syndicated|adapted)\b/iu,
      /^(?:this|the) (?:article|story|piece|report|post) (?:was |is |first )?(?:originally |first )?(?:published|appeared) (?:in|on|by|at)\b/iu,
      /^(?:translated|adapted) (?:from|by)\b.{0,60}$/iu,
      /\brepublished (?:here )?(?:with permission|under a creative commons)\b/iu,
    ],
  },
  {
    // A note on the page's own standards or on how the text was made, not part of the story: "This guide is for
    // general information and does not replace advice from your doctor", "This transcript was generated
    // automatically and may contain errors", "Spotted a mistake? Tell our corrections desk", "Not affiliated with
    // any government body", "End of transcript", and a form's promise about the reader's data ("We will only use
    // your email to send you the newsletter").
    name: 'site policy or disclaimer',
    maxWords: 40,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /\b(?:does|do|is|are|should|can|will) not (?:replace|substitute for|take the place of|constitute)\b.{0,40}\b(?:advice|diagnosis|treatment|consultation|counsel)\b/iu,
      /\bnot (?:intended|meant|designed) (?:as|to (?:replace|be|provide))\b.{0,40}\b(?:advice|diagnosis|treatment)\b/iu,
      /^(?:this|the|our) (?:article|page|post|content|information|guide|site|website|newsletter|blog) (?:is|are) (?:provided |intended |written )?for (?:general )?(?:information|educational|informational|entertainment)\b/iu,
      // A strap that disowns ties: "Not affiliated with any ...", with no subject, so not "The group is not ...".
      /(?:^|[.!?]\s+)not (?:affiliated|associated|connected) with\b/iu,
      /^(?:this|the) (?:transcript|captions?|subtitles|summary|translation|recording|text|article|story|audio)\b[^.]{0,30}\b(?:produced|generated|created|transcribed|translated|written|made)\b[^.]{0,20}\b(?:automatically|by (?:ai|a machine|machine|software|computer|an? (?:ai|automated|automatic)\b))/iu,
      /^(?:transcript|recording|broadcast|bulletin|audio|video) (?:ends|ended|begins|starts)\b|^(?:end|start) of (?:the )?(?:transcript|recording|bulletin|broadcast)\b/iu,
      /\b(?:spotted|seen|found|noticed|see) (?:an? |any )?(?:error|mistake|typo|inaccuracy|factual error)s?\b[^.?!]{0,30}\?/iu,
      /\bwe(?: will|'ll|’ll) (?:only |never )?(?:use|share|sell|pass on) your (?:e-?mail|email address|details|data|personal (?:data|information)|information)\b/iu,
      // How the site is paid for, told to the reader: "Disclosure: Fair Fuse is reader-funded", "We may earn a
      // commission from links on this page".
      /^(?:affiliate |editorial )?disclosure\s*:/iu,
      // A writer's disclosure: "Nothing in Rate & Reason is investment advice. I hold no positions in ...".
      /\bnothing (?:in|on) (?:this|[\p{L}\p{N}&'’ ]{1,30}) is (?:investment|financial|legal|medical|tax) advice\b|\b(?:i|we) (?:hold|have) no (?:positions?|holdings|financial interest)\b/iu,
      /\b(?:we )?(?:may )?(?:earn|receive|take) (?:a )?(?:small )?commission\b|\baffiliate links?\b/iu,
      // "PPB is not responsible for the content of external sites", "... for third-party flight data".
      /\bnot responsible for (?:the )?(?:content of )?(?:external|third[- ]party|other|linked)\b|\bapproach to (?:external )?linking\b/iu,
      /\b(?:readers['’]?|public|standards) editor\b|\bcommitted to (?:accurate|fair|impartial|independent|responsible|accurate and fair|fair and accurate) (?:reporting|journalism)\b/iu,
    ],
  },
  {
    // A live question-and-answer box set into the page: its label, readers' signed questions, the prompt to ask.
    // "LIVE Q&A · Budget: our economics editor is answering your questions", "Q from Priya, Leeds: ...",
    // "Ask your question", "More answers below".
    name: 'live Q&A widget',
    maxWords: 40,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /^live (?:q ?& ?a|q and a|chat|questions?(?: and answers)?)\b/iu,
      /^(?:ask|submit|send|post|put) (?:us |the \p{L}+ )?(?:your|a) questions?\b/iu,
      /^[Qq](?:uestion)? from \p{Lu}[\p{L}'’.-]*(?:[ ,]+\p{Lu}[\p{L}'’.-]*){0,4}\s*:/u,
      /\bmore (?:answers|questions|replies) (?:below|above|to come)\b/iu,
    ],
  },
  {
    // A list of clips beside the text: "VIDEO ▸ Minister on the budget · 1:42", "▶ Watch: flood footage (0:58)".
    // A play mark after a media label, or a running time closing a line that a media label or play mark opens.
    name: 'video or audio clip',
    maxWords: 30,
    closesArticle: false,
    patterns: [
      /^(?:video|audio|watch|listen|podcast|clip)\s*[▸▶►▷⏵]/iu,
      // The play mark first: "▶ VIDEO: Moment coastguard winches family from caravan roof".
      /^[▸▶►▷⏵]\s*(?:video|audio|watch|listen)\s*:/iu,
      /^(?:🎧|🔊|🎙️?)\s*(?:[\p{L}-]+ ){0,3}[·|–—-]?\s*\(?\d{1,2}:\d{2}\)?\s*$/u,
      // The running time may be bracketed: "▶ WATCH: How to spot a fake refund email (1:58)".
      // A speaker or play mark may come first: "🔊 Audio: Harriet Quarmby's statement in full (02:41)".
      /^(?:(?:🎧|🔊|🎙️?|▶️?)\s*)?(?:(?:video|audio|watch|listen|podcast|clip)\s*[:|·]|[▸▶►▷⏵])\s*\S.*[\s·|–—-]\(?\d{1,2}:\d{2}\)?\s*$/iu,
      // A show's episode: "Podcast: Braith Talks, Episode 112: Who runs City Hall now?"
      /^(?:podcast|listen|watch)\s*:.*\b(?:episode|ep\.?) \d+\b/iu,
    ],
  },
  {
    // An advertisement carried with its label, or the shop links of an affiliate post: "AD · Moving house? 20% off
    // with code MOVE20", "Shop now →", "This post contains affiliate links", "£24.99 at Brightwick Baby*".
    name: 'advertisement or shopping link',
    maxWords: 45,
    closesArticle: false,
    writtenAsSentences: true,
    patterns: [
      /^(?:ad|advert|advertisement|sponsored|promoted|paid (?:post|promotion|partnership)|partner offer)\s*[·|:–—•]\s*\S/iu,
      /\b(?:with|use|enter) (?:the )?(?:code|promo code|voucher code|discount code|coupon)\s+[A-Z0-9]{4,}\b/u,
      /\baffiliate (?:links?|partners?|programmes?|programs?|commissions?)\b|\b(?:earn|make|receive|get) (?:a )?(?:small )?commission\b/iu,
      // A link button: an order to shop, then an arrow. "See the full list ›" leads elsewhere in the same way.
      /^(?:shop|buy|order|browse|get|see|view|explore|discover|book)\b(?: [\p{L}\p{N}'’&-]+){0,6}\s*[›→»]\s*$/iu,
      // A shop's offer: "Black Friday starts NOW: up to 60% off air fryers", "free quote from Vale Shades".
      // A sentence that reports a sale ends like one: "Some shops offered up to 70% off."
      /\b(?:up to|save|extra|get) \d{1,2}% off\b[^.!?]*$|\bfree (?:quote|quotation|estimate|valuation)s?(?: from\b|\s*[›→»]?\s*$)/iu,
      // The button after a pitch: "... when the network doesn't. Book a demo →".
      /[.!?]\s+(?:shop|buy|order|get|book|try|request|start|learn|find out|sign up)\b(?: [\p{L}\p{N}'’&-]+){0,4}\s*[›→»]\s*$/iu,
      /\b(?:book|request|schedule|arrange) (?:a|your) (?:free )?(?:demo|trial|consultation)\b/iu,
      // A price at a shop closing the line, often with the affiliate mark: "£24.99 at Brightwick Baby*".
      /[£$€]\s?\d[\d,.]*\s+(?:at|from)\s+\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}\s*\*?\s*$/u,
      // A shop's offer: "Deal of the day: ...", "(was £129)", "RRP $40".
      /^(?:deal|offer|bargain|pick|buy) of the (?:day|week|month)\b|\((?:was|rrp|save|down from|usually) [£$€]\s?\d/iu,
      // A betting or gaming ad's small print: "18+ T&Cs apply", "BeGambleAware.org", "no deposit needed".
      /\bt\s?&\s?cs? apply\b|\bbe ?gamble ?aware\b|\bgamble responsibly\b|\bno deposit (?:needed|required|bonus)\b|\b(?:18|21)\+ (?:only|t\s?&\s?cs?)\b/iu,
    ],
  },
  {
    name: 'more-headlines label',
    maxWords: 12,
    closesArticle: true,
    textMayResume: true,
    patterns: [
      /^(?:read|see|show|load|view|watch) (?:more|also|next|all)\b/iu,
      // A box of the paper's notices set between paragraphs: "Local notices" over a planning application.
      /^(?:local|public|legal|family|community) notices$/iu,
      /\b(?:related|latest|recent|popular|trending|recommended|featured|top|more|similar|other|must-read|editors?'?s?) (?:articles?|stories|news|posts|reads|headlines|videos|content|coverage|links|picks|topics)\b/iu,
      /^(?:most (?:read|popular|viewed|shared|commented|watched)(?: (?:in|on|from) [\p{L}&' ]{2,24})?|trending(?: now)?|editors?'?s? (?:picks?|choice)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:read|see|on)|see also|further reading|don'?t miss|in case you missed it|what to read next|recommended(?: for you)?|continue reading|read the full (?:story|article)|(?:the )?latest|related|up next|more (?:from|on|in|about|like this)\b[^.!?]*)\s*:?$/iu,
    ],
  },
  {
    name: 'link to another story',
    maxWords: 20,
    closesArticle: false,
    patterns: [
      /^(?:also read|read more|read also|related|see also|also watch|watch|listen|more|recommended|more on this (?:story|topic|subject))\s*[:|–—-]\s*\S/iu,
      // A blog's links to the posts before and after: "« Bin collections: the new calendar | Roadworks extended »".
      /^[«‹←].{3,}[»›→]$/u,
      // "Watch live: HVT Evening News at 6.30pm", "← Previous post: Heat domes and soil moisture, a short primer".
      /^(?:watch|listen) (?:live|again|now)\s*[:|–—-]\s*\S/iu,
      /^[«‹<←]\s*(?:previous|prev|older|next|newer) (?:post|article|story|entry)\s*:/iu,
      // A broadcaster's link to its live page: "Live: Tolland power cut — latest updates as final homes reconnected".
      /^live\s*:.*\blatest(?: updates| news)?\b/iu,
    ],
  },
  {
    name: 'copyright or site footer',
    maxWords: 45,
    closesArticle: true,
    patterns: [
      /©|\(c\)\s*\d{4}/iu,
      /\bcopyright\b/iu,
      /\ball rights reserved\b/iu,
      /\bterms (?:of|and) (?:use|service|conditions)\b/iu,
      /\bprivacy (?:policy|notice|statement)\b/iu,
      /^(?:about|contact) us\b|\b(?:about|contact) us$/iu,
      /\b(?:accessibility statement|advertise with us|corrections policy|cookie policy|legal notice|imprint)\b/iu,
      // The publisher's company details: "published by Marlpit Media Ltd, registered in England No. 04481230".
      // A number is what makes it the footer: "The charity, registered in England and Wales, runs 12 shelters" is not.
      /\bregistered in (?:england|scotland|wales|northern ireland|ireland)(?: (?:and|&) wales)?,? (?:no\.?|number|company (?:no\.?|number))\s*:?\s*\d{5,}|\bcompany (?:no\.?|number|registration number)\s*:?\s*\d{6,}/iu,
      /\b(?:our|editorial) (?:standards|principles|ethics policy|code of conduct)\b/iu,
      /^disclaimer\b|\b(?:syndicated feed|has not been edited by|auto-generated from)\b/iu,
      // The publisher's disclaimer: "does not constitute investment advice", "for information purposes only".
      /\b(?:does|do|should) not constitute\b.{0,40}\badvice\b|\bnot (?:intended as|a substitute for)\b.{0,30}\badvice\b/iu,
      /\bfor (?:general )?information(?:al)? (?:purposes )?only\b|\bviews expressed (?:here|in this \w+ )?are (?:those|the)\b/iu,
    ],
  },
  {
    name: 'byline or author credit',
    maxWords: 14,
    closesArticle: false,
    patterns: [
      // "By -", "By Jane Doe", "By Jane Doe and John Roe, Reuters": the words after "By" are names, not a clause.
      /^by\s*(?:[-–—:|]\s*)?$/iu,
      // A blog's post line: "Posted by the News Desk in News, Campus".
      /^[Pp]osted by (?:the |our )?(?:\p{Lu}[\p{L}'’.-]*\s*)+(?:in (?:\p{Lu}[\p{L}&'’-]*(?:,\s*|\s+and\s+|\s*$))+)?$/u,
      /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Pp]osted|[Rr]eported|[Pp]ublished) )?[Bb][Yy]\s*[-–—:|]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|van|von|der|al|bin|el|la|le))*\s*(?:$|[,|·•–—-]|\bin\b)/u,
      /^(?:author|authors|reporter|writer|editor|correspondent|contributor)s?\s*:/iu,
      // A desk's credit: "From the Policy and Casework Team", "By the Editorial Board", "From our Health Desk".
      /^(?:[Ff]rom|[Bb]y) (?:the|our) (?:(?:\p{Lu}[\p{L}\p{N}&'’-]*|and|&) )*(?:[Tt]eam|[Dd]esk|[Uu]nit|[Nn]ewsroom|[Ss]taff|[Ee]ditors|[Ee]ditorial [Bb]oard|[Bb]oard)$/u,
      // "Text: Jonne Ekvall   Photo: Sanna Dahl": the credit for the words, often beside the photographer's.
      /^(?:[Tt]ext|[Ww]ords|[Ss]tory|[Ii]nterview)\s*:\s*\p{Lu}/u,
      /^\(?(?:\p{L}+ ){0,2}(?:reporting|writing|editing|research|graphics|production|compiled|produced|translated|edited|curated|written) by\b/iu,
      /^\(?with (?:inputs|input) from\b|^\(?with (?:agency|wire) inputs\)?/iu,
      // "Via Varnholt Business Weekly", "(via Reuters)": the outlet a summary or a picture was taken from.
      // Only capitalised words follow: "Via Rail cancels trains after strike" is a headline.
      /^\(?[Vv]ia\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*){1,4}(?:\([^)]*\))?\)?$/u,
      /^(?:staff (?:writer|reporter)|(?:senior |chief |foreign |political |special |guest )?(?:correspondent|reporter|editor|columnist|contributor|writer))$/iu,
    ],
  },
  {
    name: "author's biography",
    maxWords: 60,
    closesArticle: true,
    patterns: [
      /^about the authors?\b|^written by\b/iu,
      // "About Mo: ex-call-centre manager turned billing nerd": a blogger's note on themselves, by first name.
      /^[Aa]bout (?:me|us|\p{Lu}\p{Ll}+)\s*:\s/u,
      // "Jane Roe is a reporter ...", "Pieter Vandersloot is BoxLine's technical editor": a name, then the job,
      // with the publication's name or an article before it.
      /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3} (?:is|was|has been|works as|serves as) (?:a|an|the|our|(?:The )?\p{Lu}[\p{L}\p{N}&.-]*['’]s?)\b[^.]{0,80}\b(?:reporter|correspondent|journalist|writer|columnist|contributor|editor|producer|author|blogger|photographer|presenter|critic)\b/u,
      // "Róisín Daly has covered Brennock's waterfront for the Tidings since 2004": a name, then the beat.
      /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} (?:has (?:covered|reported on|written about|written for|edited|been covering|been reporting on|been writing about)|covers|reports on|writes about|writes for)\b/u,
      /\b(?:follow|reach|contact|email) (?:him|her|them|the author) (?:on|at|via)\b/iu,
      // A newsletter writer's note: "Lena Aurich was an economist at the CRB ... She writes Rate & Reason from X."
      /(?:^|[.]\s+)(?:[Ss]he|[Hh]e|[Tt]hey|I) (?:writes?|edits?|publishes) (?:(?:\p{Lu}[\p{L}\p{N}'’.-]*|&)\s){1,5}(?:from|in|out of) \p{Lu}/u,
    ],
  },
  {
    name: 'reading time or media player',
    maxWords: 12,
    closesArticle: false,
    patterns: [
      /\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+(?:read|listen|watch)\b/iu,
      /\b(?:reading|listening) time\b/iu,
      /(?:^|[^\p{L}\s]\s*)listen to (?:this|the) (?:article|story|piece)\b/iu,
      /\b(?:ai|computer)[- ]generated (?:voice|audio|narration)\b|\bnarrated by\b/iu,
      /^(?:watch|listen|play)(?: (?:video|audio|now|live|again|the video))?\s*[:▶]?$/iu,
      /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/u,
      /^(?:video|audio|podcast|live|gallery|slideshow|photos?|images?)\s*[:|]?\s*\d*$/iu,
      // The player's own messages and its live feed's controls: "Up next in 5 seconds: ...", "Video unavailable?
      // Listen on ...", "Live updates", "Auto-refresh ON", "Read transcript".
      /^up next(?: in \d+ ?(?:s|secs?|seconds))?\s*[:|]/iu,
      /\b(?:video|audio|media|player|stream)(?: playback)? (?:is )?(?:unavailable|not available|cannot be played|failed to load|not supported)\b/iu,
      // A broadcaster's other versions of its clip: "Sign language version available on LVB Player".
      /\b(?:[Ss]ign language|[Ss]igned|[Aa]udio[- ]described|[Ss]ubtitled) version\b|\bavailable on (?:the )?(?:\p{Lu}[\p{L}\p{N}]*\s){1,3}(?:[Pp]layer|[Aa]pp)\b/u,
      /^(?:live (?:updates|blog|coverage|feed)|auto-?refresh(?: (?:on|off))?|(?:read|show|hide|view) (?:the )?(?:full )?transcript)$/iu,
    ],
  },
  {
    name: 'image caption or photo credit',
    maxWords: 45,
    closesArticle: false,
    patterns: [
      /^(?:photo|image|picture|photograph|illustration|graphic|video|file photo|credit|caption|source)s?\s*(?::|by\b|credit\b)/iu,
      /^(?:media|image|photo|video) (?:caption|source|credit|copyright)\b/iu,
      /\b(?:photo|image|picture|photograph|illustration)s?\s*(?:credit\b|by\b)/iu,
      // "Image:" may be glued to the caption before it when a page is copied ("e-fuelsImage: Jane Doe/dpa").
      /(?:Photo|Image|Picture|Photograph|Illustration|Foto|Credit)s?\s*:\s*\p{Lu}/u,
      // "Kai Pfaffenbach/Reuters": a photographer's name and agency joined by a slash.
      // (Written from the slash back, so that lines without one are passed over quickly.)
      /(?<=\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\/\p{L}+/u,
      // The same credit on its own line, spaced: "Kwame Idowu / OPR", "Sanna Dahl / Getty Images".
      /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} \/ \p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2}$/u,
      /\b(?:getty images|shutterstock|alamy|istock(?:photo)?|unsplash|associated press photo|ap photo|afp via getty|epa-efe|pool photo|handout|picture alliance)\b/iu,
      // A credit in brackets at the end, like "(AN/TASS)" or "(Reuters/Jane Doe)", or "REUTERS/Jane Doe".
      /\((?:[\p{L}.&' -]{1,40}\/[\p{L}.&' -]{1,40})\)\s*$/u,
      /\b\p{Lu}{2,}\/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\)?$/u,
      /\((?:photo|image|file|picture)\b[^)]*\)/iu,
      /\brepresentati(?:ve|onal) (?:image|photo|picture)\b/iu,
      // An archive picture's label closing the caption: "... on a bend of the river. File photo: HPB archive".
      /\b(?:file|stock|library|archive) (?:photo|picture|image)\s*:\s*[^.!?]{1,40}$/iu,
      // The picture desk's sales link under a photo: "Buy this photo", "Order a print".
      /^(?:buy|purchase|order|license) (?:this|the|a) (?:photo|image|picture|print|photograph)s?$/iu,
      // The wire's licensing link, glued to the end of the caption: "... MPA/Joe Bloggs Purchase Licensing Rights".
      /\b(?:purchase|buy|obtain) (?:licensing|reprint|usage) rights$/iu,
      // A numbered figure's caption: "Figure 2: ...", "Chart 1. ...", "Fig. 3 –".
      /^(?:figure|fig\.|chart|graph|graphic|map|exhibit|diagram)\s*\d+[a-z]?\s*[:.–—-]\s*\S/iu,
    ],
  },
  {
    name: 'advertisement slot',
    maxWords: 8,
    closesArticle: false,
    patterns: [
      /^[\s—–-]*(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?)?|promoted(?: content| stories)?|paid (?:content|post|partnership)|partner content|ad feedback|report this ad)[\s—–-]*$/iu,
      /\b(?:sponsored|presented|promoted) by\b/iu,
      /\b(?:story|article|content) continues(?: (?:below|after)\b|$)/iu,
      /\bcontinue reading (?:the )?(?:main story|below)\b/iu,
      /\bscroll (?:down )?to continue\b/iu,
      /\badvertisement\b/iu,
      /\b(?:taboola|outbrain|revcontent|mgid)\b/iu,
    ],
  },
  {
    name: 'tags or topics list',
    maxWords: 30,
    closesArticle: true,
    // A broadcaster's "Related Topics" may sit between two parts of the story: the text goes on below it when the
    // paragraphs there are about the event, as below a box of related links.
    textMayResume: true,
    patterns: [
      /^(?:tags?|tagged|topics?|categories|category|filed under|related (?:topics|tags|searches)|keywords|labels?|more about)\s*[:|]/iu,
      /^(?:tags?|topics?|related topics|filed under|categories)$/iu,
    ],
  },
];
