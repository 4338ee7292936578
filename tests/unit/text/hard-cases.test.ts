import { describe, expect, it } from 'vitest';
import { analyzeText, analyzePageTexts, detectLanguage, isCitizenQuestion, type TextLang } from '../../../lib/text';

const du = (text: string, lang: TextLang) => analyzeText(text, { lang }).labels.duForm;

describe('du-form (H5): pronouns as whole words only', () => {
  it('does not see «du» inside other words', () => {
    expect(du('Ny dusj i svømmehallen. Anlegget er durabelt og dukket opp i budsjettet.', 'nb').hit).toBe(false);
  });
  it('counts du, deg, din, dere as words', () => {
    const r = du('Vi trenger deg! Har dere spørsmål, ring oss.', 'nb');
    expect(r.hit).toBe(true);
    expect(r.matched).toEqual(expect.arrayContaining(['deg', 'dere']));
  });
  it('does not count innbyggerne, man or publikum', () => {
    expect(du('Innbyggerne oppfordres til å spare på vannet. Man kan lese mer på nettsiden, og publikum er velkommen.', 'nb').hit).toBe(false);
  });
  it('counts a Nynorsk plural «de» and «dykk»', () => {
    expect(du('Kva meiner de om planane?', 'nn').hit).toBe(true);
    expect(du('Me vil gjerne høyre frå dykk.', 'nn').hit).toBe(true);
  });
});

describe('du-form: formal «De» and sentence-initial «De» (they)', () => {
  it('does not count formal capital De/Dem/Deres', () => {
    expect(du('Har De spørsmål, kan De kontakte oss. Vi sender Dem svar på Deres henvendelse.', 'nb').hit).toBe(false);
  });
  it('does not count «De» = they at a sentence start', () => {
    expect(du('De som ønsker å stille ut på julemarkedet, må melde seg på innen fredag.', 'nb').hit).toBe(false);
    expect(du('De frivillige har scannet 10.000 fotos. De kan nu ses online.', 'da').hit).toBe(false);
  });
});

describe('du-form: Danish «I» (you, plural) vs «I» = in, and English «I»', () => {
  it('counts Danish «I» mid-sentence and before a verb at a sentence start', () => {
    expect(du('Tak fordi I har været tålmodige.', 'da').hit).toBe(true);
    expect(du('I kan hente sandsække på materielgården.', 'da').hit).toBe(true);
  });
  it('does not count Danish «I» = in at a sentence start', () => {
    expect(du('I weekenden åbner museet en ny udstilling. I dag er der fri entré.', 'da').hit).toBe(false);
  });
  it('does not count English «I»', () => {
    expect(du('I am proud of the volunteers who cleaned the beach.', 'en').hit).toBe(false);
  });
  it('counts English «please» anywhere but not «thank you to» a third party', () => {
    expect(du('If it is urgent, please email us instead.', 'en').hit).toBe(true);
    expect(du('Thank you to everyone who makes this community what it is.', 'en').hit).toBe(false);
  });
  it('counts Swedish «ni» and English «you»', () => {
    expect(du('Är ni över 65 år? Då kan ni vaccinera er gratis.', 'sv').hit).toBe(true);
    expect(du('Thank you for your patience.', 'en').hit).toBe(true);
  });
});

describe('du-form: quoted speech and hashtags do not address the reader', () => {
  it('ignores a dash quotation ending with an attribution verb', () => {
    expect(du('– Dere gjør en enorm jobb, og dere fortjener mer støtte, sa ministeren da han besøkte senteret.', 'nb').hit).toBe(false);
  });
  it('ignores guillemets and double quotes', () => {
    expect(du('«Du er aldri alene» er tittelen på årets teaterstykke.', 'nb').hit).toBe(false);
    expect(du('"You are the heart of this community," the mayor told the staff.', 'en').hit).toBe(false);
  });
  it('still counts the page speaking outside the quotation', () => {
    expect(du('«Vi er stolte», sier ordføreren. Les hele intervjuet på nettsiden vår, og si gjerne hva du mener.', 'nb').hit).toBe(true);
  });
  it('ignores hashtags', () => {
    expect(du('Sommerfest på torget i kveld #duerikkealene #dugnad', 'nb').hit).toBe(false);
  });
});

describe('du-form: imperatives to the reader', () => {
  it('counts an imperative at a sentence start, after a dash, and after «men»', () => {
    expect(du('Vannet er tilbake. Husk å la springen renne litt.', 'nb').hit).toBe(true);
    expect(du('Vi prøver igjen i morgen – la dunken stå ute!', 'nb').hit).toBe(true);
    expect(du('Det er glatt på vegane, men køyr forsiktig.', 'nn').hit).toBe(true);
  });
  it('does not count the same verb in the middle of a sentence', () => {
    expect(du('Kommunen vil se på saken og ta en avgjørelse i mai.', 'nb').hit).toBe(false);
  });
});

describe('operational notices (H7) and negations', () => {
  const op = (text: string) => analyzeText(text).labels.operational;
  it('finds water, road, power and waste notices in each language', () => {
    expect(op('Vannbrudd i Skolegata. Beboerne kan være uten vann til kl. 14.').hit).toBe(true);
    expect(op('Vegen over Hjelleskaret er stengd. Det er sett opp omkøyring via Strandvegen.').hit).toBe(true);
    expect(op('Kogeanbefaling i Nørre Aaby: kog vandet, før du drikker det.').hit).toBe(true);
    expect(op('Strömavbrott i norra delen av kommunen efter stormen.').hit).toBe(true);
    expect(op('Bin collections are running one day late this week.').hit).toBe(true);
  });
  it('does not count a negated term («ingen vannbrudd», «not a single water main break»)', () => {
    const nb = op('Ingen vannbrudd på hele sommeren – vi er stolte av VA-gjengen!');
    expect(nb.hit).toBe(false);
    expect(op('Not a single water main break this winter! Hats off to our crew.').hit).toBe(false);
  });
  it('counts an all-clear («ikke lenger stengt»): the notice is about the disruption', () => {
    expect(op('Det er ikke lenger rasfare, og vegen er opna att for all trafikk.').hit).toBe(true);
  });
  it('counts a service and a disruption word in one sentence (a pair rule), not a service word alone', () => {
    const r = op('Brua over Storelva stenges for trafikk i natt.');
    expect(r.hit).toBe(true);
    expect(r.matched).toContain('Brua … stenges');
    expect(op('Vi ser tilbake på et år med mange nye veier.').hit).toBe(false);
  });
  it('does not count holiday opening hours as a disruption', () => {
    expect(op('Servicetorget holder stengt 2. pinsedag. Ordinære åpningstider fra tirsdag.').hit).toBe(false);
  });
  it('reports the matched words as evidence', () => {
    expect(op('Kokevarsel for Nordbygda vannverk.').matched).toContain('Kokevarsel');
  });
});

describe('invitations to dialogue (H10): rhetorical headlines vs real invitations', () => {
  const dia = (text: string, opts = {}) => analyzeText(text, opts).labels.dialogue;
  it('does not count a rhetorical headline question answered in the post', () => {
    expect(dia('Hvorfor øker eiendomsskatten? Kommunestyret vedtok i juni å øke satsen. Her er tallene.').hit).toBe(false);
    expect(dia('Visste du at matavfallet blir til biogass? Sorter riktig!').hit).toBe(false);
    expect(dia('Why is council tax going up? Our finance director explains.').hit).toBe(false);
  });
  it('counts opinion questions, hearings, surveys and polls', () => {
    expect(dia('Hva synes du om fartsdumpene? Si din mening i kommentarfeltet.').hit).toBe(true);
    expect(dia('Høring: forslag til kommunedelplan. Høringsfristen er 15. mai.').hit).toBe(true);
    expect(dia('Vad tycker du om det nya kulturhuset? Svara på vår enkät.').hit).toBe(true);
    expect(dia('Hvor skal julemarkedet ligge i år?', { hasPoll: true }).hit).toBe(true);
  });
  it('does not count a post that only reports on a past hearing', () => {
    expect(dia('Takk for alle innspillene til sentrumsplanen! Her er en oppsummering.').hit).toBe(false);
  });
});

describe('tone, pride and praise (H3, H4, H6)', () => {
  it('reads emoji, exclamations and greetings as informal, bureaucratic markers as formal', () => {
    expect(analyzeText('Hei! Sommerles er i gang 📚 Bli med!').labels.informal.hit).toBe(true);
    expect(analyzeText('Iht. kommuneloven § 11-2 kunngjøres herved møte i kommunestyret. Saksdokumenter er tilgjengelige, jf. forskrift.').labels.informal.hit).toBe(false);
  });
  it('reads a superlative about the place as pride', () => {
    expect(analyzeText('Her står landets eldste trekirke, bygd i 1150.').labels.pride.hit).toBe(true);
    expect(analyzeText('Kirka er åpen for besøkende hver søndag.').labels.pride.hit).toBe(false);
  });
  it('reads a local pride hashtag as pride', () => {
    const r = analyzeText('Solnedgang over fjorden i kveld. #stoltavfjordvik').labels.pride;
    expect(r.hit).toBe(true);
    expect(r.matched).toContain('stoltavfjordvik');
  });
  it('counts congratulations and a mentioned page as praise of others', () => {
    expect(analyzeText('Gratulerer til Nes IL med seieren i Norway Cup!').labels.praise.hit).toBe(true);
    const withMention = analyzeText('Takk for samarbeidet i helgen.', { mentions: ['Lions Club Bygda'] }).labels.praise;
    const without = analyzeText('Takk for samarbeidet i helgen.').labels.praise;
    expect(withMention.score).toBeGreaterThan(without.score);
    expect(withMention.hit).toBe(true);
  });
});

describe('language detection', () => {
  it.each([
    ['nb', 'Vannet blir stengt i Furuveien tirsdag. Vi beklager ulempene, og takk for tålmodigheten.'],
    ['nn', 'Me vil gjerne høyre kva du meiner om planane for skulen. Skriv i kommentarfeltet.'],
    ['da', 'Vi vil gerne høre, hvad I mener om budgettet. Skriv dine forslag til os.'],
    ['sv', 'Vi vill gärna höra vad du tycker om skolmaten. Svara på enkäten senast fredag.'],
    ['en', 'We would like to hear what you think about the new library. Share your ideas in the comments.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('says unknown for text without words', () => {
    expect(detectLanguage('🎉🎉👏')).toBe('unknown');
  });
});

describe('citizen questions (H2)', () => {
  it('counts questions and requests to the page', () => {
    expect(isCitizenQuestion('Når kommer brøytebilen til Bakkeveien?').hit).toBe(true);
    expect(isCitizenQuestion('Ved I, om genbrugspladsen har åbent på 2. pinsedag?').hit).toBe(true);
    expect(isCitizenQuestion('Our bins haven\'t been collected for two weeks. Who do I contact?').hit).toBe(true);
  });
  it('does not count thanks, praise or tagging a friend', () => {
    expect(isCitizenQuestion('Takk for info!').hit).toBe(false);
    expect(isCitizenQuestion('Så flott! Gleder meg 😍').hit).toBe(false);
    expect(isCitizenQuestion('@Kari Nilsen se her').hit).toBe(false);
  });
});

describe('About/intro texts (H8, H9)', () => {
  it('finds a purpose, discussion rules and answering times', () => {
    const r = analyzePageTexts([
      'Velkommen til Fjordvik kommunes offisielle Facebookside. Her deler vi nyheter og informasjon fra kommunen.',
      'Innlegg med personangrep eller hets slettes. Saksbehandling skjer ikke her.',
      'Siden er bemannet hverdager 08–15.30.',
    ]);
    expect(r.purpose.hit).toBe(true);
    expect(r.rules.hit).toBe(true);
    expect(r.answeringTimes.hit).toBe(true);
    expect(r.answeringTimes.matched).toContain('bemannet');
  });
  it('finds rules behind a link to the guidelines', () => {
    const r = analyzePageTexts(['Fjordvik kommune'], [{ text: 'Les mer', href: 'https://fjordvik.kommune.no/retningslinjer-for-sosiale-medier' }]);
    expect(r.rules.hit).toBe(true);
  });
  it('finds nothing in a bare address', () => {
    const r = analyzePageTexts(['Rådhusgata 1, 7500 Fjordvik', 'post@fjordvik.kommune.no']);
    expect(r.purpose.hit || r.rules.hit || r.answeringTimes.hit).toBe(false);
  });
});

describe('evidence', () => {
  it('lists only fragments of the text itself (shown to users as is, so never a description)', async () => {
    const { loadCorpus } = await import('../../corpus/corpus-schema');
    const posts = loadCorpus().filter((i) => i.kind === 'post').slice(0, 150);
    let checked = 0;
    for (const post of posts) {
      const a = analyzeText(post.text, { mentions: [] });
      const text = post.text.toLowerCase().replace(/\s+/g, ' ');
      for (const r of Object.values(a.labels)) {
        for (const m of r.matched) {
          for (const part of m.split(' … ')) {
            expect(text).toContain(part.toLowerCase().replace(/\s+/g, ' '));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
