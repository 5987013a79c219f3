/** Word-list files: what a trainer or an organisation hands out, and what goes wrong with real files. */
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readWordList, toCsv, toJson } from '../../db/word-list-file';

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
    expect(read('termijn;periode;\nterm;;uitleg van het woord term\n')).toMatchObject({ ok: true, entries: [{ term: 'termijn' }, { term: 'term' }] });
    expect(read('woord;schrijf liever;uitleg\ntermijn;periode;\n')).toMatchObject({ ok: true, entries: [{ term: 'termijn' }] });
  });

  it('handles quoted fields with separators and line breaks, and several alternatives', () => {
    const result = read('"verzoeken";"vragen | verzoek doen";"formeel; ""ambtelijk"""\n"betreffende";"over / van";"regel\nmet een breuk"\n');
    expect(result.ok && result.entries).toEqual([
      { term: 'verzoeken', alternatives: ['vragen', 'verzoek doen'], explanation: 'formeel; "ambtelijk"' },
      { term: 'betreffende', alternatives: ['over', 'van'], explanation: 'regel\nmet een breuk' },
    ]);
  });

  it('names every bad row by its line and a Dutch reason, and keeps the good rows', () => {
    const result = read(['term;alternatieven;uitleg', 'teneinde;om;', ';leeg;', 'derhalve;;', 'Teneinde;om;', 'hoi;<b>ja</b>;', 'x;<script>alert(1)</script>;', '', 'reeds;al;'].join('\n'));
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
    expect(read(`${rows}\nnog;een;`)).toEqual({ ok: false, message: 'Het bestand heeft meer dan 50000 regels. Splits de lijst in kleinere bestanden.' });
  });
});

describe('files that are not a word list', () => {
  it('explains in Dutch what is wrong', () => {
    expect(readWordList(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x78]), 'lijst.csv')).toEqual({
      ok: false,
      message: 'Het bestand is geen UTF-8-tekst. Bewaar het als UTF-8 (in Excel: ‘CSV UTF-8’) en probeer opnieuw.',
    });
    expect(readWordList(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'foto.csv')).toMatchObject({ ok: false, message: expect.stringContaining('geen tekstbestand') });
    expect(readWordList(new Uint8Array(6 * 1024 * 1024).fill(97), 'groot.csv')).toMatchObject({ ok: false, message: expect.stringContaining('te groot') });
    expect(read('{"entries": [', 'lijst.json')).toMatchObject({ ok: false, message: expect.stringContaining('geen geldige woordenlijst') });
    expect(read('{"format":"klaretaal-woordenlijst","version":9,"entries":[]}', 'lijst.json')).toMatchObject({ ok: false, message: expect.stringContaining('nieuwere versie') });
    expect(read('\n\n', 'leeg.csv')).toEqual({ ok: false, message: 'Het bestand bevat geen woorden.' });
  });
});

describe('export → import', () => {
  const entries = [
    { term: 'activeringstraject', alternatives: ['begeleiding naar werk', 'hulp bij werk zoeken'] },
    { term: 'gpmi', alternatives: [], explanation: 'afspraken; "met" je begeleider' },
    { term: 'in het kader van', alternatives: ['bij'], explanation: 'regel\nnog een regel' },
  ];

  it('gives back exactly the same entries through CSV and through JSON', () => {
    expect(read(toCsv(entries))).toEqual({ ok: true, entries, invalid: [] });
    expect(read(toJson(entries, 'Lijst van de vorming'), 'lijst.json')).toEqual({ ok: true, name: 'Lijst van de vorming', entries, invalid: [] });
  });
});
