/** A word the letter defines (rules/shared/defined.ts): what counts as a definition and what does not. */
import { describe, expect, it } from 'vitest';
import { definedIn, knownFromLetter } from '../../rules/shared/defined';
import { splitLetter } from '../../engine/letter';

describe('definedIn', () => {
  it.each([
    ['U vroeg een leefloon aan. Het leefloon is geld van het OCMW.', 'leefloon'],
    ['Je huisbaas wil niets teruggeven. Een huurwaarborg is het geld dat je betaalde.', 'huurwaarborg'],
    ['Dan betaal je minder.\nVerhoogde tegemoetkoming is een voordeel van je ziekenfonds.', 'verhoogde tegemoetkoming'],
    ['- itsme op uw gsm zetten\n\nitsme is een app.', 'itsme'],
    ['Hebt u kinderen ten laste?\n\nKinderen ten laste zijn kinderen die bij u wonen.', 'kinderen ten laste'],
    ['Monitoren zijn jonge begeleiders met een opleiding.', 'monitoren'],
    ['Onze energiesnoeier komt langs. Een energiesnoeier geeft advies over energie besparen.', 'energiesnoeier'],
    ['Dan betaalt u minder. Met een verhoogde tegemoetkoming krijgt u meer geld terug.', 'verhoogde tegemoetkoming'],
    ['Maak een plaatsbeschrijving.\nIn een plaatsbeschrijving staat hoe de woning eruitziet.', 'plaatsbeschrijving'],
    ['Vanaf 1 april krijgt u het sociaal tarief. Dat is een lagere prijs voor internet thuis.', 'sociaal tarief'],
    ['De pukcode hebt u nodig om de kaart te deblokkeren.', 'pukcode'],
    ['De pukcode hebt u alleen nodig als u uw pincode vergeten bent.', 'pukcode'],
    ['Bij budgetbegeleiding maakt u samen met ons een plan voor uw geld.', 'budgetbegeleiding'],
    ['U wilt dat uw vrouw naar België komt. Dat heet gezinshereniging.', 'gezinshereniging'],
    ['Die prijs hangt af van uw inkomen. We noemen dat het inkomenstarief.', 'inkomenstarief'],
    ['De rest betaalt u zelf. Dat deel noemen we het remgeld.', 'remgeld'],
    ['Het deel dat u zelf betaalt, noemen we het remgeld.', 'remgeld'],
    ['Je hebt een uittreksel uit het strafregister nodig. Dat is een papier van de gemeente.', 'uittreksel'],
    ['Zij kijkt of u recht hebt op een gratis advocaat (dat noemen we pro deo).', 'pro deo'],
    ['Vertaald en gelegaliseerd. Gelegaliseerd betekent dat een dienst er een stempel op zette.', 'gelegaliseerd'],
    ['Kam het haar met een luizenkam. Dat is een kam met de tanden dicht bij elkaar.', 'luizenkam'],
    ['Stuur een kopie van het inschrijvingsbewijs van uw auto. Dat is het papier met de nummerplaat.', 'inschrijvingsbewijs'],
    ['Tijd voor een consultatie. Op een consultatie kijken de dokter en de verpleegkundige hoe je kindje groeit.', 'consultatie'],
    ['We stellen een afbetalingsplan voor. Dat betekent: u betaalt elke maand een deel.', 'afbetalingsplan'],
  ])('finds the definition in "%s"', (text, term) => {
    expect(definedIn(text, term)).toBe(true);
  });

  it.each([
    ['Het leefloon is verhoogd.', 'leefloon'],
    ['Het leefloon is nog niet betaald.', 'leefloon'],
    ['Het leefloon is hoger dan vroeger.', 'leefloon'],
    ['Uw leefloon is geld van het OCMW.', 'leefloon'],
    ['Wij betalen het leefloon. Het is geld van het OCMW.', 'leefloon'],
    ['Een huurwaarborg is het geld dat je betaalde.', 'waarborg'],
    ['U krijgt een leefloon. Dat is geen probleem.', 'leefloon'],
    ['Met het leefloon van uw broer is iets mis.', 'leefloon'],
    ['Bij het leefloon van uw broer hoort een brief.', 'leefloon'],
    ['Bij het CAW kunt u gratis praten met een hulpverlener.', 'caw'],
    ['Op een dinsdag in mei.', 'dinsdag'],
  ])('finds none in "%s"', (text, term) => {
    expect(definedIn(text, term)).toBe(false);
  });
});

describe('knownFromLetter', () => {
  const known = (text: string) => knownFromLetter({ text, blocks: splitLetter(text) });
  const reply = (quote: string) =>
    `Re: mijn waarborg\n\nBeste mevrouw Osman,\n\nUw huurwaarborg staat op een rekening.\n\nMet vriendelijke groeten,\nHanne Bogaert\nAdvocaat, Rechtswinkel Wetteren\n\n${quote}`;

  it("knows the sender's own words and the reader's own, from the mail this one answers", () => {
    const words = known(
      reply('Op ma 10 nov 2025 om 21:47 schreef Mariam Osman <m.osman@outlook.com>:\n> De eigenaar wil mijn huurwaarborg niet teruggeven.'),
    );
    expect(words('huurwaarborg')).toBe(true);
    expect(words('rechtswinkel wetteren')).toBe(true);
    expect(words('waarborg')).toBe(true);
    expect(words('rekening')).toBe(false);
  });

  it('does not take the words of a forwarded mail: somebody else wrote it', () => {
    const words = known(
      reply(
        '---------- Doorgestuurd bericht ---------\nVan: Immo Dewaele <info@dewaele.be>\nDatum: 10 nov 2025\n\nDe huurwaarborg blijft geblokkeerd.',
      ),
    );
    expect(words('huurwaarborg')).toBe(false);
  });
});
