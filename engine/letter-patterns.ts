/**
 * The shapes of the parts of a Dutch (and Flemish) letter or e-mail, one pattern per line kind. Whole-line tests:
 * a sentence in the body that mentions a phone number is still body.
 */

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

/** "Geachte mevrouw El Amrani,", "Beste ouders,", "Dag Oksana,", "Mevrouw, Mijnheer,", "Salaam en goeiedag allemaal,". */
export const GREETING =
  /^\s*(?:geachte|beste|lieve|dag|hallo|hoi|hey|hi|salaam|salam|goedemorgen|goedemiddag|goedenamiddag|goedenavond|goeiemorgen|goeiemiddag|goeienamiddag|goeieavond|goeienavond|goeiedag|goedendag|(?:mevrouw|meneer|mijnheer|mevrouw\/meneer)\s*,)(?:[\s,!]|$)/iu;

/**
 * A short wish that closes a letter ("Tot 2 juni,", "Veel succes met de voorbereiding!"); two joined by "en" close
 * it too ("Tot binnenkort en veel succes!").
 */
const WEEKDAY = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const WISH = String.raw`(?:(?:graag|hopelijk)\s+)?tot\s+(?:ziens|straks|snel|gauw|binnenkort|dan|morgen|later|(?:${WEEKDAY})|(?:(?:${WEEKDAY})\s+)?\d{1,2}\s+(?:${MONTHS}))|veel\s+(?:succes|geluk|moed|sterkte|\p{L}*plezier)(?:\s+(?:met|bij|op|voor|in)\s+[^.?!,]{1,40})?|succes|sterkte|(?:nog\s+)?(?:een\s+)?(?:fijne|prettige|mooie|goede)\s+(?:dag|avond|week|weekend|vakantie|middag|namiddag)|(?:alvast\s+)?bedankt|(?:een\s+)?(?:zalige?|gelukkig|vrolijke?|fijne|prettige|mooie)\s+(?:kerstfeest|kerstmis|kerst|nieuwjaar|feestdagen|eindejaarsfeesten|suikerfeest|offerfeest|pasen)`;

/**
 * "Met vriendelijke groeten", "Hoogachtend", "Groetjes,", "Tot dan!", "Alvast bedankt!", "Veel succes!", "Zalig
 * kerstfeest en een gelukkig nieuwjaar!".
 */
export const CLOSING = new RegExp(
  [
    String.raw`^\s*(?:${WISH})(?:\s*(?:,|en)\s+(?:${WISH}))*\s*[,.!]*$`,
    String.raw`^\s*(?:met\s+)?(?:(?:zeer\s+)?(?:vriendelijke|hartelijke|beste|warme|collegiale|fijne|veel|lieve)\s+)groet(?:en|jes)?\b`,
    String.raw`^\s*(?:hoogachtend|met de meeste hoogachting|groet(?:en|jes)|mvg|vriendelijke groet|kind regards|best regards)\b`,
    // The scouts' and guides' greeting: "Met een stevige linker,".
    String.raw`^\s*(?:met\s+)?een\s+(?:stevige\s+)?linker(?:poot|hand)?\s*[,.!]*$`,
    String.raw`^\s*(?:alvast\s+)?(?:hartelijk\s+|veel\s+|heel\s+erg\s+)?(?:bedankt|dank\s*(?:u|je|jullie)(?:\s+wel)?)(?:\s+alvast)?\s*[,.!]*$`,
    String.raw`^\s*(?:graag\s+|hopelijk\s+|en\s+)?tot\s+(?:ziens|straks|snel|gauw|binnenkort|dan|morgen|\S+(?:\s+\S+){0,2}\s*!)\s*[,.!]*$`,
    // "Bedankt en groeten,", "Nog een fijne dag en groetjes"
    String.raw`^[^.?]{0,40}\bgroet(?:en|jes)?\s*[,.!]*$`,
  ].join('|'),
  'iu',
);

/**
 * A short wish that may close a letter when a name follows it: a word of greeting, thanks or farewell, and the line
 * ends in "!" or "," ("Sportieve groeten en tot op training!", "Dank je en tot snel!", "Veel succes en een fijne
 * zomer!"), or a sentence that wishes the reader well ("Wij wensen u een goed herstel."). Looser than CLOSING, so
 * only taken with a signature under it (letter.ts).
 */
export const LOOSE_CLOSING =
  /^[^.?]{0,60}\b(?:groet(?:en|jes)?|tot\s+(?:ziens|snel|straks|gauw|dan|binnenkort|morgen|later|op|de|volgende)|succes|bedankt|dank\s+(?:u|je|jullie)|fijne|prettige|sterkte)\b[^.?]{0,40}[!,]\s*$|^\s*(?:wij|we|ik)\s+wens(?:en)?\s+(?:u|je|jou|jullie)\b[^.?!]{0,50}[.!]\s*$/iu;

/** A line of its own that starts a signature in e-mail ("-- "). */
export const SIGNATURE_DELIMITER = /^\s*--\s*$/;

/**
 * A list item: a bullet (also a box to tick), a number or a letter, then the item ("- uw paspoort", "2. het attest",
 * "b) een cv", "□ tussen 16 en 17 uur").
 */
export const LIST_ITEM = /^\s*(?:[-–—•*·▪◦►✓✔□☐☑☒○●◻◼➢➤→]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,2}\))\s+\S/u;

/** "Betreft: …", "Onderwerp: Re: …", "Subject: …", and a form's "Titel: …". */
const SUBJECT = /^\s*(?:betreft|betreffende|inzake|onderwerp|titel|subject|object|concerne)\s*:/iu;

/** A subject line: "Betreft: …", or the subject of a mail this one answers or forwards ("Re: hospitalisatieverzekering"). */
export const isSubjectLine = (text: string) => SUBJECT.test(text) || EARLIER_SUBJECT.test(text);

const DATE = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTHS})\.?\s+\d{4}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`, 'iu');
/** "Ons kenmerk: …", "Van: …", "Dossiernummer: …": a short label before a colon. */
const LABEL = /^\s*[\p{L}][\p{L} .'’-]{0,28}:\s*\S/u;
const POSTCODE_TOWN = /(?:^|,\s*)(?:B-)?\d{4}\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*$/u;
const STREET_NUMBER = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}\s+\d{1,4}[a-zA-Z]?(?:\s*(?:bus|b\.?|\/)\s*\w+)?\s*(?:,.*)?$/u;
const ADDRESSEE = /^\s*(?:aan\s+)?(?:mevrouw|meneer|mijnheer|de heer|mevr\.|dhr\.|familie|t\.a\.v\.|ter attentie van)\s+\p{Lu}/iu;

const PHONE = /(?:\+|00)\d{2}[\s./-]?\d(?:[\s./-]?\d){6,10}\b|(?:^|[^\d.,])0\d{1,3}(?:[\s./-]?\d{2,3}){2,4}\b/u;
// Bounded like the real thing (a local part of at most 64 characters, a domain label of at most 63): an unbounded
// run tried from every letter of one long word costs seconds (one 200,000-letter line: 25 s).
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.\p{L}{2,}/u;
const WEB = /\bwww\.|\bhttps?:\/\/|\b[\p{L}\p{N}-]{1,63}\.(?:be|nl|eu|com|org|net|vlaanderen|brussels)(?:\/\S*)?$/iu;
const IBAN = /\bBE\s?\d{2}(?:\s?\d{4}){3}\b/iu;
/** Rijksregisternummer (yy.mm.dd-nnn.cc) and ondernemingsnummer (0nnn.nnn.nnn). */
const REGISTER = /\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b|\b[01]\d{3}[. ]\d{3}[. ]\d{3}\b/u;
const CONTACT_LABEL =
  /^\s*(?:t|f|m|e|tel|telefoon|gsm|fax|e-?mail|mail|web|website|adres|open|onthaal|openingsuren|bereikbaar|contactcenter|iban|rekeningnummer|ondernemingsnummer|btw|kbo|kantoor|spreekuur|gratis nummer|bezoekadres|postadres)\b\.?(?:\s*:|\s+\+?\d)/iu;
const OPENING_HOURS =
  /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdagen)\b.*\b\d{1,2}(?:[.:]\d{2})?\s*(?:uur|u\b|–|-|tot)/iu;

/** An address or a way to reach someone: a letterhead and a signature both have them. */
const ADDRESS_OR_REACH = [POSTCODE_TOWN, STREET_NUMBER, PHONE, EMAIL, WEB];
/** "Uw vraag nr. 24-03187", "Dossiernummer 2024/118": a reference that ends in its number. */
const REFERENCE = /\b(?:nr\.?|nummer)\s*:?\s*[\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*\s*$/iu;
const HEADER = [LABEL, DATE, ADDRESSEE, REFERENCE, ...ADDRESS_OR_REACH];
const CONTACT = [...ADDRESS_OR_REACH, IBAN, REGISTER, CONTACT_LABEL, OPENING_HOURS];

/** A line of a letterhead, address block, date or reference. */
export const isHeaderLine = (text: string): boolean => HEADER.some((pattern) => pattern.test(text));

/** Labels of references and dates ("Ons kenmerk:", "Klantnummer:", "Behandeld door:"), not of a subject. */
const REFERENCE_LABEL =
  /^\s*(?:ons|uw|onze|jouw|je)\s+(?:kenmerk|referentie|brief|dossier)|^\s*(?:datum|referentie|kenmerk|dossier|behandeld door|contactpersoon|van|aan|cc|t\.a\.v\.?)\s*:|^\s*[\p{L}-]*(?:nummer|nr\.?)\s*:/iu;

/**
 * A line that can be a subject without "Betreft:" ("Uitnodiging: infosessie 'Werk zoeken'", "Uw huurprijs vanaf
 * 1 januari 2025"): at least three words, no address, phone or addressee, no reference label, and more than a date
 * with a town ("Antwerpen, 10 februari 2025").
 */
export function canBeSubject(text: string): boolean {
  if (
    wordCount(text) < 3 ||
    ADDRESS_OR_REACH.some((p) => p.test(text)) ||
    ADDRESSEE.test(text) ||
    REFERENCE_LABEL.test(text) ||
    REFERENCE.test(text)
  )
    return false;
  const date = DATE.exec(text);
  return !date || wordCount(text.slice(0, date.index) + text.slice(date.index + date[0].length)) >= 3;
}

/** Phone numbers, e-mail and web addresses, IBAN, register numbers, postcodes with towns, opening hours. */
export const isContactLine = (text: string): boolean => CONTACT.some((pattern) => pattern.test(text));

/** How long a labelled line of contact data in the body can be: a line, not a paragraph. */
const MAX_CONTACT_WORDS = 30;

/**
 * A line of contact data inside the body, above the closing: a label and its colon, then opening hours, a phone
 * number or an address on the web ("Open: maandag tot vrijdag van 8.30 tot 12.30 uur …", "Tel.: 09 377 12 80"). An
 * address line stays body: writers read "Adres: Gentsesteenweg 55, 9300 Aalst." as part of the text.
 */
export const isLabelledContactLine = (text: string): boolean =>
  CONTACT_LABEL.test(text) &&
  /:/.test(text) &&
  wordCount(text) <= MAX_CONTACT_WORDS &&
  [OPENING_HOURS, PHONE, EMAIL, WEB].some((pattern) => pattern.test(text.slice(text.indexOf(':') + 1)));

/**
 * The subject of a mail this one answers or forwards ("Re: medicatie voor Amir", "Fwd: uw aanvraag voor een
 * tussenkomst", "Antw: …", "Doorst: …", "TR: …"): the words of whoever wrote that mail, like the mail below it.
 */
const EARLIER_SUBJECT = /^\s*(?:(?:betreft|onderwerp|subject)\s*:\s*)?(?:re|antw|aw|fwd?|doorst|tr|wg)\s*:/iu;
export const isEarlierSubject = (text: string): boolean => EARLIER_SUBJECT.test(text);

/**
 * "Op 12 mei 2026 om 21:47 schreef Oksana <…>:", "On … wrote:", "Le … a écrit :", and with the name first:
 * "Farida Noori <farida@…> schreef op 12 maart 2025 om 21:17:".
 */
const REPLY_HEADER =
  /^\s*(?:op|on|le|am|el)\s.{0,200}\b(?:schreef|geschreven|wrote|a écrit|schrieb|escribió)\b|^[^<>]{0,80}<[^<>\s]+@[^<>\s]+>\s*(?:schreef|wrote|a écrit|schrieb|escribió)\b.{0,80}:\s*$/iu;
/** "---------- Doorgestuurd bericht ---------", "-----Original Message-----", "Begin doorgestuurd bericht:". */
const FORWARD_HEADER =
  /^\s*(?:-{2,}\s*(?:doorgestuurd bericht|oorspronkelijk bericht|origineel bericht|forwarded message|original message|message transféré)|begin doorgestuurd bericht|begin forwarded message)/iu;
/** Outlook puts the earlier mail below "Van: …" with "Verzonden:"/"Datum:", "Aan:" and "Onderwerp:" lines. */
const MAIL_FIELD = /^\s*(?:van|from|de|verzonden|sent|datum|date|aan|to|cc|onderwerp|subject)\s*:/iu;

/** Does quoted mail start at line `i` (a reply or forward header, or an Outlook header block)? */
export function isQuoteStart(lines: readonly { text: string }[], i: number): boolean {
  const text = lines[i].text;
  if (REPLY_HEADER.test(text) || FORWARD_HEADER.test(text)) return true;
  if (!/^\s*(?:van|from|de)\s*:/iu.test(text)) {
    // A line of underscores right above an Outlook header block.
    if (!/^\s*_{10,}\s*$/.test(text)) return false;
    return i + 1 < lines.length && /^\s*(?:van|from|de)\s*:/iu.test(lines[i + 1].text);
  }
  let fields = 1;
  for (let k = i + 1; k < lines.length && k <= i + 5; k++) if (MAIL_FIELD.test(lines[k].text)) fields++;
  return fields >= 3;
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
