/** Word-list files: what a trainer or an organisation hands out, and what goes wrong with real files. */
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readWordList, toCsv, toJson } from '../../files/word-list-file';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (s: string, name = 'lijst.csv') => readWordList(utf8(s), name);

describe('reading a CSV word list', () => {
  it('reads semicolon and comma files, with or without a header, and a byte-order mark', () => {
    for (const text of [
      'term;alternatieven;uitleg\nactiveringstraject;begeleiding naar werk;\nGPMI;;afspraken over je inburgering\n',
      '\uFEFFactiveringstraject,begeleiding naar werk,\nGPMI,,afspraken over je inburgering\n',
    ]) {
      const result = read(text);
      expect(result).toEqual({
        ok: true,
        entries: [
          { term: 'activeringstraject', alternatives: ['begeleiding naar werk'] },
          { term: 'gpmi', alternatives: [], explanation: 'afspraken over je inburgering' },
        ],
        invalid: [],
      });
    }
  });

  it('keeps a first row that only looks like a header ("termijn" is a word)', () => {
    expect(read('termijn;periode;\nterm;;uitleg van het woord term\n')).toMatchObject({
      ok: true,
      entries: [{ term: 'termijn' }, { term: 'term' }],
    });
    expect(read('woord;schrijf liever;uitleg\ntermijn;periode;\n')).toMatchObject({ ok: true, entries: [{ term: 'termijn' }] });
  });

  it('handles quoted fields with separators and line breaks, and several alternatives', () => {
    const result = read(
      '"verzoeken";"vragen | verzoek doen";"formeel; ""ambtelijk"""\n"betreffende";"over / van";"regel\nmet een breuk"\n',
    );
    expect(result.ok && result.entries).toEqual([
      { term: 'verzoeken', alternatives: ['vragen', 'verzoek doen'], explanation: 'formeel; "ambtelijk"' },
      { term: 'betreffende', alternatives: ['over', 'van'], explanation: 'regel\nmet een breuk' },
    ]);
  });

  it('names every bad row by its line and a Dutch reason, and keeps the good rows', () => {
    const result = read(
      [
        'term;alternatieven;uitleg',
        'teneinde;om;',
        ';leeg;',
        'derhalve;;',
        'Teneinde;om;',
        'hoi;<b>ja</b>;',
        'x;<script>alert(1)</script>;',
        '',
        'reeds;al;',
      ].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.term)).toEqual(['teneinde', 'reeds']);
    expect(result.invalid.map((r) => [r.line, r.reason])).toEqual([
      [3, 'Er staat geen woord in de eerste kolom.'],
      [4, 'Er staat geen eenvoudiger woord en geen uitleg bij.'],
      [5, 'Dit woord staat al op regel 2.'],
      [6, 'Er staat HTML of code in. Alleen gewone tekst kan.'],
      [7, 'Er staat HTML of code in. Alleen gewone tekst kan.'],
    ]);
  });

  it('reports a missing quote instead of guessing', () => {
    const result = read('a;b;c\n"open;x;y\n');
    expect(result.ok && result.invalid[0].reason).toBe('Er ontbreekt een aanhalingsteken.');
  });

  it('reads a 50,000-row file and refuses a bigger one', () => {
    const rows = Array.from({ length: MAX_ROWS }, (_, i) => `woord${i};alternatief${i};`).join('\n');
    const result = read(rows);
    expect(result.ok && result.entries.length).toBe(MAX_ROWS);
    expect(read(`${rows}\nnog;een;`)).toEqual({
      ok: false,
      message: 'Het bestand heeft meer dan 50000 regels. Splits de lijst in kleinere bestanden.',
    });
  });
});

describe('ordinary Dutch rows', () => {
  it('accepts text with = and < that is no HTML', () => {
    const result = read(
      'ondertekening;uw handtekening;ondertekening = uw handtekening\nkleiner dan;minder dan;a<b en x = y\nonmiddellijk;meteen;onmiddellijk = nu\n',
    );
    expect(result).toMatchObject({ ok: true, invalid: [] });
    expect(result.ok && result.entries.map((e) => e.explanation)).toEqual([
      'ondertekening = uw handtekening',
      'a<b en x = y',
      'onmiddellijk = nu',
    ]);
  });

  it('still refuses HTML tags, script URLs and event handlers', () => {
    const rows = [
      'a;<script>alert(1)</script>;',
      'b;<b>vet</b>;',
      'c;x</b>;',
      'd;<img src=x onerror=alert(1);',
      'e;javascript:alert(1);',
      'f;<!-- verborgen -->;',
      'g;<?xml version="1.0"?>;',
      'h;<a href="https://example.org">hier</a>;',
    ];
    const result = read(rows.join('\n'));
    expect(result.ok && result.entries).toEqual([]);
    expect(result.ok && result.invalid.map((r) => r.reason)).toEqual(rows.map(() => 'Er staat HTML of code in. Alleen gewone tekst kan.'));
  });

  it('keeps "en/of" as one alternative; | and " / " separate alternatives', () => {
    const result = read('en/of;en of of|of;\nbetreffende;over / van;\n');
    expect(result.ok && result.entries).toEqual([
      { term: 'en/of', alternatives: ['en of of', 'of'] },
      { term: 'betreffende', alternatives: ['over', 'van'] },
    ]);
  });
});

describe('cells a spreadsheet would run as a formula', () => {
  const risky = [
    { term: '=hyperlink("https://example.org";"klik")', alternatives: ['link'] },
    { term: '+cmd', alternatives: ['-achtig', '@home'], explanation: '=1+1' },
    { term: '-achtig', alternatives: ['zoals'] },
    { term: '@werk', alternatives: ['op het werk'], explanation: '+32 3 200 45 67' },
  ];

  it('are exported with a quote in front, so the spreadsheet shows them as text', () => {
    const csv = toCsv(risky);
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe('woord;schrijf liever;uitleg');
    expect(rows).toEqual([
      '"\'=hyperlink(""https://example.org"";""klik"")";link;',
      '"\'+cmd";"\'-achtig | @home";"\'=1+1"',
      '"\'-achtig";zoals;',
      '"\'@werk";op het werk;"\'+32 3 200 45 67"',
    ]);
    // No cell of the export starts with a formula character.
    for (const row of rows) for (const cell of row.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('come back as the same words, marked in the preview', () => {
    const result = read(toCsv(risky));
    expect(result.ok && result.entries).toEqual(risky);
    expect(result.ok && result.marked?.map((r) => [r.line, r.reason])).toEqual([
      [2, 'Begint met =. Klaretaal bewaart het als gewone tekst, niet als formule.'],
      [3, 'Begint met +. Klaretaal bewaart het als gewone tekst, niet als formule.'],
      [4, 'Begint met -. Klaretaal bewaart het als gewone tekst, niet als formule.'],
      [5, 'Begint met @. Klaretaal bewaart het als gewone tekst, niet als formule.'],
    ]);
  });

  it('lose only the quote the export added', () => {
    const result = read("'s-hertogenbosch;den bosch;\n'+x;y;\n=som;optelling;\n");
    expect(result.ok && result.entries.map((e) => e.term)).toEqual(["'s-hertogenbosch", '+x', '=som']);
    expect(result.ok && result.marked?.map((r) => r.line)).toEqual([2, 3]);
    expect(read('reeds;al;\n')).not.toHaveProperty('marked');
  });
});

describe('files that are not a word list', () => {
  it('explains in Dutch what is wrong', () => {
    expect(readWordList(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x78]), 'lijst.csv')).toEqual({
      ok: false,
      message: 'Het bestand is geen UTF-8-tekst. Bewaar het als UTF-8 (in Excel: ‘CSV UTF-8’) en probeer opnieuw.',
    });
    expect(readWordList(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'foto.csv')).toMatchObject({
      ok: false,
      message: expect.stringContaining('geen tekstbestand'),
    });
    expect(readWordList(new Uint8Array(6 * 1024 * 1024).fill(97), 'groot.csv')).toMatchObject({
      ok: false,
      message: expect.stringContaining('te groot'),
    });
    expect(read('{"entries": [', 'lijst.json')).toMatchObject({ ok: false, message: expect.stringContaining('geen geldige woordenlijst') });
    expect(read('{"format":"klaretaal-woordenlijst","version":9,"entries":[]}', 'lijst.json')).toMatchObject({
      ok: false,
      message: expect.stringContaining('nieuwere versie'),
    });
    expect(read('\n\n', 'leeg.csv')).toEqual({ ok: false, message: 'Het bestand bevat geen woorden.' });
  });

  it('reads UTF-16 with a byte-order mark (Excel\'s "Unicode text"), not NUL bytes without one', () => {
    const text = 'woord\tschrijf liever\tuitleg\nreeds\tal\t\nbeëindigen\tstoppen\t\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const expected = {
      ok: true,
      entries: [
        { term: 'reeds', alternatives: ['al'] },
        { term: 'beëindigen', alternatives: ['stoppen'] },
      ],
      invalid: [],
    };
    expect(readWordList(le, 'lijst.txt')).toEqual(expected);
    expect(readWordList(be, 'lijst.txt')).toEqual(expected);
    expect(readWordList(Buffer.from(text, 'utf16le'), 'lijst.txt')).toMatchObject({
      ok: false,
      message: expect.stringContaining('geen tekstbestand'),
    });
  });
});

describe('export → import', () => {
  const entries = [
    { term: 'activeringstraject', alternatives: ['begeleiding naar werk', 'hulp bij werk zoeken'] },
    { term: 'gpmi', alternatives: [], explanation: 'afspraken; "met" je begeleider' },
    { term: 'in het kader van', alternatives: ['bij'], explanation: 'regel\nnog een regel' },
  ];

  it('writes the header of the documented import format, and reads both headers', () => {
    expect(toCsv(entries).split('\r\n')[0]).toBe('woord;schrijf liever;uitleg');
    for (const header of ['woord;schrijf liever;uitleg', 'term;alternatieven;uitleg']) {
      expect(read(`${header}\nreeds;al;\n`)).toEqual({ ok: true, entries: [{ term: 'reeds', alternatives: ['al'] }], invalid: [] });
    }
  });

  it('gives back exactly the same entries through CSV and through JSON', () => {
    expect(read(toCsv(entries))).toEqual({ ok: true, entries, invalid: [] });
    expect(read(toJson(entries, 'Lijst van de vorming'), 'lijst.json')).toEqual({
      ok: true,
      name: 'Lijst van de vorming',
      entries,
      invalid: [],
    });
  });
});
