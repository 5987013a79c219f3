import { describe, expect, it } from 'vitest';
import { applyFix, check, createChecker } from '../../engine/index';
import { createLexicon } from '../../rules/shared/lexicon';

const letter = [
  'Beste mevrouw,',
  'Gelieve het formulier te retourneren teneinde uw dossier te kunnen behandelen.',
  'U krijgt een leefloon. Het leefloon wordt elke maand betaald.',
  'Met vriendelijke groeten,\nSara',
].join('\n\n');

describe('check', () => {
  it('finds the officialese of a typical letter with exact offsets and suggestions', () => {
    const result = check(letter);
    expect(result.language).toBe('nl');
    const jargon = result.findings.filter((f) => f.rule === 'jargon').map((f) => [f.text, f.suggestions[0]]);
    expect(jargon).toContainEqual(['te retourneren', 'terug te sturen']);
    // "teneinde" is part of a longer stock phrase, which gets the finding (one mark per place).
    expect(jargon.map(([text]) => text)).not.toContain('teneinde');
    const phrase = result.findings.find((f) => f.rule === 'stock-phrase')!;
    expect(phrase.text).toBe('teneinde uw dossier te kunnen behandelen');
    // "Gelieve … te retourneren" becomes a command with the plain verb: two edits, the "te" goes with it.
    const gelieve = result.findings.find((f) => f.text === 'Gelieve')!;
    expect(applyFix(letter, gelieve.fixes[0])).toContain('Stuur het formulier terug teneinde');
    expect(applyFix(letter, gelieve.fixes[1])).toContain('Wilt u het formulier terugsturen teneinde uw dossier te kunnen behandelen?');
    for (const f of result.findings) {
      expect(letter.slice(f.start, f.end)).toBe(f.text);
      expect(f.fixes).toHaveLength(f.suggestions.length);
    }
  });

  it('ends a sentence after a word the parser takes for an abbreviation ("zo.", "vrij.", "ver.", "n.")', () => {
    for (const text of [
      'Doe het zo. Dan gaat het vlot.',
      'Maak het voetpad voor uw huis vrij. Die regel staat in het reglement.',
      'Het station is niet ver. U kunt te voet gaan.',
      'We halen het op. Maar bel eerst.',
      'Uw naam is Benali, met één n. In ons register stond Bennali.',
    ]) {
      expect(check(text).stats.sentences, text).toBe(2);
    }
  });

  it('keeps a list\'s letter with its item ("a. Breng …" is one sentence, from the letter on)', () => {
    const text = 'Kies:\na. Breng uw kaart mee.';
    expect(check(text).sentences.map((s) => s.start)).toEqual([0, text.indexOf('a.')]);
  });

  it('asks to explain a term once per text, even across paragraphs', () => {
    const result = check(letter);
    const explained = result.findings.filter((f) => f.rule === 'jargon' && f.text.toLowerCase() === 'leefloon');
    expect(explained).toHaveLength(1);
    expect(explained[0].start).toBe(letter.indexOf('leefloon'));
  });

  it('flags u/je mixes across paragraphs and keeps the majority form', () => {
    const text = 'U krijgt een brief.\n\nU kunt ons bellen.\n\nBreng je identiteitskaart mee.';
    const mix = check(text).findings.filter((f) => f.rule === 'pronoun-mix');
    expect(mix.map((f) => [f.text, f.suggestions[0]])).toEqual([['je', 'uw']]);
  });

  it('on a u/je tie follows the preferred form of address', () => {
    const text = 'U krijgt een brief. Je mag bellen.';
    expect(
      check(text)
        .findings.filter((f) => f.rule === 'pronoun-mix')
        .map((f) => f.text),
    ).toEqual(['Je']);
    expect(
      check(text, { settings: { address: 'je' } })
        .findings.filter((f) => f.rule === 'pronoun-mix')
        .map((f) => f.text),
    ).toEqual(['U']);
  });

  it('honours disabled rules, rule options and ignored words', () => {
    const text = 'Wij sturen u reeds de brief, o.a. het formulier.';
    expect(check(text, { settings: { disabledRules: ['jargon'] } }).findings.map((f) => f.rule)).toEqual(['abbreviation']);
    expect(check(text, { settings: { ignoredWords: ['reeds'] } }).findings.map((f) => f.text)).toEqual(['o.a.']);
    const long = 'Wij nodigen u uit voor een gesprek op maandag over uw zoektocht naar werk.';
    expect(check(long).findings.filter((f) => f.rule === 'long-sentence')).toHaveLength(0);
    expect(
      check(long, { settings: { ruleOptions: { 'long-sentence': { maxWords: 10 } } } }).findings.filter((f) => f.rule === 'long-sentence'),
    ).toHaveLength(1);
    // A nonsense option value falls back to the default instead of breaking the rule.
    expect(
      check(long, { settings: { ruleOptions: { 'long-sentence': { maxWords: -3 } } } }).findings.filter((f) => f.rule === 'long-sentence'),
    ).toHaveLength(0);
  });

  it("uses the user's own words and keeps built-in words switched off quiet", () => {
    const lexicon = createLexicon({
      extraEntries: [
        { term: 'activeringstraject', alternatives: ['begeleiding naar werk'] },
        { term: 'GPMI', alternatives: [], explanation: 'afspraken over je inburgering' },
      ],
      disabledTerms: ['reeds'],
    });
    const result = check('U start een activeringstraject en tekent een GPMI. Wij sturen reeds de brief.', { lexicon });
    const jargon = result.findings.filter((f) => f.rule === 'jargon');
    expect(jargon.map((f) => f.text)).toEqual(['activeringstraject', 'GPMI']);
    expect(jargon[0].suggestions).toEqual(['begeleiding naar werk']);
    // An explanation cannot be written in for the user: advice, with the user's own explanation in the message.
    expect(jargon[1].fixes).toEqual([]);
    expect(jargon[1].message).toContain('afspraken over je inburgering');
  });

  it('keeps capitals when suggesting', () => {
    const [f] = check('Reeds twee keer kwam u niet.').findings.filter((x) => x.rule === 'jargon');
    expect(f.suggestions[0]).toBe('Al');
  });

  it('checks the subject the writer wrote, not the subject of a mail they answer or forward', () => {
    const mail = (subject: string) =>
      `${subject}\n\nBeste mevrouw,\n\nHieronder vindt u de mail van het ziekenfonds. Het is goed nieuws.\n\nGroeten,\nSara`;
    const inSubject = (subject: string) => check(mail(subject)).findings.filter((f) => f.end <= subject.length);
    expect(inSubject('Uw tussenkomst in de opnamekosten').map((f) => f.text)).toEqual(['tussenkomst']);
    for (const forwarded of [
      'Fwd: uw tussenkomst in de opnamekosten',
      'Doorst: uw tussenkomst',
      'Onderwerp: TR: uw tussenkomst',
      'Re: uw tussenkomst',
    ]) {
      expect(inSubject(forwarded)).toEqual([]);
    }
  });
});

describe('languages per paragraph', () => {
  it('keeps short Dutch sentences Dutch', () => {
    for (const text of ['Kom je morgen?', 'Bel ons.', 'Tot dan!', 'Wij zien u graag.', 'U bent welkom op maandag.']) {
      expect(check(text).language).toBe('nl');
    }
  });

  it('gives English paragraphs the English checks under our rule ids', () => {
    const text = 'Wij sturen u reeds de brief.\n\nThe form was sent by our office in order to utilize the new system.';
    const result = check(text);
    const english = result.findings.filter((f) => f.start >= text.indexOf('The form'));
    expect(english.map((f) => f.rule)).toEqual(expect.arrayContaining(['passive-voice', 'jargon']));
    expect(english.find((f) => f.text === 'utilize')?.suggestions).toContain('use');
    expect(result.findings.filter((f) => f.start < text.indexOf('The form')).map((f) => f.text)).toEqual(['reeds']);
  });

  it('gives French paragraphs no findings', () => {
    const text = 'Nous vous prions de bien vouloir retourner le formulaire afin de traiter votre dossier dans les meilleurs délais.';
    const result = check(text);
    expect(result.language).toBe('other');
    expect(result.findings).toEqual([]);
  });

  it('lets --lang nl force Dutch', () => {
    expect(check('The form was sent.', { lang: 'nl' }).language).toBe('nl');
  });
});

describe('incremental checking', () => {
  it('re-checks only the paragraph that changed and maps its offsets back', () => {
    const checker = createChecker();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Alinea ${i}: wij sturen u reeds de brief.`);
    checker.check(paragraphs.join('\n\n'));
    expect(checker.cacheSize).toBe(20);
    paragraphs[7] = 'Alinea 7: gelieve dit formulier te retourneren.';
    const text = paragraphs.join('\n\n');
    const result = checker.check(text);
    expect(checker.cacheSize).toBe(21);
    const inSeventh = result.findings.filter((f) => f.start >= text.indexOf('Alinea 7') && f.start < text.indexOf('Alinea 8'));
    expect(inSeventh.map((f) => f.text)).toEqual(['gelieve', 'te retourneren']);
    expect(result).toEqual(check(text));
  });
});

describe('checking in steps', () => {
  it('checks a long text a step at a time and then gives exactly the full result', () => {
    const checker = createChecker({ cacheSize: 10 });
    const text = Array.from({ length: 300 }, (_, i) => `Alinea ${i}: gelieve het formulier te retourneren.`).join('\n\n');
    const steps = checker.steps(text);
    let rounds = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) rounds++;
    // At least one step per paragraph that had to be checked.
    expect(rounds).toBeGreaterThanOrEqual(300);
    // Every paragraph of the text stays cached, even past the configured size.
    expect(checker.cacheSize).toBe(300);
    expect(step.value).toEqual(check(text));
    expect(checker.check(text)).toEqual(check(text));
  });
});
