/**
 * Example letters for the trainer page ("Oefenen").
 *
 * Each letter is deliberately written in Flemish officialese, as staff of social organisations
 * in Antwerp still often write to newcomers (NT2, A2–B1) and people with low literacy. Trainers
 * load one with a click, show what makes it hard and rewrite it together with the group.
 * Names, phone numbers and e-mail addresses are made up.
 */

export interface ExampleLetter {
  /** kebab-case, e.g. 'afspraak-jobcoach'. */
  id: string;
  /** Short Dutch title for a button. */
  title: string;
  /** One plain Dutch sentence: what the letter is about. */
  topic: string;
  /** The officialese letter, paragraphs separated by a blank line. */
  text: string;
}

const letter = (...paragraphs: string[]): string => paragraphs.join('\n\n');

export const EXAMPLE_LETTERS: readonly ExampleLetter[] = [
  {
    id: 'afspraak-jobcoach',
    title: 'Afspraak met de jobcoach',
    topic: 'De VDAB nodigt iemand uit voor een gesprek met de jobcoach over werk zoeken.',
    text: letter(
      'Geachte mevrouw,',
      'Hierbij delen wij u mee dat u in het kader van uw arbeidsbemiddelingstraject bij de VDAB wordt uitgenodigd voor een opvolgingsgesprek met uw trajectbegeleider. U wordt verwacht op dinsdag 10 maart 2026 om 14 uur in ons kantoor aan de Lange Kievitstraat 111 te 2018 Antwerpen.',
      'Tijdens dit gesprek zal o.a. de bespreking van uw zoekgedrag en het opstellen van een actieplan m.b.t. opleidingen en vacatures plaatsvinden. Gelieve uw identiteitskaart, uw cv alsook de reeds verstuurde sollicitatiebrieven mee te brengen teneinde het gesprek vlot te laten verlopen.',
      'Indien u verhinderd bent, dient u ons vooraleer de afspraak plaatsvindt telefonisch te verwittigen, aangezien een afwezigheid zonder geldige reden gevolgen kan hebben voor uw uitkering en uw inschrijving als werkzoekende derhalve opnieuw kan worden beoordeeld.',
      'Het is niet onbelangrijk dat u stipt aanwezig bent. Aarzel niet om ons te contacteren op het nummer 03 200 45 67 voor bijkomende inlichtingen.',
      'Met de meeste hoogachting,\nSarah Peeters, trajectbegeleider VDAB Antwerpen',
    ),
  },
  {
    id: 'leefloon-ocmw',
    title: 'Documenten voor het leefloon',
    topic: 'Het OCMW vraagt papieren om te beslissen of iemand een leefloon krijgt.',
    text: letter(
      'Geachte heer,',
      'Met betrekking tot uw aanvraag van een leefloon bij het OCMW Antwerpen delen wij u mee dat uw dossier op dit ogenblik nog niet volledig is. Uw aanvraag werd op 2 februari 2026 ontvangen, maar de behandeling van uw dossier kan pas gebeuren na ontvangst van alle nodige stukken.',
      'Wij verzoeken u derhalve om de volgende documenten z.s.m. en uiterlijk op vrijdag 27 februari 2026 aan het onthaal van het Sociaal Huis, Lange Gasthuisstraat 39, af te geven of middels bijgevoegde omslag te retourneren: uw bankafschriften van de laatste drie maanden, uw huurcontract, een attest van uw ziekenfonds alsook bv. loonbrieven van uw partner.',
      'Gelieve op elk document uw rijksregisternummer te vermelden. Indien de gevraagde stukken niet tijdig worden ontvangen, kan er geen beslissing worden genomen en wordt uw aanvraag geweigerd.',
      'In bijlage vindt u een lijst van de gevraagde documenten. Wij hopen u hiermee voldoende te hebben geïnformeerd.',
      'Met de meeste hoogachting,\nKarim El Amrani, maatschappelijk werker OCMW Antwerpen',
    ),
  },
  {
    id: 'praatgroep-nederlands',
    title: 'Uitnodiging praatgroep Nederlands',
    topic: 'Iemand mag elke week komen oefenen in een praatgroep Nederlands.',
    text: letter(
      'Geachte mevrouw,',
      'Naar aanleiding van uw inschrijving bij het Huis van het Nederlands hebben wij het genoegen u uit te nodigen voor deelname aan onze praatgroep Nederlands. U werd ingedeeld in de groep van niveau A2, die wekelijks samenkomt op donderdag van 14 uur tot 16 uur in de bibliotheek Permeke, De Coninckplein 25 te 2060 Antwerpen.',
      'De eerste bijeenkomst vindt plaats op donderdag 16 april 2026. Gelieve u a.u.b. een kwartier vooraleer de sessie begint aan te melden bij het onthaal, alsook uw identiteitskaart mee te brengen teneinde uw aanwezigheid te kunnen registreren.',
      'Het regelmatig bijwonen van de praatgroep is belangrijk voor het oefenen van uw spreekvaardigheid, waarbij o.a. thema’s als winkelen, de dokter, het openbaar vervoer en het contact met de school van uw kinderen aan bod komen.',
      'Indien u niet aanwezig kan zijn, wordt u verzocht de begeleider tijdig te verwittigen via praatgroep@voorbeeld.be. Aarzel niet om ons te contacteren voor bijkomende inlichtingen.',
      'Met de meeste hoogachting,\nLies Van den Broeck, coördinator praatgroepen',
    ),
  },
  {
    id: 'sociale-huurwoning',
    title: 'Uw plaats op de wachtlijst',
    topic: 'De woonmaatschappij vraagt iemand om te bevestigen dat hij nog een sociale huurwoning wil.',
    text: letter(
      'Geachte heer,',
      'Hierbij delen wij u mee dat in het kader van de jaarlijkse actualisatie van het inschrijvingsregister uw kandidatuur voor een sociale huurwoning opnieuw dient te worden nagekeken. U staat reeds sinds 14 september 2023 ingeschreven op de wachtlijst van onze woonmaatschappij.',
      'Teneinde uw plaats op de wachtlijst te behouden, wordt u verzocht het bijgevoegde formulier volledig in te vullen, te ondertekenen en uiterlijk op 31 mei 2026 te retourneren naar ons kantoor aan de Lange Lozanastraat 142, 2018 Antwerpen. Indien wij uw antwoord niet tijdig ontvangen, wordt uw inschrijving geschrapt.',
      'Wij wensen u erop te wijzen dat u bij de toewijzing van een woning een huurwaarborg van maximaal twee maanden huur dient te betalen, en dat de huurprijs wordt berekend op basis van het inkomen van alle gezinsleden, zoals vermeld op het aanslagbiljet van de personenbelasting.',
      'Voor het indienen van uw inkomensgegevens m.b.t. het jaar 2024 kan u terecht bij onze zitdagen. Gelieve bijkomend uw rijksregisternummer te vermelden.',
      'Wij hopen u hiermee voldoende te hebben geïnformeerd.',
      'Met de meeste hoogachting,\nDienst Verhuring, woonmaatschappij Antwerpen',
    ),
  },
  {
    id: 'inburgeringstraject',
    title: 'Start van uw inburgeringstraject',
    topic: 'Het Agentschap Integratie en Inburgering nodigt iemand uit om te starten met de inburgering.',
    text: letter(
      'Geachte mevrouw,',
      'Hierbij delen wij u mee dat u door de stad Antwerpen werd doorverwezen naar het Agentschap Integratie en Inburgering voor het volgen van een inburgeringstraject. Aangezien u inburgeringsplichtig bent, dient u zich binnen de gestelde termijn bij ons aan te melden, teneinde een trajectbegeleider aan u te kunnen toewijzen en de inschrijving voor de lessen Nederlands en de cursus maatschappelijke oriëntatie in orde te brengen.',
      'U wordt verwacht op maandag 4 mei 2026 om 9.30 uur in ons onthaalbureau aan de Carnotstraat 110 te 2060 Antwerpen. Gelieve uw verblijfskaart en een recente pasfoto mee te brengen. Indien nodig wordt i.v.m. de communicatie een tolk voorzien.',
      'Wij wensen u erop te wijzen dat het niet naleven van de inburgeringsplicht kan leiden tot het opleggen van een administratieve geldboete. Vooraleer u een afspraak verplaatst, dient u ons derhalve steeds te verwittigen.',
      'Aarzel niet om ons te contacteren voor bijkomende inlichtingen.',
      'Met de meeste hoogachting,\nAgentschap Integratie en Inburgering, regio Antwerpen',
    ),
  },
  {
    id: 'vrijwilligerswerk-wijkcentrum',
    title: 'Vrijwilligerswerk in het wijkcentrum',
    topic: 'Een wijkcentrum vraagt of iemand wil helpen als vrijwilliger.',
    text: letter(
      'Geachte heer,',
      'Naar aanleiding van uw gesprek met onze maatschappelijk werker werd uw interesse in vrijwilligerswerk aan ons doorgegeven. Hierbij delen wij u mee dat wijkcentrum De Kaai, gelegen aan de Kerkstraat 78 te 2060 Antwerpen, op zoek is naar vrijwilligers voor o.a. de ontmoetingsruimte, de kledingbank en de begeleiding van kinderen bij het huiswerk.',
      'Het opnemen van vrijwilligerswerk biedt u de mogelijkheid uw kennis van het Nederlands in de praktijk te brengen, waarbij u bijkomend nieuwe contacten in de buurt kan leggen. Indien u een leefloon of een uitkering ontvangt, dient u het vrijwilligerswerk vooraf te melden bij het OCMW of de RVA.',
      'Wij nodigen u uit voor een kennismakingsgesprek op woensdag 20 mei 2026 om 10 uur. Tijdens dit gesprek wordt een vrijwilligersovereenkomst opgemaakt en worden de afspraken i.v.m. verzekering en onkostenvergoeding besproken. Breng a.u.b. je identiteitskaart mee.',
      'Wij hopen u hiermee voldoende te hebben geïnformeerd. Aarzel niet om ons te contacteren.',
      'Met de meeste hoogachting,\nHanne Claes, coördinator vrijwilligers wijkcentrum De Kaai',
    ),
  },
];
