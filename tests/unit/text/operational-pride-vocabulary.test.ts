import { describe, expect, it } from 'vitest';
import { analyzeText, type TextLang } from '../../../lib/text';
import { compileLexicon } from '../../../lib/text/compile-lexicon';
import nb from '../../../lib/text/lexicon/nb.json';

const op = (text: string, lang?: TextLang) => analyzeText(text, lang ? { lang } : {}).labels.operational;
const pride = (text: string, lang?: TextLang) => analyzeText(text, lang ? { lang } : {}).labels.pride;

describe('H7: compound words — a disruption inside a longer word', () => {
  it.each([
    ['nb', 'Hovedvannledningen i Lia er reparert, og vannet er tilbake.'],
    ['nb', 'Det har vært et overløp fra avløpspumpestasjonen ved Strandparken.'],
    ['nb', 'Fjernvarmen er ute etter en lekkasje på hovedrøret.'],
    ['nn', 'Vassleidningsbrot i Kyrkjevegen: bustadene er utan vatn.'],
    ['da', 'Snerydningsbilerne kører fra kl. 4 i nat.'],
    ['da', 'Der er indført afbrændingsforbud i hele kommunen pga. tørken. Det gælder også bål i haver.'],
    ['sv', 'Rörbrott på Storgatan: vattnet är avstängt till i kväll.'],
    ['sv', 'Eldningsförbud råder i hela kommunen från i dag.'],
  ])('%s: %s', (lang, text) => {
    expect(op(text, lang as TextLang).hit).toBe(true);
  });
  it('shows the whole word as evidence', () => {
    expect(op('Hovedvannledningen i Lia er reparert.', 'nb').matched).toContain('Hovedvannledningen');
  });
  it('rejects a word part shorter than four letters, naming the lexicon', () => {
    const broken = structuredClone(nb);
    (broken.labels.operational.terms as Record<string, number>)['*ras*'] = 2;
    expect(() => compileLexicon(broken, 'short-part')).toThrow(/short-part/);
  });
});

describe('H7: snow clearing, gritting, weather closures, ferries, fire bans', () => {
  it.each([
    ['nb', 'Vi strør og sander kommunale veier og fortau fra tidlig morgen.'],
    ['nn', 'Vi strør gangvegar og fortau i sentrum i dag.'],
    ['nn', 'Ferja mellom Sande og Leira går ikkje før vinden har lagt seg.'],
    ['da', 'Vi salter hovedveje og busruter fra kl. 4 i nat.'],
    ['sv', 'Det är mycket halt i dag. Vi sandar gång- och cykelvägar så fort vi hinner.'],
    ['en', 'Our gritters are out tonight treating all priority routes.'],
    ['en', 'All schools in the district are closed today due to heavy snow.'],
    ['nb', 'Det er totalforbud mot bålbrenning i skog og utmark fra i dag.'],
    ['da', 'Skraldebilen kunne ikke komme frem på din vej i dag pga. parkerede biler.'],
    ['da', 'Trafikinfo: Østergade er ensrettet i to uger pga. kloakarbejde.'],
    ['sv', 'Skolskjutsarna är inställda i dag på grund av halkan.'],
    ['sv', 'Bussarna går inte enligt tidtabell på grund av snöovädret.'],
    ['en', 'Water supplies have now been restored to all properties in Eastfield.'],
    ['nn', 'Det er fare for flaum i Storelva. Hald deg unna elvebredda.'],
    ['nn', 'Det er straumlaust i Vik sentrum. BKK jobbar med feilen.'],
    ['sv', 'Vattenledningen har frusit på Björkgatan. Vi jobbar med att tina den.'],
    ['en', 'Bins not collected? Crews could not access some streets because of parked cars.'],
    ['da', 'Stormvarsel: Hold dig inde i aften, og sørg for at fastgøre løse genstande.'],
    ['nn', 'Legekontoret er utan telefon i dag. Ved akutt behov, ring 116 117.'],
    ['sv', 'Tågen mellan Västby och Norrby ersätts med bussar under helgen.'],
    ['sv', 'Hemtjänsten har svårt att ta sig fram på grund av snön, besöken kan bli försenade.'],
    ['nn', 'Vi har fått melding om ein leidningsfeil på fiberen. Skulane har ikkje internett i dag.'],
    ['nb', 'Ferga går etter redusert rute i helga på grunn av mannskapsmangel.'],
    ['sv', 'Uppdatering: Vattnet är tillbaka på Kvarngatan.'],
    ['en', 'We are experiencing problems with our online forms. Please call us instead.'],
    ['nb', 'Brannvesenet ber folk i Storgata holde vinduer og dører lukket på grunn av kraftig røyk fra en brann.'],
  ])('%s: %s', (lang, text) => {
    expect(op(text, lang as TextLang).hit).toBe(true);
  });
});

describe('H7: negations, all-clears and near-misses', () => {
  it('does not count a negated disruption, also inside a compound', () => {
    expect(op('Ingen vannbrudd i hele 2024 – takk til VA-gjengen!', 'nb').hit).toBe(false);
    expect(op('Vi har ingen lekkasjer på ledningsnettet i år.', 'nb').hit).toBe(false);
  });
  it('counts an all-clear («veien er ikke lenger stengt»)', () => {
    expect(op('Veien er ikke lenger stengt.', 'nb').hit).toBe(true);
    expect(op('Vegen er ikkje lenger stengd, og ferja går som normalt.', 'nn').hit).toBe(true);
  });
  it('does not count a hearing or a plan about a road or water', () => {
    expect(op('Høring: reguleringsplan for ny rundkjøring på fylkesvei 42. Send innspill innen 1. mars.', 'nb').hit).toBe(false);
    expect(op('Planprogrammet for ny veg gjennom sentrum er no ute på høyring.', 'nn').hit).toBe(false);
    expect(op('Kommunestyret vedtok ny plan for vann og avløp.', 'nb').hit).toBe(false);
    expect(op('Høring – forslag til endring av forskrift om husholdningsrenovasjon.', 'nb').hit).toBe(false);
    expect(op('Have your say on the proposed cycle lanes for Station Road.', 'en').hit).toBe(false);
  });
  it('does not read «gjennombrudd» (a breakthrough) or a holiday closure as a disruption', () => {
    expect(op('Gjennombruddet for den nye skolen kom i kommunestyret i går.', 'nb').hit).toBe(false);
    expect(op('Borgerservice har lukket fredag den 5. juni (Grundlovsdag).', 'da').hit).toBe(false);
    expect(op('Not a single water main break this winter! Hats off to our crew.', 'en').hit).toBe(false);
    expect(op('A reminder that the A1 Café in the town hall is open daily.', 'en').hit).toBe(false);
    expect(op('Har du spørsmål om eiendomsskatt? Ring servicetorget.', 'nb').hit).toBe(false);
  });
  it('does not count recruiting, information meetings, advice or a summer closure', () => {
    expect(op('Informasjonsmøte om ny vannledning til Nes – alle er velkommen.', 'nb').hit).toBe(false);
    expect(op('Kommunen söker personal till snöröjningen i vinter.', 'sv').hit).toBe(false);
    expect(op('We are recruiting gritter drivers for the winter season.', 'en').hit).toBe(false);
    expect(op('Tips: Slik unngår du frosne vannrør i vinter.', 'nb').hit).toBe(false);
    expect(op('Kulturhuset er stengt for sommeren. Vi åpner igjen 15. august.', 'nb').hit).toBe(false);
    expect(op('Tømmekalenderen for 2025 er klar. Last den ned på nettsiden.', 'nb').hit).toBe(false);
  });
});

describe('H4: pride vocabulary', () => {
  it.each([
    ['nb', 'Det finnes ikke noe sted som er vakrere enn her hjemme 😍'],
    ['nn', 'Det finst ikkje mange stader som er finare enn her heime.'],
    ['sv', 'Det finns inte många platser som är vackrare än vår kommun.'],
    ['nb', 'Heia Ingrid! Sølv i VM!'],
    ['da', 'Hele kommunen hepper på dig, Emma! Du er udtaget til landsholdet.'],
    ['nb', 'Rekordmange besøkende på museet i sommer.'],
    ['sv', 'Rekordmånga besökare på marknaden i år.'],
    ['nb', 'Nye Sandvik kulturhus er offisielt åpnet!'],
    ['en', 'Millbrook has been named one of the prettiest towns in the country.'],
    ['nb', 'NRK var innom i går – nå vet hele landet om sjøbadstua vår.'],
    ['da', 'I dag fylder vores bibliotek 150 år 🎉 Kom og fejr det med os.'],
    ['nn', 'Gratulerer til Vik IL som rykte opp til 3. divisjon!'],
    ['sv', 'Västby har valts till Årets friluftskommun! 🌲'],
    ['nn', 'I år er det 200 år sidan den første skulen i kommunen opna.'],
    ['en', 'Our parks have won seven Green Flag awards this year!'],
    ['sv', 'Ingen ort i landet har fler föreningar per invånare än Västby.'],
    ['nb', 'I dag er det 50 år siden brua over fjorden ble åpnet. Den forandret livet i bygda.'],
    ['nb', 'Kjenner du igjen dette stedet? Et av de flotteste turmålene i kommunen 😍'],
    ['nb', 'Dalen kulturhus er nominert til Statens byggeskikkpris 2025!'],
    ['sv', 'Tack alla som kom på Västbydagen! Rekordpublik i år 🎉'],
    ['en', 'Millbrook Museum now holds the largest collection of Roman coins in the North.'],
    ['da', 'Vestby Gymnastikforening er danske mestre for tredje gang!'],
    ['nb', 'Hurra! Fjordvik skolekorps vant NM for skolekorps i går 🎺'],
    ['sv', 'Vackra Västby i vinterskrud ❄️'],
    ['en', 'Stunning frost this morning across Millbrook Common ❄️'],
  ])('%s: %s', (lang, text) => {
    expect(pride(text, lang as TextLang).hit).toBe(true);
  });
  it('does not read an event invitation, a shop opening next month or a person\'s birthday as pride', () => {
    expect(pride('Velkommen til julemarked på torget lørdag.', 'nb').hit).toBe(false);
    expect(pride('Ny barnehage åpner i august.', 'nb').hit).toBe(false);
    expect(pride('Hjertelig tillykke til Karen Madsen, der i dag fylder 100 år.', 'da').hit).toBe(false);
    expect(pride('Craft fair at the community centre this Saturday from 10am to 3pm.', 'en').hit).toBe(false);
    expect(pride('Vi feirer 17. mai med tog og taler på torget.', 'nb').hit).toBe(false);
    expect(pride('For første gang kan du levere byggesøknad digitalt.', 'nb').hit).toBe(false);
    expect(pride('Se VM på storskjerm i kulturhuset søndag!', 'nb').hit).toBe(false);
    expect(pride('Nominer årets ildsjel innen 1. mai!', 'nb').hit).toBe(false);
    expect(pride('Prisen for SFO går ned fra august.', 'nb').hit).toBe(false);
    expect(pride('Det er 10 år sidan vi fekk ny skule.', 'nn').hit).toBe(false);
    expect(pride('Nominations are open for the Community Awards 2025.', 'en').hit).toBe(false);
  });
});
