import type { ClaimId } from './types';

/**
 * The KS report's own words for each claim (nb), for the interface to quote: section 2.5
 * «Testing av påstander» of «Hvordan lykkes kommunesektoren i sosiale medier?» (Gambit H+K for KS, 2014),
 * and advice drawn from the report's findings in chapter 3 («God bruk av sosiale medier …»).
 * Quoted text is the report's and stays in Norwegian whatever the interface language.
 */
export interface ClaimCatalogEntry {
  id: ClaimId;
  /** «Påstand N» as the report states it */
  claim: string;
  /** the report's explanation right after the claim */
  explanation: string;
  /** advice from the report, quoted or closely paraphrased */
  advice: string[];
  /** where in the report */
  source: string;
}

export const CLAIM_CATALOG: Record<ClaimId, ClaimCatalogEntry> = {
  H1: {
    id: 'H1',
    claim: 'De beste kommunene oppdaterer ofte',
    explanation: 'Ofte betyr i denne sammenhengen mer enn fire oppdateringer i uken.',
    advice: [
      'Informer jevnlig om aktiviteter og kunngjøringer i kommunen via sosiale medier for å øke lokalt engasjement.',
      'Informer om hva som skjer i kommunen, både i politiske og ikke-politiske aktiviteter.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 1; 3.1 oppsummering punkt 1',
  },
  H2: {
    id: 'H2',
    claim: 'De beste kommunene svarer raskt på spørsmål og innlegg fra innbyggerne',
    explanation: 'Responstiden avhenger av saken, men de beste kommunene svarer som oftest i løpet av 24 timer i ukedagene.',
    advice: [
      'Svar innen 24 timer, og ha rutiner for å videreformidle henvendelser fra innbyggerne til rette instans.',
      'Kan dere ikke gi et fullstendig svar innen 24 timer, svar kort og fortell om videre prosess.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 2; 3.1 «Ved å svare raskt og ha gode rutiner for å videreformidle henvendelser»',
  },
  H3: {
    id: 'H3',
    claim: 'De beste kommunene publiserer uformelle og engasjerende innlegg',
    explanation: 'Uformelle og engasjerende innlegg er tilpasset formen i sosiale medier.',
    advice: [
      'Bruk en personlig tone og kommuniser tydelig hvorfor nyheten er relevant for innbyggerne dere ønsker å nå.',
      'Innbyggerne opplever innleggene ofte som litt nøytrale i tonen og lite engasjerende.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 3; 3.2 «Ved å bruke personlig språk og en uformell tone som skaper engasjement»',
  },
  H4: {
    id: 'H4',
    claim: 'De beste kommunene spiller på stoltheten til kommunen',
    explanation: 'Saker fra lokalmiljøet som spiller på stoltheten til kommunen og skaper en felles identitet.',
    advice: [
      'Bygg stolthet blant innbyggerne ved å spille på lokalpatriotisme.',
      'Gladsaker og «framsnakking» av personer, næringsliv eller andre i kommunen bidrar til dette.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 4; 3.2 «Ved å styrke lokalpatriotismen og bygge omdømme med gladsaker»',
  },
  H5: {
    id: 'H5',
    claim: 'De beste kommunene bruker «du-form» i innleggene de legger ut',
    explanation: 'Innlegg med «du-form» er mer personlig rettet mot innbyggerne.',
    advice: ['Bruk en personlig tone og du-form i statusoppdateringene.'],
    source: 'KS-rapporten, 2.5 Påstand 5; 3.2 «Ved å bruke personlig språk og en uformell tone»',
  },
  H6: {
    id: 'H6',
    claim: 'De beste kommunene trekker frem positive ting andre gjør i kommunen',
    explanation: 'Positive ting andre aktører gjør i kommunen er for eksempel bilder av lokale ildsjeler, gode initiativ og andre arrangementer som ikke nødvendigvis organiseres av kommunen.',
    advice: [
      'Del det positive som skjer i kommunen – både egne aktiviteter og andres arrangementer.',
      '«Framsnakk» personer, næringsliv og andre i kommunen.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 6; 3.2 «gladsaker»',
  },
  H7: {
    id: 'H7',
    claim: 'De beste kommunene informerer om driftsmeldinger',
    explanation: 'Driftsmeldinger er meldinger om strøm- og vannbrudd, stengte veier eller andre viktige meldinger fra kommunen til berørte innbyggere.',
    advice: [
      'Informer innbyggerne om mindre alvorlige «hverdagskriser» som berører dem, som bortfall av strøm eller ødelagte vannledninger.',
      'Ha en plan for å bruke sosiale medier i en krise- og beredskapssituasjon.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 7; 3.3 «Ved å bruke sosiale medier til å informere om hverdagskriser»',
  },
  H8: {
    id: 'H8',
    claim: 'De beste kommunene er tydelige på hva Facebook-siden skal inneholde',
    explanation: 'Kommunene har definert retningslinjer og regler for diskusjon i Om-seksjonen på sin Facebook-side, og er tydelige på Facebook om hva deres side skal inneholde.',
    advice: [
      'Skriv i Om-seksjonen hva siden skal brukes til, og hvilke regler som gjelder for diskusjon.',
      'Upassende innlegg og personangrep skal ikke tolereres; ha rutiner for å håndtere kritiske kommentarer.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 8; 3.2 «Ved å ta selvkritikk og ha gode rutiner …»',
  },
  H9: {
    id: 'H9',
    claim: 'De beste kommunene er tydelige på når de er tilgjengelige',
    explanation: 'Kommuner som har lagt ut åpningstidene under beskrivelsen av Facebook-siden tydeliggjør når de er tilgjengelige.',
    advice: ['Legg åpningstidene (eller når siden er bemannet) under beskrivelsen av Facebook-siden.'],
    source: 'KS-rapporten, 2.5 Påstand 9',
  },
  H10: {
    id: 'H10',
    claim: 'De beste kommunene stiller spørsmål og inviterer til innbyggerdialog',
    explanation: 'Kommunen kan stille spørsmål om hva innbyggere mener om ulike forhold av generell karakter. Noen av kommunene har i tillegg egne chatte-tjenester, der innbyggerne kan stille spørsmål.',
    advice: [
      'Inviter innbyggerne til debatt og diskusjon ved å stille spørsmål eller be eksplisitt om innspill.',
      'Be om innspill fra innbyggerne til sakene i oppdateringene på Facebook.',
    ],
    source: 'KS-rapporten, 2.5 Påstand 10; 3.1 «Ved å invitere til dialog»',
  },
};
