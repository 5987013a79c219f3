/** A word the letter defines (rules/shared/defined.ts): what counts as a definition and what does not. */
import { describe, expect, it } from 'vitest';
import { definedIn } from '../../rules/shared/defined';

describe('definedIn', () => {
  it.each([
    ['U vroeg een leefloon aan. Het leefloon is geld van het OCMW.', 'leefloon'],
    ['Je huisbaas wil niets teruggeven. Een huurwaarborg is het geld dat je betaalde.', 'huurwaarborg'],
    ['Dan betaal je minder.\nVerhoogde tegemoetkoming is een voordeel van je ziekenfonds.', 'verhoogde tegemoetkoming'],
    ['- itsme op uw gsm zetten\n\nitsme is een app.', 'itsme'],
    ['Hebt u kinderen ten laste?\n\nKinderen ten laste zijn kinderen die bij u wonen.', 'kinderen ten laste'],
    ['Monitoren zijn jonge begeleiders met een opleiding.', 'monitoren'],
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
  ])('finds none in "%s"', (text, term) => {
    expect(definedIn(text, term)).toBe(false);
  });
});
