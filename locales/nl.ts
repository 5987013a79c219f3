/**
 * Every Dutch sentence Klaretaal shows, in one place, so an English locale can
 * follow with the same keys. Plain Dutch, addressed with "je" in the UI and
 * neutral in messages about the text (the writer, not the reader, reads them).
 */
const q = (s: string) => `‘${s}’`;

export const nl = {
  rules: {
    jargon: {
      title: 'Moeilijk woord',
      why: 'Ambtelijke en moeilijke woorden kent een lezer die Nederlands leert vaak niet.',
      replace: (text: string, alternatives: string[]) =>
        `${q(text)} is ambtelijk of moeilijk. Schrijf liever ${alternatives.map(q).join(' of ')}.`,
      explain: (term: string) => `Niet elke lezer kent ${q(term)}. Leg het kort uit, de eerste keer dat het woord staat.`,
    },
    'long-sentence': {
      title: 'Lange zin',
      why: 'Een lange zin moet de lezer in één keer onthouden. Korte zinnen zijn makkelijker.',
      message: (words: number, max: number) =>
        `Deze zin heeft ${words} woorden. Maak er korte zinnen van, van hoogstens ${max} woorden.`,
    },
    'passive-voice': {
      title: 'Lijdende vorm',
      why: 'In de lijdende vorm staat niet wie iets doet. De lezer wil weten wie wat doet.',
      message: (text: string) =>
        `${q(text)} is lijdende vorm. Zeg wie het doet, bijvoorbeeld ‘Wij behandelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt behandeld’.`,
    },
    nominalization: {
      title: 'Naamwoordstijl',
      why: 'Een werkwoord is concreter dan een zelfstandig naamwoord. De zin wordt korter en duidelijker.',
      lightVerb: (text: string, verb: string) => `Schrijf ${q(verb)} in plaats van ${q(text)}.`,
      infinitive: (verb: string) => `Gebruik het werkwoord zelf: ${q(verb)}, niet ${q('het ' + verb + ' van')}.`,
      noun: (text: string, verb: string) => `Gebruik het werkwoord ${q(verb)} in plaats van ${q(text)}.`,
    },
    abbreviation: {
      title: 'Afkorting',
      why: 'Afkortingen zijn moeilijk voor wie Nederlands leert. Schrijf ze voluit.',
      message: (text: string, full: string) => `Schrijf ${q(text)} voluit: ${q(full)}.`,
    },
    'stock-phrase': {
      title: 'Standaardzin',
      why: 'Vaste formules uit officiële brieven zeggen weinig en maken de brief langer.',
      message: (text: string, advice: string) => `${q(text)} is een vaste formule. ${advice}`,
    },
    'double-negative': {
      title: 'Dubbele ontkenning',
      why: 'Twee ontkenningen na elkaar moet de lezer omrekenen. Zeg het positief.',
      message: (text: string) => `${q(text)} is een dubbele ontkenning. Zeg het positief.`,
    },
    'pronoun-mix': {
      title: 'U en je door elkaar',
      why: 'Wie de lezer de ene keer met u en de andere keer met je aanspreekt, verwart de lezer.',
      message: (text: string, form: string) => `Hier staat ${q(text)}, maar de tekst gebruikt ${q(form)}. Kies één vorm.`,
    },
    'long-word': {
      title: 'Lang woord',
      why: 'Lange samenstellingen zijn moeilijk te lezen. Splits ze of zeg het met meer, kortere woorden.',
      message: (text: string, letters: number) =>
        `${q(text)} is een lang woord (${letters} letters). Zeg het met kortere woorden.`,
    },
  },
  /** For the trainer page: per rule a before/after pair to show the group. */
  lessons: {
    jargon: { before: 'Gelieve het formulier te retourneren teneinde uw dossier af te sluiten.', after: 'Wilt u het formulier terugsturen? Dan kunnen wij uw dossier afsluiten.' },
    'long-sentence': {
      before: 'Als u niet kunt komen op de afspraak van maandag, vragen wij u om ons dat minstens een dag op voorhand te laten weten via telefoon of e-mail.',
      after: 'Kunt u maandag niet komen? Laat het ons dan een dag vooraf weten. Bel of mail ons.',
    },
    'passive-voice': { before: 'Uw aanvraag wordt door de dienst behandeld.', after: 'De dienst behandelt uw aanvraag.' },
    nominalization: { before: 'Na de verwerking van uw aanvraag nemen wij een beslissing.', after: 'Wij verwerken uw aanvraag. Daarna beslissen wij.' },
    abbreviation: { before: 'Breng o.a. uw loonbrief mee, a.u.b.', after: 'Breng onder andere uw loonbrief mee, alstublieft.' },
    'stock-phrase': { before: 'Hierbij delen wij u mee dat uw aanvraag is goedgekeurd.', after: 'Goed nieuws: u krijgt wat u vroeg.' },
    'double-negative': { before: 'Het is niet onbelangrijk dat u op tijd komt.', after: 'Het is belangrijk dat u op tijd komt.' },
    'pronoun-mix': { before: 'U bent welkom. Breng je identiteitskaart mee.', after: 'U bent welkom. Breng uw identiteitskaart mee.' },
    'long-word': { before: 'U volgt een arbeidsbemiddelingstraject.', after: 'U krijgt hulp bij het zoeken naar werk.' },
  },
  ui: {
    appName: 'Klaretaal',
    quickCheckLabel: 'Plak hier een tekst om te controleren',
    quickCheckHint: 'Je tekst blijft op je computer. Klaretaal stuurt niets door.',
    noFindings: 'Geen opmerkingen. Goed zo!',
    findingsCount: (n: number) => (n === 1 ? '1 opmerking' : `${n} opmerkingen`),
    score: (fleschDouma: number, level: string) => `Leesgemak: ${fleschDouma} (${level})`,
    wordsAndSentences: (words: number, sentences: number) => `${words} woorden, ${sentences} zinnen`,
    suggestion: 'Voorstel',
    popup: {
      builtIn: 'Klaretaal staat altijd aan op deze webmail.',
      on: 'Klaretaal staat aan op deze site.',
      off: 'Klaretaal staat uit op deze site.',
      switchOn: 'Zet aan op deze site',
      switchOff: 'Zet uit op deze site',
      notPossible: 'Op deze pagina kan Klaretaal niet werken.',
      denied: 'Je gaf geen toestemming. Klaretaal blijft uit op deze site.',
      legend: 'Wat de kleuren betekenen',
      quickCheck: 'Snel een tekst nakijken',
      trainer: 'Oefenen met klare taal',
    },
    trainer: {
      title: 'Oefenen met klare taal',
      intro: 'Plak een brief of kies een voorbeeld. Klaretaal toont wat de brief moeilijk maakt.',
      textLabel: 'Tekst',
      examples: 'Voorbeeldbrieven',
      categories: 'Wat moeilijk is',
      marked: 'De tekst met markeringen',
      scores: 'Leesbaarheid',
      words: 'Woorden',
      sentences: 'Zinnen',
      averageLength: 'Gemiddelde zinslengte',
      longShare: 'Lange zinnen',
      fleschDouma: 'Flesch-Douma',
      brouwer: 'Brouwer',
      level: 'Niveau',
      show: (title: string) => `Toon ${title}`,
      lesson: 'Voorbeeld',
      menu: 'Controleer met Klaretaal',
      before: 'Moeilijk',
      after: 'Beter',
    },
    card: {
      label: (title: string) => `Klaretaal: ${title}`,
      apply: (suggestion: string) => `Vervang door ‘${suggestion}’`,
      ignore: 'Negeer',
      ignoreWord: 'Negeer dit woord altijd',
      disableRule: 'Zet deze regel uit',
      close: 'Sluiten',
      noSuggestion: 'Hier is geen vervanging voor. Pas de tekst zelf aan.',
      stale: 'De tekst is veranderd. Klaretaal kijkt de tekst opnieuw na.',
      failed: 'Dit kon niet veilig aangepast worden. Je tekst is niet veranderd. Pas het zelf aan.',
      unexpected: 'De tekst is anders aangepast dan verwacht. Kijk hem na. Met Ctrl+Z zet je hem terug.',
      shortcut: 'Alt+Shift+K: volgende opmerking',
    },
  },
  wordList: {
    tooLarge: (mb: string, max: number) => `Het bestand is te groot (${mb} MB). Het mag hoogstens ${max} MB zijn. Splits de lijst in kleinere bestanden.`,
    notText: 'Dit is geen tekstbestand. Kies een .csv- of .json-bestand.',
    notUtf8: 'Het bestand is geen UTF-8-tekst. Bewaar het als UTF-8 (in Excel: ‘CSV UTF-8’) en probeer opnieuw.',
    badJson: 'Het bestand is geen geldige woordenlijst (JSON). Exporteer de lijst opnieuw uit Klaretaal.',
    newerFormat: (version: number) => `Deze woordenlijst komt uit een nieuwere versie van Klaretaal (formaat ${version}). Werk Klaretaal bij en probeer opnieuw.`,
    empty: 'Het bestand bevat geen woorden.',
    tooManyRows: (max: number) => `Het bestand heeft meer dan ${max} regels. Splits de lijst in kleinere bestanden.`,
    rowNoTerm: 'Er staat geen woord in de eerste kolom.',
    rowTooLong: (max: number) => `Een veld is langer dan ${max} tekens.`,
    rowNothingToSuggest: 'Er staat geen eenvoudiger woord en geen uitleg bij.',
    rowMarkup: 'Er staat HTML of code in. Alleen gewone tekst kan.',
    rowDuplicate: (line: number) => `Dit woord staat al op regel ${line}.`,
    csvQuote: 'Er ontbreekt een aanhalingsteken.',
  },
  options: {
    maxWords: 'Hoeveel woorden een zin mag hebben.',
    minLetters: 'Vanaf hoeveel letters een woord lang is.',
  },
  cli: {
    usage:
      'Gebruik: klaretaal check [--json] [--lang nl|en|auto] BESTAND... | -\n' +
      'Usage: klaretaal check [--json] [--lang nl|en|auto] FILE... | -',
    missingFile: (file: string) =>
      `Bestand niet gevonden: ${file}. Controleer de naam en de map.\nFile not found: ${file}.`,
    notAFile: (file: string) => `Dit is geen bestand maar een map: ${file}.\nNot a file: ${file}.`,
    binaryFile: (file: string) =>
      `${file} is geen tekstbestand (het bevat binaire gegevens). Geef een .txt-bestand.\n${file} is not a text file.`,
    invalidUtf8: (file: string) =>
      `${file} is geen geldige UTF-8-tekst. Bewaar het bestand als UTF-8 en probeer opnieuw.\n${file} is not valid UTF-8.`,
    unreadable: (file: string, reason: string) =>
      `${file} kan niet gelezen worden (${reason}).\nCannot read ${file} (${reason}).`,
    badLang: (value: string) =>
      `Onbekende taal: ${value}. Kies nl, en of auto.\nUnknown language: ${value}. Use nl, en or auto.`,
    unknownOption: (value: string) => `Onbekende optie: ${value}.\nUnknown option: ${value}.`,
    noFiles: 'Geef een of meer bestanden, of - voor standaardinvoer.\nGive one or more files, or - for standard input.',
    unknownCommand: (value: string) => `Onbekend commando: ${value}.\nUnknown command: ${value}.`,
    noFindings: 'Geen opmerkingen. / No findings.',
  },
} as const;

export type Locale = typeof nl;
