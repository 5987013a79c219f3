/** Parts of a letter, case by case (the whole letters of tests/eval/letters*.json are held in eval.test.ts). */
import { describe, expect, it } from 'vitest';
import { splitLetter } from '../../engine/letter';

/** The part of each non-blank line. */
function partsOf(lines: string[]): string[] {
  const text = lines.join('\n');
  const blocks = splitLetter(text);
  let at = 0;
  const parts: string[] = [];
  for (const line of lines) {
    if (line.trim()) parts.push(blocks.find((b) => b.start <= at + line.search(/\S/) && at + line.search(/\S/) < b.end)?.kind ?? 'none');
    at += line.length + 1;
  }
  return parts;
}

const HEAD = ['Woonhaven Antwerpen', 'Lange Lozanastraat 250, 2018 Antwerpen', '', 'Antwerpen, 2 december 2024', ''];
const TAIL = [
  '',
  'Beste familie Mbala',
  '',
  'Vanaf januari betaalt u een nieuwe huurprijs.',
  '',
  'Met vriendelijke groeten',
  'Tom De Smet',
];

describe('a subject without "Betreft:"', () => {
  it.each([
    ['with a date in it', 'Uw huurprijs vanaf 1 januari 2025'],
    ['with a label in front', "Uitnodiging: infosessie 'Werk zoeken in Vlaanderen'"],
    ['with a colon in the middle', 'Hulp bij uw gsm en computer: elke woensdag in het LDC'],
    ["with a form's label", 'Titel: Inzameling winterkleren voor nieuwkomers'],
  ])('is the subject %s', (_, subject) => {
    expect(partsOf([...HEAD, subject, ...TAIL])[3]).toBe('subject');
  });

  it.each([
    ['a place and a date', 'Antwerpen, 3 december 2024'],
    ['a reference', 'Ons kenmerk: WH/2024/118'],
    ['a number with its label', 'Huurdersnummer: 204517'],
    ['an addressee', 'Familie Mbala'],
  ])('is not %s', (_, line) => {
    expect(partsOf([...HEAD, line, ...TAIL])[3]).toBe('header');
  });
});

describe('the subject of a reply', () => {
  it('takes "Re: …" above the greeting as the subject, also with one word after it', () => {
    expect(partsOf(['Re: hospitalisatieverzekering', '', 'Beste mevrouw,', '', 'Bedankt voor uw vraag.'])).toEqual([
      'subject',
      'greeting',
      'body',
    ]);
  });
});

describe('the greeting', () => {
  it('takes Flemish greetings of the time of day', () => {
    expect(partsOf(['Goeiemiddag mevrouw Nguyen,', 'Uw kaart is klaar.'])).toEqual(['greeting', 'body']);
  });
});

describe('a subject on the first line of an e-mail', () => {
  it('is the subject right above the greeting, when it is not a name', () => {
    expect(partsOf(['Nieuwe ophaaldagen voor uw afval vanaf 1 juli', 'Beste bewoner,', 'Vanaf juli verandert er iets.'])).toEqual([
      'subject',
      'greeting',
      'body',
    ]);
    expect(partsOf(['OCMW Gent Sociale Dienst', 'Beste bewoner,', 'Vanaf juli verandert er iets.'])).toEqual([
      'header',
      'greeting',
      'body',
    ]);
  });
});

describe('the closing', () => {
  it('takes two wishes joined by "en" as the closing', () => {
    for (const closing of ['Tot binnenkort en veel succes!', 'Fijne dag en tot morgen,']) {
      expect(partsOf(['Dag Sofie,', 'Kom op tijd.', closing, 'Joke Vermeulen', 'Verantwoordelijke'])).toEqual([
        'greeting',
        'body',
        'closing',
        'signature',
        'signature',
      ]);
    }
  });

  it('takes a sentence that wishes the reader well as the closing, when a signature follows', () => {
    const parts = partsOf([
      'Beste meneer Noori',
      'Neem deze brief mee naar de controle.',
      'Wij wensen u een goed herstel.',
      'Dr. Marie Lefebvre, chirurg',
      'Afdeling 4B: 056 63 41 40',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'closing', 'signature', 'contact']);
    // Without a name under it, it is a sentence of the body.
    expect(partsOf(['Beste meneer Noori', 'Wij wensen u een goed herstel.', 'Bel ons als u koorts krijgt.'])).toEqual([
      'greeting',
      'body',
      'body',
    ]);
  });

  it('takes "Graag tot woensdag!" and what follows it as closing, signature and contact', () => {
    const parts = partsOf([
      'Beste buurtbewoner',
      '',
      'Kom gerust langs.',
      '',
      'Graag tot woensdag!',
      '',
      'Marleen Jacobs',
      'Centrumleider',
      'Tel. 03 338 90 40',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'closing', 'signature', 'signature', 'contact']);
  });
});

describe('contact data in the body', () => {
  it('takes a labelled line of opening hours or a phone number above the closing as contact, not a sentence', () => {
    const parts = partsOf([
      'Dag mevrouw Nowak,',
      '',
      'Uw medicijnen liggen klaar. Kom ze halen in de apotheek.',
      'Open: maandag tot vrijdag van 8.30 tot 12.30 uur en van 13.30 tot 18.30 uur, zaterdag van 9 tot 12 uur',
      'Tel.: 09 377 12 80',
      'Adres: Statieplein 3, 9800 Deinze.',
      'Onthaal: kom gerust langs als u vragen hebt over uw medicijnen.',
      '',
      'Tot binnenkort,',
      'Koen De Vos',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'contact', 'contact', 'body', 'body', 'closing', 'signature']);
  });
});

describe('greetings, closings and signatures of all kinds', () => {
  it.each([
    [
      '"Salaam" as a greeting and the scouts\' "Met een stevige linker," as a closing',
      ['Salaam en goeiedag allemaal,', 'Het kamp begint op 1 juli.', 'Met een stevige linker,', 'Ruben Janssens'],
      ['greeting', 'body', 'closing', 'signature'],
    ],
    [
      "a season's wish as the closing",
      ['Beste Amina,', 'Het pakket is klaar.', 'Zalig kerstfeest en een gelukkig nieuwjaar!', 'Marleen (vrijwilliger)'],
      ['greeting', 'body', 'closing', 'signature'],
    ],
    [
      'a reference that ends in its number as a header line, also right under the subject',
      ['Onderwerp: grofvuil gratis laten ophalen', 'Uw vraag nr. 24-03187', 'Beste meneer Diallo,', 'Bedankt voor uw vraag.'],
      ['subject', 'header', 'greeting', 'body'],
    ],
    [
      'boxes to tick as bullets',
      ['Ik kom het liefst:', '□ tussen 16 en 17 uur', '☐ tussen 17 en 18 uur'],
      ['list-intro', 'list-item', 'list-item'],
    ],
    [
      '"Naam <adres> schreef op …:" as the start of quoted mail',
      [
        'Dag Farida,',
        'Breng de tablet maandag mee.',
        'Groeten,',
        'Eva',
        'Farida Noori <farida.noori@outlook.com> schreef op 12 maart 2025 om 21:17:',
        'de tablet is kapot',
      ],
      ['greeting', 'body', 'closing', 'signature', 'quote', 'quote'],
    ],
  ])('takes %s', (_, lines, parts) => {
    expect(partsOf(lines)).toEqual(parts);
  });

  it('takes a last line with a name and a job as the signature, without a closing formula', () => {
    const lines = [
      'Wij zoeken een buddy.',
      'Interesse? Mail naar buddy@voorbeeld.be.',
      'Eva Lambrecht – coördinator vrijwilligers, Welkom vzw',
    ];
    expect(partsOf(lines)).toEqual(['body', 'body', 'signature']);
    // A name and the lines under it: an organisation, contact data; a first name alone when more follows.
    expect(partsOf(['Iedereen is welkom!', 'Parochieteam Sint-Anna – Greet en Jean-Pierre', 'info@sintanna.be'])).toEqual([
      'body',
      'signature',
      'contact',
    ]);
    expect(partsOf(['Vragen? Stuur me een berichtje.', '', 'Marleen', 'Voedselbank Oostende'])).toEqual(['body', 'signature', 'signature']);
    expect(partsOf(['Hebt u nog vragen? Stuur gerust een bericht.', '', 'Els, onthaal', 'Groepspraktijk Huisartsen Kessel-Lo'])).toEqual([
      'body',
      'signature',
      'signature',
    ]);
    // "Ja, graag" alone at the end is no signature.
    expect(partsOf(['Komt u op maandag?', 'Ja, graag'])).toEqual(['body', 'body']);
    // A first name and where they work; a team.
    expect(partsOf(['Kom gerust langs.', '', 'Koen – De Fietsenwerf, Hasselt', 'Maastrichtersteenweg 91, 3500 Hasselt'])).toEqual([
      'body',
      'signature',
      'contact',
    ]);
    expect(partsOf(['Vragen? Bel ons.', '', 'De vrijwilligers van Voedselbank De Schakel', 'Kazernestraat 12, 9100 Sint-Niklaas'])).toEqual(
      ['body', 'signature', 'contact'],
    );
    // Things to bring are no signature, nor a last sentence with a phone number.
    expect(partsOf(['Neem mee:', 'Identiteitskaart', 'Bankkaart'])).not.toContain('signature');
    expect(partsOf(['Wij zoeken een buddy.', 'Interesse? Bel Eva op 0491 23 45 67.'])).toEqual(['body', 'body']);
    // A text that is only a name, or a last line that is a sentence, stays body.
    expect(partsOf(['Eva Lambrecht'])).toEqual(['body']);
    expect(partsOf(['Wij zoeken een buddy.', 'Eva Lambrecht helpt je graag.'])).toEqual(['body', 'body']);
  });

  it('reads a slip to fill in under the signature as body', () => {
    const parts = partsOf([
      'Beste ouders,',
      'Op 12 mei gaan we naar de zoo.',
      'Met vriendelijke groeten,',
      'Leen Goossens, klasleerkracht',
      'Rekeningnummer: BE11 7350 1234 4448',
      '',
      'Strookje uitstap',
      'Naam van mijn kind: ..............................',
      'Mijn kind wordt snel ziek op de bus: ja / nee',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'closing', 'signature', 'contact', 'body', 'body', 'body']);
    // A list in the slip is a list.
    const slip = partsOf([
      'Beste ouders,',
      'Kom naar het oudercontact.',
      'Groeten,',
      'Karel',
      '',
      'Naam: ..........',
      'Telefoon: ..........',
      'Ik kom het liefst:',
      '□ om 16 uur',
      '□ om 17 uur',
    ]);
    expect(slip.slice(-3)).toEqual(['list-intro', 'list-item', 'list-item']);
  });
});

describe('a list without bullets', () => {
  // A greeting, a list of two items and the paragraph after it.
  it.each([
    [
      'short lines that are no sentence, under a line with a colon',
      ['Beste Samira,', 'Breng mee:', 'uw identiteitskaart', 'het huurcontract', 'Kom op tijd, want de dokter wacht niet graag.'],
    ],
    [
      'short sentences, one per line, under a question (up to the next paragraph)',
      [
        'Beste mevrouw Demir,',
        'Hoe vraagt u een nieuwe kaart aan?',
        'Maak een afspraak op www.lochristi.be of bel ons.',
        'Betaal 22 euro met uw bankkaart.',
        'Na drie weken krijgt u een brief. Daarin staan twee codes.',
      ],
    ],
    [
      'a longer item that is no sentence of its own',
      [
        'Dag ouders,',
        'Dit neemt je kind mee:',
        'een slaapzak en een kussen',
        'de Kids-ID en 2 klevers van het ziekenfonds, in een enveloppe met de naam van je kind',
        'Gsm’s en snoep blijven thuis.',
      ],
    ],
  ])('takes %s as items', (_, lines) => {
    expect(partsOf(lines)).toEqual(['greeting', 'list-intro', 'list-item', 'list-item', 'body']);
  });

  it('takes items with a label in lower case, which does not make an item long', () => {
    const parts = partsOf([
      'Hey allemaal!',
      'Dit doen we in juli:',
      'maandag 7 juli: graffiti maken met Dries, van 13 tot 17 uur, € 5',
      'woensdag 9 juli: fietstocht naar de Hobokense Polder met picknick, van 10 tot 16 uur, gratis',
      'dinsdag 15 juli: samen koken en eten met recepten uit ieders land, van 16 tot 20 uur, € 2',
    ]);
    expect(parts).toEqual(['greeting', 'list-intro', 'list-item', 'list-item', 'list-item']);
  });

  it('does not take a line of statements that ends in a question as an introduction', () => {
    const parts = partsOf([
      'Dag Joy,',
      'We praten over jou en over Daniel. Hoe gaat het met slapen en drinken?',
      'We kijken ook samen wat je nog nodig hebt.',
      'Bijvoorbeeld kleertjes, een bedje of hulp met papieren.',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'body', 'body']);
  });

  it('does not take paragraphs of two sentences, or one short sentence, as a list', () => {
    const two = partsOf([
      'Dag Kwame,',
      'Je schreef ons deze vraag:',
      'Ik krijg de sleutel. Waar let ik op?',
      'Goed dat je het vraagt. Hier zijn tips.',
    ]);
    expect(two).toEqual(['greeting', 'body', 'body', 'body']);
    const one = partsOf([
      'Dag Kwame,',
      'Heb je vragen?',
      'Bel ons gerust.',
      'We helpen je graag met je vragen over de huur van je appartement.',
    ]);
    expect(one).toEqual(['greeting', 'body', 'body', 'body']);
  });

  it('does not count the numbers of opening hours as words of an item', () => {
    const parts = partsOf([
      'Dag Ahmed,',
      'U kunt ze komen halen:',
      'maandag tot vrijdag van 8.30 tot 12.30 uur en van 13.30 tot 18.30 uur',
      'zaterdag van 9 tot 12.30 uur',
      'Neem uw identiteitskaart mee, want zonder die kaart kunnen we de medicijnen niet meegeven.',
    ]);
    expect(parts).toEqual(['greeting', 'list-intro', 'list-item', 'list-item', 'body']);
  });

  it('keeps one kind of item: a sentence after short phrases ends the list', () => {
    const parts = partsOf([
      'Dag Samira,',
      'Deze boeken liggen klaar:',
      'Koken met groenten',
      'Makkelijk Nederlands, deel 2',
      'Kom ze halen.',
    ]);
    expect(parts).toEqual(['greeting', 'list-intro', 'list-item', 'list-item', 'body']);
  });
});
